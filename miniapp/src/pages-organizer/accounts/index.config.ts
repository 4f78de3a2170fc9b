export default definePageConfig({
  navigationBarTitleText: '账号管理',
});
