export default definePageConfig({
  navigationBarTitleText: '本村管理',
});
