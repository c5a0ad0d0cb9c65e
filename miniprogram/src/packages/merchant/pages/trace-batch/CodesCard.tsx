import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { IssueTraceCodesDocument, TraceCodesDocument, type IssueTraceCodesMutation } from './trace-batch.generated';
import { toApiError } from '@/api/api-error';
import { ActionButton } from '@/components/ActionButton';
import { Card, InfoRow } from '@/components/Card';
import { ConfirmSheet, ResultSheet } from '@/components/ConfirmSheet';
import { Notice } from '@/components/Notice';
import { PagedView } from '@/components/PagedView';
import { TextField, parseWholeNumber } from '@/components/TextField';
import { useAction } from '@/hooks/use-action';
import { usePagedQuery } from '@/hooks/use-paged-query';
import { downloadCodesCsv } from './download-codes';

/** The BFF issues at most this many serials in one call. */
export const MAX_CODES_AT_ONCE = 10_000;

interface CodesBatch {
  id: string;
  lot: string;
  quantity: number;
  codesIssued: number;
  product: { gtin: string };
}

type Issued = Extract<IssueTraceCodesMutation['issueTraceCodes'], { __typename: 'IssuedTraceCodes' }>;

/** Why this many codes cannot be issued now, or null. */
export function issueCountProblem(count: number | null, remaining: number): string | null {
  if (remaining <= 0) return '这批货每件都已经有码了，不能再生成';
  if (count === null || count < 1) return '请填要生成多少个码（整数）';
  if (count > MAX_CODES_AT_ONCE) return `一次最多生成 ${MAX_CODES_AT_ONCE} 个码，请分几次生成`;
  if (count > remaining) return `这批货还能生成 ${remaining} 个码（码不能多于件数）`;
  return null;
}

/**
 * 溯源码 of a batch its producer made: issue more (one per pack, up to 10,000 at a time), see
 * them page by page, take them all as a CSV table, or open the printable QR labels. `onStale`
 * reloads the batch when the BFF says it changed meanwhile (recalled since the page was opened).
 */
export function CodesCard({
  batch,
  recalled,
  onIssued,
  onStale,
  onPrint,
}: {
  batch: CodesBatch;
  recalled: boolean;
  onIssued: () => void;
  onStale: () => void;
  onPrint: () => void;
}) {
  const remaining = batch.quantity - batch.codesIssued;
  const codes = usePagedQuery(TraceCodesDocument, (d) => d.traceCodes, { batchId: batch.id }, 20);
  const [listing, setListing] = useState(false);
  const [count, setCount] = useState(() => String(Math.max(0, Math.min(remaining, MAX_CODES_AT_ONCE))));
  const [confirming, setConfirming] = useState<number | null>(null);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [downloading, setDownloading] = useState(false);
  const issue = useAction(IssueTraceCodesDocument, (d) => d.issueTraceCodes, { onStale });

  function ask() {
    const wanted = parseWholeNumber(count);
    const problem = issueCountProblem(wanted, remaining);
    if (problem) return issue.refuse(problem, 'count');
    issue.say(null);
    setConfirming(wanted);
  }

  async function confirm(wanted: number) {
    const done = await issue.run({ input: { batchId: batch.id, count: wanted } });
    setConfirming(null);
    if (!done) return;
    setIssued(done);
    setCount('');
    codes.reload();
    onIssued();
  }

  // The card has one line for what just happened: the download's outcome is said there too.
  async function download() {
    setDownloading(true);
    issue.say(null);
    const fileName = `溯源码-${batch.product.gtin}-${batch.lot}.csv`;
    try {
      const outcome = await downloadCodesCsv(batch.id, fileName);
      issue.say({
        tone: 'success',
        text: outcome === 'saved' ? `表格已下载：${fileName}` : '表格已发送，请在电脑上打开这条聊天里的文件',
      });
    } catch (error) {
      issue.say({ tone: 'error', text: toApiError(error).message });
    } finally {
      setDownloading(false);
    }
  }

  return (
    <Card title="溯源码">
      <InfoRow label="已生成" value={`${batch.codesIssued} 个码`} testId="codes-issued" />
      <InfoRow label="还能生成" value={`${Math.max(0, remaining)} 个`} />
      {recalled ? (
        <Text className="trace-row__meta">这批货正在召回，不能再生成新码。</Text>
      ) : remaining > 0 ? (
        <>
          <TextField
            label="这次生成多少个码"
            kind="number"
            value={count}
            onChange={setCount}
            maxLength={5}
            hint={`一件货一个码，一次最多 ${MAX_CODES_AT_ONCE} 个。`}
            testId="issue-count"
            {...issue.fieldProps('count')}
          />
          <ActionButton className="wide-button" type="primary" size="large" block onClick={ask} data-testid="issue-codes">
            生成溯源码
          </ActionButton>
        </>
      ) : (
        <Text className="trace-row__meta">这批货每件都有码了。</Text>
      )}
      <Notice notice={issue.notice} testId="codes-notice" />

      {batch.codesIssued > 0 ? (
        <View className="codes-actions">
          <ActionButton
            className="wide-button"
            fill="outline"
            type="primary"
            block
            loading={downloading}
            onClick={() => void download()}
            data-testid="download-codes"
          >
            下载全部码（表格文件）
          </ActionButton>
          <ActionButton className="wide-button" fill="outline" type="primary" block onClick={onPrint} data-testid="print-labels">
            打印二维码标签
          </ActionButton>
          <ActionButton
            className="wide-button"
            fill="outline"
            type="primary"
            block
            onClick={() => setListing((on) => !on)}
            data-testid="list-codes"
          >
            {listing ? '收起码的清单' : '看每个码的序号和链接'}
          </ActionButton>
        </View>
      ) : null}

      {listing ? (
        <PagedView query={codes} emptyTitle="还没有生成码" emptyHint="填好数量，点“生成溯源码”。" loadMoreTestId="codes-more">
          {(items) =>
            items.map((code) => (
              <View key={code.serial} className="trace-row" data-testid="trace-code" data-serial={code.serial}>
                <Text className="trace-row__title">序号 {code.serial}</Text>
                <Text className="trace-row__meta">{code.link}</Text>
              </View>
            ))
          }
        </PagedView>
      ) : null}

      <ConfirmSheet
        open={confirming !== null}
        title={`生成 ${confirming ?? 0} 个溯源码？`}
        confirmText="生成"
        busy={issue.busy}
        onConfirm={() => confirming !== null && void confirm(confirming)}
        onCancel={() => setConfirming(null)}
        testId="issue-confirm"
      >
        <Text>
          批号 {batch.lot}，序号接着已有的往后排（已有 {batch.codesIssued} 个）。码生成后不能删除，请按实际件数生成。
        </Text>
      </ConfirmSheet>
      {issued ? (
        <ResultSheet onClose={() => setIssued(null)} testId="issue-result">
          <View className="result result--ok">
            <Text className="result__title">已生成</Text>
            <Text className="result__big" data-testid="issue-result-count">
              {issued.issued} 个码
            </Text>
            <Text className="result__text" data-testid="issue-result-range">
              序号 {issued.firstSerial} 到 {issued.lastSerial}
            </Text>
            <Text className="result__text">可以下载表格交给印刷厂，或直接打印二维码标签。</Text>
          </View>
        </ResultSheet>
      ) : null}
    </Card>
  );
}
