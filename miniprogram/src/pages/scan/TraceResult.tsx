import { Text, View } from '@tarojs/components';
import { TraceScanDocument, type TraceBizStep, type TraceDocumentKind, type TraceScanQuery } from '@gongfu/shared-types';
import { AsyncView } from '@/components/AsyncView';
import { Card } from '@/components/Card';
import { useQuery } from '@/hooks/use-query';

/**
 * What a trace code names: the product, its batch and dates, and whether the serial was really
 * issued. The whole chain of events, documents and recalls join this card as 浙食链 grows.
 */
export function TraceResult({ code }: { code: string }) {
  const { state, reload } = useQuery(TraceScanDocument, { code });
  return (
    <AsyncView state={state} onRetry={reload}>
      {({ scan }) =>
        scan.__typename === 'InvalidTraceCode' ? (
          <Card title="查不到这个码">
            <Text className="scan__problem" data-testid="scan-problem" data-code={scan.errorCode}>
              {scan.message}
            </Text>
          </Card>
        ) : (
          <Card title={scan.product.name}>
            <FailedSamplings samplings={scan.samplings.filter((s) => !s.passed)} />
            <View data-testid="scan-product">
              <InfoLine label="商品条码" value={scan.product.gtin} />
              {scan.batch ? (
                <>
                  <InfoLine label="批号" value={scan.batch.lot} />
                  <InfoLine label="生产日期" value={scan.batch.productionDate} />
                  <InfoLine label="保质期至" value={scan.batch.expiryDate ?? '未填写'} />
                </>
              ) : (
                <Text className="muted">这个码没有批次信息，只能看到商品。</Text>
              )}
              {scan.serial ? <InfoLine label="单品序号" value={scan.serial} /> : null}
            </View>
            <Timeline events={scan.events} />
            <Samplings samplings={scan.samplings} />
            <Documents documents={scan.documents} />
            {scan.counterfeitWarning ? (
              <Text className="scan__warning" data-testid="scan-counterfeit">
                注意：{scan.counterfeitWarning}，可能是假冒商品，请向商家或市场监管部门反映。
              </Text>
            ) : null}
          </Card>
        )
      }
    </AsyncView>
  );
}

type Scan = Extract<TraceScanQuery['scan'], { __typename: 'TraceScan' }>;
type Document = Scan['documents'][number];
type TraceEvent = Scan['events'][number];
type Sampling = Scan['samplings'][number];

/** A failed official sample is the first thing a shopper must see, in red. */
function FailedSamplings({ samplings }: { samplings: Sampling[] }) {
  if (samplings.length === 0) return null;
  return (
    <View className="scan__alert" data-testid="scan-failed-sampling" aria-live="polite">
      <Text className="scan__alert-title">官方抽检不合格，请勿食用</Text>
      {samplings.map((s) => (
        <Text key={s.id} className="scan__alert-text">
          {s.sampledOn} {s.agency}：{s.findings}
        </Text>
      ))}
    </View>
  );
}

function Samplings({ samplings }: { samplings: Sampling[] }) {
  if (samplings.length === 0) return null;
  return (
    <View className="scan__documents" data-testid="scan-samplings">
      <Text className="section-title">官方抽检</Text>
      {samplings.map((s) => (
        <View key={s.id} className="scan__document">
          <View className="scan__line">
            <Text className="scan__value">{s.sampledOn}</Text>
            <Text className={s.passed ? 'scan__pass' : 'scan__fail'}>{s.passed ? '合格' : '不合格'}</Text>
          </View>
          <Text className="muted">
            {s.agency} · 报告 {s.reportNo}
          </Text>
          <Text className="muted">{s.findings}</Text>
        </View>
      ))}
    </View>
  );
}

const BIZ_STEP: Record<TraceBizStep, string> = {
  COMMISSIONING: '赋码',
  PRODUCING: '生产',
  PROCESSING: '加工',
  PACKING: '包装',
  SHIPPING: '发货',
  RECEIVING: '收货',
  STORING: '仓储',
  RETAIL_SELLING: '零售',
};

/** The event's own local time, as the recorder's clock showed it (EPCIS keeps the offset). */
function localTime(event: TraceEvent): string {
  const [sign, hours, minutes] = [event.timeZoneOffset[0], ...event.timeZoneOffset.slice(1).split(':').map(Number)];
  const offsetMs = (sign === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
  return new Date(new Date(event.eventTime).getTime() + offsetMs).toISOString().slice(0, 16).replace('T', ' ');
}

function eventDetail(event: TraceEvent): string {
  const parts = [event.place];
  if (event.bizStep === 'SHIPPING' && event.counterparty) parts.push(`发往 ${event.counterparty.displayName}`);
  if (event.bizStep === 'RECEIVING' && event.counterparty) parts.push(`来自 ${event.counterparty.displayName}`);
  if (event.quantity !== null) parts.push(`${event.quantity} 件`);
  if (event.temperatureCelsius !== null) parts.push(`${event.temperatureCelsius} ℃`);
  if (event.inputs.length) parts.push(`原料：${event.inputs.map((i) => `${i.product.name}（${i.lot}）`).join('、')}`);
  return parts.join(' · ');
}

/** 前世今生: every step of the batch, oldest first. */
function Timeline({ events }: { events: TraceEvent[] }) {
  if (events.length === 0) return null;
  return (
    <View className="scan__timeline" data-testid="scan-timeline">
      <Text className="section-title">前世今生</Text>
      {events.map((event) => (
        <View key={event.id} className="scan__event" data-testid="scan-event">
          <Text className="scan__value">
            {BIZ_STEP[event.bizStep]} · {localTime(event)}
          </Text>
          <Text className="muted">{eventDetail(event)}</Text>
          {event.recorder ? <Text className="muted">记录：{event.recorder.displayName}</Text> : null}
        </View>
      ))}
    </View>
  );
}

const DOCUMENT_KIND: Record<TraceDocumentKind, string> = {
  CERTIFICATE_OF_CONFORMITY: '合格证',
  SELF_INSPECTION: '自检报告',
  IMPORT_QUARANTINE: '入境检疫证明',
  DISINFECTION: '消毒证明',
  NUCLEIC_ACID: '核酸检测报告',
};

function Documents({ documents }: { documents: Document[] }) {
  if (documents.length === 0) return <Text className="muted">这个批次还没有上传证明文件。</Text>;
  return (
    <View className="scan__documents" data-testid="scan-documents">
      <Text className="section-title">证明文件</Text>
      {documents.map((d) => (
        <View key={d.id} className="scan__document" data-testid="scan-document">
          <View className="scan__line">
            <Text className="scan__value">{DOCUMENT_KIND[d.kind]}</Text>
            <Text className={d.passed ? 'scan__pass' : 'scan__fail'}>{d.passed ? '合格' : '不合格'}</Text>
          </View>
          <Text className="muted">
            {d.issuedBy} · {d.issuedOn}
            {d.summary ? ` · ${d.summary}` : ''}
          </Text>
          {d.originCountry ? (
            <Text className="muted">
              原产国 {d.originCountry} · 口岸 {d.entryPort ?? '—'} · 报关单号 {d.customsDeclarationNo ?? '—'}
            </Text>
          ) : null}
        </View>
      ))}
    </View>
  );
}

function InfoLine({ label, value }: { label: string; value: string }) {
  return (
    <View className="scan__line">
      <Text className="scan__label">{label}</Text>
      <Text className="scan__value">{value}</Text>
    </View>
  );
}
