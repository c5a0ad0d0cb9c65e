/* Generated from schema.graphql by `npm -w shared-types run codegen`: do not edit. */
export type AcceptComplaintInput = {
  complaintId: string | number;
  note?: string;
};

/** 持有商家确认召回并报告下架数量 */
export type AcknowledgeRecallInput = {
  /** 已下架、封存的数量 */
  quantityRemoved: number;
  /** 召回任务（RecallHolder）的 id */
  recallHolderId: string | number;
};

/** 申诉中 · 维持扣分 · 撤销扣分 */
export type AppealStatus =
  | 'OVERTURNED'
  | 'PENDING'
  | 'UPHELD';

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

/** 扣分 */
export type DeductPointsInput = {
  idempotencyKey: string;
  points: number;
  reason: string;
  villagerId: string | number;
};

export type DishInput = {
  description?: string;
  meal: Meal;
  name: string;
};

/** 活动凭证要求 */
export type EvidenceRule =
  /** 现场扫码签到 */
  | 'CHECKIN'
  /** 签到并上传照片 */
  | 'CHECKIN_AND_PHOTO'
  /** 上传照片 */
  | 'PHOTO';

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

/** 村干部为没有手机的老人代办 */
export type FileOnBehalfInput = {
  activityId: string | number;
  note: string;
  photoKeys: Array<string>;
  /** 村民的账号 */
  villagerId: string | number;
};

/** 为批次生成溯源码 */
export type IssueTraceCodesInput = {
  batchId: string | number;
  count: number;
};

/** 奖励 · 扣分 · 兑换 · 支付 · 冲正 · 结算 */
export type LedgerEntryKind =
  | 'AWARD'
  | 'DEDUCTION'
  | 'PAYMENT'
  | 'REDEMPTION'
  | 'REVERSAL'
  | 'SETTLEMENT';

/** 实物 · 话费 · 流量 */
export type MallItemKind =
  | 'GOODS'
  | 'MOBILE_DATA'
  | 'PHONE_CREDIT';

/** 午餐 · 晚餐 */
export type Meal =
  | 'DINNER'
  | 'LUNCH';

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

/** 生产者主动召回 */
export type OpenVoluntaryRecallInput = {
  batchId: string | number;
  /** 问题出在原料：连同原料批次及用这些原料加工的批次一起召回 */
  includeIngredients?: boolean;
  /** 召回原因 */
  reason: string;
  recallClass: RecallClass;
};

/** 已报名 · 待审核 · 已通过 · 未通过 */
export type ParticipationStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'SIGNED_UP'
  | 'SUBMITTED';

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

/** 发布活动 */
export type PublishActivityInput = {
  /** 名额；不填为不限 */
  capacity?: number | null | undefined;
  description: string;
  endsAt: string;
  evidence: EvidenceRule;
  place: string;
  /** 完成并审核通过后奖励的工分 */
  points: number;
  sceneId: string | number;
  signupClosesAt: string;
  signupOpensAt: string;
  startsAt: string;
  title: string;
};

/** 发布老年食堂菜单 */
export type PublishMenuInput = {
  dishes: Array<DishInput>;
  note?: string;
  /** 供餐日期 YYYY-MM-DD */
  serviceDate: string;
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

/** 兑换 */
export type RedeemInput = {
  idempotencyKey: string;
  itemId: string | number;
  /** 话费、流量充值到的手机号 */
  phone?: string | null | undefined;
};

/** 待领取 · 已领取 · 充值中 · 已到账 · 充值失败（已退回工分） */
export type RedemptionStatus =
  | 'AWAITING_PICKUP'
  | 'COLLECTED'
  | 'TOPUP_DONE'
  | 'TOPUP_FAILED'
  | 'TOPUP_PENDING';

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

/** 工分商城商品 */
export type SaveMallItemInput = {
  active: boolean;
  /** 话费：元；流量：MB；实物：0 */
  faceValue: number;
  /** 不填为新增 */
  id?: string | number | null | undefined;
  kind: MallItemKind;
  name: string;
  pointsPrice: number;
  stock: number;
};

export type SetMerchantOdrInput = {
  merchantId: string | number;
  odr: boolean;
};

/** 村里与商户结算 */
export type SettleShopInput = {
  idempotencyKey: string;
  merchantId: string | number;
  points: number;
};

/** 待答复 · 已接受 · 已拒绝 · 已撤回 */
export type SettlementStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PROPOSED'
  | 'WITHDRAWN';

/** 提交活动凭证 */
export type SubmitEvidenceInput = {
  note?: string;
  participationId: string | number;
  /** 上传接口返回的照片 key */
  photoKeys: Array<string>;
};

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

/** 修改场景 */
export type UpdateSceneInput = {
  description: string;
  enabled: boolean;
  name: string;
};

export type WithdrawComplaintInput = {
  complaintId: string | number;
  note?: string;
};

/** 工分宝四大模块 */
export type WorkpointsModule =
  /** 美丽家园 */
  | 'BEAUTIFUL_HOME'
  /** 生态环境 */
  | 'ECOLOGY'
  /** 乡村治理 */
  | 'GOVERNANCE'
  /** 党建文化 */
  | 'PARTY_CULTURE';
