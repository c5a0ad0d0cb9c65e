import type { RequestContext } from '../../core/context';
import { Role } from '../../core/roles';
import { Account, AccountRole, Household, Village } from './identity.entity';

/** The demo village: 大石盖村 of 戴村镇, where the seeds' canteen menu is published a day ahead. */
const DEMO_VILLAGES = [
  { key: 'dashigai', name: '大石盖村', town: '戴村镇', county: '杭州市萧山区' },
  { key: 'yunshi', name: '云石村', town: '戴村镇', county: '杭州市萧山区' },
] as const;

const DEMO_HOUSEHOLDS = [
  { key: 'wang', village: 'dashigai', name: '王秀英户', address: '大石盖村 3 组 12 号' },
  { key: 'chen', village: 'dashigai', name: '陈建国户', address: '大石盖村 1 组 5 号' },
  { key: 'zhao', village: 'dashigai', name: '赵国强户', address: '大石盖村 2 组 8 号' },
  { key: 'sun', village: 'yunshi', name: '孙桂兰户', address: '云石村 4 组 2 号' },
] as const;

type DemoAccountSpec = {
  openid: string;
  displayName: string;
  phone: string;
  roles: Role[];
  household?: (typeof DEMO_HOUSEHOLDS)[number]['key'];
};

/** The demo openids; a code2Session fake answering `openid = code` signs in as each. */
export const DEMO_ACCOUNTS: DemoAccountSpec[] = [
  { openid: 'demo-villager', displayName: '王秀英', phone: '13800000001', roles: [Role.VILLAGER], household: 'wang' },
  { openid: 'demo-consumer', displayName: '李明', phone: '13800000002', roles: [Role.CONSUMER] },
  {
    openid: 'demo-merchant',
    displayName: '陈建国',
    phone: '13800000003',
    roles: [Role.MERCHANT, Role.VILLAGER],
    household: 'chen',
  },
  {
    openid: 'demo-admin',
    displayName: '赵国强',
    phone: '13800000004',
    roles: [Role.VILLAGE_ADMIN, Role.VILLAGER],
    household: 'zhao',
  },
  { openid: 'demo-regulator', displayName: '周敏', phone: '13800000005', roles: [Role.REGULATOR] },
  { openid: 'demo-bank', displayName: '吴行', phone: '13800000006', roles: [Role.BANK] },
  // The wholesaler and the shop the demo eggs are shipped through, so that a shipment can be shown.
  { openid: 'demo-wholesaler', displayName: '何建军', phone: '13800000007', roles: [Role.MERCHANT] },
  { openid: 'demo-retailer', displayName: '孙丽萍', phone: '13800000008', roles: [Role.MERCHANT] },
];

/** Writes the demo village, households and accounts; running it again changes nothing. */
export function seedIdentityDemo(ctx: RequestContext): Promise<void> {
  return ctx.transaction('identity', async (manager) => {
    const now = ctx.now();
    const villages = new Map<string, Village>();
    for (const spec of DEMO_VILLAGES) {
      let village = await manager.findOneBy(Village, { name: spec.name, town: spec.town });
      if (!village) {
        village = manager.create(Village, { name: spec.name, town: spec.town, county: spec.county, createdAt: now });
        await manager.insert(Village, village);
      }
      villages.set(spec.key, village);
    }

    const households = new Map<string, Household>();
    for (const spec of DEMO_HOUSEHOLDS) {
      const villageId = villages.get(spec.village)!.id;
      let household = await manager.findOneBy(Household, { villageId, name: spec.name });
      if (!household) {
        household = manager.create(Household, { villageId, name: spec.name, address: spec.address, createdAt: now });
        await manager.insert(Household, household);
      }
      households.set(spec.key, household);
    }

    for (const spec of DEMO_ACCOUNTS) {
      if (await manager.existsBy(Account, { wechatOpenid: spec.openid })) continue;
      const household = spec.household ? households.get(spec.household)! : null;
      const account = manager.create(Account, {
        displayName: spec.displayName,
        phone: spec.phone,
        wechatOpenid: spec.openid,
        villageId: household?.villageId ?? null,
        householdId: household?.id ?? null,
        createdAt: now,
        disabledAt: null,
      });
      await manager.insert(Account, account);
      await manager.insert(
        AccountRole,
        spec.roles.map((role) => ({ accountId: account.id, role })),
      );
    }
  });
}
