/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptComplaintInput = {
  complaintId: string | number;
  note?: string;
};

/** 监管人员结束召回 */
export type CloseRecallInput = {
  /** 结束说明：下架、销毁、处置情况 */
  note: string;
  recallId: string | number;
};

/** 食品安全 · 质量 · 价格 · 服务 · 虚假宣传 · 其他 */
export type ComplaintCategory =
  | 'FALSE_ADVERTISING'
  | 'FOOD_SAFETY'
  | 'OTHER'
  | 'PRICE'
  | 'QUALITY'
  | 'SERVICE';

/** 退款 · 换货 · 维修 · 赔偿 · 道歉 */
export type ComplaintDemand =
  | 'APOLOGY'
  | 'COMPENSATION'
  | 'REFUND'
  | 'REPAIR'
  | 'REPLACEMENT';

/** 消费者 · 商户 · 监管人员 · 系统 */
export type ComplaintParty =
  | 'CONSUMER'
  | 'MERCHANT'
  | 'REGULATOR'
  | 'SYSTEM';

/** 搜索商户 · 扫溯源码 · 农产品订单 */
export type ComplaintSource =
  | 'ORDER'
  | 'SCAN'
  | 'SEARCH';

/** 待受理 · 不予受理 · 协商中 · 已和解 · 调解中 · 调解结束 · 已撤回 */
export type ComplaintStatus =
  | 'DECLINED'
  | 'MEDIATED'
  | 'MEDIATING'
  | 'NEGOTIATING'
  | 'SETTLED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type DeclineComplaintInput = {
  complaintId: string | number;
  /** 告知消费者的说明 */
  note: string;
  reason: DeclineReason;
};

/** 12315 不予受理的理由：不属于市场监管职责 · 没有具体诉求或证据 · 超过三年 · 已起诉或仲裁 · 已处理过且无新情况 · 不属于消费纠纷 */
export type DeclineReason =
  | 'ALREADY_HANDLED'
  | 'IN_COURT'
  | 'NOT_CONSUMER_DISPUTE'
  | 'NO_SPECIFIC_CLAIM'
  | 'OUTSIDE_REMIT'
  | 'OVER_THREE_YEARS';

/** 达成调解协议 · 调解不成 · 终止调解 */
export type MediationOutcome =
  | 'AGREEMENT'
  | 'FAILED'
  | 'TERMINATED';

export type PostComplaintMessageInput = {
  attachments?: Array<string>;
  body: string;
  complaintId: string | number;
};

/** 一级：可能严重危害健康甚至致死 · 二级：可能危害健康 · 三级：一般不危害健康但不得销售 */
export type RecallClass =
  | 'CLASS_I'
  | 'CLASS_II'
  | 'CLASS_III';

/** 抽检不合格 · 生产者主动召回 */
export type RecallOrigin =
  | 'SAMPLING'
  | 'VOLUNTARY';

/** 问题批次 · 用它加工的下游批次 · 它的原料批次 */
export type RecallRelation =
  | 'DOWNSTREAM'
  | 'INGREDIENT'
  | 'ROOT';

/** 进行中 · 已结束 */
export type RecallStatus =
  | 'CLOSED'
  | 'OPEN';

export type RecordMediationInput = {
  complaintId: string | number;
  /** 结果是否支持消费者的诉求 */
  inConsumersFavour: boolean;
  outcome: MediationOutcome;
  summary: string;
};

/** 登记官方抽检结果（监管人员） */
export type RecordSamplingInput = {
  /** 检验机构 */
  agency: string;
  batchId: string | number;
  /** 检验项目与结论 */
  findings: string;
  /** 问题出在原料：连同原料批次及用它们加工的批次一起召回 */
  includeIngredients?: boolean;
  passed: boolean;
  /** 不合格时必填：召回级别 */
  recallClass?: RecallClass | null | undefined;
  /** 报告编号 */
  reportNo: string;
  /** 抽样日期 YYYY-MM-DD */
  sampledOn: string;
};

/** 待答复 · 已接受 · 已拒绝 · 已撤回 */
export type SettlementStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PROPOSED'
  | 'WITHDRAWN';

export type ComplaintDetailFragment = { id: string, status: ComplaintStatus, category: ComplaintCategory, narrative: string, demand: ComplaintDemand, amountFen: number, source: ComplaintSource, traceCode: string | null, evidence: Array<string>, filedAt: string, resolvedAt: string | null, declineReason: DeclineReason | null, declineNote: string | null, mediationOutcome: MediationOutcome | null, mediationSummary: string | null, rating: number | null, ratingComment: string | null, myParty: ComplaintParty | null, merchant: { id: string, creditCode: string, name: string, address: string, odr: boolean }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string }, messages: Array<{ id: string, party: ComplaintParty, authorName: string, body: string, attachments: Array<string>, createdAt: string }>, settlements: Array<{ id: string, remedy: ComplaintDemand, amountFen: number, terms: string, status: SettlementStatus, createdAt: string, decidedAt: string | null }>, audit: Array<{ id: string, party: ComplaintParty, actorName: string | null, action: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, note: string, at: string }> };

export type RegulatorComplaintQueryVariables = Exact<{
  id: string | number;
}>;


export type RegulatorComplaintQuery = { complaint: { id: string, status: ComplaintStatus, category: ComplaintCategory, narrative: string, demand: ComplaintDemand, amountFen: number, source: ComplaintSource, traceCode: string | null, evidence: Array<string>, filedAt: string, resolvedAt: string | null, declineReason: DeclineReason | null, declineNote: string | null, mediationOutcome: MediationOutcome | null, mediationSummary: string | null, rating: number | null, ratingComment: string | null, myParty: ComplaintParty | null, merchant: { id: string, creditCode: string, name: string, address: string, odr: boolean }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string }, messages: Array<{ id: string, party: ComplaintParty, authorName: string, body: string, attachments: Array<string>, createdAt: string }>, settlements: Array<{ id: string, remedy: ComplaintDemand, amountFen: number, terms: string, status: SettlementStatus, createdAt: string, decidedAt: string | null }>, audit: Array<{ id: string, party: ComplaintParty, actorName: string | null, action: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, note: string, at: string }> } };

export type RegulatorPostComplaintMessageMutationVariables = Exact<{
  input: PostComplaintMessageInput;
}>;


export type RegulatorPostComplaintMessageMutation = { postComplaintMessage: { id: string } };

export type RecordMediationMutationVariables = Exact<{
  input: RecordMediationInput;
}>;


export type RecordMediationMutation = { recordMediation: { id: string, status: ComplaintStatus } };

export type ComplaintStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplaintStatsQuery = { complaintStats: { missingCalendarYears: Array<number>, thisMonth: { month: string, resolved: number, medianWorkingDays: number | null }, lastMonth: { month: string, resolved: number, medianWorkingDays: number | null } } };

export type ComplaintAcceptanceQueueQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ComplaintAcceptanceQueueQuery = { complaintAcceptanceQueue: { nextCursor: string | null, items: Array<{ id: string, status: ComplaintStatus, category: ComplaintCategory, demand: ComplaintDemand, amountFen: number, filedAt: string, narrative: string, merchant: { id: string, name: string }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string } }> } };

export type ComplaintMediationQueueQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ComplaintMediationQueueQuery = { complaintMediationQueue: { nextCursor: string | null, items: Array<{ id: string, status: ComplaintStatus, category: ComplaintCategory, demand: ComplaintDemand, amountFen: number, filedAt: string, narrative: string, merchant: { id: string, name: string }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string } }> } };

export type OverdueComplaintsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type OverdueComplaintsQuery = { overdueComplaints: { nextCursor: string | null, items: Array<{ id: string, status: ComplaintStatus, category: ComplaintCategory, demand: ComplaintDemand, amountFen: number, filedAt: string, narrative: string, merchant: { id: string, name: string }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string } }> } };

export type RegulatorComplaintListItemFragment = { id: string, status: ComplaintStatus, category: ComplaintCategory, demand: ComplaintDemand, amountFen: number, filedAt: string, narrative: string, merchant: { id: string, name: string }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string } };

export type AcceptComplaintMutationVariables = Exact<{
  input: AcceptComplaintInput;
}>;


export type AcceptComplaintMutation = { acceptComplaint: { id: string, status: ComplaintStatus } };

export type DeclineComplaintMutationVariables = Exact<{
  input: DeclineComplaintInput;
}>;


export type DeclineComplaintMutation = { declineComplaint: { id: string, status: ComplaintStatus } };

export type RegulatorDeskQueryVariables = Exact<{ [key: string]: never; }>;


export type RegulatorDeskQuery = { me: { id: string, displayName: string, phone: string | null, village: { id: string, county: string } | null } };

export type CounterfeitFlagsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CounterfeitFlagsQuery = { counterfeitFlags: { nextCursor: string | null, items: Array<{ id: string, serial: string, reason: string, flaggedAt: string, batch: { id: string, lot: string, product: { gtin: string, name: string } } }> } };

export type RecallBatchLineFragment = { id: string, lot: string, productionDate: string, quantity: number, product: { id: string, gtin: string, name: string } };

export type RecallDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type RecallDetailQuery = { recall: { id: string, recallClass: RecallClass, origin: RecallOrigin, reason: string, status: RecallStatus, openedAt: string, closedAt: string | null, closingNote: string | null, batch: { id: string, lot: string, productionDate: string, quantity: number, product: { id: string, gtin: string, name: string } }, affectedBatches: Array<{ relation: RecallRelation, batch: { id: string, lot: string, productionDate: string, quantity: number, product: { id: string, gtin: string, name: string } } }>, scope: { made: number, received: number, sold: number, scans: number, scanners: number, shipped: Array<{ quantity: number, to: { id: string, displayName: string } | null, batch: { id: string, lot: string, productionDate: string, quantity: number, product: { id: string, gtin: string, name: string } } }> }, holders: Array<{ id: string, notifiedAt: string, acknowledgedAt: string | null, reportedAt: string | null, quantityRemoved: number | null, merchant: { id: string, displayName: string } | null, batch: { id: string, lot: string, productionDate: string, quantity: number, product: { id: string, gtin: string, name: string } } }>, progress: { holders: number, acknowledged: number, quantityRemoved: number } } };

export type CloseRecallMutationVariables = Exact<{
  input: CloseRecallInput;
}>;


export type CloseRecallMutation = { closeRecall: { id: string, status: RecallStatus, closedAt: string | null, closingNote: string | null } };

export type RecallsQueryVariables = Exact<{
  status?: RecallStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type RecallsQuery = { recalls: { nextCursor: string | null, items: Array<{ id: string, recallClass: RecallClass, origin: RecallOrigin, reason: string, status: RecallStatus, openedAt: string, closedAt: string | null, batch: { id: string, lot: string, product: { id: string, name: string } }, progress: { holders: number, acknowledged: number, quantityRemoved: number } }> } };

export type SamplingBatchQueryVariables = Exact<{
  code: string;
}>;


export type SamplingBatchQuery = { traceBatchByCode: { id: string, lot: string, productionDate: string, expiryDate: string | null, quantity: number, product: { id: string, gtin: string, name: string }, samplings: Array<{ id: string, passed: boolean, sampledOn: string, agency: string, reportNo: string }>, recalls: Array<{ id: string, recallClass: RecallClass, status: RecallStatus, openedAt: string }> } };

export type RecordSamplingMutationVariables = Exact<{
  input: RecordSamplingInput;
}>;


export type RecordSamplingMutation = { recordSamplingResult: { id: string, passed: boolean, agency: string, sampledOn: string, reportNo: string, findings: string, recall: { id: string, recallClass: RecallClass, status: RecallStatus, reason: string, openedAt: string, progress: { holders: number, acknowledged: number, quantityRemoved: number } } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ComplaintDetailFragmentDoc = new TypedDocumentString(`
    fragment ComplaintDetail on Complaint {
  id
  status
  category
  narrative
  demand
  amountFen
  source
  traceCode
  evidence
  filedAt
  resolvedAt
  declineReason
  declineNote
  mediationOutcome
  mediationSummary
  rating
  ratingComment
  myParty
  merchant {
    id
    creditCode
    name
    address
    odr
  }
  consumer {
    displayName
    phone
  }
  deadline {
    dueAt
    paused
    workingDaysLeft
    overdue
    stage
  }
  messages {
    id
    party
    authorName
    body
    attachments
    createdAt
  }
  settlements {
    id
    remedy
    amountFen
    terms
    status
    createdAt
    decidedAt
  }
  audit {
    id
    party
    actorName
    action
    fromStatus
    toStatus
    note
    at
  }
}
    `, {"fragmentName":"ComplaintDetail"}) as unknown as TypedDocumentString<ComplaintDetailFragment, unknown>;
export const RegulatorComplaintListItemFragmentDoc = new TypedDocumentString(`
    fragment RegulatorComplaintListItem on Complaint {
  id
  status
  category
  demand
  amountFen
  filedAt
  merchant {
    id
    name
  }
  consumer {
    displayName
    phone
  }
  deadline {
    dueAt
    paused
    workingDaysLeft
    overdue
    stage
  }
  narrative
}
    `, {"fragmentName":"RegulatorComplaintListItem"}) as unknown as TypedDocumentString<RegulatorComplaintListItemFragment, unknown>;
export const RecallBatchLineFragmentDoc = new TypedDocumentString(`
    fragment RecallBatchLine on TraceBatch {
  id
  lot
  productionDate
  quantity
  product {
    id
    gtin
    name
  }
}
    `, {"fragmentName":"RecallBatchLine"}) as unknown as TypedDocumentString<RecallBatchLineFragment, unknown>;
export const RegulatorComplaintDocument = new TypedDocumentString(`
    query RegulatorComplaint($id: ID!) {
  complaint(id: $id) {
    ...ComplaintDetail
  }
}
    fragment ComplaintDetail on Complaint {
  id
  status
  category
  narrative
  demand
  amountFen
  source
  traceCode
  evidence
  filedAt
  resolvedAt
  declineReason
  declineNote
  mediationOutcome
  mediationSummary
  rating
  ratingComment
  myParty
  merchant {
    id
    creditCode
    name
    address
    odr
  }
  consumer {
    displayName
    phone
  }
  deadline {
    dueAt
    paused
    workingDaysLeft
    overdue
    stage
  }
  messages {
    id
    party
    authorName
    body
    attachments
    createdAt
  }
  settlements {
    id
    remedy
    amountFen
    terms
    status
    createdAt
    decidedAt
  }
  audit {
    id
    party
    actorName
    action
    fromStatus
    toStatus
    note
    at
  }
}`) as unknown as TypedDocumentString<RegulatorComplaintQuery, RegulatorComplaintQueryVariables>;
export const RegulatorPostComplaintMessageDocument = new TypedDocumentString(`
    mutation RegulatorPostComplaintMessage($input: PostComplaintMessageInput!) {
  postComplaintMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegulatorPostComplaintMessageMutation, RegulatorPostComplaintMessageMutationVariables>;
export const RecordMediationDocument = new TypedDocumentString(`
    mutation RecordMediation($input: RecordMediationInput!) {
  recordMediation(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RecordMediationMutation, RecordMediationMutationVariables>;
export const ComplaintStatsDocument = new TypedDocumentString(`
    query ComplaintStats {
  complaintStats {
    thisMonth {
      month
      resolved
      medianWorkingDays
    }
    lastMonth {
      month
      resolved
      medianWorkingDays
    }
    missingCalendarYears
  }
}
    `) as unknown as TypedDocumentString<ComplaintStatsQuery, ComplaintStatsQueryVariables>;
export const ComplaintAcceptanceQueueDocument = new TypedDocumentString(`
    query ComplaintAcceptanceQueue($first: Int!, $after: String) {
  complaintAcceptanceQueue(first: $first, after: $after) {
    items {
      ...RegulatorComplaintListItem
    }
    nextCursor
  }
}
    fragment RegulatorComplaintListItem on Complaint {
  id
  status
  category
  demand
  amountFen
  filedAt
  merchant {
    id
    name
  }
  consumer {
    displayName
    phone
  }
  deadline {
    dueAt
    paused
    workingDaysLeft
    overdue
    stage
  }
  narrative
}`) as unknown as TypedDocumentString<ComplaintAcceptanceQueueQuery, ComplaintAcceptanceQueueQueryVariables>;
export const ComplaintMediationQueueDocument = new TypedDocumentString(`
    query ComplaintMediationQueue($first: Int!, $after: String) {
  complaintMediationQueue(first: $first, after: $after) {
    items {
      ...RegulatorComplaintListItem
    }
    nextCursor
  }
}
    fragment RegulatorComplaintListItem on Complaint {
  id
  status
  category
  demand
  amountFen
  filedAt
  merchant {
    id
    name
  }
  consumer {
    displayName
    phone
  }
  deadline {
    dueAt
    paused
    workingDaysLeft
    overdue
    stage
  }
  narrative
}`) as unknown as TypedDocumentString<ComplaintMediationQueueQuery, ComplaintMediationQueueQueryVariables>;
export const OverdueComplaintsDocument = new TypedDocumentString(`
    query OverdueComplaints($first: Int!, $after: String) {
  overdueComplaints(first: $first, after: $after) {
    items {
      ...RegulatorComplaintListItem
    }
    nextCursor
  }
}
    fragment RegulatorComplaintListItem on Complaint {
  id
  status
  category
  demand
  amountFen
  filedAt
  merchant {
    id
    name
  }
  consumer {
    displayName
    phone
  }
  deadline {
    dueAt
    paused
    workingDaysLeft
    overdue
    stage
  }
  narrative
}`) as unknown as TypedDocumentString<OverdueComplaintsQuery, OverdueComplaintsQueryVariables>;
export const AcceptComplaintDocument = new TypedDocumentString(`
    mutation AcceptComplaint($input: AcceptComplaintInput!) {
  acceptComplaint(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AcceptComplaintMutation, AcceptComplaintMutationVariables>;
export const DeclineComplaintDocument = new TypedDocumentString(`
    mutation DeclineComplaint($input: DeclineComplaintInput!) {
  declineComplaint(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DeclineComplaintMutation, DeclineComplaintMutationVariables>;
export const RegulatorDeskDocument = new TypedDocumentString(`
    query RegulatorDesk {
  me {
    id
    displayName
    phone
    village {
      id
      county
    }
  }
}
    `) as unknown as TypedDocumentString<RegulatorDeskQuery, RegulatorDeskQueryVariables>;
export const CounterfeitFlagsDocument = new TypedDocumentString(`
    query CounterfeitFlags($first: Int!, $after: String) {
  counterfeitFlags(first: $first, after: $after) {
    items {
      id
      serial
      reason
      flaggedAt
      batch {
        id
        lot
        product {
          gtin
          name
        }
      }
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<CounterfeitFlagsQuery, CounterfeitFlagsQueryVariables>;
export const RecallDetailDocument = new TypedDocumentString(`
    query RecallDetail($id: ID!) {
  recall(id: $id) {
    id
    recallClass
    origin
    reason
    status
    openedAt
    closedAt
    closingNote
    batch {
      ...RecallBatchLine
    }
    affectedBatches {
      relation
      batch {
        ...RecallBatchLine
      }
    }
    scope {
      made
      received
      sold
      scans
      scanners
      shipped {
        quantity
        to {
          id
          displayName
        }
        batch {
          ...RecallBatchLine
        }
      }
    }
    holders {
      id
      notifiedAt
      acknowledgedAt
      reportedAt
      quantityRemoved
      merchant {
        id
        displayName
      }
      batch {
        ...RecallBatchLine
      }
    }
    progress {
      holders
      acknowledged
      quantityRemoved
    }
  }
}
    fragment RecallBatchLine on TraceBatch {
  id
  lot
  productionDate
  quantity
  product {
    id
    gtin
    name
  }
}`) as unknown as TypedDocumentString<RecallDetailQuery, RecallDetailQueryVariables>;
export const CloseRecallDocument = new TypedDocumentString(`
    mutation CloseRecall($input: CloseRecallInput!) {
  closeRecall(input: $input) {
    id
    status
    closedAt
    closingNote
  }
}
    `) as unknown as TypedDocumentString<CloseRecallMutation, CloseRecallMutationVariables>;
export const RecallsDocument = new TypedDocumentString(`
    query Recalls($status: RecallStatus, $first: Int!, $after: String) {
  recalls(status: $status, first: $first, after: $after) {
    items {
      id
      recallClass
      origin
      reason
      status
      openedAt
      closedAt
      batch {
        id
        lot
        product {
          id
          name
        }
      }
      progress {
        holders
        acknowledged
        quantityRemoved
      }
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<RecallsQuery, RecallsQueryVariables>;
export const SamplingBatchDocument = new TypedDocumentString(`
    query SamplingBatch($code: String!) {
  traceBatchByCode(code: $code) {
    id
    lot
    productionDate
    expiryDate
    quantity
    product {
      id
      gtin
      name
    }
    samplings {
      id
      passed
      sampledOn
      agency
      reportNo
    }
    recalls {
      id
      recallClass
      status
      openedAt
    }
  }
}
    `) as unknown as TypedDocumentString<SamplingBatchQuery, SamplingBatchQueryVariables>;
export const RecordSamplingDocument = new TypedDocumentString(`
    mutation RecordSampling($input: RecordSamplingInput!) {
  recordSamplingResult(input: $input) {
    id
    passed
    agency
    sampledOn
    reportNo
    findings
    recall {
      id
      recallClass
      status
      reason
      openedAt
      progress {
        holders
        acknowledged
        quantityRemoved
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecordSamplingMutation, RecordSamplingMutationVariables>;