export default definePageConfig({
  navigationBarTitleText: '路线设计',
});
