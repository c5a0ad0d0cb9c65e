import type { OutboxDispatcher } from '../../core/outbox/outbox';
import type { StoreRegistry } from '../../stores/registry';
import { Role } from '../../core/roles';
import { AccountRole } from '../identity/identity.entity';
import type { NoticeDraft, NoticesService } from '../notices/notices.service';
import { Complaint, ComplaintAudit, Merchant, MerchantAgent, type ComplaintParty } from './complaints.entity';
import { COMPLAINT_CHANGED, COMPLAINT_DEADLINE_NEAR } from './complaints.service';

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
  ACCEPTED: { consumer: '市场监管部门已受理您的投诉，已转商户协商', merchant: '市场监管部门转来一件投诉，请在 10 个工作日内与消费者协商' },
  DECLINED: { consumer: '您的投诉不予受理' },
  MESSAGE: { consumer: '商户回复了您的投诉', merchant: '消费者在投诉里留言了' },
  PROPOSED: { consumer: '商户提出了和解方案，请查看并答复' },
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
 * Turns complaint events from the market store's outbox into notices: the side that did not act
 * hears of each change. Source keys make a repeated delivery add nothing.
 */
export function registerComplaintNotices(outbox: OutboxDispatcher, stores: StoreRegistry, notices: NoticesService): void {
  const market = () => stores.get('market').manager;

  async function agentsOf(merchantId: number): Promise<number[]> {
    return (await market().findBy(MerchantAgent, { merchantId })).map((a) => a.accountId);
  }

  /** The county's regulators: every complaint queue is theirs (no district scope yet). */
  async function regulators(): Promise<number[]> {
    return (await stores.get('identity').manager.findBy(AccountRole, { role: Role.REGULATOR })).map((r) => r.accountId);
  }

  outbox.on(COMPLAINT_CHANGED, async (payload) => {
    const [complaint, entry] = await Promise.all([
      market().findOneByOrFail(Complaint, { id: Number(payload.complaintId) }),
      market().findOneByOrFail(ComplaintAudit, { id: Number(payload.auditId) }),
    ]);
    const merchant = await market().findOneByOrFail(Merchant, { id: complaint.merchantId });
    const text = TEXT[entry.action] ?? {};
    const drafts: NoticeDraft[] = [];
    const tell = (party: Told, accountIds: number[], body: string | undefined) => {
      if (!body || entry.party === (party satisfies ComplaintParty)) return;
      for (const accountId of accountIds) {
        drafts.push({
          accountId,
          kind: 'COMPLAINT',
          title: `投诉 #${complaint.id}：${party === 'MERCHANT' ? '消费投诉' : merchant.name}`.slice(0, 60),
          body: entry.note && entry.action !== 'FILED' ? `${body}。${entry.note}`.slice(0, 400) : body,
          link: pageFor(party, complaint.id),
          sourceKey: `complaint:${complaint.id}:audit:${entry.id}`,
        });
      }
    };
    tell('CONSUMER', [complaint.consumerId], text.consumer);
    // A complaint awaiting acceptance, declined, or withdrawn before it was accepted never was the merchant's.
    if (complaint.forwardedAt !== null) tell('MERCHANT', await agentsOf(complaint.merchantId), text.merchant);
    // Regulators hear of what waits on them: a complaint to accept, one to mediate, one that left mediation.
    if (text.regulator && (entry.toStatus === 'SUBMITTED' || entry.toStatus === 'MEDIATING' || entry.fromStatus === 'MEDIATING')) {
      tell('REGULATOR', await regulators(), text.regulator);
    }
    await notices.deliverAndPush(drafts);
  });

  outbox.on(COMPLAINT_DEADLINE_NEAR, async (payload) => {
    const complaint = await market().findOneByOrFail(Complaint, { id: Number(payload.complaintId) });
    const agents = await agentsOf(complaint.merchantId);
    const drafts: NoticeDraft[] = agents.map((accountId) => ({
      accountId,
      kind: 'COMPLAINT',
      title: `投诉 #${complaint.id} 明天到期`,
      body: '协商期限明天就到了。到期还没有和解，投诉会转市场监管部门调解，并记入商户信用。',
      link: pageFor('MERCHANT', complaint.id),
      sourceKey: `complaint:${complaint.id}:due:${complaint.dueAt?.toISOString() ?? ''}`,
    }));
    await notices.deliverAndPush(drafts);
  });
}
