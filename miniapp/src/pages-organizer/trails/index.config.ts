export default definePageConfig({
  navigationBarTitleText: '路线管理',
});
