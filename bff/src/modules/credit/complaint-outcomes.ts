import type { RequestContext } from '../../core/context';
import { subscribe, type PayloadOf } from '../../core/events/events';
import { isUniqueViolation } from '../../stores/sql-errors';
import { ComplaintClosed } from '../complaints/complaints.events';
import { CreditComplaintOutcome } from './credit.entity';

/** Records each closed complaint's outcome in the credit store, once, for merchants' credit ratings. */
async function recordOutcome(ctx: RequestContext, closed: PayloadOf<typeof ComplaintClosed>): Promise<void> {
  try {
    await ctx.transaction('credit', async (m) => {
      if (await m.existsBy(CreditComplaintOutcome, { complaintId: closed.complaintId })) return;
      await m.insert(CreditComplaintOutcome, {
        complaintId: closed.complaintId,
        merchantId: closed.merchantId,
        outcome: closed.outcome,
        merchantOverdue: closed.merchantOverdue,
        closedAt: new Date(closed.closedAt),
        recordedAt: ctx.now(),
      });
    });
  } catch (error) {
    // Delivered twice at once: the first record stands.
    if (!isUniqueViolation(error)) throw error;
  }
}

export const complaintOutcomeHandlers = [subscribe(ComplaintClosed, 'credit.complaintOutcome', recordOutcome)];
