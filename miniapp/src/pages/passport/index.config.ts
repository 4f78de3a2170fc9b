export default definePageConfig({
  navigationBarTitleText: '我的护照',
  enablePullDownRefresh: true,
});
