import { districtOfAddress } from '@gongfu/shared-types/domain/zhejiang-regions';
import type { RequestContext } from '../../core/context';
import { merchantByAgentAccountId } from '../complaints/complaints.loaders';
import { TraceBusinessType } from './trace.types';

/**
 * A merchant account as the chain names it: the business it registered (name, district, credit
 * code), never the person behind it; null when it registered none.
 */
export async function businessOf(ctx: RequestContext, accountId: number | null): Promise<TraceBusinessType | null> {
  if (accountId === null) return null;
  const merchant = await ctx.loader(merchantByAgentAccountId).load(accountId);
  if (!merchant) return null;
  return Object.assign(new TraceBusinessType(), {
    name: merchant.name,
    district: districtOfAddress(merchant.address),
    creditCode: merchant.creditCode,
  });
}
