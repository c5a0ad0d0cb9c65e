export default definePageConfig({
  navigationBarTitleText: '召回管理',
});
