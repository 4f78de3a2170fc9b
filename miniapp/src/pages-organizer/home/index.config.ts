export default definePageConfig({
  navigationBarTitleText: '组织方工作台',
});
