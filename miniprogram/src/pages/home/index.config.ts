export default definePageConfig({
  navigationBarTitleText: '共富',
});
