export default definePageConfig({
  navigationBarTitleText: '召回任务',
});
