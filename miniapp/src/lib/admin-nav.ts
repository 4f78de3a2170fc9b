import type { AdminRole } from './admin-access';
import type { PageName } from './routes';

export interface AdminNavItem {
  /** What a page names to mark its item as current. */
  key: string;
  label: string;
  page: PageName;
  /** A one-line explanation on the workbench. */
  hint: string;
}

/**
 * The side navigation of the staff and organizer pages, by role, in order. A new admin page adds
 * its item here.
 */
export const ADMIN_NAV: Record<AdminRole, readonly AdminNavItem[]> = {
  staff: [
    { key: 'home', label: '工作台', page: 'staffHome', hint: '待办事项与常用功能' },
    {
      key: 'today',
      label: '今日到馆',
      page: 'staffToday',
      hint: '今天各时段、各打卡点的打卡，每10秒刷新',
    },
    {
      key: 'figures',
      label: '数据统计',
      page: 'staffFigures',
      hint: '本馆打卡、访客、答题与路线完成，导出活动总结',
    },
    {
      key: 'venue',
      label: '场馆信息',
      page: 'staffVenue',
      hint: '介绍、地址、开放时间、闭馆日、电子围栏',
    },
    {
      key: 'checkpoints',
      label: '打卡点与海报',
      page: 'staffCheckpoints',
      hint: '科普卡片、答题、二维码海报、动态码大屏',
    },
    {
      key: 'trails',
      label: '联合路线',
      page: 'staffTrails',
      hint: '与其他场馆共同设计主题体验路线',
    },
    {
      key: 'revisions',
      label: '审核记录',
      page: 'staffRevisions',
      hint: '提交的修改是否通过，退回时的意见',
    },
  ],
  organizer: [
    { key: 'home', label: '工作台', page: 'organizerHome', hint: '待办事项与常用功能' },
    {
      key: 'figures',
      label: '数据看板',
      page: 'organizerFigures',
      hint: '辖区打卡、访客、答题与路线完成，导出活动总结和数据',
    },
    {
      key: 'today',
      label: '今日实况',
      page: 'organizerToday',
      hint: '今天辖区内的打卡，每10秒刷新',
    },
    {
      key: 'reviews',
      label: '内容审核',
      page: 'organizerReviews',
      hint: '场馆介绍、科普卡片和路线的修改',
    },
    {
      key: 'trails',
      label: '路线管理',
      page: 'organizerTrails',
      hint: '审核中和已发布的主题体验路线',
    },
    { key: 'venues', label: '场馆管理', page: 'organizerVenues', hint: '新建、查看和关闭场馆' },
    {
      key: 'accounts',
      label: '账号管理',
      page: 'organizerAccounts',
      hint: '场馆工作人员和下级组织方账号',
    },
    { key: 'audit', label: '操作记录', page: 'organizerAudit', hint: '谁在何时修改了什么' },
  ],
};

/** The page a role lands on after signing in. */
export function homePage(role: AdminRole): PageName {
  return role === 'staff' ? 'staffHome' : 'organizerHome';
}
