export default definePageConfig({
  navigationBarTitleText: '收工分',
});
