import { randomBytes } from 'node:crypto';
import { IsNull, MoreThan } from 'typeorm';
import { addDays, chinaDate } from '../../core/china-time';
import type { RequestContext } from '../../core/context';
import { accountByOpenid } from '../identity/identity.loaders';
import { Activity, Scene } from './activities/activities.entity';
import { CanteenDish, CanteenMenu } from './canteen/canteen.entity';
import { PointsLedger } from './ledger/points-ledger';
import { MallItem } from './mall/mall.entity';
import { VillagePointsRate } from './payments/payments.entity';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

const DEMO_ACTIVITIES = [
  {
    scene: 'garbage-sorting',
    title: '垃圾分类入户宣传',
    description: '每户发放分类指南，讲清楚厨余、可回收、有害、其他四类怎么分。拍一张入户宣传的照片即可。',
    points: 10,
    capacity: null,
    place: '各村民小组',
    evidence: 'PHOTO' as const,
  },
  {
    scene: 'five-waters',
    title: '五水共治 · 河道巡查',
    description: '沿永兴河巡查一段河道，捡拾垃圾、发现排污口及时报告。到河埠头扫码签到，并拍一张巡河照片。',
    points: 20,
    capacity: 10,
    place: '永兴河大石盖村段河埠头',
    evidence: 'CHECKIN_AND_PHOTO' as const,
  },
  {
    scene: 'party-leading',
    title: '主题党日 · 志愿服务',
    description: '党员群众一起打扫文化礼堂、看望独居老人。到文化礼堂扫码签到即可。',
    points: 15,
    capacity: 30,
    place: '大石盖村文化礼堂',
    evidence: 'CHECKIN' as const,
  },
];

const DEMO_MALL = [
  { name: '食用油 5 升', kind: 'GOODS' as const, faceValue: 0, pointsPrice: 300, stock: 20 },
  { name: '食盐 500 克', kind: 'GOODS' as const, faceValue: 0, pointsPrice: 20, stock: 100 },
  { name: '酱油 500 毫升', kind: 'GOODS' as const, faceValue: 0, pointsPrice: 40, stock: 50 },
  { name: '米醋 500 毫升', kind: 'GOODS' as const, faceValue: 0, pointsPrice: 30, stock: 50 },
  { name: '话费 10 元', kind: 'PHONE_CREDIT' as const, faceValue: 10, pointsPrice: 100, stock: 100 },
  { name: '流量 1 GB', kind: 'MOBILE_DATA' as const, faceValue: 1024, pointsPrice: 80, stock: 100 },
];

const DEMO_DISHES = [
  { meal: 'LUNCH' as const, name: '红烧冬瓜', description: '本村菜园的冬瓜，少油少盐' },
  { meal: 'LUNCH' as const, name: '清蒸鲈鱼', description: '软烂好嚼，去刺' },
  { meal: 'LUNCH' as const, name: '韭菜炒蛋', description: '' },
  { meal: 'DINNER' as const, name: '南瓜小米粥', description: '养胃好消化' },
  { meal: 'DINNER' as const, name: '葫芦炖排骨', description: '' },
];

/**
 * The demo village's 工分宝: open activities (made again when the old ones are over, so the demo
 * never goes stale), a mall, tomorrow's canteen menu, the shop rate, and opening points for the
 * demo villager.
 */
export async function seedWorkpointsDemo(ctx: RequestContext): Promise<void> {
  const [villager, admin] = await Promise.all([
    ctx.loader(accountByOpenid).load('demo-villager'),
    ctx.loader(accountByOpenid).load('demo-admin'),
  ]);
  if (!villager?.villageId || !admin?.villageId) return;
  const villageId = admin.villageId;
  const villagerVillageId = villager.villageId;
  const now = ctx.now().getTime();
  await ctx.transaction('village', async (village) => {
    const open = await village.countBy(Activity, { villageId, cancelledAt: IsNull(), endsAt: MoreThan(new Date(now)) });
    if (open === 0) {
      for (const spec of DEMO_ACTIVITIES) {
        const scene = await village.findOneByOrFail(Scene, { code: spec.scene });
        await village.insert(Activity, {
          ...spec,
          villageId,
          sceneId: scene.id,
          signupCount: 0,
          signupOpensAt: new Date(now - DAY),
          signupClosesAt: new Date(now + 6 * DAY),
          startsAt: new Date(now - HOUR),
          endsAt: new Date(now + 7 * DAY),
          checkinSecret: randomBytes(12).toString('base64url'),
          cancelledAt: null,
          createdBy: admin.id,
          createdAt: new Date(now),
        });
      }
    }

    if ((await village.countBy(MallItem, { villageId })) === 0) {
      await village.insert(
        MallItem,
        DEMO_MALL.map((item) => ({ ...item, villageId, active: true, createdAt: new Date(now) })),
      );
    }

    if (!(await village.existsBy(VillagePointsRate, { villageId }))) {
      await village.insert(VillagePointsRate, { villageId, fenPerPoint: 10, updatedBy: admin.id, updatedAt: new Date(now) });
    }

    const tomorrow = addDays(chinaDate(new Date(now)), 1);
    if (!(await village.existsBy(CanteenMenu, { villageId, serviceDate: tomorrow }))) {
      const menu = village.create(CanteenMenu, {
        villageId,
        serviceDate: tomorrow,
        note: '午餐 11:00 开饭，晚餐 17:00 开饭；行动不便的老人可电话预约送餐',
        publishedBy: admin.id,
        publishedAt: new Date(now),
      });
      await village.insert(CanteenMenu, menu);
      await village.insert(
        CanteenDish,
        DEMO_DISHES.map((d) => ({ ...d, menuId: menu.id })),
      );
    }

    const account = await PointsLedger.ensureAccount(village, 'VILLAGER', villager.id, villagerVillageId);
    await PointsLedger.credit(
      village,
      {
        accountId: account.id,
        kind: 'AWARD',
        amount: 120,
        sourceType: 'demo',
        sourceId: villager.id,
        reason: '演示：往期活动累计工分',
        idempotencyKey: `demo:opening:${villager.id}`,
        createdBy: admin.id,
      },
      new Date(now),
    );
  });
}
