export default definePageConfig({
  navigationBarTitleText: '主题体验路线',
  enablePullDownRefresh: true,
});
