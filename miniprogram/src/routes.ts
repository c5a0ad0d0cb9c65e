/** Every page's path, so that links and the app config cannot drift apart. */
export const ROUTES = {
  login: '/pages/login/index',
  home: '/pages/home/index',
  scan: '/pages/scan/index',
  me: '/pages/me/index',
  villagerProfile: '/packages/villager/pages/profile/index',
  consumerProfile: '/packages/consumer/pages/profile/index',
  merchantShop: '/packages/merchant/pages/shop/index',
  adminVillage: '/packages/admin/pages/village/index',
  regulatorDesk: '/packages/regulator/pages/desk/index',
  bankDesk: '/packages/bank/pages/desk/index',
} as const;

export type Route = (typeof ROUTES)[keyof typeof ROUTES];
