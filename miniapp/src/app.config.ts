import { PAGES, TAB_PAGES, mainPackagePages, subPackages } from './lib/routes';
import { COLORS } from './lib/theme';

const TAB_LABELS: Record<(typeof TAB_PAGES)[number], string> = {
  home: '首页',
  trails: '路线',
  passport: '护照',
  me: '我的',
};

export default defineAppConfig({
  // Visitor pages live in the main package (tab pages must); staff and organizer pages come as
  // sub-packages so the main package stays small.
  pages: mainPackagePages(),
  subPackages: subPackages(),
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: COLORS.bgWarm,
    navigationBarTitleText: '星火探馆',
    navigationBarTextStyle: 'black',
    backgroundColor: COLORS.bg,
  },
  tabBar: {
    color: COLORS.stone,
    selectedColor: COLORS.primaryDark,
    backgroundColor: COLORS.card,
    borderStyle: 'white',
    list: TAB_PAGES.map((page) => ({
      pagePath: PAGES[page],
      text: TAB_LABELS[page],
      iconPath: `assets/tab/${page}.png`,
      selectedIconPath: `assets/tab/${page}-on.png`,
    })),
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
