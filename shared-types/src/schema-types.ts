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

/** 监管人员核查后解除疑似假冒 */
export type ClearCounterfeitFlagInput = {
  /** 核查结果：为什么不是假冒 */
  clearingNote: string;
  flagId: string | number;
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

/** 消费者 · 商家 · 监管人员 · 系统 */
export type ComplaintParty =
  | 'CONSUMER'
  | 'MERCHANT'
  | 'REGULATOR'
  | 'SYSTEM';

/** 搜索商家 · 扫溯源码 · 农产品订单 */
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

/** 用户可以自行纠正的失败的代码，各模块各有一组 */
export type ErrorCode =
  /** workpoints：该活动已取消 */
  | 'ACTIVITY_CANCELLED'
  /** workpoints：名额已满 */
  | 'ACTIVITY_FULL'
  /** workpoints：该兑换已领取 */
  | 'ALREADY_COLLECTED'
  /** complaints：已经评价过了 */
  | 'ALREADY_RATED'
  /** workpoints：您已经预订过这一餐了 */
  | 'ALREADY_RESERVED'
  /** workpoints：该记录已经审核过了 */
  | 'ALREADY_REVIEWED'
  /** workpoints：您已经报过名了 */
  | 'ALREADY_SIGNED_UP'
  /** workpoints：已经提交过了，请等待村干部审核 */
  | 'ALREADY_SUBMITTED'
  /** complaints：道歉不涉及金额；其他诉求请填写金额 */
  | 'AMOUNT_NOT_ALLOWED'
  /** workpoints：该扣分已经申诉过了 */
  | 'APPEAL_EXISTS'
  /** workpoints：扣分超过 30 天，不能再申诉 */
  | 'APPEAL_TOO_LATE'
  /** trace：GTIN 校验位不对，请核对条码下方的数字 */
  | 'BAD_CHECK_DIGIT'
  /** core：输入有误，请检查后重试 */
  | 'BAD_USER_INPUT'
  /** trace：这个批次正在召回，不能再发货、销售、用来加工或生成溯源码 */
  | 'BATCH_RECALLED'
  /** complaints：不能投诉自己经营的商家 */
  | 'CANNOT_COMPLAIN_ABOUT_OWN_BUSINESS'
  /** workpoints：签到码不对，请扫描活动现场的二维码 */
  | 'CHECKIN_CODE_INVALID'
  /** workpoints：该活动不需要现场签到 */
  | 'CHECKIN_NOT_REQUIRED'
  /** workpoints：不在活动时间内，无法签到 */
  | 'CHECKIN_OUTSIDE_TIME'
  /** workpoints：请先在活动现场扫码签到 */
  | 'CHECKIN_REQUIRED'
  /** complaints：这件投诉刚刚有了变化，请刷新后再试 */
  | 'COMPLAINT_CHANGED'
  /** complaints：统一社会信用代码只有数字和大写字母（没有 I、O、Z、S、V） */
  | 'CREDIT_CODE_CHARSET'
  /** complaints：统一社会信用代码最后一位对不上，可能有一位抄错了，请对照营业执照 */
  | 'CREDIT_CODE_CHECK'
  /** complaints：统一社会信用代码是 18 位 */
  | 'CREDIT_CODE_LENGTH'
  /** complaints：统一社会信用代码的前几位不对，请对照营业执照 */
  | 'CREDIT_CODE_STRUCTURE'
  /** complaints：这个统一社会信用代码已经登记过了 */
  | 'CREDIT_CODE_TAKEN'
  /** complaints：协商期限已过，投诉将转市场监管部门调解 */
  | 'DEADLINE_PASSED'
  /** trace：证明文件的照片无效，请重新上传 */
  | 'DOCUMENT_FILE_INVALID'
  /** trace：事件时间不能晚于现在 */
  | 'EVENT_IN_FUTURE'
  /** complaints：证据照片无效，请重新上传 */
  | 'EVIDENCE_INVALID'
  /** trace：这个码的疑点已经解除了 */
  | 'FLAG_ALREADY_CLEARED'
  /** trace：这个 GTIN 已经登记过了 */
  | 'GTIN_TAKEN'
  /** workpoints：请求编号已被另一笔操作使用 */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** complaints：这件投诉现在不能这样处理 */
  | 'ILLEGAL_TRANSITION'
  /** workpoints：工分不足 */
  | 'INSUFFICIENT_POINTS'
  /** trace：GTIN 应为 8、12、13 或 14 位数字 */
  | 'INVALID_GTIN'
  /** identity：验证码不对，请再看一下短信 */
  | 'INVALID_LOGIN_CODE'
  /** workpoints：该商品已下架 */
  | 'ITEM_INACTIVE'
  /** loans：借款金额要大于 0，最多 100 万元 */
  | 'LOAN_AMOUNT_OUT_OF_RANGE'
  /** loans：只还利息的月数不能是负数，并且要少于借款期限 */
  | 'LOAN_GRACE_INVALID'
  /** loans：最低金额不能高于最高金额 */
  | 'LOAN_PRODUCT_AMOUNTS_INVALID'
  /** loans：这个产品刚被同事改过，请刷新后再改 */
  | 'LOAN_PRODUCT_CHANGED'
  /** loans：每个信用等级只填一个利率 */
  | 'LOAN_PRODUCT_GRADE_REPEATED'
  /** loans：本行已有同名的贷款产品 */
  | 'LOAN_PRODUCT_NAME_TAKEN'
  /** loans：只能修改本行的贷款产品 */
  | 'LOAN_PRODUCT_OF_ANOTHER_BANK'
  /** loans：单笔最高金额不能超过每人借款上限 */
  | 'LOAN_PRODUCT_OVER_EXPOSURE_CAP'
  /** loans：信用等级越高，利率应越低或相同 */
  | 'LOAN_PRODUCT_RATES_OUT_OF_ORDER'
  /** loans：低于最低等级的信用等级不放贷，不用填利率 */
  | 'LOAN_PRODUCT_RATE_BELOW_MIN_GRADE'
  /** loans：最低等级及以上的每个信用等级都要有利率 */
  | 'LOAN_PRODUCT_RATE_MISSING'
  /** loans：年利率请写成不小于 0 的数字，如 4.35（表示 4.35%），最多四位小数 */
  | 'LOAN_RATE_INVALID'
  /** loans：年利率不能超过 24% */
  | 'LOAN_RATE_TOO_HIGH'
  /** loans：借款期限要在 1 到 360 个月之间 */
  | 'LOAN_TERM_OUT_OF_RANGE'
  /** identity：验证码已过期或未获取，请重新获取 */
  | 'LOGIN_CODE_EXPIRED'
  /** trace：这个批号已经登记过了 */
  | 'LOT_TAKEN'
  /** workpoints：这一天已经过去，不能再预订或修改 */
  | 'MENU_CLOSED'
  /** workpoints：菜单只能提前发布（明天或以后） */
  | 'MENU_DATE_INVALID'
  /** workpoints：这一天的菜单已经发布过了 */
  | 'MENU_EXISTS'
  /** complaints：找不到这家商家 */
  | 'MERCHANT_NOT_FOUND'
  /** trace：这批货没有发给您，不能登记收货 */
  | 'NOTHING_SHIPPED_TO_YOU'
  /** workpoints：您还没有加入村庄，无法参加工分活动 */
  | 'NOT_A_VILLAGER'
  /** workpoints：只有本村商家可以收工分 */
  | 'NOT_A_VILLAGE_SHOP'
  /** trace：只有持有该批次的商家才能记录它 */
  | 'NOT_BATCH_HOLDER'
  /** complaints：只有投诉双方和监管人员可以查看这件投诉 */
  | 'NOT_COMPLAINT_PARTY'
  /** complaints：您不是这家商家的经办人 */
  | 'NOT_MERCHANT_AGENT'
  /** trace：只有生产该批次的商家可以主动召回 */
  | 'NOT_PRODUCER'
  /** trace：这不是您的召回任务 */
  | 'NOT_RECALL_HOLDER'
  /** trace：只有监管人员和涉及的商家可以查看召回详情 */
  | 'NOT_RECALL_PARTY'
  /** workpoints：请先报名该活动 */
  | 'NOT_SIGNED_UP'
  /** trace：只能登记本店的商品 */
  | 'NOT_YOUR_PRODUCT'
  /** workpoints：只能处理本村的事项 */
  | 'NOT_YOUR_VILLAGE'
  /** workpoints：没有待处理的申诉 */
  | 'NO_PENDING_APPEAL'
  /** workpoints：这一餐没有菜 */
  | 'NO_SUCH_MEAL'
  /** workpoints：库存不足，已兑完 */
  | 'OUT_OF_STOCK'
  /** complaints：不能处理与自己有关的投诉 */
  | 'OWN_CASE'
  /** workpoints：付款码已过期，请让村民刷新后重扫 */
  | 'PAYMENT_CODE_EXPIRED'
  /** workpoints：付款码无效，请让村民打开“我的工分”重新出示 */
  | 'PAYMENT_CODE_INVALID'
  /** workpoints：这是外村村民的付款码，本店只能收本村工分 */
  | 'PAYMENT_CODE_OTHER_VILLAGE'
  /** workpoints：该付款码已经用过了，请让村民刷新后重扫 */
  | 'PAYMENT_CODE_USED'
  /** workpoints：充值需要填写手机号 */
  | 'PHONE_REQUIRED'
  /** workpoints：照片无效，请重新上传 */
  | 'PHOTO_INVALID'
  /** workpoints：请上传至少一张现场照片 */
  | 'PHOTO_REQUIRED'
  /** workpoints：取货码不对 */
  | 'PICKUP_CODE_INVALID'
  /** trace：加工要写明用到的原料批次 */
  | 'PROCESSING_NEEDS_INPUTS'
  /** core：操作太频繁，请稍后再试 */
  | 'RATE_LIMITED'
  /** workpoints：请先设置工分兑付标准（每分多少钱） */
  | 'RATE_NOT_SET'
  /** trace：这个批次已有进行中的召回 */
  | 'RECALL_ALREADY_OPEN'
  /** trace：抽检不合格时要选择召回级别 */
  | 'RECALL_CLASS_REQUIRED'
  /** trace：这次召回已经结束 */
  | 'RECALL_CLOSED'
  /** trace：还有商家没有确认召回，不能结束 */
  | 'RECALL_HOLDERS_PENDING'
  /** trace：收货方不是登记的商家 */
  | 'RECEIVER_NOT_A_MERCHANT'
  /** trace：下架数量不能超过您经手的数量 */
  | 'REMOVED_MORE_THAN_HELD'
  /** workpoints：该场景已停用 */
  | 'SCENE_DISABLED'
  /** workpoints：不能向自己付工分 */
  | 'SELF_PAYMENT'
  /** complaints：这个和解方案已经答复过了 */
  | 'SETTLEMENT_NOT_PENDING'
  /** complaints：已有一个和解方案在等消费者答复 */
  | 'SETTLEMENT_PENDING'
  /** trace：发货要写明收货商家和数量 */
  | 'SHIPMENT_NEEDS_RECEIVER'
  /** workpoints：报名已截止 */
  | 'SIGNUP_CLOSED'
  /** workpoints：已经不能取消报名了 */
  | 'SIGNUP_NOT_CANCELLABLE'
  /** workpoints：报名还没开始 */
  | 'SIGNUP_NOT_OPEN'
  /** identity：验证码输错次数太多，请重新获取 */
  | 'TOO_MANY_ATTEMPTS'
  /** trace：一个批次的码不能多于它的数量 */
  | 'TOO_MANY_CODES'
  /** trace：没有找到这个批次 */
  | 'UNKNOWN_LOT'
  /** trace：没有找到这个商品，它可能还没有接入浙食链 */
  | 'UNKNOWN_PRODUCT'
  /** trace：读不懂这个码，请对准商品上的溯源二维码或条形码 */
  | 'UNREADABLE_CODE'
  /** identity：微信登录凭证已失效，请重新点击登录 */
  | 'WECHAT_CODE_INVALID';

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
  counterpartyAccountId?: string | number | null | undefined;
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

/** 登记商家 */
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

/** 村里与商家结算 */
export type SettleShopInput = {
  idempotencyKey: string;
  merchantAccountId: string | number;
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

/** 商家扫码收工分 */
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

/** 修改本村的场景 */
export type UpdateSceneInput = {
  /** 发布活动时默认的奖励工分 */
  defaultPoints: number;
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
