/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** 消费者投诉 */
export type FileComplaintInput = {
  /** 诉求金额（分）；道歉为 0 */
  amountFen: number;
  category: ComplaintCategory;
  demand: ComplaintDemand;
  /** 证据照片（上传接口返回的 key） */
  evidence?: Array<string>;
  /** 每次填写投诉生成一个，重复提交只算一次 */
  idempotencyKey: string;
  merchantId: string | number;
  /** 经过：什么时候、买了什么、出了什么问题 */
  narrative: string;
  source: ComplaintSource;
  /** 从扫码投诉时的溯源码 */
  traceCode?: string | null | undefined;
};

/** 达成调解协议 · 调解不成 · 终止调解 */
export type MediationOutcome =
  | 'AGREEMENT'
  | 'FAILED'
  | 'TERMINATED';

/** 召回提醒 · 召回任务（商家）· 投诉 · 系统 */
export type NoticeKind =
  | 'COMPLAINT'
  | 'RECALL'
  | 'RECALL_TASK'
  | 'SYSTEM';

export type PostComplaintMessageInput = {
  attachments?: Array<string>;
  body: string;
  complaintId: string | number;
};

export type RateComplaintInput = {
  comment?: string;
  complaintId: string | number;
  stars: number;
};

/** 一级：可能严重危害健康甚至致死 · 二级：可能危害健康 · 三级：一般不危害健康但不得销售 */
export type RecallClass =
  | 'CLASS_I'
  | 'CLASS_II'
  | 'CLASS_III';

/** 进行中 · 已结束 */
export type RecallStatus =
  | 'CLOSED'
  | 'OPEN';

export type RequestMediationInput = {
  complaintId: string | number;
  note: string;
};

export type RespondToSettlementInput = {
  accept: boolean;
  note?: string;
  settlementId: string | number;
};

/** 账号角色 */
export type Role =
  /** 银行 */
  | 'BANK'
  /** 消费者 */
  | 'CONSUMER'
  /** 商家 */
  | 'MERCHANT'
  /** 监管人员 */
  | 'REGULATOR'
  /** 村民 */
  | 'VILLAGER'
  /** 村干部 */
  | 'VILLAGE_ADMIN';

/** 待答复 · 已接受 · 已拒绝 · 已撤回 */
export type SettlementStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PROPOSED'
  | 'WITHDRAWN';

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

export type WithdrawComplaintInput = {
  complaintId: string | number;
  note?: string;
};

export type SubscribeTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type SubscribeTemplatesQuery = { subscribeTemplates: Array<{ kind: NoticeKind, templateId: string }> };

export type AllowNoticeSubscriptionsMutationVariables = Exact<{
  kinds: Array<NoticeKind> | NoticeKind;
}>;


export type AllowNoticeSubscriptionsMutation = { allowNoticeSubscriptions: number };

export type ComplaintDetailFragment = { id: string, status: ComplaintStatus, category: ComplaintCategory, narrative: string, demand: ComplaintDemand, amountFen: number, source: ComplaintSource, traceCode: string | null, evidence: Array<string>, filedAt: string, resolvedAt: string | null, declineReason: DeclineReason | null, declineNote: string | null, mediationOutcome: MediationOutcome | null, mediationSummary: string | null, rating: number | null, ratingComment: string | null, myParty: ComplaintParty | null, merchant: { id: string, creditCode: string, name: string, address: string, odr: boolean }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string }, messages: Array<{ id: string, party: ComplaintParty, authorName: string, body: string, attachments: Array<string>, createdAt: string }>, settlements: Array<{ id: string, remedy: ComplaintDemand, amountFen: number, terms: string, status: SettlementStatus, createdAt: string, decidedAt: string | null }>, audit: Array<{ id: string, party: ComplaintParty, actorName: string | null, action: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, note: string, at: string }> };

export type BankDeskQueryVariables = Exact<{ [key: string]: never; }>;


export type BankDeskQuery = { me: { id: string, displayName: string, phone: string | null } };

export type ConsumerComplaintQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsumerComplaintQuery = { complaint: { id: string, status: ComplaintStatus, category: ComplaintCategory, narrative: string, demand: ComplaintDemand, amountFen: number, source: ComplaintSource, traceCode: string | null, evidence: Array<string>, filedAt: string, resolvedAt: string | null, declineReason: DeclineReason | null, declineNote: string | null, mediationOutcome: MediationOutcome | null, mediationSummary: string | null, rating: number | null, ratingComment: string | null, myParty: ComplaintParty | null, merchant: { id: string, creditCode: string, name: string, address: string, odr: boolean }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string }, messages: Array<{ id: string, party: ComplaintParty, authorName: string, body: string, attachments: Array<string>, createdAt: string }>, settlements: Array<{ id: string, remedy: ComplaintDemand, amountFen: number, terms: string, status: SettlementStatus, createdAt: string, decidedAt: string | null }>, audit: Array<{ id: string, party: ComplaintParty, actorName: string | null, action: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, note: string, at: string }> } };

export type ConsumerPostComplaintMessageMutationVariables = Exact<{
  input: PostComplaintMessageInput;
}>;


export type ConsumerPostComplaintMessageMutation = { postComplaintMessage: { id: string } };

export type RespondToSettlementMutationVariables = Exact<{
  input: RespondToSettlementInput;
}>;


export type RespondToSettlementMutation = { respondToSettlement: { id: string, status: ComplaintStatus } };

export type ConsumerRequestMediationMutationVariables = Exact<{
  input: RequestMediationInput;
}>;


export type ConsumerRequestMediationMutation = { requestMediation: { id: string, status: ComplaintStatus } };

export type WithdrawComplaintMutationVariables = Exact<{
  input: WithdrawComplaintInput;
}>;


export type WithdrawComplaintMutation = { withdrawComplaint: { id: string, status: ComplaintStatus } };

export type RateComplaintOutcomeMutationVariables = Exact<{
  input: RateComplaintInput;
}>;


export type RateComplaintOutcomeMutation = { rateComplaintOutcome: { id: string, rating: number | null } };

export type MyComplaintsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyComplaintsQuery = { myComplaints: { nextCursor: string | null, items: Array<{ id: string, status: ComplaintStatus, category: ComplaintCategory, demand: ComplaintDemand, amountFen: number, filedAt: string, merchant: { id: string, name: string }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string } }> } };

export type ConsumerComplaintListItemFragment = { id: string, status: ComplaintStatus, category: ComplaintCategory, demand: ComplaintDemand, amountFen: number, filedAt: string, merchant: { id: string, name: string }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string } };

export type SearchMerchantsQueryVariables = Exact<{
  query: string;
  first: number;
  after?: string | null | undefined;
}>;


export type SearchMerchantsQuery = { searchMerchants: { nextCursor: string | null, items: Array<{ id: string, creditCode: string, name: string, address: string, odr: boolean }> } };

export type MerchantForTraceCodeQueryVariables = Exact<{
  code: string;
}>;


export type MerchantForTraceCodeQuery = { merchantForTraceCode: { id: string, creditCode: string, name: string, address: string, odr: boolean } | null };

export type ComplaintMerchantChoiceFragment = { id: string, creditCode: string, name: string, address: string, odr: boolean };

export type FileComplaintMutationVariables = Exact<{
  input: FileComplaintInput;
}>;


export type FileComplaintMutation = { fileComplaint: { id: string, status: ComplaintStatus } };

export type MyScansQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyScansQuery = { myScans: { nextCursor: string | null, items: Array<{ id: string, scannedAt: string, place: string | null, serial: string | null, link: string, recalled: boolean, batch: { id: string, lot: string, product: { id: string, name: string } } }> } };

export type MyNoticesQueryVariables = Exact<{
  kind?: NoticeKind | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type MyNoticesQuery = { myNotices: { nextCursor: string | null, items: Array<{ id: string, kind: NoticeKind, title: string, body: string, link: string | null, createdAt: string, readAt: string | null }> } };

export type MarkNoticesReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNoticesReadMutation = { markNoticesRead: number };

export type ConsumerProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsumerProfileQuery = { me: { id: string, displayName: string, phone: string | null } };

export type HomeAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeAccountQuery = { me: { id: string, displayName: string, roles: Array<Role>, village: { id: string, name: string, town: string } | null, household: { id: string, name: string } | null } };

export type LoginDemoAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type LoginDemoAccountsQuery = { demoAccounts: Array<{ displayName: string, phone: string, roles: Array<Role> }> };

export type RequestLoginCodeMutationVariables = Exact<{
  phone: string;
}>;


export type RequestLoginCodeMutation = { requestLoginCode:
    | { __typename: 'LoginCodeSent', phoneMasked: string, expiresInSeconds: number, resendAfterSeconds: number, devCode: string | null }
    | { __typename: 'RateLimitedError', errorCode: string, message: string, retryAfterSeconds: number }
   };

type LoginOutcome_AuthPayload_Fragment = { __typename: 'AuthPayload', token: string, expiresAt: string, account: { id: string, displayName: string, phone: string | null, roles: Array<Role> } };

type LoginOutcome_LoginError_Fragment = { __typename: 'LoginError', errorCode: string, message: string, attemptsLeft: number | null };

type LoginOutcome_RateLimitedError_Fragment = { __typename: 'RateLimitedError', errorCode: string, message: string, retryAfterSeconds: number };

export type LoginOutcomeFragment =
  | LoginOutcome_AuthPayload_Fragment
  | LoginOutcome_LoginError_Fragment
  | LoginOutcome_RateLimitedError_Fragment
;

export type PhoneLoginMutationVariables = Exact<{
  phone: string;
  code: string;
}>;


export type PhoneLoginMutation = { phoneLogin:
    | { __typename: 'AuthPayload', token: string, expiresAt: string, account: { id: string, displayName: string, phone: string | null, roles: Array<Role> } }
    | { __typename: 'LoginError', errorCode: string, message: string, attemptsLeft: number | null }
    | { __typename: 'RateLimitedError', errorCode: string, message: string, retryAfterSeconds: number }
   };

export type WechatLoginMutationVariables = Exact<{
  code: string;
}>;


export type WechatLoginMutation = { wechatLogin:
    | { __typename: 'AuthPayload', token: string, expiresAt: string, account: { id: string, displayName: string, phone: string | null, roles: Array<Role> } }
    | { __typename: 'LoginError', errorCode: string, message: string, attemptsLeft: number | null }
    | { __typename: 'RateLimitedError', errorCode: string, message: string, retryAfterSeconds: number }
   };

export type MeAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type MeAccountQuery = { me: { id: string, displayName: string, phone: string | null, roles: Array<Role>, village: { id: string, name: string, town: string, county: string } | null, household: { id: string, name: string, address: string } | null } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type UnreadNoticeCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNoticeCountQuery = { unreadNoticeCount: number };

export type TraceScanQueryVariables = Exact<{
  code: string;
  place?: string | null | undefined;
  log: boolean;
}>;


export type TraceScanQuery = { scan:
    | { __typename: 'InvalidTraceCode', errorCode: string, message: string }
    | { __typename: 'TraceScan', link: string, serial: string | null, serialIssued: boolean, counterfeitWarning: string | null, recalls: Array<{ id: string, recallClass: RecallClass, reason: string, status: RecallStatus, openedAt: string, closedAt: string | null }>, product: { gtin: string, name: string }, batch: { lot: string, productionDate: string, expiryDate: string | null, quantity: number } | null, events: Array<{ id: string, bizStep: TraceBizStep, eventTime: string, timeZoneOffset: string, place: string, quantity: number | null, temperatureCelsius: number | null, note: string, recorder: { displayName: string } | null, counterparty: { displayName: string } | null, inputs: Array<{ lot: string, product: { name: string } }> }>, samplings: Array<{ id: string, passed: boolean, agency: string, sampledOn: string, reportNo: string, findings: string }>, documents: Array<{ id: string, kind: TraceDocumentKind, issuedBy: string, issuedOn: string, passed: boolean, summary: string, originCountry: string | null, entryPort: string | null, customsDeclarationNo: string | null }> }
   };

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
export const ConsumerComplaintListItemFragmentDoc = new TypedDocumentString(`
    fragment ConsumerComplaintListItem on Complaint {
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
    `, {"fragmentName":"ConsumerComplaintListItem"}) as unknown as TypedDocumentString<ConsumerComplaintListItemFragment, unknown>;
export const ComplaintMerchantChoiceFragmentDoc = new TypedDocumentString(`
    fragment ComplaintMerchantChoice on Merchant {
  id
  creditCode
  name
  address
  odr
}
    `, {"fragmentName":"ComplaintMerchantChoice"}) as unknown as TypedDocumentString<ComplaintMerchantChoiceFragment, unknown>;
export const LoginOutcomeFragmentDoc = new TypedDocumentString(`
    fragment LoginOutcome on LoginResult {
  __typename
  ... on AuthPayload {
    token
    expiresAt
    account {
      id
      displayName
      phone
      roles
    }
  }
  ... on LoginError {
    errorCode
    message
    attemptsLeft
  }
  ... on RateLimitedError {
    errorCode
    message
    retryAfterSeconds
  }
}
    `, {"fragmentName":"LoginOutcome"}) as unknown as TypedDocumentString<LoginOutcomeFragment, unknown>;
export const SubscribeTemplatesDocument = new TypedDocumentString(`
    query SubscribeTemplates {
  subscribeTemplates {
    kind
    templateId
  }
}
    `) as unknown as TypedDocumentString<SubscribeTemplatesQuery, SubscribeTemplatesQueryVariables>;
export const AllowNoticeSubscriptionsDocument = new TypedDocumentString(`
    mutation AllowNoticeSubscriptions($kinds: [NoticeKind!]!) {
  allowNoticeSubscriptions(kinds: $kinds)
}
    `) as unknown as TypedDocumentString<AllowNoticeSubscriptionsMutation, AllowNoticeSubscriptionsMutationVariables>;
export const BankDeskDocument = new TypedDocumentString(`
    query BankDesk {
  me {
    id
    displayName
    phone
  }
}
    `) as unknown as TypedDocumentString<BankDeskQuery, BankDeskQueryVariables>;
export const ConsumerComplaintDocument = new TypedDocumentString(`
    query ConsumerComplaint($id: ID!) {
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
}`) as unknown as TypedDocumentString<ConsumerComplaintQuery, ConsumerComplaintQueryVariables>;
export const ConsumerPostComplaintMessageDocument = new TypedDocumentString(`
    mutation ConsumerPostComplaintMessage($input: PostComplaintMessageInput!) {
  postComplaintMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsumerPostComplaintMessageMutation, ConsumerPostComplaintMessageMutationVariables>;
export const RespondToSettlementDocument = new TypedDocumentString(`
    mutation RespondToSettlement($input: RespondToSettlementInput!) {
  respondToSettlement(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RespondToSettlementMutation, RespondToSettlementMutationVariables>;
export const ConsumerRequestMediationDocument = new TypedDocumentString(`
    mutation ConsumerRequestMediation($input: RequestMediationInput!) {
  requestMediation(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsumerRequestMediationMutation, ConsumerRequestMediationMutationVariables>;
export const WithdrawComplaintDocument = new TypedDocumentString(`
    mutation WithdrawComplaint($input: WithdrawComplaintInput!) {
  withdrawComplaint(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawComplaintMutation, WithdrawComplaintMutationVariables>;
export const RateComplaintOutcomeDocument = new TypedDocumentString(`
    mutation RateComplaintOutcome($input: RateComplaintInput!) {
  rateComplaintOutcome(input: $input) {
    id
    rating
  }
}
    `) as unknown as TypedDocumentString<RateComplaintOutcomeMutation, RateComplaintOutcomeMutationVariables>;
export const MyComplaintsDocument = new TypedDocumentString(`
    query MyComplaints($first: Int!, $after: String) {
  myComplaints(first: $first, after: $after) {
    items {
      ...ConsumerComplaintListItem
    }
    nextCursor
  }
}
    fragment ConsumerComplaintListItem on Complaint {
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
}`) as unknown as TypedDocumentString<MyComplaintsQuery, MyComplaintsQueryVariables>;
export const SearchMerchantsDocument = new TypedDocumentString(`
    query SearchMerchants($query: String!, $first: Int!, $after: String) {
  searchMerchants(query: $query, first: $first, after: $after) {
    items {
      ...ComplaintMerchantChoice
    }
    nextCursor
  }
}
    fragment ComplaintMerchantChoice on Merchant {
  id
  creditCode
  name
  address
  odr
}`) as unknown as TypedDocumentString<SearchMerchantsQuery, SearchMerchantsQueryVariables>;
export const MerchantForTraceCodeDocument = new TypedDocumentString(`
    query MerchantForTraceCode($code: String!) {
  merchantForTraceCode(code: $code) {
    ...ComplaintMerchantChoice
  }
}
    fragment ComplaintMerchantChoice on Merchant {
  id
  creditCode
  name
  address
  odr
}`) as unknown as TypedDocumentString<MerchantForTraceCodeQuery, MerchantForTraceCodeQueryVariables>;
export const FileComplaintDocument = new TypedDocumentString(`
    mutation FileComplaint($input: FileComplaintInput!) {
  fileComplaint(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<FileComplaintMutation, FileComplaintMutationVariables>;
export const MyScansDocument = new TypedDocumentString(`
    query MyScans($first: Int!, $after: String) {
  myScans(first: $first, after: $after) {
    items {
      id
      scannedAt
      place
      serial
      link
      recalled
      batch {
        id
        lot
        product {
          id
          name
        }
      }
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<MyScansQuery, MyScansQueryVariables>;
export const MyNoticesDocument = new TypedDocumentString(`
    query MyNotices($kind: NoticeKind, $first: Int!, $after: String) {
  myNotices(kind: $kind, first: $first, after: $after) {
    items {
      id
      kind
      title
      body
      link
      createdAt
      readAt
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<MyNoticesQuery, MyNoticesQueryVariables>;
export const MarkNoticesReadDocument = new TypedDocumentString(`
    mutation MarkNoticesRead($ids: [ID!]) {
  markNoticesRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNoticesReadMutation, MarkNoticesReadMutationVariables>;
export const ConsumerProfileDocument = new TypedDocumentString(`
    query ConsumerProfile {
  me {
    id
    displayName
    phone
  }
}
    `) as unknown as TypedDocumentString<ConsumerProfileQuery, ConsumerProfileQueryVariables>;
export const HomeAccountDocument = new TypedDocumentString(`
    query HomeAccount {
  me {
    id
    displayName
    roles
    village {
      id
      name
      town
    }
    household {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<HomeAccountQuery, HomeAccountQueryVariables>;
export const LoginDemoAccountsDocument = new TypedDocumentString(`
    query LoginDemoAccounts {
  demoAccounts {
    displayName
    phone
    roles
  }
}
    `) as unknown as TypedDocumentString<LoginDemoAccountsQuery, LoginDemoAccountsQueryVariables>;
export const RequestLoginCodeDocument = new TypedDocumentString(`
    mutation RequestLoginCode($phone: String!) {
  requestLoginCode(phone: $phone) {
    __typename
    ... on LoginCodeSent {
      phoneMasked
      expiresInSeconds
      resendAfterSeconds
      devCode
    }
    ... on RateLimitedError {
      errorCode
      message
      retryAfterSeconds
    }
  }
}
    `) as unknown as TypedDocumentString<RequestLoginCodeMutation, RequestLoginCodeMutationVariables>;
export const PhoneLoginDocument = new TypedDocumentString(`
    mutation PhoneLogin($phone: String!, $code: String!) {
  phoneLogin(phone: $phone, code: $code) {
    ...LoginOutcome
  }
}
    fragment LoginOutcome on LoginResult {
  __typename
  ... on AuthPayload {
    token
    expiresAt
    account {
      id
      displayName
      phone
      roles
    }
  }
  ... on LoginError {
    errorCode
    message
    attemptsLeft
  }
  ... on RateLimitedError {
    errorCode
    message
    retryAfterSeconds
  }
}`) as unknown as TypedDocumentString<PhoneLoginMutation, PhoneLoginMutationVariables>;
export const WechatLoginDocument = new TypedDocumentString(`
    mutation WechatLogin($code: String!) {
  wechatLogin(code: $code) {
    ...LoginOutcome
  }
}
    fragment LoginOutcome on LoginResult {
  __typename
  ... on AuthPayload {
    token
    expiresAt
    account {
      id
      displayName
      phone
      roles
    }
  }
  ... on LoginError {
    errorCode
    message
    attemptsLeft
  }
  ... on RateLimitedError {
    errorCode
    message
    retryAfterSeconds
  }
}`) as unknown as TypedDocumentString<WechatLoginMutation, WechatLoginMutationVariables>;
export const MeAccountDocument = new TypedDocumentString(`
    query MeAccount {
  me {
    id
    displayName
    phone
    roles
    village {
      id
      name
      town
      county
    }
    household {
      id
      name
      address
    }
  }
}
    `) as unknown as TypedDocumentString<MeAccountQuery, MeAccountQueryVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const UnreadNoticeCountDocument = new TypedDocumentString(`
    query UnreadNoticeCount {
  unreadNoticeCount
}
    `) as unknown as TypedDocumentString<UnreadNoticeCountQuery, UnreadNoticeCountQueryVariables>;
export const TraceScanDocument = new TypedDocumentString(`
    query TraceScan($code: String!, $place: String, $log: Boolean!) {
  scan(code: $code, place: $place, log: $log) {
    __typename
    ... on TraceScan {
      link
      serial
      serialIssued
      counterfeitWarning
      recalls {
        id
        recallClass
        reason
        status
        openedAt
        closedAt
      }
      product {
        gtin
        name
      }
      batch {
        lot
        productionDate
        expiryDate
        quantity
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
      samplings {
        id
        passed
        agency
        sampledOn
        reportNo
        findings
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
    }
    ... on InvalidTraceCode {
      errorCode
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TraceScanQuery, TraceScanQueryVariables>;