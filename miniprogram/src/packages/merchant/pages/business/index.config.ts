export default definePageConfig({
  navigationBarTitleText: '商户登记',
});
