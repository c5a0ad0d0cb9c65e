import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { RecordSamplingDocument, SamplingBatchDocument, type RecordSamplingMutation, type SamplingBatchQuery } from './sampling.generated';
import type { RecallClass, RecordSamplingInput } from '@gongfu/shared-types';
import { ActionButton } from '@/components/ActionButton';
import { Card, InfoRow } from '@/components/Card';
import { ChoiceChips, type Choice } from '@/components/ChoiceChips';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { DateField } from '@/components/DateField';
import { Notice } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { ScanOrPaste } from '@/components/ScanOrPaste';
import { TextField } from '@/components/TextField';
import { chinaToday } from '@/domain/china-time';
import { RECALL_CLASS_HINT, RECALL_CLASS_LABEL, recallProgressLine } from '@/domain/recall';
import { useAction, type Made } from '@/hooks/use-action';
import { ROUTES, withParams } from '@/routes';
import '@/components/trace-list.css';
import '@/components/workpoints.css';

type Batch = SamplingBatchQuery['traceBatchByCode'];
type Recorded = Made<RecordSamplingMutation['recordSamplingResult']>;
type Verdict = 'PASSED' | 'FAILED';
type Cause = 'BATCH' | 'INGREDIENTS';

const VERDICTS: Choice<Verdict>[] = [
  { value: 'PASSED', label: '合格' },
  { value: 'FAILED', label: '不合格' },
];

const RECALL_CLASSES: Choice<RecallClass>[] = (['CLASS_I', 'CLASS_II', 'CLASS_III'] as const).map((value) => ({
  value,
  label: RECALL_CLASS_LABEL[value],
  hint: RECALL_CLASS_HINT[value],
}));

const CAUSES: Choice<Cause>[] = [
  { value: 'BATCH', label: '就是这批货', hint: '召回这批货，以及用它加工的批次' },
  { value: 'INGREDIENTS', label: '出在它用的原料', hint: '连同原料批次、用这些原料加工的其他批次一起召回' },
];

interface SamplingForm {
  agency: string;
  sampledOn: string;
  reportNo: string;
  findings: string;
  verdict: Verdict | null;
  recallClass: RecallClass | null;
  cause: Cause;
}

const emptyForm = (): SamplingForm => ({
  agency: '',
  sampledOn: chinaToday(),
  reportNo: '',
  findings: '',
  verdict: null,
  recallClass: null,
  cause: 'BATCH',
});

/**
 * What is wrong with the form, in the words of the BFF's own limits, and the input at fault (as
 * RecordSamplingInput names it); null when it can be sent.
 */
function problemOf(form: SamplingForm): { message: string; field: keyof RecordSamplingInput } | null {
  const length = (text: string) => text.trim().length;
  if (length(form.agency) < 2 || length(form.agency) > 60) return { message: '请填写检验机构（2 到 60 个字）', field: 'agency' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.sampledOn)) return { message: '请选择抽样日期', field: 'sampledOn' };
  if (form.sampledOn > chinaToday()) return { message: '抽样日期不能晚于今天', field: 'sampledOn' };
  if (length(form.reportNo) < 2 || length(form.reportNo) > 40) return { message: '请填写报告编号（2 到 40 个字）', field: 'reportNo' };
  if (length(form.findings) < 2 || length(form.findings) > 300)
    return { message: '请填写检验项目与结论（2 到 300 个字）', field: 'findings' };
  if (!form.verdict) return { message: '请选择结果：合格还是不合格', field: 'passed' };
  if (form.verdict === 'FAILED' && !form.recallClass) return { message: '不合格要选择召回级别', field: 'recallClass' };
  return null;
}

/**
 * 登记抽检: find the sampled batch by its trace code, record the official result; a failed one
 * opens a recall of the chosen class at once, which this page then links to.
 */
export default function SamplingPage() {
  const [code, setCode] = useState('');
  const [batch, setBatch] = useState<Batch | null>(null);
  const [form, setForm] = useState<SamplingForm>(emptyForm);
  const [confirming, setConfirming] = useState(false);
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const find = useAction(SamplingBatchDocument, (d) => d.traceBatchByCode);
  const record = useAction(RecordSamplingDocument, (d) => d.recordSamplingResult);

  const edit = (change: Partial<SamplingForm>) => setForm((previous) => ({ ...previous, ...change }));

  async function findBatch(text: string) {
    const trimmed = text.trim();
    if (!trimmed) return find.refuse('请先扫或粘贴这批货上的溯源码', 'code');
    const found = await find.run({ code: trimmed });
    if (found) setBatch(found);
  }

  function changeCode(text: string) {
    setCode(text);
    setBatch(null);
  }

  function review() {
    const problem = problemOf(form);
    if (problem) return record.refuse(problem.message, problem.field);
    record.say(null);
    setConfirming(true);
  }

  async function confirm() {
    if (!batch || !form.verdict) return;
    const failed = form.verdict === 'FAILED';
    const done = await record.run({
      input: {
        batchId: batch.id,
        passed: !failed,
        agency: form.agency.trim(),
        sampledOn: form.sampledOn,
        reportNo: form.reportNo.trim(),
        findings: form.findings.trim(),
        recallClass: failed ? form.recallClass : null,
        includeIngredients: failed && form.cause === 'INGREDIENTS',
      },
    });
    setConfirming(false);
    if (done) setRecorded(done);
  }

  function startOver() {
    setRecorded(null);
    setBatch(null);
    setCode('');
    setForm(emptyForm());
    find.say(null);
    record.say(null);
  }

  if (recorded && batch) return <RecordedResult recorded={recorded} batch={batch} onNext={startOver} />;

  const failed = form.verdict === 'FAILED';
  return (
    <PageShell>
      <Text className="page-title">登记抽检</Text>
      <Card title="第一步：找到抽检的批次">
        <ScanOrPaste
          label="这批货上的溯源码"
          value={code}
          onChange={changeCode}
          // A scanned code comes whole: look it up at once.
          onScan={(scanned) => void findBatch(scanned)}
          scanText="扫商品上的溯源码"
          placeholder="粘贴溯源码或链接，例如 https://…/01/…/10/…"
          testId="sampling-code"
          {...find.fieldProps('code')}
        />
        <Notice notice={find.notice} testId="sampling-find-notice" />
        {process.env.TARO_ENV === 'weapp' ? null : (
          <ActionButton
            className="wide-button"
            type="primary"
            fill={batch ? 'outline' : 'solid'}
            size="large"
            block
            loading={find.busy}
            onClick={() => void findBatch(code)}
            data-testid="sampling-find"
          >
            查找批次
          </ActionButton>
        )}
      </Card>

      {batch ? (
        <>
          <BatchCard batch={batch} />
          <Card title="第二步：填写抽检结果" className="trace-choices">
            <TextField
              label="检验机构"
              value={form.agency}
              onChange={(agency) => edit({ agency })}
              placeholder="例如：浦江县食品检验检测中心"
              maxLength={60}
              testId="sampling-agency"
              {...record.fieldProps('agency')}
            />
            <DateField label="抽样日期" value={form.sampledOn} onChange={(sampledOn) => edit({ sampledOn })} testId="sampling-date" />
            <TextField
              label="报告编号"
              value={form.reportNo}
              onChange={(reportNo) => edit({ reportNo })}
              placeholder="检验报告上的编号"
              maxLength={40}
              testId="sampling-report"
              {...record.fieldProps('reportNo')}
            />
            <TextField
              label="检验项目与结论"
              value={form.findings}
              onChange={(findings) => edit({ findings })}
              placeholder="例如：恩诺沙星 120 μg/kg，超过限量"
              maxLength={300}
              testId="sampling-findings"
              {...record.fieldProps('findings')}
            />
            <ChoiceChips
              label="结果"
              choices={VERDICTS}
              value={form.verdict}
              onChange={(verdict) => edit({ verdict })}
              testId="sampling-verdict"
            />
            {failed ? (
              <>
                <ChoiceChips
                  label="召回级别（不合格必选）"
                  choices={RECALL_CLASSES}
                  value={form.recallClass}
                  onChange={(recallClass) => edit({ recallClass })}
                  stacked
                  testId="sampling-class"
                />
                <ChoiceChips
                  label="问题出在哪里"
                  choices={CAUSES}
                  value={form.cause}
                  onChange={(cause) => edit({ cause })}
                  stacked
                  testId="sampling-cause"
                />
              </>
            ) : null}
            <Notice notice={record.notice} testId="sampling-notice" />
            <ActionButton
              className="wide-button"
              type={failed ? 'danger' : 'primary'}
              size="large"
              block
              onClick={review}
              data-testid="sampling-submit"
            >
              {failed ? '登记不合格并发起召回' : '登记结果'}
            </ActionButton>
          </Card>
        </>
      ) : null}

      <ConfirmSheet
        open={confirming && batch !== null}
        title={failed ? '确认不合格，发起召回' : '确认登记抽检结果'}
        confirmText={failed ? '确定，发起召回' : '确定登记'}
        danger={failed}
        busy={record.busy}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
        testId="sampling-confirm"
      >
        {batch ? (
          <Text className="trace-row__title">
            {batch.product.name} · 批号 {batch.lot}
          </Text>
        ) : null}
        <Text className="trace-row__text">
          {form.sampledOn} {form.agency.trim()} · 报告 {form.reportNo.trim()}
        </Text>
        <Text className="trace-row__text">
          {failed ? '不合格' : '合格'}：{form.findings.trim()}
        </Text>
        {failed && form.recallClass ? (
          <Text className="trace-row__text notice--error">
            确定后立即发起{RECALL_CLASS_LABEL[form.recallClass]}
            {form.cause === 'INGREDIENTS' ? '（连同原料批次）' : ''}：通知经手的商家下架，提醒扫过码的消费者。
          </Text>
        ) : null}
      </ConfirmSheet>
    </PageShell>
  );
}

function BatchCard({ batch }: { batch: Batch }) {
  const failedBefore = batch.samplings.filter((s) => !s.passed).length;
  const openRecall = batch.recalls.find((r) => r.status === 'OPEN');
  return (
    <Card title={batch.product.name}>
      <View data-testid="sampling-batch">
        <InfoRow label="商品条码" value={batch.product.gtin} />
        <InfoRow label="批号" value={batch.lot} />
        <InfoRow label="生产日期" value={batch.productionDate} />
        <InfoRow label="数量" value={`${batch.quantity} 件`} />
        <InfoRow
          label="以前抽检"
          value={
            batch.samplings.length === 0
              ? '没有'
              : `${batch.samplings.length} 次${failedBefore ? `，${failedBefore} 次不合格` : '，都合格'}`
          }
        />
      </View>
      {openRecall ? (
        <Text className="trace-row__text notice--error" data-testid="sampling-open-recall">
          这个批次已在{RECALL_CLASS_LABEL[openRecall.recallClass]}中；再登记不合格，会并入这次召回。
        </Text>
      ) : null}
    </Card>
  );
}

function RecordedResult({ recorded, batch, onNext }: { recorded: Recorded; batch: Batch; onNext: () => void }) {
  const recall = recorded.recall;
  return (
    <PageShell>
      <View className={recorded.passed ? 'result result--ok' : 'result result--fail'} data-testid="sampling-result">
        <Text className="result__title">{recorded.passed ? '已登记：合格' : '已登记：不合格'}</Text>
        <Text className="result__text">
          {batch.product.name} · 批号 {batch.lot}
        </Text>
        <Text className="result__text">
          {recorded.sampledOn} {recorded.agency} · 报告 {recorded.reportNo}
        </Text>
        {recall ? (
          <>
            <Text className="result__text" data-testid="sampling-recall">
              已发起{RECALL_CLASS_LABEL[recall.recallClass]}：{recall.reason}
            </Text>
            <Text className="result__text">{recallProgressLine(recall.progress)}</Text>
          </>
        ) : null}
      </View>
      {recall ? (
        <ActionButton
          className="wide-button block-gap"
          type="danger"
          size="large"
          block
          onClick={() => void Taro.navigateTo({ url: withParams(ROUTES.regulatorRecall, { id: recall.id }) })}
          data-testid="sampling-open-recall-link"
        >
          查看召回进度
        </ActionButton>
      ) : null}
      <ActionButton className="wide-button" type="primary" fill="outline" size="large" block onClick={onNext} data-testid="sampling-next">
        再登记一份
      </ActionButton>
    </PageShell>
  );
}
