/** Every page's path, so that links and the app config cannot drift apart. */
export const ROUTES = {
  login: '/pages/login/index',
  home: '/pages/home/index',
  scan: '/pages/scan/index',
  me: '/pages/me/index',
  villagerProfile: '/packages/villager/pages/profile/index',
  villagerPoints: '/packages/villager/pages/points/index',
  villagerPayCode: '/packages/villager/pages/pay-code/index',
  villagerActivity: '/packages/villager/pages/activity/index',
  villagerMall: '/packages/villager/pages/mall/index',
  villagerCanteen: '/packages/villager/pages/canteen/index',
  consumerProfile: '/packages/consumer/pages/profile/index',
  consumerScans: '/packages/consumer/pages/my-scans/index',
  consumerNotices: '/packages/consumer/pages/notices/index',
  consumerFileComplaint: '/packages/consumer/pages/file-complaint/index',
  consumerComplaints: '/packages/consumer/pages/complaints/index',
  consumerComplaint: '/packages/consumer/pages/complaint/index',
  merchantShop: '/packages/merchant/pages/shop/index',
  merchantTakePoints: '/packages/merchant/pages/take-points/index',
  merchantIncome: '/packages/merchant/pages/income/index',
  merchantTraceProducts: '/packages/merchant/pages/trace-products/index',
  merchantTraceBatch: '/packages/merchant/pages/trace-batch/index',
  merchantRecallTasks: '/packages/merchant/pages/recall-tasks/index',
  merchantComplaints: '/packages/merchant/pages/complaints/index',
  merchantComplaint: '/packages/merchant/pages/complaint/index',
  merchantBusiness: '/packages/merchant/pages/business/index',
  adminVillage: '/packages/admin/pages/village/index',
  adminActivities: '/packages/admin/pages/activities/index',
  adminPublishActivity: '/packages/admin/pages/publish-activity/index',
  adminCheckinCode: '/packages/admin/pages/checkin-code/index',
  adminReview: '/packages/admin/pages/review/index',
  adminFileOnBehalf: '/packages/admin/pages/file-on-behalf/index',
  adminDeductions: '/packages/admin/pages/deductions/index',
  adminMall: '/packages/admin/pages/mall/index',
  adminCanteen: '/packages/admin/pages/canteen/index',
  adminSettlement: '/packages/admin/pages/settlement/index',
  adminScenes: '/packages/admin/pages/scenes/index',
  regulatorDesk: '/packages/regulator/pages/desk/index',
  regulatorSampling: '/packages/regulator/pages/sampling/index',
  regulatorRecalls: '/packages/regulator/pages/recalls/index',
  regulatorRecall: '/packages/regulator/pages/recall/index',
  regulatorFlags: '/packages/regulator/pages/flags/index',
  regulatorComplaints: '/packages/regulator/pages/complaints/index',
  regulatorComplaint: '/packages/regulator/pages/complaint/index',
  bankDesk: '/packages/bank/pages/desk/index',
} as const;

export type Route = (typeof ROUTES)[keyof typeof ROUTES];

/** The tab bar's pages (app.config.ts): switched to, never navigated to, and opened without a query. */
export const TAB_ROUTES: readonly Route[] = [ROUTES.home, ROUTES.scan, ROUTES.me];

/** A page's path with its query string: withParams(ROUTES.villagerActivity, { id: '3' }). */
export function withParams(route: Route, params: Record<string, string>): string {
  const query = Object.entries(params)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&');
  return query ? `${route}?${query}` : route;
}
