export default definePageConfig({
  navigationBarTitleText: '工分结算',
});
