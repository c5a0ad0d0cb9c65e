export default definePageConfig({
  navigationBarTitleText: '登记抽检',
});
