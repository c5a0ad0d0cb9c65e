export default definePageConfig({
  navigationBarTitleText: '商家登记',
});
