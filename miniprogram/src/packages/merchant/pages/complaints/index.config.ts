export default definePageConfig({
  navigationBarTitleText: '顾客投诉',
});
