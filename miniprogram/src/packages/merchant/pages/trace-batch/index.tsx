import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { MerchantTraceBatchDocument, type MerchantTraceBatchQuery } from './trace-batch.generated';
import { ActionButton } from '@/components/ActionButton';
import { AsyncView } from '@/components/AsyncView';
import { Card, InfoRow } from '@/components/Card';
import { Notice, type NoticeMessage } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { EmptyState } from '@/components/StatusViews';
import { TraceDocuments, TraceSamplings, TraceTimeline } from '@/components/TraceHistory';
import { BIZ_STEP_LABEL, DOCUMENT_KIND_LABEL } from '@/domain/trace';
import { usePageParams } from '@/hooks/use-page-params';
import { useQuery } from '@/hooks/use-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { CodesCard } from './CodesCard';
import { DocumentForm } from './DocumentForm';
import { EventForm } from './EventForm';
import { PrintLabels } from './PrintLabels';
import { RecallBanners, VoluntaryRecallSheet } from './Recalls';
import '@/components/trace-list.css';
import '@/components/workpoints.css';
import '../../trace.css';

type Batch = MerchantTraceBatchQuery['traceBatch'];
type Mode = 'view' | 'event' | 'document' | 'labels';

/**
 * 批次: one batch as the shop holding it sees it — any recall first, in red; its facts; its codes
 * (for the producer); recording a step or attaching a certificate; and its whole history below.
 */
export default function TraceBatchPage() {
  const { id } = usePageParams();
  if (!id) {
    return (
      <PageShell className="trace-page">
        <EmptyState title="没有指明是哪一批货" hint="请从“商品与批次”里点开一批货。" />
      </PageShell>
    );
  }
  return <BatchForId id={id} />;
}

function BatchForId({ id }: { id: string }) {
  const { state, reload } = useQuery(MerchantTraceBatchDocument, { id });
  useReloadOnShow(reload);
  const [mode, setMode] = useState<Mode>('view');
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [recalling, setRecalling] = useState(false);

  const done = (text: string) => {
    setMode('view');
    setNotice({ tone: 'success', text });
    reload();
  };

  return (
    // The labels view prints alone: labels-page hides everything else on paper.
    <PageShell className={mode === 'labels' ? 'trace-page labels-page' : 'trace-page'}>
      <AsyncView state={state} onRetry={reload}>
        {({ traceBatch: batch, myTraceProducts }) => {
          const producer = myTraceProducts.some((p) => p.id === batch.product.id);
          const recalled = batch.recalls.some((r) => r.status === 'OPEN');
          // A pass on a batch ever recalled is history, not reassurance (as on the scan page).
          const everRecalled = batch.recalls.length > 0;
          if (mode === 'labels') {
            return <PrintLabels batchId={batch.id} productName={batch.product.name} lot={batch.lot} onBack={() => setMode('view')} />;
          }
          return (
            <>
              <Text className="page-title" data-testid="batch-title">
                {batch.product.name}
              </Text>
              <RecallBanners recalls={batch.recalls} />
              <BatchFacts batch={batch} producer={producer} />
              <Notice notice={notice} testId="batch-page-notice" />

              {mode === 'event' ? (
                <EventForm
                  batchId={batch.id}
                  onCancel={() => setMode('view')}
                  onRecorded={(step) => done(`已记录：${BIZ_STEP_LABEL[step]}`)}
                  onStale={reload}
                />
              ) : mode === 'document' ? (
                <DocumentForm
                  batchId={batch.id}
                  onCancel={() => setMode('view')}
                  onAttached={(kind) => done(`已上传：${DOCUMENT_KIND_LABEL[kind]}`)}
                  onStale={reload}
                />
              ) : (
                <>
                  <View className="batch-actions">
                    <ActionButton
                      className="wide-button"
                      type="primary"
                      size="large"
                      block
                      onClick={() => {
                        setNotice(null);
                        setMode('event');
                      }}
                      data-testid="record-event"
                    >
                      记录一个环节
                    </ActionButton>
                    <ActionButton
                      className="wide-button"
                      type="primary"
                      size="large"
                      block
                      onClick={() => {
                        setNotice(null);
                        setMode('document');
                      }}
                      data-testid="attach-document"
                    >
                      上传证明文件
                    </ActionButton>
                  </View>
                  {producer ? (
                    <CodesCard batch={batch} recalled={recalled} onIssued={reload} onStale={reload} onPrint={() => setMode('labels')} />
                  ) : null}
                </>
              )}

              <Card title="这批货的经过">
                <TraceSamplings samplings={batch.samplings} recalled={everRecalled} />
                <TraceTimeline events={batch.events} emptyText="还没有记录任何环节。点上面的“记录一个环节”。" />
                <TraceDocuments documents={batch.documents} emptyText="还没有上传证明文件。" recalled={everRecalled} />
              </Card>

              {producer && !recalled ? (
                <ActionButton
                  className="wide-button"
                  fill="outline"
                  type="danger"
                  block
                  onClick={() => setRecalling(true)}
                  data-testid="voluntary-recall"
                >
                  主动召回这批货
                </ActionButton>
              ) : null}
              {recalling ? (
                <VoluntaryRecallSheet
                  batchId={batch.id}
                  lot={batch.lot}
                  onCancel={() => setRecalling(false)}
                  onOpened={() => {
                    setRecalling(false);
                    done('已发出召回。收到这批货的商家和扫过码的顾客都会收到通知。');
                  }}
                  onStale={reload}
                />
              ) : null}
            </>
          );
        }}
      </AsyncView>
    </PageShell>
  );
}

function BatchFacts({ batch, producer }: { batch: Batch; producer: boolean }) {
  return (
    <Card title="批次信息">
      <View data-testid="batch-facts">
        <InfoRow label="商品条码" value={batch.product.gtin} />
        <InfoRow label="批号" value={batch.lot} testId="batch-lot" />
        <InfoRow label="生产日期" value={batch.productionDate} />
        <InfoRow label="保质期至" value={batch.expiryDate ?? '未填写'} />
        <InfoRow label="数量" value={`${batch.quantity} 件`} />
        <InfoRow label="已生成溯源码" value={`${batch.codesIssued} 个`} />
        <InfoRow label="来源" value={producer ? '本店生产' : '别的商家发来'} testId="batch-origin" />
      </View>
    </Card>
  );
}
