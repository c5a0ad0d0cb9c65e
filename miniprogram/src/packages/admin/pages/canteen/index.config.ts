export default definePageConfig({
  navigationBarTitleText: '食堂菜单',
});
