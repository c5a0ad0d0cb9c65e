// Only the four entry pages live in the main package; each role's pages are a subpackage that
// WeChat downloads when that role first opens one, so the main package stays small.
export default defineAppConfig({
  pages: ['pages/home/index', 'pages/login/index', 'pages/scan/index', 'pages/me/index'],
  subPackages: [
    {
      root: 'packages/villager',
      pages: [
        'pages/profile/index',
        'pages/points/index',
        'pages/pay-code/index',
        'pages/activity/index',
        'pages/mall/index',
        'pages/canteen/index',
      ],
    },
    {
      root: 'packages/consumer',
      pages: [
        'pages/profile/index',
        'pages/my-scans/index',
        'pages/notices/index',
        'pages/file-complaint/index',
        'pages/complaints/index',
        'pages/complaint/index',
      ],
    },
    {
      root: 'packages/merchant',
      pages: [
        'pages/shop/index',
        'pages/take-points/index',
        'pages/income/index',
        'pages/trace-products/index',
        'pages/trace-batch/index',
        'pages/recall-tasks/index',
        'pages/complaints/index',
        'pages/complaint/index',
        'pages/business/index',
      ],
    },
    {
      root: 'packages/admin',
      pages: [
        'pages/village/index',
        'pages/activities/index',
        'pages/publish-activity/index',
        'pages/checkin-code/index',
        'pages/review/index',
        'pages/file-on-behalf/index',
        'pages/deductions/index',
        'pages/mall/index',
        'pages/canteen/index',
        'pages/settlement/index',
        'pages/scenes/index',
      ],
    },
    {
      root: 'packages/regulator',
      pages: [
        'pages/desk/index',
        'pages/sampling/index',
        'pages/recalls/index',
        'pages/recall/index',
        'pages/flags/index',
        'pages/complaints/index',
        'pages/complaint/index',
      ],
    },
    { root: 'packages/bank', pages: ['pages/desk/index'] },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#1b6b3a',
    navigationBarTitleText: '共富',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6f3',
  },
  tabBar: {
    color: '#4a5462',
    selectedColor: '#1b6b3a',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/scan/index',
        text: '扫一扫',
        iconPath: 'assets/tabbar/scan.png',
        selectedIconPath: 'assets/tabbar/scan-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
});
