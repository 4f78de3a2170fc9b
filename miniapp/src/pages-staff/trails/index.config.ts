export default definePageConfig({
  navigationBarTitleText: '联合路线',
});
