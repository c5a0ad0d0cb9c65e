import { Text, View } from '@tarojs/components';
import type { TraceBizStep, TraceDocumentKind } from '@gongfu/shared-types';
import { BIZ_STEP_LABEL, DOCUMENT_KIND_LABEL, commissioningText, eventLocalTime, type SerialRange } from '@/domain/trace';
import './trace-history.css';

/**
 * A batch's history as the merchant's batch page shows it, and as the scan page can: each part
 * takes any query's selection of these fields. `testIdPrefix` keeps a page's own test ids
 * (the scan page's are scan-event, scan-document, …).
 */

/** The fields of a TraceEvent the history shows. */
export interface TraceEventLine {
  id: string;
  bizStep: TraceBizStep;
  eventTime: string;
  timeZoneOffset: string;
  place: string;
  quantity: number | null;
  temperatureCelsius: number | null;
  note?: string;
  /** Commissioning: the serials it issued. */
  serials?: SerialRange | null;
  /** The businesses, by their registered names; whom a batch went to only for its holders. */
  recorder?: { name: string } | null;
  counterparty?: { name: string } | null;
  inputs: Array<{ lot: string; product: { name: string } }>;
}

export interface TraceDocumentLine {
  id: string;
  kind: TraceDocumentKind;
  issuedBy: string;
  issuedOn: string;
  passed: boolean;
  summary: string;
  originCountry: string | null;
  entryPort: string | null;
  customsDeclarationNo: string | null;
}

export interface TraceSamplingLine {
  id: string;
  passed: boolean;
  agency: string;
  sampledOn: string;
  reportNo: string;
  findings: string;
}

function eventDetail(event: TraceEventLine, serial: string | null): string {
  const parts = [event.place];
  if (event.bizStep === 'SHIPPING' && event.counterparty) parts.push(`发往 ${event.counterparty.name}`);
  if (event.bizStep === 'RECEIVING' && event.counterparty) parts.push(`来自 ${event.counterparty.name}`);
  if (event.serials) parts.push(commissioningText(event.serials, event.quantity, serial));
  else if (event.quantity !== null) parts.push(`${event.quantity}\u00a0件`);
  if (event.temperatureCelsius !== null) parts.push(`${event.temperatureCelsius}\u00a0℃`);
  if (event.inputs.length) parts.push(`原料：${event.inputs.map((i) => `${i.product.name}（${i.lot}）`).join('、')}`);
  return parts.join(' · ');
}

/**
 * 前世今生: every step of a batch, oldest first, each at the local time it was recorded in. On the
 * scan of one item (`serial`), each commissioning says whether that item was among its codes.
 */
export function TraceTimeline({
  events,
  serial = null,
  emptyText,
  testIdPrefix = 'trace',
}: {
  events: TraceEventLine[];
  serial?: string | null;
  emptyText?: string;
  testIdPrefix?: string;
}) {
  if (events.length === 0) return emptyText ? <Text className="history__empty">{emptyText}</Text> : null;
  return (
    <View className="history" data-testid={`${testIdPrefix}-timeline`}>
      <Text className="section-title">前世今生</Text>
      {events.map((event) => (
        <View key={event.id} className="history__event" data-testid={`${testIdPrefix}-event`} data-step={event.bizStep}>
          <Text className="history__head">
            {BIZ_STEP_LABEL[event.bizStep]} · {eventLocalTime(event.eventTime, event.timeZoneOffset)}
          </Text>
          <Text className="history__text">{eventDetail(event, serial)}</Text>
          {event.note ? <Text className="history__text">备注：{event.note}</Text> : null}
          {event.recorder ? <Text className="history__meta">记录：{event.recorder.name}</Text> : null}
        </View>
      ))}
    </View>
  );
}

/**
 * A result's verdict in words and colour. Once the batch is recalled a pass is history, not
 * reassurance: it is no longer green, and says the recall overrules it.
 */
function Verdict({ passed, recalled, testId }: { passed: boolean; recalled: boolean; testId: string }) {
  if (!passed) return <Text className="history__fail">不合格</Text>;
  if (recalled)
    return (
      <Text className="history__overruled" data-testid={testId}>
        当时合格，现已召回
      </Text>
    );
  return <Text className="history__pass">合格</Text>;
}

/** 证明文件: certificates and reports, each with its verdict in words and colour. */
export function TraceDocuments({
  documents,
  recalled = false,
  emptyText,
  testIdPrefix = 'trace',
}: {
  documents: TraceDocumentLine[];
  /** The batch is under a recall, open or ended: no pass is shown as reassurance. */
  recalled?: boolean;
  emptyText?: string;
  testIdPrefix?: string;
}) {
  if (documents.length === 0) return emptyText ? <Text className="history__empty">{emptyText}</Text> : null;
  return (
    <View className="history" data-testid={`${testIdPrefix}-documents`}>
      <Text className="section-title">证明文件</Text>
      {documents.map((d) => (
        <View key={d.id} className="history__item" data-testid={`${testIdPrefix}-document`} data-kind={d.kind}>
          <View className="history__line">
            <Text className="history__head">{DOCUMENT_KIND_LABEL[d.kind]}</Text>
            <Verdict passed={d.passed} recalled={recalled} testId={`${testIdPrefix}-overruled`} />
          </View>
          <Text className="history__text">
            {d.issuedBy} · {d.issuedOn}
            {d.summary ? ` · ${d.summary}` : ''}
          </Text>
          {d.originCountry ? (
            <Text className="history__text">
              原产国 {d.originCountry} · 口岸 {d.entryPort ?? '—'} · 报关单号 {d.customsDeclarationNo ?? '—'}
            </Text>
          ) : null}
        </View>
      ))}
    </View>
  );
}

/** 官方抽检: regulators' results, a failed one in red. */
export function TraceSamplings({
  samplings,
  recalled = false,
  testIdPrefix = 'trace',
}: {
  samplings: TraceSamplingLine[];
  recalled?: boolean;
  testIdPrefix?: string;
}) {
  if (samplings.length === 0) return null;
  return (
    <View className="history" data-testid={`${testIdPrefix}-samplings`}>
      <Text className="section-title">官方抽检</Text>
      {samplings.map((s) => (
        <View key={s.id} className="history__item" data-testid={`${testIdPrefix}-sampling`}>
          <View className="history__line">
            <Text className="history__head">{s.sampledOn}</Text>
            <Verdict passed={s.passed} recalled={recalled} testId={`${testIdPrefix}-overruled`} />
          </View>
          <Text className="history__text">
            {s.agency} · 报告 {s.reportNo}
          </Text>
          <Text className="history__text">{s.findings}</Text>
        </View>
      ))}
    </View>
  );
}
