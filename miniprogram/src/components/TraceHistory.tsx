import { Text, View } from '@tarojs/components';
import type { TraceBizStep, TraceDocumentKind } from '@gongfu/shared-types';
import { BIZ_STEP_LABEL, DOCUMENT_KIND_LABEL, eventLocalTime } from '@/domain/trace';
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
  recorder?: { displayName: string } | null;
  counterparty?: { displayName: string } | null;
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

function eventDetail(event: TraceEventLine): string {
  const parts = [event.place];
  if (event.bizStep === 'SHIPPING' && event.counterparty) parts.push(`发往 ${event.counterparty.displayName}`);
  if (event.bizStep === 'RECEIVING' && event.counterparty) parts.push(`来自 ${event.counterparty.displayName}`);
  if (event.quantity !== null) parts.push(`${event.quantity}\u00a0件`);
  if (event.temperatureCelsius !== null) parts.push(`${event.temperatureCelsius}\u00a0℃`);
  if (event.inputs.length) parts.push(`原料：${event.inputs.map((i) => `${i.product.name}（${i.lot}）`).join('、')}`);
  return parts.join(' · ');
}

/** 前世今生: every step of a batch, oldest first, each at the local time it was recorded in. */
export function TraceTimeline({
  events,
  emptyText,
  testIdPrefix = 'trace',
}: {
  events: TraceEventLine[];
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
          <Text className="history__text">{eventDetail(event)}</Text>
          {event.note ? <Text className="history__text">备注：{event.note}</Text> : null}
          {event.recorder ? <Text className="history__meta">记录：{event.recorder.displayName}</Text> : null}
        </View>
      ))}
    </View>
  );
}

/** 证明文件: certificates and reports, each with its verdict in words and colour. */
export function TraceDocuments({
  documents,
  emptyText,
  testIdPrefix = 'trace',
}: {
  documents: TraceDocumentLine[];
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
            <Text className={d.passed ? 'history__pass' : 'history__fail'}>{d.passed ? '合格' : '不合格'}</Text>
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
export function TraceSamplings({ samplings, testIdPrefix = 'trace' }: { samplings: TraceSamplingLine[]; testIdPrefix?: string }) {
  if (samplings.length === 0) return null;
  return (
    <View className="history" data-testid={`${testIdPrefix}-samplings`}>
      <Text className="section-title">官方抽检</Text>
      {samplings.map((s) => (
        <View key={s.id} className="history__item" data-testid={`${testIdPrefix}-sampling`}>
          <View className="history__line">
            <Text className="history__head">{s.sampledOn}</Text>
            <Text className={s.passed ? 'history__pass' : 'history__fail'}>{s.passed ? '合格' : '不合格'}</Text>
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
