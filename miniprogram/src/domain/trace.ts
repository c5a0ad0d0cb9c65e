import type { TraceBizStep, TraceDocumentKind } from '@gongfu/shared-types';
import type { RecallClassName } from './recall';

/** 浙食链 words as a shopkeeper says them, and the checks the BFF makes too. */

export const BIZ_STEP_LABEL: Record<TraceBizStep, string> = {
  COMMISSIONING: '赋码',
  PRODUCING: '生产',
  PROCESSING: '加工',
  PACKING: '包装',
  SHIPPING: '发货',
  RECEIVING: '收货',
  STORING: '仓储',
  RETAIL_SELLING: '零售',
};

export const DOCUMENT_KIND_LABEL: Record<TraceDocumentKind, string> = {
  CERTIFICATE_OF_CONFORMITY: '合格证',
  SELF_INSPECTION: '自检报告',
  IMPORT_QUARANTINE: '入境检疫证明',
  DISINFECTION: '消毒证明',
  NUCLEIC_ACID: '核酸检测报告',
};

/** How fast a holder must act on each class of recall (食品召回管理办法). */
export const RECALL_DEADLINE: Record<RecallClassName, string> = {
  CLASS_I: '24 小时内停售、通知，10 个工作日内召回完',
  CLASS_II: '48 小时内停售、通知，20 个工作日内召回完',
  CLASS_III: '72 小时内停售、通知，30 个工作日内召回完',
};

/** AI 10 (batch/lot): up to 20 characters of GS1's CSET 82. */
const LOT = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]{1,20}$/;

/** Why a typed lot number cannot be used, or null when it can. */
export function lotProblem(lot: string): string | null {
  if (!lot) return '请填批号';
  if (!LOT.test(lot)) return '批号只能用字母、数字和 - . / 等符号，最多 20 位，不能有汉字和空格';
  return null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(text: string): boolean {
  return DAY.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}

/**
 * An event's time as its recorder's clock showed it: the instant shifted by the offset it was
 * recorded with (EPCIS keeps both), "2026-11-20 08:30".
 */
export function eventLocalTime(eventTime: string, timeZoneOffset: string): string {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(timeZoneOffset);
  const offsetMs = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000 : 0;
  return new Date(new Date(eventTime).getTime() + offsetMs).toISOString().slice(0, 16).replace('T', ' ');
}

/** The first and last serial one commissioning (赋码) issued. */
export interface SerialRange {
  first: string;
  last: string;
}

/** Whether an item's serial is among those a commissioning issued: numerically when they are numbers. */
export function serialInRange(serial: string, range: SerialRange): boolean {
  const numeric = /^\d+$/;
  if ([serial, range.first, range.last].every((s) => numeric.test(s))) {
    const n = BigInt(serial);
    return BigInt(range.first) <= n && n <= BigInt(range.last);
  }
  return range.first <= serial && serial <= range.last;
}

/**
 * What a commissioning step says: on the scan of one item, whether the item was among the codes
 * issued then (another issue's range would read as if it were this item's); on a batch, the range.
 */
export function commissioningText(range: SerialRange, quantity: number | null, serial: string | null): string {
  if (serial === null) return `单品序号 ${range.first}–${range.last}`;
  if (serialInRange(serial, range)) return `本品（序号 ${serial}）在这次赋码的 ${range.first}–${range.last} 之中`;
  return `为本批次的另外 ${quantity ?? '一些'}\u00a0件赋码，不含本品`;
}
