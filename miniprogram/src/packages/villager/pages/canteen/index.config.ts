export default definePageConfig({
  navigationBarTitleText: '老年食堂',
});
