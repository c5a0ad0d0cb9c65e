/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 持有商家确认召回并报告下架数量 */
export type AcknowledgeRecallInput = {
  /** 已下架、封存的数量 */
  quantityRemoved: number;
  /** 召回任务（RecallHolder）的 id */
  recallHolderId: string | number;
};

/** 为批次附上证明文件 */
export type AttachTraceDocumentInput = {
  batchId: string | number;
  customsDeclarationNo?: string | null | undefined;
  entryPort?: string | null | undefined;
  /** 上传接口返回的照片 key */
  fileKey?: string | null | undefined;
  /** 出具单位 */
  issuedBy: string;
  /** 出具日期 YYYY-MM-DD */
  issuedOn: string;
  kind: TraceDocumentKind;
  originCountry?: string | null | undefined;
  passed: boolean;
  summary?: string;
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

/** 12315 不予受理的理由：不属于市场监管职责 · 没有具体诉求或证据 · 超过三年 · 已起诉或仲裁 · 已处理过且无新情况 · 不属于消费纠纷 */
export type DeclineReason =
  | 'ALREADY_HANDLED'
  | 'IN_COURT'
  | 'NOT_CONSUMER_DISPUTE'
  | 'NO_SPECIFIC_CLAIM'
  | 'OUTSIDE_REMIT'
  | 'OVER_THREE_YEARS';

/** 为批次生成溯源码 */
export type IssueTraceCodesInput = {
  batchId: string | number;
  count: number;
};

/** 达成调解协议 · 调解不成 · 终止调解 */
export type MediationOutcome =
  | 'AGREEMENT'
  | 'FAILED'
  | 'TERMINATED';

/** 生产者主动召回 */
export type OpenVoluntaryRecallInput = {
  batchId: string | number;
  /** 问题出在原料：连同原料批次及用这些原料加工的批次一起召回 */
  includeIngredients?: boolean;
  /** 召回原因 */
  reason: string;
  recallClass: RecallClass;
};

export type PostComplaintMessageInput = {
  attachments?: Array<string>;
  body: string;
  complaintId: string | number;
};

export type ProposeSettlementInput = {
  /** 金额（分） */
  amountFen: number;
  complaintId: string | number;
  remedy: ComplaintDemand;
  /** 怎么做、什么时候做到 */
  terms: string;
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

/** 进行中 · 已结束 */
export type RecallStatus =
  | 'CLOSED'
  | 'OPEN';

/** 记录溯源事件 */
export type RecordTraceEventInput = {
  batchId: string | number;
  bizStep: TraceBizStep;
  /** 发货：收货商家的账号 */
  counterpartyId?: string | number | null | undefined;
  eventTime: string;
  /** 加工：用到的原料批次 */
  inputBatchIds?: Array<string | number>;
  note?: string;
  place: string;
  /** 发货、收货、零售的数量 */
  quantity?: number | null | undefined;
  /** 冷链仓储温度（摄氏度） */
  temperatureCelsius?: number | null | undefined;
  timeZoneOffset?: string;
};

/** 登记批次 */
export type RegisterBatchInput = {
  /** 保质期至 YYYY-MM-DD */
  expiryDate?: string | null | undefined;
  /** 批号（AI 10） */
  lot: string;
  productId: string | number;
  /** 生产日期 YYYY-MM-DD */
  productionDate: string;
  quantity: number;
};

/** 登记商户 */
export type RegisterMerchantInput = {
  address: string;
  /** 统一社会信用代码（18 位） */
  creditCode: string;
  /** 经营范围 */
  licenceScope: string;
  name: string;
  /** 加入在线消费纠纷解决（ODR），承诺 10 个工作日内直接协商 */
  odr: boolean;
};

/** 登记商品 */
export type RegisterProductInput = {
  /** GTIN-8/12/13/14 */
  gtin: string;
  name: string;
};

export type RequestMediationInput = {
  complaintId: string | number;
  note: string;
};

export type SetMerchantOdrInput = {
  merchantId: string | number;
  odr: boolean;
};

/** 待答复 · 已接受 · 已拒绝 · 已撤回 */
export type SettlementStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PROPOSED'
  | 'WITHDRAWN';

/** 商户扫码收工分 */
export type TakePointsInput = {
  /** 村民专属二维码里的内容 */
  code: string;
  idempotencyKey: string;
  points: number;
};

/** 赋码 · 生产 · 加工 · 包装 · 发货 · 收货 · 仓储 · 零售 */
export type TraceBizStep =
  | 'COMMISSIONING'
  | 'PACKING'
  | 'PROCESSING'
  | 'PRODUCING'
  | 'RECEIVING'
  | 'RETAIL_SELLING'
  | 'SHIPPING'
  | 'STORING';

/** 合格证 · 自检报告 · 入境检疫证明 · 消毒证明 · 核酸检测报告 */
export type TraceDocumentKind =
  | 'CERTIFICATE_OF_CONFORMITY'
  | 'DISINFECTION'
  | 'IMPORT_QUARANTINE'
  | 'NUCLEIC_ACID'
  | 'SELF_INSPECTION';

export type ComplaintDetailFragment = { id: string, status: ComplaintStatus, category: ComplaintCategory, narrative: string, demand: ComplaintDemand, amountFen: number, source: ComplaintSource, traceCode: string | null, evidence: Array<string>, filedAt: string, resolvedAt: string | null, declineReason: DeclineReason | null, declineNote: string | null, mediationOutcome: MediationOutcome | null, mediationSummary: string | null, rating: number | null, ratingComment: string | null, myParty: ComplaintParty | null, merchant: { id: string, creditCode: string, name: string, address: string, odr: boolean }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string }, messages: Array<{ id: string, party: ComplaintParty, authorName: string, body: string, attachments: Array<string>, createdAt: string }>, settlements: Array<{ id: string, remedy: ComplaintDemand, amountFen: number, terms: string, status: SettlementStatus, createdAt: string, decidedAt: string | null }>, audit: Array<{ id: string, party: ComplaintParty, actorName: string | null, action: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, note: string, at: string }> };

export type MyMerchantsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMerchantsQuery = { myMerchants: Array<{ id: string, creditCode: string, name: string, address: string, licenceScope: string, odr: boolean }> };

export type MyMerchantFragment = { id: string, creditCode: string, name: string, address: string, licenceScope: string, odr: boolean };

export type RegisterMerchantMutationVariables = Exact<{
  input: RegisterMerchantInput;
}>;


export type RegisterMerchantMutation = { registerMerchant: { id: string, creditCode: string, name: string, address: string, licenceScope: string, odr: boolean } };

export type SetMerchantOdrMutationVariables = Exact<{
  input: SetMerchantOdrInput;
}>;


export type SetMerchantOdrMutation = { setMerchantOdr: { id: string, creditCode: string, name: string, address: string, licenceScope: string, odr: boolean } };

export type MerchantComplaintQueryVariables = Exact<{
  id: string | number;
}>;


export type MerchantComplaintQuery = { complaint: { id: string, status: ComplaintStatus, category: ComplaintCategory, narrative: string, demand: ComplaintDemand, amountFen: number, source: ComplaintSource, traceCode: string | null, evidence: Array<string>, filedAt: string, resolvedAt: string | null, declineReason: DeclineReason | null, declineNote: string | null, mediationOutcome: MediationOutcome | null, mediationSummary: string | null, rating: number | null, ratingComment: string | null, myParty: ComplaintParty | null, merchant: { id: string, creditCode: string, name: string, address: string, odr: boolean }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string }, messages: Array<{ id: string, party: ComplaintParty, authorName: string, body: string, attachments: Array<string>, createdAt: string }>, settlements: Array<{ id: string, remedy: ComplaintDemand, amountFen: number, terms: string, status: SettlementStatus, createdAt: string, decidedAt: string | null }>, audit: Array<{ id: string, party: ComplaintParty, actorName: string | null, action: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, note: string, at: string }> } };

export type MerchantPostComplaintMessageMutationVariables = Exact<{
  input: PostComplaintMessageInput;
}>;


export type MerchantPostComplaintMessageMutation = { postComplaintMessage: { id: string } };

export type ProposeSettlementMutationVariables = Exact<{
  input: ProposeSettlementInput;
}>;


export type ProposeSettlementMutation = { proposeSettlement: { id: string, status: SettlementStatus } };

export type MerchantRequestMediationMutationVariables = Exact<{
  input: RequestMediationInput;
}>;


export type MerchantRequestMediationMutation = { requestMediation: { id: string, status: ComplaintStatus } };

export type MerchantComplaintInboxQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  openOnly: boolean;
}>;


export type MerchantComplaintInboxQuery = { merchantComplaintInbox: { nextCursor: string | null, items: Array<{ id: string, status: ComplaintStatus, category: ComplaintCategory, demand: ComplaintDemand, amountFen: number, filedAt: string, merchant: { id: string, name: string }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string } }> } };

export type MerchantComplaintListItemFragment = { id: string, status: ComplaintStatus, category: ComplaintCategory, demand: ComplaintDemand, amountFen: number, filedAt: string, merchant: { id: string, name: string }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string } };

export type ShopIncomeQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopIncomeQuery = { myShopPointsBalance: number, pointsRate: number | null };

export type MyTakingsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyTakingsQuery = { myTakings: { nextCursor: string | null, items: Array<{ id: string, points: number, createdAt: string, payer: { id: string, displayName: string } }> } };

export type ShopSettlementsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ShopSettlementsQuery = { pointsSettlements: { nextCursor: string | null, items: Array<{ id: string, points: number, fenPerPoint: number, amountFen: number, createdAt: string }> } };

export type MyRecallTasksQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  pendingOnly: boolean;
}>;


export type MyRecallTasksQuery = { myRecallTasks: { nextCursor: string | null, items: Array<{ id: string, notifiedAt: string, acknowledgedAt: string | null, reportedAt: string | null, quantityRemoved: number | null, quantityHeld: number, batch: { id: string, lot: string, quantity: number, product: { id: string, name: string } }, recall: { id: string, recallClass: RecallClass, origin: RecallOrigin, reason: string, status: RecallStatus, openedAt: string, closedAt: string | null, batch: { id: string, lot: string, product: { id: string, name: string } } } }> } };

export type RecallTaskFragment = { id: string, notifiedAt: string, acknowledgedAt: string | null, reportedAt: string | null, quantityRemoved: number | null, quantityHeld: number, batch: { id: string, lot: string, quantity: number, product: { id: string, name: string } }, recall: { id: string, recallClass: RecallClass, origin: RecallOrigin, reason: string, status: RecallStatus, openedAt: string, closedAt: string | null, batch: { id: string, lot: string, product: { id: string, name: string } } } };

export type AcknowledgeRecallMutationVariables = Exact<{
  input: AcknowledgeRecallInput;
}>;


export type AcknowledgeRecallMutation = { acknowledgeRecall: { id: string, notifiedAt: string, acknowledgedAt: string | null, reportedAt: string | null, quantityRemoved: number | null, quantityHeld: number, batch: { id: string, lot: string, quantity: number, product: { id: string, name: string } }, recall: { id: string, recallClass: RecallClass, origin: RecallOrigin, reason: string, status: RecallStatus, openedAt: string, closedAt: string | null, batch: { id: string, lot: string, product: { id: string, name: string } } } } };

export type MerchantShopQueryVariables = Exact<{ [key: string]: never; }>;


export type MerchantShopQuery = { me: { id: string, displayName: string, phone: string | null, village: { id: string, name: string, town: string } | null } };

export type TakePointsMutationVariables = Exact<{
  input: TakePointsInput;
}>;


export type TakePointsMutation = { takePoints:
    | { __typename: 'InsufficientPointsError', errorCode: string, message: string, balance: number, required: number }
    | { __typename: 'PaymentCodeError', errorCode: string, message: string }
    | { __typename: 'PointsPayment', id: string, points: number, createdAt: string, payer: { id: string, displayName: string } }
   };

type TakePointsOutcome_InsufficientPointsError_Fragment = { __typename: 'InsufficientPointsError', errorCode: string, message: string, balance: number, required: number };

type TakePointsOutcome_PaymentCodeError_Fragment = { __typename: 'PaymentCodeError', errorCode: string, message: string };

type TakePointsOutcome_PointsPayment_Fragment = { __typename: 'PointsPayment', id: string, points: number, createdAt: string, payer: { id: string, displayName: string } };

export type TakePointsOutcomeFragment =
  | TakePointsOutcome_InsufficientPointsError_Fragment
  | TakePointsOutcome_PaymentCodeError_Fragment
  | TakePointsOutcome_PointsPayment_Fragment
;

export type MerchantTraceBatchQueryVariables = Exact<{
  id: string | number;
}>;


export type MerchantTraceBatchQuery = { traceBatch: { id: string, lot: string, productionDate: string, expiryDate: string | null, quantity: number, codesIssued: number, product: { id: string, gtin: string, name: string }, recalls: Array<{ id: string, recallClass: RecallClass, origin: RecallOrigin, reason: string, status: RecallStatus, openedAt: string, closedAt: string | null, closingNote: string | null }>, events: Array<{ id: string, bizStep: TraceBizStep, eventTime: string, timeZoneOffset: string, place: string, quantity: number | null, temperatureCelsius: number | null, note: string, recorder: { displayName: string } | null, counterparty: { displayName: string } | null, inputs: Array<{ lot: string, product: { name: string } }> }>, documents: Array<{ id: string, kind: TraceDocumentKind, issuedBy: string, issuedOn: string, passed: boolean, summary: string, originCountry: string | null, entryPort: string | null, customsDeclarationNo: string | null }>, samplings: Array<{ id: string, passed: boolean, agency: string, sampledOn: string, reportNo: string, findings: string }> }, myTraceProducts: Array<{ id: string }> };

export type BatchRecallFragment = { id: string, recallClass: RecallClass, origin: RecallOrigin, reason: string, status: RecallStatus, openedAt: string, closedAt: string | null, closingNote: string | null };

export type TraceCodesQueryVariables = Exact<{
  batchId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type TraceCodesQuery = { traceCodes: { nextCursor: string | null, items: Array<{ serial: string, link: string }> } };

export type ProcessingInputsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProcessingInputsQuery = { myTraceProducts: Array<{ id: string, name: string, batches: Array<{ id: string, lot: string }> }>, myHeldBatches: { items: Array<{ id: string, lot: string, product: { id: string, name: string } }> } };

export type IssueTraceCodesMutationVariables = Exact<{
  input: IssueTraceCodesInput;
}>;


export type IssueTraceCodesMutation = { issueTraceCodes: { issued: number, firstSerial: string, lastSerial: string, firstLink: string } };

export type RecordTraceEventMutationVariables = Exact<{
  input: RecordTraceEventInput;
}>;


export type RecordTraceEventMutation = { recordTraceEvent: { id: string, bizStep: TraceBizStep } };

export type AttachTraceDocumentMutationVariables = Exact<{
  input: AttachTraceDocumentInput;
}>;


export type AttachTraceDocumentMutation = { attachTraceDocument: { id: string, kind: TraceDocumentKind } };

export type OpenVoluntaryRecallMutationVariables = Exact<{
  input: OpenVoluntaryRecallInput;
}>;


export type OpenVoluntaryRecallMutation = { openVoluntaryRecall: { id: string, recallClass: RecallClass, origin: RecallOrigin, reason: string, status: RecallStatus, openedAt: string, closedAt: string | null, closingNote: string | null } };

export type ShippingReceiversQueryVariables = Exact<{
  query: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ShippingReceiversQuery = { searchMerchants: { nextCursor: string | null, items: Array<{ id: string, name: string, address: string, accountId: string | null }> } };

export type MyHeldBatchesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyHeldBatchesQuery = { myHeldBatches: { nextCursor: string | null, items: Array<{ id: string, lot: string, productionDate: string, expiryDate: string | null, quantity: number, product: { id: string, gtin: string, name: string } }> } };

export type MyTraceProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTraceProductsQuery = { myTraceProducts: Array<{ id: string, gtin: string, name: string, batches: Array<{ id: string, lot: string, productionDate: string, expiryDate: string | null, quantity: number }> }> };

export type TraceBatchLineFragment = { id: string, lot: string, productionDate: string, expiryDate: string | null, quantity: number };

export type RegisterTraceProductMutationVariables = Exact<{
  input: RegisterProductInput;
}>;


export type RegisterTraceProductMutation = { registerTraceProduct: { id: string, gtin: string, name: string } };

export type RegisterTraceBatchMutationVariables = Exact<{
  input: RegisterBatchInput;
}>;


export type RegisterTraceBatchMutation = { registerTraceBatch: { id: string, lot: string, productionDate: string, expiryDate: string | null, quantity: number } };

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
export const MyMerchantFragmentDoc = new TypedDocumentString(`
    fragment MyMerchant on Merchant {
  id
  creditCode
  name
  address
  licenceScope
  odr
}
    `, {"fragmentName":"MyMerchant"}) as unknown as TypedDocumentString<MyMerchantFragment, unknown>;
export const MerchantComplaintListItemFragmentDoc = new TypedDocumentString(`
    fragment MerchantComplaintListItem on Complaint {
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
}
    `, {"fragmentName":"MerchantComplaintListItem"}) as unknown as TypedDocumentString<MerchantComplaintListItemFragment, unknown>;
export const RecallTaskFragmentDoc = new TypedDocumentString(`
    fragment RecallTask on RecallHolder {
  id
  notifiedAt
  acknowledgedAt
  reportedAt
  quantityRemoved
  quantityHeld
  batch {
    id
    lot
    quantity
    product {
      id
      name
    }
  }
  recall {
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
  }
}
    `, {"fragmentName":"RecallTask"}) as unknown as TypedDocumentString<RecallTaskFragment, unknown>;
export const TakePointsOutcomeFragmentDoc = new TypedDocumentString(`
    fragment TakePointsOutcome on TakePointsResult {
  __typename
  ... on PointsPayment {
    id
    points
    createdAt
    payer {
      id
      displayName
    }
  }
  ... on PaymentCodeError {
    errorCode
    message
  }
  ... on InsufficientPointsError {
    errorCode
    message
    balance
    required
  }
}
    `, {"fragmentName":"TakePointsOutcome"}) as unknown as TypedDocumentString<TakePointsOutcomeFragment, unknown>;
export const BatchRecallFragmentDoc = new TypedDocumentString(`
    fragment BatchRecall on TraceRecall {
  id
  recallClass
  origin
  reason
  status
  openedAt
  closedAt
  closingNote
}
    `, {"fragmentName":"BatchRecall"}) as unknown as TypedDocumentString<BatchRecallFragment, unknown>;
export const TraceBatchLineFragmentDoc = new TypedDocumentString(`
    fragment TraceBatchLine on TraceBatch {
  id
  lot
  productionDate
  expiryDate
  quantity
}
    `, {"fragmentName":"TraceBatchLine"}) as unknown as TypedDocumentString<TraceBatchLineFragment, unknown>;
export const MyMerchantsDocument = new TypedDocumentString(`
    query MyMerchants {
  myMerchants {
    ...MyMerchant
  }
}
    fragment MyMerchant on Merchant {
  id
  creditCode
  name
  address
  licenceScope
  odr
}`) as unknown as TypedDocumentString<MyMerchantsQuery, MyMerchantsQueryVariables>;
export const RegisterMerchantDocument = new TypedDocumentString(`
    mutation RegisterMerchant($input: RegisterMerchantInput!) {
  registerMerchant(input: $input) {
    ...MyMerchant
  }
}
    fragment MyMerchant on Merchant {
  id
  creditCode
  name
  address
  licenceScope
  odr
}`) as unknown as TypedDocumentString<RegisterMerchantMutation, RegisterMerchantMutationVariables>;
export const SetMerchantOdrDocument = new TypedDocumentString(`
    mutation SetMerchantOdr($input: SetMerchantOdrInput!) {
  setMerchantOdr(input: $input) {
    ...MyMerchant
  }
}
    fragment MyMerchant on Merchant {
  id
  creditCode
  name
  address
  licenceScope
  odr
}`) as unknown as TypedDocumentString<SetMerchantOdrMutation, SetMerchantOdrMutationVariables>;
export const MerchantComplaintDocument = new TypedDocumentString(`
    query MerchantComplaint($id: ID!) {
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
}`) as unknown as TypedDocumentString<MerchantComplaintQuery, MerchantComplaintQueryVariables>;
export const MerchantPostComplaintMessageDocument = new TypedDocumentString(`
    mutation MerchantPostComplaintMessage($input: PostComplaintMessageInput!) {
  postComplaintMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MerchantPostComplaintMessageMutation, MerchantPostComplaintMessageMutationVariables>;
export const ProposeSettlementDocument = new TypedDocumentString(`
    mutation ProposeSettlement($input: ProposeSettlementInput!) {
  proposeSettlement(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ProposeSettlementMutation, ProposeSettlementMutationVariables>;
export const MerchantRequestMediationDocument = new TypedDocumentString(`
    mutation MerchantRequestMediation($input: RequestMediationInput!) {
  requestMediation(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<MerchantRequestMediationMutation, MerchantRequestMediationMutationVariables>;
export const MerchantComplaintInboxDocument = new TypedDocumentString(`
    query MerchantComplaintInbox($first: Int!, $after: String, $openOnly: Boolean!) {
  merchantComplaintInbox(first: $first, after: $after, openOnly: $openOnly) {
    items {
      ...MerchantComplaintListItem
    }
    nextCursor
  }
}
    fragment MerchantComplaintListItem on Complaint {
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
}`) as unknown as TypedDocumentString<MerchantComplaintInboxQuery, MerchantComplaintInboxQueryVariables>;
export const ShopIncomeDocument = new TypedDocumentString(`
    query ShopIncome {
  myShopPointsBalance
  pointsRate
}
    `) as unknown as TypedDocumentString<ShopIncomeQuery, ShopIncomeQueryVariables>;
export const MyTakingsDocument = new TypedDocumentString(`
    query MyTakings($first: Int!, $after: String) {
  myTakings(first: $first, after: $after) {
    items {
      id
      points
      createdAt
      payer {
        id
        displayName
      }
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<MyTakingsQuery, MyTakingsQueryVariables>;
export const ShopSettlementsDocument = new TypedDocumentString(`
    query ShopSettlements($first: Int!, $after: String) {
  pointsSettlements(first: $first, after: $after) {
    items {
      id
      points
      fenPerPoint
      amountFen
      createdAt
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<ShopSettlementsQuery, ShopSettlementsQueryVariables>;
export const MyRecallTasksDocument = new TypedDocumentString(`
    query MyRecallTasks($first: Int!, $after: String, $pendingOnly: Boolean!) {
  myRecallTasks(first: $first, after: $after, pendingOnly: $pendingOnly) {
    items {
      ...RecallTask
    }
    nextCursor
  }
}
    fragment RecallTask on RecallHolder {
  id
  notifiedAt
  acknowledgedAt
  reportedAt
  quantityRemoved
  quantityHeld
  batch {
    id
    lot
    quantity
    product {
      id
      name
    }
  }
  recall {
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
  }
}`) as unknown as TypedDocumentString<MyRecallTasksQuery, MyRecallTasksQueryVariables>;
export const AcknowledgeRecallDocument = new TypedDocumentString(`
    mutation AcknowledgeRecall($input: AcknowledgeRecallInput!) {
  acknowledgeRecall(input: $input) {
    ...RecallTask
  }
}
    fragment RecallTask on RecallHolder {
  id
  notifiedAt
  acknowledgedAt
  reportedAt
  quantityRemoved
  quantityHeld
  batch {
    id
    lot
    quantity
    product {
      id
      name
    }
  }
  recall {
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
  }
}`) as unknown as TypedDocumentString<AcknowledgeRecallMutation, AcknowledgeRecallMutationVariables>;
export const MerchantShopDocument = new TypedDocumentString(`
    query MerchantShop {
  me {
    id
    displayName
    phone
    village {
      id
      name
      town
    }
  }
}
    `) as unknown as TypedDocumentString<MerchantShopQuery, MerchantShopQueryVariables>;
export const TakePointsDocument = new TypedDocumentString(`
    mutation TakePoints($input: TakePointsInput!) {
  takePoints(input: $input) {
    ...TakePointsOutcome
  }
}
    fragment TakePointsOutcome on TakePointsResult {
  __typename
  ... on PointsPayment {
    id
    points
    createdAt
    payer {
      id
      displayName
    }
  }
  ... on PaymentCodeError {
    errorCode
    message
  }
  ... on InsufficientPointsError {
    errorCode
    message
    balance
    required
  }
}`) as unknown as TypedDocumentString<TakePointsMutation, TakePointsMutationVariables>;
export const MerchantTraceBatchDocument = new TypedDocumentString(`
    query MerchantTraceBatch($id: ID!) {
  traceBatch(id: $id) {
    id
    lot
    productionDate
    expiryDate
    quantity
    codesIssued
    product {
      id
      gtin
      name
    }
    recalls {
      ...BatchRecall
    }
    events {
      id
      bizStep
      eventTime
      timeZoneOffset
      place
      quantity
      temperatureCelsius
      note
      recorder {
        displayName
      }
      counterparty {
        displayName
      }
      inputs {
        lot
        product {
          name
        }
      }
    }
    documents {
      id
      kind
      issuedBy
      issuedOn
      passed
      summary
      originCountry
      entryPort
      customsDeclarationNo
    }
    samplings {
      id
      passed
      agency
      sampledOn
      reportNo
      findings
    }
  }
  myTraceProducts {
    id
  }
}
    fragment BatchRecall on TraceRecall {
  id
  recallClass
  origin
  reason
  status
  openedAt
  closedAt
  closingNote
}`) as unknown as TypedDocumentString<MerchantTraceBatchQuery, MerchantTraceBatchQueryVariables>;
export const TraceCodesDocument = new TypedDocumentString(`
    query TraceCodes($batchId: ID!, $first: Int!, $after: String) {
  traceCodes(batchId: $batchId, first: $first, after: $after) {
    items {
      serial
      link
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<TraceCodesQuery, TraceCodesQueryVariables>;
export const ProcessingInputsDocument = new TypedDocumentString(`
    query ProcessingInputs {
  myTraceProducts {
    id
    name
    batches {
      id
      lot
    }
  }
  myHeldBatches(first: 50) {
    items {
      id
      lot
      product {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProcessingInputsQuery, ProcessingInputsQueryVariables>;
export const IssueTraceCodesDocument = new TypedDocumentString(`
    mutation IssueTraceCodes($input: IssueTraceCodesInput!) {
  issueTraceCodes(input: $input) {
    issued
    firstSerial
    lastSerial
    firstLink
  }
}
    `) as unknown as TypedDocumentString<IssueTraceCodesMutation, IssueTraceCodesMutationVariables>;
export const RecordTraceEventDocument = new TypedDocumentString(`
    mutation RecordTraceEvent($input: RecordTraceEventInput!) {
  recordTraceEvent(input: $input) {
    id
    bizStep
  }
}
    `) as unknown as TypedDocumentString<RecordTraceEventMutation, RecordTraceEventMutationVariables>;
export const AttachTraceDocumentDocument = new TypedDocumentString(`
    mutation AttachTraceDocument($input: AttachTraceDocumentInput!) {
  attachTraceDocument(input: $input) {
    id
    kind
  }
}
    `) as unknown as TypedDocumentString<AttachTraceDocumentMutation, AttachTraceDocumentMutationVariables>;
export const OpenVoluntaryRecallDocument = new TypedDocumentString(`
    mutation OpenVoluntaryRecall($input: OpenVoluntaryRecallInput!) {
  openVoluntaryRecall(input: $input) {
    ...BatchRecall
  }
}
    fragment BatchRecall on TraceRecall {
  id
  recallClass
  origin
  reason
  status
  openedAt
  closedAt
  closingNote
}`) as unknown as TypedDocumentString<OpenVoluntaryRecallMutation, OpenVoluntaryRecallMutationVariables>;
export const ShippingReceiversDocument = new TypedDocumentString(`
    query ShippingReceivers($query: String!, $first: Int!, $after: String) {
  searchMerchants(query: $query, first: $first, after: $after) {
    items {
      id
      name
      address
      accountId
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<ShippingReceiversQuery, ShippingReceiversQueryVariables>;
export const MyHeldBatchesDocument = new TypedDocumentString(`
    query MyHeldBatches($first: Int!, $after: String) {
  myHeldBatches(first: $first, after: $after) {
    items {
      ...TraceBatchLine
      product {
        id
        gtin
        name
      }
    }
    nextCursor
  }
}
    fragment TraceBatchLine on TraceBatch {
  id
  lot
  productionDate
  expiryDate
  quantity
}`) as unknown as TypedDocumentString<MyHeldBatchesQuery, MyHeldBatchesQueryVariables>;
export const MyTraceProductsDocument = new TypedDocumentString(`
    query MyTraceProducts {
  myTraceProducts {
    id
    gtin
    name
    batches {
      ...TraceBatchLine
    }
  }
}
    fragment TraceBatchLine on TraceBatch {
  id
  lot
  productionDate
  expiryDate
  quantity
}`) as unknown as TypedDocumentString<MyTraceProductsQuery, MyTraceProductsQueryVariables>;
export const RegisterTraceProductDocument = new TypedDocumentString(`
    mutation RegisterTraceProduct($input: RegisterProductInput!) {
  registerTraceProduct(input: $input) {
    id
    gtin
    name
  }
}
    `) as unknown as TypedDocumentString<RegisterTraceProductMutation, RegisterTraceProductMutationVariables>;
export const RegisterTraceBatchDocument = new TypedDocumentString(`
    mutation RegisterTraceBatch($input: RegisterBatchInput!) {
  registerTraceBatch(input: $input) {
    ...TraceBatchLine
  }
}
    fragment TraceBatchLine on TraceBatch {
  id
  lot
  productionDate
  expiryDate
  quantity
}`) as unknown as TypedDocumentString<RegisterTraceBatchMutation, RegisterTraceBatchMutationVariables>;