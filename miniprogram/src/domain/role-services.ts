import type { Role } from '@gongfu/shared-types';
import { ROUTES, type Route } from '@/routes';

/** A service a role will get, shown on its home as "即将开放" until it ships. */
export interface UpcomingService {
  title: string;
  description: string;
}

/** What a role's home offers: its own workspace page (in its subpackage) and what is coming. */
export interface RoleHomePlan {
  workspace: { title: string; description: string; route: Route };
  upcoming: UpcomingService[];
}

export const ROLE_HOME_PLANS: Record<Role, RoleHomePlan> = {
  VILLAGER: {
    workspace: {
      title: '我的村·我的户',
      description: '查看您登记的村和户',
      route: ROUTES.villagerProfile,
    },
    upcoming: [
      { title: '治理任务挣工分', description: '参加村里的事务，按贡献记工分' },
      { title: '我的积分码', description: '在村里小店出示，用积分付款' },
      { title: '积分兑换', description: '积分在线兑换生活用品' },
      { title: '食堂菜单', description: '看本周菜单，说说您的意见' },
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
    upcoming: [
      { title: '农品商城', description: '买本县农户的放心农产品' },
      { title: '投诉维权', description: '提交投诉，跟进处理到底' },
    ],
  },
  MERCHANT: {
    workspace: {
      title: '我的店铺',
      description: '经营者与店铺所在地',
      route: ROUTES.merchantShop,
    },
    upcoming: [
      { title: '投诉处理', description: '答复顾客投诉，协商和解' },
      { title: '批次与合格证', description: '登记每批货的溯源记录和证书' },
      { title: '积分收款', description: '扫村民的积分码收款' },
      { title: '信用评级', description: '看本店的信用等级' },
    ],
  },
  VILLAGE_ADMIN: {
    workspace: {
      title: '本村管理',
      description: '您负责的村',
      route: ROUTES.adminVillage,
    },
    upcoming: [
      { title: '发布任务与活动', description: '发布治理任务，组织村民参加' },
      { title: '审核工分', description: '核对村民提交的凭证并记分' },
      { title: '积分商城', description: '管理可兑换的商品' },
      { title: '食堂菜单', description: '安排每周菜单' },
      { title: '负面清单', description: '维护扣分事项' },
    ],
  },
  REGULATOR: {
    workspace: {
      title: '监管工作台',
      description: '您的账户与辖区',
      route: ROUTES.regulatorDesk,
    },
    upcoming: [
      { title: '投诉受理与调解', description: '受理消费者投诉并调解' },
      { title: '抽检与召回', description: '登记抽检结果，发布召回' },
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
    upcoming: [
      { title: '贷款产品', description: '发布面向村民的贷款产品' },
      { title: '贷款审批', description: '结合信用分审核申请' },
      { title: '放款', description: '审批通过后放款' },
      { title: '还款登记', description: '记录每期还款' },
    ],
  },
};
