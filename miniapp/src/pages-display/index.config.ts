export default definePageConfig({
  navigationBarTitleText: '扫码打卡',
});
