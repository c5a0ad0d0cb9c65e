export default definePageConfig({
  navigationBarTitleText: '疑似假冒',
});
