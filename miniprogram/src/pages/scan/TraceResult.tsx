import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { TraceScanDocument, type TraceScanQuery } from './scan.generated';
import { ariaRole } from '@/components/a11y';
import { ActionButton } from '@/components/ActionButton';
import { AsyncView } from '@/components/AsyncView';
import { Card } from '@/components/Card';
import { TraceDocuments, TraceSamplings, TraceTimeline } from '@/components/TraceHistory';
import { formatDate } from '@/domain/china-time';
import { RECALL_CLASS_LABEL } from '@/domain/recall';
import { useQuery } from '@/hooks/use-query';
import { ROUTES, withParams } from '@/routes';

/**
 * What a trace code names: any recall first, then a counterfeit warning and a failed official
 * sample, then the product, its batch and dates, the whole chain of events, samplings, documents.
 * `regionCode` is the region the person chose to share, sent with a scan that is logged.
 */
export function TraceResult({ code, regionCode = null, log = true }: { code: string; regionCode?: string | null; log?: boolean }) {
  const { state, reload } = useQuery(TraceScanDocument, { code, regionCode, log });
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
            {scan.counterfeitWarning ? (
              <View className="scan__alert" {...ariaRole('alert')} data-testid="scan-counterfeit">
                <Text className="scan__alert-title">可能是假冒商品</Text>
                <Text className="scan__alert-text">{scan.counterfeitWarning}。请先别食用，向卖给您的商家或市场监管部门（12315）反映。</Text>
              </View>
            ) : null}
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
            <TraceTimeline events={scan.events} serial={scan.serial} testIdPrefix="scan" />
            <TraceSamplings samplings={scan.samplings} recalled={scan.recalls.length > 0} testIdPrefix="scan" />
            <TraceDocuments
              documents={scan.documents}
              recalled={scan.recalls.length > 0}
              emptyText="这个批次还没有上传证明文件。"
              testIdPrefix="scan"
            />
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
            {closed ? null : <Text className="scan__recall-text">如果已经买了，请不要食用，可以找购买的商家退货。</Text>}
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

function InfoLine({ label, value }: { label: string; value: string }) {
  return (
    <View className="scan__line">
      <Text className="scan__label">{label}</Text>
      <Text className="scan__value">{value}</Text>
    </View>
  );
}
