import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { TraceScanDocument, type TraceBizStep, type TraceDocumentKind, type TraceScanQuery } from '@gongfu/shared-types';
import { ariaRole } from '@/components/a11y';
import { ActionButton } from '@/components/ActionButton';
import { AsyncView } from '@/components/AsyncView';
import { Card } from '@/components/Card';
import { formatDate } from '@/domain/china-time';
import { RECALL_CLASS_LABEL } from '@/domain/recall';
import { useQuery } from '@/hooks/use-query';
import { ROUTES, withParams } from '@/routes';

/**
 * What a trace code names: any recall first, then a failed official sample, then the product, its
 * batch and dates, the whole chain of events, samplings, documents, and a counterfeit warning.
 */
export function TraceResult({ code, place = null, log = true }: { code: string; place?: string | null; log?: boolean }) {
  const { state, reload } = useQuery(TraceScanDocument, { code, place, log });
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
            <Recalls recalls={scan.recalls} />
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
            <ActionButton
              className="wide-button"
              fill="outline"
              type="primary"
              size="large"
              block
              style={{ marginTop: '16px' }}
              onClick={() => void Taro.navigateTo({ url: withParams(ROUTES.consumerFileComplaint, { traceCode: code }) })}
              data-testid="scan-complain"
            >
              商品有问题？投诉
            </ActionButton>
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
type Recall = Scan['recalls'][number];

/**
 * A recall leads the result, above everything else, in red: open ones say not to eat it; an
 * ended one stays visible (the product may still be in someone's kitchen) marked 已结束.
 */
function Recalls({ recalls }: { recalls: Recall[] }) {
  if (recalls.length === 0) return null;
  return (
    <View className="scan__recalls" data-testid="scan-recalls">
      {recalls.map((r) => {
        const closed = r.status === 'CLOSED';
        return (
          <View
            key={r.id}
            className={closed ? 'scan__recall scan__recall--closed' : 'scan__recall'}
            {...ariaRole('alert')}
            data-testid="scan-recall"
            data-status={r.status}
          >
            <View className="scan__recall-head">
              <Text className="scan__recall-title">
                {RECALL_CLASS_LABEL[r.recallClass]}
                {closed ? '' : '：请勿食用、不要再卖'}
              </Text>
              {closed ? <Text className="scan__recall-ended">已结束</Text> : null}
            </View>
            <Text className="scan__recall-text">原因：{r.reason}</Text>
            <Text className="scan__recall-text">
              {formatDate(r.openedAt)}发起
              {closed && r.closedAt ? `，${formatDate(r.closedAt)}结束` : ''}
            </Text>
            {closed ? null : (
              <Text className="scan__recall-text">如果已经买了，请不要食用，可以找购买的商家退货。</Text>
            )}
          </View>
        );
      })}
    </View>
  );
}

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
