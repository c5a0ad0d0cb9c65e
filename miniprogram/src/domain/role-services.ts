import type { Role } from '@gongfu/shared-types';
import { ROUTES, type Route } from '@/routes';

/** A service a role will get, shown on its home as "即将开放" until it ships. */
export interface UpcomingService {
  title: string;
  description: string;
}

/** A service that works today: a tile on the role's home that opens its page. */
export interface ServiceLink {
  /** Stable name for the tile's test id: `service-<key>`. */
  key: string;
  title: string;
  description: string;
  route: Route;
}

/** What a role's home offers: its main page, its other services, and what is coming. */
export interface RoleHomePlan {
  workspace: { title: string; description: string; route: Route };
  services: ServiceLink[];
  upcoming: UpcomingService[];
}

export const ROLE_HOME_PLANS: Record<Role, RoleHomePlan> = {
  VILLAGER: {
    workspace: {
      title: '我的工分',
      description: '看工分、挣工分、用工分',
      route: ROUTES.villagerPoints,
    },
    services: [
      { key: 'pay-code', title: '付款码', description: '在村里小店用工分付款', route: ROUTES.villagerPayCode },
      { key: 'mall', title: '工分商城', description: '工分换生活用品、话费', route: ROUTES.villagerMall },
      { key: 'canteen', title: '老年食堂', description: '看明天的菜，预订一餐', route: ROUTES.villagerCanteen },
      { key: 'profile', title: '我的村·我的户', description: '查看登记的村和户', route: ROUTES.villagerProfile },
    ],
    upcoming: [
      { title: '信用分', description: '看自己的信用分和加减分的原因' },
      { title: '德治贷', description: '凭信用分申请低息贷款' },
    ],
  },
  CONSUMER: {
    workspace: {
      title: '我的账户',
      description: '账户信息与扫码查溯源',
      route: ROUTES.consumerProfile,
    },
    services: [
      { key: 'my-scans', title: '我的扫码', description: '扫过的商品，召回会标红', route: ROUTES.consumerScans },
      { key: 'notices', title: '消息', description: '召回通知等消息', route: ROUTES.consumerNotices },
      { key: 'complaints', title: '投诉维权', description: '投诉商家，跟进处理到底', route: ROUTES.consumerComplaints },
    ],
    upcoming: [{ title: '农品商城', description: '买本县农户的放心农产品' }],
  },
  MERCHANT: {
    workspace: {
      title: '收工分',
      description: '扫村民的付款码，收工分',
      route: ROUTES.merchantTakePoints,
    },
    services: [
      { key: 'income', title: '我的收入', description: '收到的工分和结算', route: ROUTES.merchantIncome },
      { key: 'shop', title: '我的店铺', description: '经营者与店铺所在地', route: ROUTES.merchantShop },
      { key: 'trace-products', title: '商品与批次', description: '登记批次，生成溯源码，上传合格证', route: ROUTES.merchantTraceProducts },
      { key: 'recall-tasks', title: '召回任务', description: '要下架的批次，报告下架数量', route: ROUTES.merchantRecallTasks },
      { key: 'complaints', title: '顾客投诉', description: '答复顾客投诉，协商和解', route: ROUTES.merchantComplaints },
      { key: 'business', title: '商家登记', description: '营业执照信息，加入 ODR', route: ROUTES.merchantBusiness },
    ],
    upcoming: [{ title: '信用评级', description: '看本店的信用等级' }],
  },
  VILLAGE_ADMIN: {
    workspace: {
      title: '审核工分',
      description: '核对村民交的照片和签到，记工分',
      route: ROUTES.adminReview,
    },
    services: [
      { key: 'activities', title: '活动管理', description: '发布活动、签到码、代办', route: ROUTES.adminActivities },
      { key: 'deductions', title: '扣分与申诉', description: '扣分，处理村民申诉', route: ROUTES.adminDeductions },
      { key: 'mall-admin', title: '商城管理', description: '商品上架，核销取货码', route: ROUTES.adminMall },
      { key: 'canteen-admin', title: '食堂菜单', description: '发布菜单，看村民意见', route: ROUTES.adminCanteen },
      { key: 'settlement', title: '工分结算', description: '兑付标准，与小店结算', route: ROUTES.adminSettlement },
      { key: 'scenes', title: '场景管理', description: '四大模块、十二个场景', route: ROUTES.adminScenes },
      { key: 'village', title: '本村管理', description: '您负责的村', route: ROUTES.adminVillage },
    ],
    upcoming: [{ title: '负面清单', description: '维护扣分事项' }],
  },
  REGULATOR: {
    workspace: {
      title: '监管工作台',
      description: '您的账户与辖区',
      route: ROUTES.regulatorDesk,
    },
    services: [
      { key: 'sampling', title: '登记抽检', description: '录入官方抽检结果，不合格即召回', route: ROUTES.regulatorSampling },
      { key: 'recalls', title: '召回管理', description: '看各家下架进度，结束召回', route: ROUTES.regulatorRecalls },
      { key: 'flags', title: '疑似假冒', description: '被异常扫描的单品码', route: ROUTES.regulatorFlags },
      { key: 'complaints', title: '投诉受理与调解', description: '受理投诉、调解、超期和办结用时', route: ROUTES.regulatorComplaints },
    ],
    upcoming: [
      { title: '监管驾驶舱', description: '全县情况一屏看清' },
      { title: '风险巡查清单', description: '按风险排序的检查名单' },
    ],
  },
  BANK: {
    workspace: {
      title: '信贷工作台',
      description: '您的账户',
      route: ROUTES.bankDesk,
    },
    services: [],
    upcoming: [
      { title: '贷款产品', description: '发布面向村民的贷款产品' },
      { title: '贷款审批', description: '结合信用分审核申请' },
      { title: '放款', description: '审批通过后放款' },
      { title: '还款登记', description: '记录每期还款' },
    ],
  },
};
