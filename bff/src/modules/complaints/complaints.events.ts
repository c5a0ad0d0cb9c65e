import { defineEvent } from '../../core/events/events';

/** How a closed complaint ended for the merchant: what its credit rating weighs. */
export type ComplaintOutcome =
  'SETTLED' | 'MEDIATED_FOR_CONSUMER' | 'MEDIATED_FOR_MERCHANT' | 'MEDIATION_FAILED' | 'DECLINED' | 'WITHDRAWN';

/** Any change of a complaint, with the audit entry that records it: the other side is told. */
export const ComplaintChanged = defineEvent<{ complaintId: number; auditId: number }>('complaint.changed', 'market');

/** A complaint closed: everything a merchant's credit needs, so that credit never reads the market store. */
export const ComplaintClosed = defineEvent<{
  complaintId: number;
  /** `Merchant.id` in the market store. */
  merchantId: number;
  outcome: ComplaintOutcome;
  /** The merchant let the negotiation deadline pass (商家超期). */
  merchantOverdue: boolean;
  /** ISO time. */
  closedAt: string;
}>('complaint.closed', 'market');

/** A merchant's negotiation deadline is a day away (ISO time of the deadline). */
export const ComplaintDeadlineNear = defineEvent<{ complaintId: number; dueAt: string }>('complaint.deadline_near', 'market');
