/**
 * 浙江市场在线 complaints as the people in them say it: the enums the schema carries (as
 * string-literal lists, so both sides can iterate them) and what each value is called. The BFF
 * describes its GraphQL enums with these labels; the mini-program shows them.
 */

export const COMPLAINT_STATUSES = ['SUBMITTED', 'DECLINED', 'NEGOTIATING', 'SETTLED', 'MEDIATING', 'MEDIATED', 'WITHDRAWN'] as const;
export type ComplaintStatusName = (typeof COMPLAINT_STATUSES)[number];

/** Choices for chips, in the order people expect them. */
export const COMPLAINT_DEMANDS = ['REFUND', 'REPLACEMENT', 'REPAIR', 'COMPENSATION', 'APOLOGY'] as const;
export type ComplaintDemandName = (typeof COMPLAINT_DEMANDS)[number];

export const COMPLAINT_CATEGORIES = ['FOOD_SAFETY', 'QUALITY', 'PRICE', 'SERVICE', 'FALSE_ADVERTISING', 'OTHER'] as const;
export type ComplaintCategoryName = (typeof COMPLAINT_CATEGORIES)[number];

export const COMPLAINT_SOURCES = ['SEARCH', 'SCAN', 'ORDER'] as const;
export type ComplaintSourceName = (typeof COMPLAINT_SOURCES)[number];

/** The reasons 12315 may decline a complaint (市场监督管理投诉举报处理暂行办法 第十五条). */
export const DECLINE_REASONS = [
  'OUTSIDE_REMIT',
  'NO_SPECIFIC_CLAIM',
  'OVER_THREE_YEARS',
  'IN_COURT',
  'ALREADY_HANDLED',
  'NOT_CONSUMER_DISPUTE',
] as const;
export type DeclineReasonName = (typeof DECLINE_REASONS)[number];

export const SETTLEMENT_STATUSES = ['PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const;
export type SettlementStatusName = (typeof SETTLEMENT_STATUSES)[number];

export const MEDIATION_OUTCOMES = ['AGREEMENT', 'FAILED', 'TERMINATED'] as const;
export type MediationOutcomeName = (typeof MEDIATION_OUTCOMES)[number];

export const COMPLAINT_PARTIES = ['CONSUMER', 'MERCHANT', 'REGULATOR', 'SYSTEM'] as const;
export type ComplaintPartyName = (typeof COMPLAINT_PARTIES)[number];

export const COMPLAINT_STATUS_LABEL: Record<ComplaintStatusName, string> = {
  SUBMITTED: '待受理',
  DECLINED: '不予受理',
  NEGOTIATING: '协商中',
  SETTLED: '已和解',
  MEDIATING: '调解中',
  MEDIATED: '调解结束',
  WITHDRAWN: '已撤回',
};

/** What each status means for the person looking, in one line. */
export const COMPLAINT_STATUS_HINT: Record<ComplaintStatusName, string> = {
  SUBMITTED: '市场监管部门会在 7 个工作日内决定是否受理',
  DECLINED: '市场监管部门决定不予受理，原因见下方',
  NEGOTIATING: '消费者和商家在协商，10 个工作日内没谈成可以请市场监管部门调解',
  SETTLED: '双方已经和解',
  MEDIATING: '市场监管部门正在调解',
  MEDIATED: '调解已经结束，结果见下方',
  WITHDRAWN: '消费者已撤回投诉',
};

const OPEN_STATUSES: readonly ComplaintStatusName[] = ['SUBMITTED', 'NEGOTIATING', 'MEDIATING'];

/** Still being handled: it has a deadline, and the consumer may withdraw it. */
export function isComplaintOpen(status: ComplaintStatusName): boolean {
  return OPEN_STATUSES.includes(status);
}

export const COMPLAINT_DEMAND_LABEL: Record<ComplaintDemandName, string> = {
  REFUND: '退款',
  REPLACEMENT: '换货',
  REPAIR: '维修',
  COMPENSATION: '赔偿',
  APOLOGY: '道歉',
};

/** Demands that are about money: the amount must be more than zero. */
export function demandNeedsAmount(demand: ComplaintDemandName): boolean {
  return demand === 'REFUND' || demand === 'COMPENSATION';
}

/** An apology has no amount; the form does not ask for one. */
export function demandHasAmount(demand: ComplaintDemandName): boolean {
  return demand !== 'APOLOGY';
}

/** The amount fits the demand: none for an apology, more than zero for money. */
export function amountFitsDemand(demand: ComplaintDemandName, amountFen: number): boolean {
  if (!demandHasAmount(demand)) return amountFen === 0;
  return !demandNeedsAmount(demand) || amountFen > 0;
}

export const COMPLAINT_CATEGORY_LABEL: Record<ComplaintCategoryName, string> = {
  FOOD_SAFETY: '食品安全',
  QUALITY: '商品质量',
  PRICE: '价格',
  SERVICE: '服务',
  FALSE_ADVERTISING: '虚假宣传',
  OTHER: '其他',
};

export const COMPLAINT_CATEGORY_HINT: Record<ComplaintCategoryName, string> = {
  FOOD_SAFETY: '变质、过期、吃了不舒服',
  QUALITY: '坏了、不能用、和说的不一样',
  PRICE: '多收钱、标价不清',
  SERVICE: '态度差、不退不换、不兑现承诺',
  FALSE_ADVERTISING: '宣传的和实际不符',
  OTHER: '以上都不是',
};

export const COMPLAINT_SOURCE_LABEL: Record<ComplaintSourceName, string> = {
  SEARCH: '搜索商家',
  SCAN: '扫码',
  ORDER: '订单',
};

export const DECLINE_REASON_LABEL: Record<DeclineReasonName, string> = {
  OUTSIDE_REMIT: '不属于市场监管部门职责',
  NO_SPECIFIC_CLAIM: '没有具体诉求或证据',
  OVER_THREE_YEARS: '发现问题已超过三年',
  IN_COURT: '已经起诉或申请仲裁',
  ALREADY_HANDLED: '已处理过，又没有新情况',
  NOT_CONSUMER_DISPUTE: '不属于消费纠纷',
};

export const DECLINE_REASON_HINT: Record<DeclineReasonName, string> = {
  OUTSIDE_REMIT: '应由其他部门处理，请在说明里告诉消费者找哪个部门',
  NO_SPECIFIC_CLAIM: '没说要商家做什么，或没有能证明的材料',
  OVER_THREE_YEARS: '从知道问题到投诉已超过三年',
  IN_COURT: '法院、仲裁机构已经受理，或其他部门已在处理',
  ALREADY_HANDLED: '同一件事已经处理完，这次没有新的情况和理由',
  NOT_CONSUMER_DISPUTE: '例如商家之间的纠纷、劳动纠纷',
};

export const SETTLEMENT_STATUS_LABEL: Record<SettlementStatusName, string> = {
  PROPOSED: '等待消费者答复',
  ACCEPTED: '消费者已同意',
  DECLINED: '消费者没有同意',
  WITHDRAWN: '商家已撤回',
};

export const MEDIATION_OUTCOME_LABEL: Record<MediationOutcomeName, string> = {
  AGREEMENT: '达成调解协议',
  FAILED: '调解不成',
  TERMINATED: '终止调解',
};

export const MEDIATION_OUTCOME_HINT: Record<MediationOutcomeName, string> = {
  AGREEMENT: '双方同意了解决办法',
  FAILED: '双方谈不拢，消费者可以向法院起诉或申请仲裁',
  TERMINATED: '例如消费者撤回、联系不上、或已起诉',
};

export const COMPLAINT_PARTY_LABEL: Record<ComplaintPartyName, string> = {
  CONSUMER: '消费者',
  MERCHANT: '商家',
  REGULATOR: '市场监管',
  SYSTEM: '系统',
};

/** The audit trail's actions (the BFF sends them as codes; an unknown one is shown as it is). */
const AUDIT_ACTION_LABEL: Record<string, string> = {
  FILED: '提交投诉',
  ACCEPTED: '受理投诉',
  DECLINED: '不予受理',
  MESSAGE: '留言',
  PROPOSED: '提出和解方案',
  SETTLEMENT_ACCEPTED: '同意和解方案',
  SETTLEMENT_DECLINED: '不同意和解方案',
  MEDIATION_REQUESTED: '申请调解',
  ESCALATED_OVERDUE: '协商超期，转调解',
  MEDIATED: '记录调解结果',
  RATED: '评价处理结果',
  WITHDRAWN: '撤回投诉',
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABEL[action] ?? action;
}
