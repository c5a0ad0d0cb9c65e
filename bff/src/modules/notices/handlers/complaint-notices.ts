import type { RequestContext } from '../../../core/context';
import { subscribe } from '../../../core/events/events';
import { Role } from '../../../core/roles';
import { clip } from '../../../core/text';
import { ComplaintChanged, ComplaintDeadlineNear } from '../../complaints/complaints.events';
import { agentsByMerchantId, auditEntryById, complaintById, merchantById } from '../../complaints/complaints.loaders';
import type { ComplaintPartyName } from '../../complaints/complaints.types';
import { accountIdsByRole } from '../../identity/identity.loaders';
import { NoticesService, type NoticeDraft } from '../notices.service';

type Told = 'CONSUMER' | 'MERCHANT' | 'REGULATOR';

/** The complaint page each side opens from a notice. */
const PAGES: Record<Told, string> = {
  CONSUMER: '/packages/consumer/pages/complaint/index',
  MERCHANT: '/packages/merchant/pages/complaint/index',
  REGULATOR: '/packages/regulator/pages/complaint/index',
};
const pageFor = (party: Told, id: number) => `${PAGES[party]}?id=${id}`;

/** What each change says to the consumer, the merchant and the regulators (what they must act on). */
const TEXT: Record<string, { consumer?: string; merchant?: string; regulator?: string }> = {
  FILED: { merchant: '您收到一件新的消费投诉，请在 10 个工作日内与消费者协商', regulator: '有一件新投诉等待受理，请在 7 个工作日内决定' },
  ACCEPTED: { consumer: '市场监管部门已受理您的投诉，已转商家协商', merchant: '市场监管部门转来一件投诉，请在 10 个工作日内与消费者协商' },
  DECLINED: { consumer: '您的投诉不予受理' },
  MESSAGE: { consumer: '商家回复了您的投诉', merchant: '消费者在投诉里留言了' },
  PROPOSED: { consumer: '商家提出了和解方案，请查看并答复' },
  SETTLEMENT_ACCEPTED: { merchant: '消费者接受了和解方案，投诉已和解' },
  SETTLEMENT_DECLINED: { merchant: '消费者没有接受和解方案，请继续协商' },
  MEDIATION_REQUESTED: { consumer: '投诉已转市场监管部门调解', merchant: '投诉已转市场监管部门调解', regulator: '一件投诉请求调解' },
  ESCALATED_OVERDUE: {
    consumer: '协商期满未和解，已转市场监管部门调解',
    merchant: '您没有在期限内与消费者和解，投诉已转市场监管部门调解',
    regulator: '一件投诉协商期满未和解，转来调解',
  },
  MEDIATED: { consumer: '市场监管部门的调解已结束', merchant: '市场监管部门的调解已结束' },
  RATED: { merchant: '消费者评价了投诉处理结果' },
  WITHDRAWN: { merchant: '消费者撤回了投诉', regulator: '消费者撤回了一件投诉' },
};

/**
 * The side that did not act hears of each change of a complaint; the complaint is read through
 * the complaints module's loaders. Source keys make a repeated delivery add nothing.
 */
async function onComplaintChanged(ctx: RequestContext, payload: { complaintId: number; auditId: number }): Promise<void> {
  const [complaint, entry] = await Promise.all([
    ctx.loader(complaintById).load(payload.complaintId),
    ctx.loader(auditEntryById).load(payload.auditId),
  ]);
  if (!complaint || !entry) throw new Error(`complaint ${payload.complaintId} or its audit entry ${payload.auditId} is missing`);
  const merchant = await ctx.loader(merchantById).load(complaint.merchantId);
  const text = TEXT[entry.action] ?? {};
  const drafts: NoticeDraft[] = [];
  const tell = (party: Told, accountIds: number[], body: string | undefined) => {
    if (!body || entry.party === (party satisfies ComplaintPartyName)) return;
    for (const accountId of accountIds) {
      drafts.push({
        accountId,
        kind: 'COMPLAINT',
        title: clip(`投诉 #${complaint.id}：${party === 'MERCHANT' ? '消费投诉' : (merchant?.name ?? '商家')}`, 60),
        // What the person wrote, quoted after what happened; the filing's note is for the record only.
        body: entry.note && entry.action !== 'FILED' ? clip(`${body}：“${entry.note}”`, 400) : body,
        link: pageFor(party, complaint.id),
        sourceKey: `complaint:${complaint.id}:audit:${entry.id}`,
      });
    }
  };
  tell('CONSUMER', [complaint.consumerId], text.consumer);
  // A complaint awaiting acceptance, declined, or withdrawn before it was accepted never was the merchant's.
  if (complaint.forwardedAt !== null) tell('MERCHANT', await ctx.loader(agentsByMerchantId).load(complaint.merchantId), text.merchant);
  // Regulators hear of what waits on them: a complaint to accept, one to mediate, one that left mediation.
  if (text.regulator && (entry.toStatus === 'SUBMITTED' || entry.toStatus === 'MEDIATING' || entry.fromStatus === 'MEDIATING')) {
    tell('REGULATOR', await ctx.loader(accountIdsByRole).load(Role.REGULATOR), text.regulator);
  }
  await ctx.service(NoticesService).deliverAndPush(ctx, drafts);
}

/** The merchant's agents are warned the day before their negotiation deadline. */
async function onDeadlineNear(ctx: RequestContext, payload: { complaintId: number; dueAt: string }): Promise<void> {
  const complaint = await ctx.loader(complaintById).load(payload.complaintId);
  if (!complaint) throw new Error(`complaint ${payload.complaintId} is missing`);
  const agents = await ctx.loader(agentsByMerchantId).load(complaint.merchantId);
  const drafts: NoticeDraft[] = agents.map((accountId) => ({
    accountId,
    kind: 'COMPLAINT',
    title: `投诉 #${complaint.id} 明天到期`,
    body: '协商期限明天就到了。到期还没有和解，投诉会转市场监管部门调解，并记入商家信用。',
    link: pageFor('MERCHANT', complaint.id),
    sourceKey: `complaint:${complaint.id}:due:${payload.dueAt}`,
  }));
  await ctx.service(NoticesService).deliverAndPush(ctx, drafts);
}

export const complaintNoticeHandlers = [
  subscribe(ComplaintChanged, 'notices.complaintChanged', onComplaintChanged),
  subscribe(ComplaintDeadlineNear, 'notices.complaintDeadlineNear', onDeadlineNear),
];
