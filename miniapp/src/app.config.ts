export default defineAppConfig({
  // Visitor pages live in the main package; tab pages must be here anyway.
  pages: [
    'pages/home/index',
    'pages/trails/index',
    'pages/passport/index',
    'pages/me/index',
    'pages/checkin/index',
    'pages/trail/index',
    'pages/venue/index',
    'pages/certificate/index',
    'pages/privacy/index',
  ],
  // Staff and organizer pages come as sub-packages so the main package stays small.
  subPackages: [
    {
      root: 'pages-staff',
      pages: ['home/index'],
    },
  ],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#FFF7F0',
    navigationBarTitleText: '星火探馆',
    navigationBarTextStyle: 'black',
    backgroundColor: '#F6F4F1',
  },
  tabBar: {
    color: '#7A6F66',
    selectedColor: '#B8401C',
    backgroundColor: '#FFFFFF',
    borderStyle: 'white',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-on.png',
      },
      {
        pagePath: 'pages/trails/index',
        text: '路线',
        iconPath: 'assets/tab/trails.png',
        selectedIconPath: 'assets/tab/trails-on.png',
      },
      {
        pagePath: 'pages/passport/index',
        text: '护照',
        iconPath: 'assets/tab/passport.png',
        selectedIconPath: 'assets/tab/passport-on.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tab/me.png',
        selectedIconPath: 'assets/tab/me-on.png',
      },
    ],
  },
  // WeChat review: every privacy API we call is declared, with the reason shown to visitors.
  requiredPrivateInfos: ['getLocation'],
  permission: {
    'scope.userLocation': {
      desc: '用于查找附近的科普场馆并确认您在场馆内打卡',
    },
  },
  __usePrivacyCheck__: true,
  lazyCodeLoading: 'requiredComponents',
});
