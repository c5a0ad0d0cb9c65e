import type {
  ComplaintCategoryName,
  ComplaintDeadlineView,
  ComplaintDemandName,
  ComplaintPartyName,
  ComplaintSourceName,
  ComplaintStatusName,
  DeclineReasonName,
  MediationOutcomeName,
  SettlementStatusName,
} from '@/domain/complaints';
import type { Action } from '@/hooks/use-action';

/**
 * What the shared complaint components show. Structural, so that each page's generated result types
 * fit as they are: every role's complaint query and list query selects its own fields.
 */
export interface ComplaintMessageView {
  id: string;
  party: ComplaintPartyName;
  authorName: string;
  body: string;
  attachments: readonly string[];
  createdAt: string;
}

export interface ComplaintSettlementView {
  id: string;
  remedy: ComplaintDemandName;
  amountFen: number;
  terms: string;
  status: SettlementStatusName;
  createdAt: string;
  decidedAt?: string | null;
}

export interface ComplaintAuditEntryView {
  id: string;
  party: ComplaintPartyName;
  actorName?: string | null;
  action: string;
  fromStatus?: ComplaintStatusName | null;
  toStatus: ComplaintStatusName;
  note: string;
  at: string;
}

export interface ComplaintMerchantView {
  id: string;
  name: string;
  creditCode: string;
  address: string;
  odr: boolean;
}

/** One complaint in a list: enough for its row. */
export interface ComplaintListItemView {
  id: string;
  status: ComplaintStatusName;
  category: ComplaintCategoryName;
  demand: ComplaintDemandName;
  amountFen: number;
  filedAt: string;
  merchant: { id: string; name: string };
  consumer: { displayName: string; phone?: string | null };
  deadline: ComplaintDeadlineView;
}

/** One complaint with everything its page shows. */
export interface ComplaintDetailView extends ComplaintListItemView {
  narrative: string;
  source: ComplaintSourceName;
  traceCode?: string | null;
  evidence: readonly string[];
  resolvedAt?: string | null;
  declineReason?: DeclineReasonName | null;
  declineNote?: string | null;
  mediationOutcome?: MediationOutcomeName | null;
  mediationSummary?: string | null;
  rating?: number | null;
  ratingComment?: string | null;
  merchant: ComplaintMerchantView;
  messages: readonly ComplaintMessageView[];
  settlements: readonly ComplaintSettlementView[];
  audit: readonly ComplaintAuditEntryView[];
  myParty?: ComplaintPartyName | null;
}

/**
 * What a shared step (the reply box, the request for mediation) uses of the page's action: the page
 * runs its own role's mutation; the step shows the busy button, the notice and the field at fault,
 * and says through `refuse` what its own check found.
 */
export type StepAction = Pick<Action, 'busy' | 'notice' | 'refuse' | 'say' | 'fieldProps'>;
