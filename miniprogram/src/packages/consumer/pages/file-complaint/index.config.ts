export default definePageConfig({
  navigationBarTitleText: '投诉商家',
});
