export default definePageConfig({
  navigationBarTitleText: '工分商城',
});
