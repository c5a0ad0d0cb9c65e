export default definePageConfig({
  navigationBarTitleText: '我的村·我的户',
});
