export default definePageConfig({
  navigationBarTitleText: '新建场馆',
});
