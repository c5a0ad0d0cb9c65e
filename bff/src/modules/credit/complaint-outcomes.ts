import type { OutboxDispatcher } from '../../core/outbox/outbox';
import { inTransaction } from '../../core/transaction';
import type { StoreRegistry } from '../../stores/registry';
import { isUniqueViolation } from '../../stores/sql-errors';
import { Complaint } from '../complaints/complaints.entity';
import { COMPLAINT_CLOSED } from '../complaints/complaints.service';
import { CreditComplaintOutcome, type ComplaintOutcomeKind } from './credit.entity';

/** How a closed complaint ended, in the terms a credit rating weighs. */
export function outcomeOf(complaint: Complaint): ComplaintOutcomeKind {
  switch (complaint.status) {
    case 'SETTLED':
      return 'SETTLED';
    case 'DECLINED':
      return 'DECLINED';
    case 'WITHDRAWN':
      return 'WITHDRAWN';
    case 'MEDIATED':
      if (complaint.mediationOutcome !== 'AGREEMENT' && !complaint.consumerFavoured) return 'MEDIATION_FAILED';
      return complaint.consumerFavoured ? 'MEDIATED_FOR_CONSUMER' : 'MEDIATED_FOR_MERCHANT';
    default:
      throw new Error(`complaint ${complaint.id} is not closed (${complaint.status})`);
  }
}

/** Records each closed complaint's outcome in the credit store, once, for merchants' credit ratings. */
export function registerComplaintOutcomes(outbox: OutboxDispatcher, stores: StoreRegistry): void {
  outbox.on(COMPLAINT_CLOSED, async (payload) => {
    const complaint = await stores.get('market').manager.findOneByOrFail(Complaint, { id: Number(payload.complaintId) });
    try {
      await inTransaction(stores.get('credit'), async (m) => {
        if (await m.existsBy(CreditComplaintOutcome, { complaintId: complaint.id })) return;
        await m.insert(CreditComplaintOutcome, {
          complaintId: complaint.id,
          merchantId: complaint.merchantId,
          outcome: outcomeOf(complaint),
          merchantOverdue: complaint.merchantOverdue,
          closedAt: complaint.resolvedAt ?? new Date(),
          recordedAt: new Date(),
        });
      });
    } catch (error) {
      // Delivered twice at once: the first record stands.
      if (!isUniqueViolation(error)) throw error;
    }
  });
}
