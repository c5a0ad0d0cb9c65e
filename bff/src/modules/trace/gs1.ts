/**
 * GS1 identifiers as 浙食链 codes use them: GTINs with their check digit, and the three ways a
 * code reaches a scanner — a GS1 Digital Link URI, a bracketed element string, or the raw data
 * of a GS1 barcode.
 */

import { checkGtin } from '@gongfu/shared-types/domain/gtin';

/** A product (GTIN-14, always 14 digits here), and optionally its lot (AI 10) and serial (AI 21). */
export interface TraceKey {
  gtin: string;
  lot: string | null;
  serial: string | null;
}

export type TraceCodeProblem = 'INVALID_GTIN' | 'BAD_CHECK_DIGIT' | 'UNREADABLE_CODE';

/** AI 10 and AI 21 hold up to 20 characters of GS1's CSET 82. */
export const CSET82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]{1,20}$/;
/** Group separator: ends a variable-length element in a barcode's data. */
const GS = '\u001d';

/** A GTIN-8, -12, -13 or -14 as GTIN-14, or why it is not one. */
export function normalizeGtin(gtin: string): string | TraceCodeProblem {
  if (!/^\d+$/.test(gtin)) return 'INVALID_GTIN';
  const checked = checkGtin(gtin);
  return checked.ok ? checked.gtin.padStart(14, '0') : checked.code;
}

function keyOf(gtin: string, lot: string | null, serial: string | null): TraceKey | TraceCodeProblem {
  const normalized = normalizeGtin(gtin);
  if (normalized === 'INVALID_GTIN' || normalized === 'BAD_CHECK_DIGIT') return normalized;
  if ((lot !== null && !CSET82.test(lot)) || (serial !== null && !CSET82.test(serial))) return 'UNREADABLE_CODE';
  return { gtin: normalized, lot, serial };
}

/** `https://host/01/{gtin}[/10/{lot}][/21/{serial}]`, any host, with or without a query string. */
function fromDigitalLink(text: string): TraceKey | TraceCodeProblem | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const match = /(?:^|\/)01\/(\d+)(?:\/10\/([^/]+))?(?:\/21\/([^/]+))?\/?$/.exec(url.pathname);
  if (!match) return 'UNREADABLE_CODE';
  try {
    const [, gtin, lot, serial] = match.map((part) => (part === undefined ? part : decodeURIComponent(part)));
    return keyOf(gtin, lot ?? null, serial ?? null);
  } catch {
    return 'UNREADABLE_CODE';
  }
}

/** `(01)09506000134352(10)ABC123(21)0001`, the human-readable line under a GS1 barcode. */
function fromElementString(text: string): TraceKey | TraceCodeProblem | null {
  if (!text.startsWith('(')) return null;
  const elements = new Map<string, string>();
  const pattern = /\((\d{2,4})\)([^(]*)/g;
  let consumed = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index !== consumed) return 'UNREADABLE_CODE';
    elements.set(match[1], match[2]);
    consumed += match[0].length;
  }
  if (consumed !== text.length || !elements.has('01')) return 'UNREADABLE_CODE';
  return keyOf(elements.get('01')!, elements.get('10') ?? null, elements.get('21') ?? null);
}

/** Fixed-length AIs a barcode may carry besides the ones we keep (dates, for instance). */
const FIXED_LENGTH: Record<string, number> = { '01': 14, '11': 6, '13': 6, '15': 6, '17': 6 };
const VARIABLE = new Set(['10', '21']);

/** The raw data of a GS1 DataMatrix, QR or GS1-128: `]d2` prefix optional, FNC1 sent as GS. */
function fromBarcodeData(text: string): TraceKey | TraceCodeProblem | null {
  const data = text.replace(/^\][A-Za-z]\d/, '');
  if (!data.startsWith('01') || !/^\d{16}/.test(data)) return null;
  const elements = new Map<string, string>();
  let at = 0;
  while (at < data.length) {
    const ai = data.slice(at, at + 2);
    at += 2;
    if (FIXED_LENGTH[ai]) {
      elements.set(ai, data.slice(at, at + FIXED_LENGTH[ai]));
      at += FIXED_LENGTH[ai];
    } else if (VARIABLE.has(ai)) {
      const end = data.indexOf(GS, at);
      elements.set(ai, data.slice(at, end === -1 ? data.length : end));
      at = end === -1 ? data.length : end + 1;
    } else {
      return 'UNREADABLE_CODE';
    }
  }
  return keyOf(elements.get('01')!, elements.get('10') ?? null, elements.get('21') ?? null);
}

/**
 * Reads whatever a scanner or a person gives: a Digital Link URI, an element string, barcode
 * data, or a bare GTIN. Says why when it cannot.
 */
export function parseTraceCode(input: string): TraceKey | TraceCodeProblem {
  const text = input.trim();
  if (/^\d+$/.test(text)) return keyOf(text, null, null);
  return fromDigitalLink(text) ?? fromElementString(text) ?? fromBarcodeData(text) ?? 'UNREADABLE_CODE';
}

/** The GS1 Digital Link URI of a key on our resolver's host. */
export function digitalLinkOf(key: TraceKey, base: string): string {
  let path = `/01/${key.gtin}`;
  if (key.lot !== null) path += `/10/${encodeURIComponent(key.lot)}`;
  if (key.serial !== null) path += `/21/${encodeURIComponent(key.serial)}`;
  return `${base.replace(/\/$/, '')}${path}`;
}

export function isTraceKey(value: TraceKey | TraceCodeProblem): value is TraceKey {
  return typeof value === 'object';
}
