export default definePageConfig({
  navigationBarTitleText: '星火探馆',
  enablePullDownRefresh: true,
});
