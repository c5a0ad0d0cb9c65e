export default definePageConfig({
  navigationBarTitleText: '信贷工作台',
});
