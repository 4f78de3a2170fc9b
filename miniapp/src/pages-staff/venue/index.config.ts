export default definePageConfig({
  navigationBarTitleText: '场馆信息',
});
