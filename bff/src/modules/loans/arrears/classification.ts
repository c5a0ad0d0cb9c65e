import { daysBetween } from '../../../core/china-time';

/** An instalment as it fell due: what was owed on which day. */
export interface DueInstalment {
  number: number;
  dueOn: string;
  amountFen: number;
}

/** Money the bank received for the loan, on a day. */
export interface Repayment {
  paidOn: string;
  amountFen: number;
}

export interface InstalmentStanding {
  number: number;
  dueOn: string;
  paidFen: number;
  /** The day the repayments covered it in full, or null while they have not. */
  settledOn: string | null;
  /** Days after its due date that it was settled; 0 when on time or early, null while open. */
  daysLate: number | null;
}

export interface Arrears {
  /** Days since the oldest instalment still not paid in full fell due; 0 when nothing is past due. */
  daysPastDue: number;
  /** What fell due before the day and is still unpaid. */
  overdueFen: number;
  instalments: InstalmentStanding[];
}

/**
 * A loan's standing on a day, from its instalments and the repayments received up to that day.
 * Repayments settle the oldest instalment first, as a bank applies them; an instalment is past
 * due from the day after its due date until it is paid in full, so a part payment does not stop
 * the count.
 */
export function arrearsOn(instalments: readonly DueInstalment[], repayments: readonly Repayment[], on: string): Arrears {
  const received = repayments.filter((r) => r.paidOn <= on).sort((a, b) => a.paidOn.localeCompare(b.paidOn));
  let r = 0;
  let left = received[0]?.amountFen ?? 0;
  let daysPastDue = 0;
  let overdueFen = 0;
  const standings = [...instalments]
    .sort((a, b) => a.number - b.number)
    .map(({ number, dueOn, amountFen }): InstalmentStanding => {
      let paidFen = 0;
      // Owed nothing (a tiny loan's rounding can make one): settled on its day.
      let settledOn: string | null = amountFen === 0 ? dueOn : null;
      while (paidFen < amountFen && r < received.length) {
        const take = Math.min(left, amountFen - paidFen);
        paidFen += take;
        left -= take;
        if (paidFen === amountFen) settledOn = received[r].paidOn;
        if (left === 0) left = received[++r]?.amountFen ?? 0;
      }
      if (settledOn === null && dueOn < on) {
        daysPastDue ||= daysBetween(dueOn, on);
        overdueFen += amountFen - paidFen;
      }
      const daysLate = settledOn === null ? null : Math.max(daysBetween(dueOn, settledOn), 0);
      return { number, dueOn, paidFen, settledOn, daysLate };
    });
  return { daysPastDue, overdueFen, instalments: standings };
}

/** The delinquency buckets a portfolio is reported in, by days past due (configuration). */
export const DELINQUENCY_BUCKETS = [
  { code: 'DPD_1_30', fromDays: 1, label: '逾期 1–30 天' },
  { code: 'DPD_31_60', fromDays: 31, label: '逾期 31–60 天' },
  { code: 'DPD_61_90', fromDays: 61, label: '逾期 61–90 天' },
  { code: 'DPD_91_PLUS', fromDays: 91, label: '逾期 90 天以上' },
] as const;

export type DelinquencyBucket = (typeof DELINQUENCY_BUCKETS)[number]['code'];

/** The bucket of a number of days past due, or null when nothing is past due. */
export function bucketOf(daysPastDue: number, buckets: readonly { code: string; fromDays: number }[] = DELINQUENCY_BUCKETS): string | null {
  return [...buckets].reverse().find((b) => daysPastDue >= b.fromDays)?.code ?? null;
}

/** 五级分类, best first. */
export const ASSET_CLASSES = ['NORMAL', 'SPECIAL_MENTION', 'SUBSTANDARD', 'DOUBTFUL', 'LOSS'] as const;

export type AssetClass = (typeof ASSET_CLASSES)[number];

export const ASSET_CLASS_LABELS: Record<AssetClass, string> = {
  NORMAL: '正常',
  SPECIAL_MENTION: '关注',
  SUBSTANDARD: '次级',
  DOUBTFUL: '可疑',
  LOSS: '损失',
};

/** From how many days past due a loan is at least in each class below 正常 (configuration). */
export interface ClassificationRules {
  name: string;
  fromDays: Record<Exclude<AssetClass, 'NORMAL'>, number>;
}

/**
 * 《商业银行金融资产风险分类办法》 (in force 1 July 2023): overdue at all, at least 关注; over 90
 * days, at least 次级; over 270, at least 可疑; over 360, 损失. These are floors by days alone:
 * a bank may class a loan worse on what else it knows.
 */
export const RISK_CLASSIFICATION_2023: ClassificationRules = {
  name: '商业银行金融资产风险分类办法（2023）',
  fromDays: { SPECIAL_MENTION: 1, SUBSTANDARD: 91, DOUBTFUL: 271, LOSS: 361 },
};

/** The class days past due put a loan in, at least. */
export function classify(daysPastDue: number, rules: ClassificationRules = RISK_CLASSIFICATION_2023): AssetClass {
  return [...ASSET_CLASSES].reverse().find((c) => c === 'NORMAL' || daysPastDue >= rules.fromDays[c])!;
}
