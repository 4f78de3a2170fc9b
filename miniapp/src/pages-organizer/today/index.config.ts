export default definePageConfig({ navigationBarTitleText: '今日实况' });
