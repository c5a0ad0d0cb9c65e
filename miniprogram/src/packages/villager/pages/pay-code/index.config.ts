export default definePageConfig({
  navigationBarTitleText: '我的付款码',
});
