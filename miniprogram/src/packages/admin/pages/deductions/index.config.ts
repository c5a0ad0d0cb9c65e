export default definePageConfig({
  navigationBarTitleText: '扣分与申诉',
});
