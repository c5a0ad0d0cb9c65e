import type { RequestContext } from '../../core/context';
import { accountByOpenid } from '../identity/identity.loaders';
import { Merchant, MerchantAgent } from './complaints.entity';

/**
 * The demo businesses: the demo merchant's cooperative, an ODR business so complaints reach it
 * at once; a market stall that is not, whose complaints wait for a regulator to accept them; and
 * the wholesaler and the shop the demo eggs are shipped through. Their credit codes are made up,
 * with correct GB 32100 check characters.
 */
export const DEMO_MERCHANTS = [
  {
    creditCode: '93330109MA2H7K4D17',
    name: '萧山区戴村土鸡蛋专业合作社',
    address: '杭州市萧山区戴村镇大石盖村 18 号',
    licenceScope: '禽蛋生产、收购、销售；农产品初加工',
    odr: true,
    agentOpenid: 'demo-merchant',
  },
  {
    creditCode: '92330109MA2J3L5P7P',
    name: '萧山区戴村镇老街鲜肉店',
    address: '杭州市萧山区戴村镇老街 56 号',
    licenceScope: '鲜肉、冷鲜禽零售',
    odr: false,
    agentOpenid: null,
  },
  {
    creditCode: '91330109MA2K8W3N6E',
    name: '杭州萧山戴村农副产品批发有限公司',
    address: '杭州市萧山区戴村镇戴村大道 88 号',
    licenceScope: '食用农产品批发；冷藏仓储',
    odr: false,
    agentOpenid: 'demo-wholesaler',
  },
  {
    creditCode: '92330109MA2L4R7T2P',
    name: '萧山区戴村镇便民超市',
    address: '杭州市萧山区戴村镇新街 12 号',
    licenceScope: '预包装食品、散装食品、食用农产品零售',
    odr: true,
    agentOpenid: 'demo-retailer',
  },
] as const;

export async function seedComplaintsDemo(ctx: RequestContext): Promise<void> {
  for (const demo of DEMO_MERCHANTS) {
    const { agentOpenid, ...fields } = demo;
    const agent = agentOpenid ? await ctx.loader(accountByOpenid).load(agentOpenid) : null;
    await ctx.transaction('market', async (market) => {
      if (await market.existsBy(Merchant, { creditCode: demo.creditCode })) return;
      const merchant = market.create(Merchant, { ...fields, createdAt: ctx.now() });
      await market.insert(Merchant, merchant);
      if (agent) await market.insert(MerchantAgent, { merchantId: merchant.id, accountId: agent.id });
    });
  }
}
