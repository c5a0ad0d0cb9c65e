export default definePageConfig({
  navigationBarTitleText: '商品与批次',
});
