export default definePageConfig({
  navigationBarTitleText: '完成证书',
});
