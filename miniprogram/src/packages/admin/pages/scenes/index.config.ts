export default definePageConfig({
  navigationBarTitleText: '场景管理',
});
