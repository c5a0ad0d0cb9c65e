import type { RequestContext } from '../../core/context';
import { Role } from '../../core/roles';
import type { Complaint, ComplaintParty, ComplaintStatus } from './complaints.entity';
import { complaintRefusal } from './complaints.errors';
import { agentsByMerchantId } from './complaints.loaders';

export const STATUS_LABELS: Record<ComplaintStatus, string> = {
  SUBMITTED: '正在等待受理',
  DECLINED: '已不予受理',
  NEGOTIATING: '正在协商',
  SETTLED: '已和解',
  MEDIATING: '正在调解',
  MEDIATED: '调解已结束',
  WITHDRAWN: '已撤回',
};

const PARTY_LABELS: Record<ComplaintParty, string> = { CONSUMER: '消费者', MERCHANT: '商家', REGULATOR: '监管人员', SYSTEM: '系统' };

/** How the caller takes part in a complaint, if at all. */
export async function partyOf(ctx: RequestContext, complaint: Complaint): Promise<ComplaintParty | null> {
  const caller = ctx.caller;
  if (!caller) return null;
  if (complaint.consumerId === caller.accountId) return 'CONSUMER';
  // A merchant only sees a complaint once it became its to answer: not one waiting for acceptance, declined, or withdrawn before.
  if (caller.roles.includes(Role.MERCHANT) && complaint.forwardedAt !== null) {
    const agents = await ctx.loader(agentsByMerchantId).load(complaint.merchantId);
    if (agents.includes(caller.accountId)) return 'MERCHANT';
  }
  if (caller.roles.includes(Role.REGULATOR)) return 'REGULATOR';
  return null;
}

/** The caller's part in the complaint, which must be one of these. */
export async function requireParty(ctx: RequestContext, complaint: Complaint, ...allowed: ComplaintParty[]): Promise<ComplaintParty> {
  ctx.requireCaller();
  const party = await partyOf(ctx, complaint);
  if (!party) throw complaintRefusal('NOT_COMPLAINT_PARTY');
  if (!allowed.includes(party)) throw complaintRefusal('ILLEGAL_TRANSITION', `${PARTY_LABELS[party]}不能进行这一步`);
  return party;
}

/** A regulator who is also the consumer or acts for the merchant does not decide the case. */
export async function requireImpartial(ctx: RequestContext, complaint: Complaint): Promise<void> {
  const party = await partyOf(ctx, complaint);
  if (party === 'CONSUMER' || party === 'MERCHANT') throw complaintRefusal('OWN_CASE');
}

export function requireStatus(complaint: Complaint, ...statuses: ComplaintStatus[]): void {
  if (!statuses.includes(complaint.status)) {
    throw complaintRefusal('ILLEGAL_TRANSITION', `这件投诉${STATUS_LABELS[complaint.status]}，不能这样处理`);
  }
}
