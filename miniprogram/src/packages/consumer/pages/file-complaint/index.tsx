import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import { FileComplaintDocument } from './file-complaint.generated';
import type { ComplaintCategory, ComplaintDemand, ComplaintSource } from '@gongfu/shared-types';
import { ActionButton } from '@/components/ActionButton';
import { Card, InfoRow } from '@/components/Card';
import { ChoiceChips } from '@/components/ChoiceChips';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { Notice } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { PhotoPicker, usePhotoUploads } from '@/components/PhotoPicker';
import { TextAreaField } from '@/components/TextAreaField';
import { TextField } from '@/components/TextField';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_LABEL,
  COMPLAINT_DEMANDS,
  COMPLAINT_DEMAND_LABEL,
  demandHasAmount,
  demandNeedsAmount,
} from '@/domain/complaints';
import { parseYuanToFen, yuan } from '@/domain/money';
import { useAction } from '@/hooks/use-action';
import { useSubscribeAsk } from '@/hooks/use-subscribe-ask';
import { usePageParams } from '@/hooks/use-page-params';
import { ROUTES, withParams } from '@/routes';
import { ChosenMerchant, MerchantSearch, TraceCodeMerchant, odrLine, type MerchantChoice } from './MerchantPicker';
import '@/components/complaint/complaint.css';
import './index.css';

const CATEGORY_CHOICES = COMPLAINT_CATEGORIES.map((value) => ({ value, label: COMPLAINT_CATEGORY_LABEL[value] }));
const DEMAND_CHOICES = COMPLAINT_DEMANDS.map((value) => ({ value, label: COMPLAINT_DEMAND_LABEL[value] }));
const MAX_EVIDENCE = 6;
const NARRATIVE_MIN = 10;

interface ComplaintDraft {
  merchant: MerchantChoice;
  category: ComplaintCategory;
  narrative: string;
  demand: ComplaintDemand;
  amountFen: number;
  evidence: string[];
}

/**
 * 我要投诉: which business (searched, or the maker of a scanned product), what happened, what the
 * consumer wants, photos; then a summary to confirm. One idempotency key per form (until the BFF
 * answers), so a double tap or a retry after a lost answer files one complaint.
 */
export default function FileComplaintPage() {
  const params = usePageParams();
  const traceCode = params.traceCode?.trim() || null;
  // An order page may hand over the business it knows.
  const fromOrder = params.merchantId && params.merchantName ? params : null;
  const source: ComplaintSource = traceCode ? 'SCAN' : fromOrder ? 'ORDER' : 'SEARCH';

  const [merchant, setMerchant] = useState<MerchantChoice | null>(() =>
    fromOrder
      ? {
          id: fromOrder.merchantId!,
          name: fromOrder.merchantName!,
          creditCode: fromOrder.creditCode ?? '',
          address: fromOrder.address ?? '',
          odr: fromOrder.odr === 'true',
        }
      : null,
  );
  const [lookup, setLookup] = useState<'pending' | 'missing' | 'done'>(traceCode ? 'pending' : 'done');
  const found = useCallback((m: MerchantChoice) => {
    setMerchant(m);
    setLookup('done');
  }, []);
  const missing = useCallback(() => setLookup('missing'), []);

  return (
    <PageShell>
      <Text className="page-title">我要投诉</Text>
      <Text className="complaint-intro">说清楚是哪家店、出了什么事、想怎么解决。每一步处理都会通知您，也能随时在“我的投诉”里查看。</Text>
      <Card>
        {lookup === 'pending' && traceCode ? (
          <TraceCodeMerchant code={traceCode} onFound={found} onMissing={missing} />
        ) : merchant ? (
          <ChosenMerchant merchant={merchant} onChange={() => setMerchant(null)} />
        ) : (
          <>
            {lookup === 'missing' ? (
              <Text className="complaint-warning" data-testid="trace-merchant-missing">
                这个商品的商家还没有在本平台登记，请输入店名查找。
              </Text>
            ) : null}
            <MerchantSearch onPick={setMerchant} />
          </>
        )}
      </Card>
      {lookup !== 'pending' ? <ComplaintForm merchant={merchant} source={source} traceCode={traceCode} /> : null}
    </PageShell>
  );
}

function ComplaintForm({
  merchant,
  source,
  traceCode,
}: {
  merchant: MerchantChoice | null;
  source: ComplaintSource;
  traceCode: string | null;
}) {
  const [category, setCategory] = useState<ComplaintCategory | null>(traceCode ? 'FOOD_SAFETY' : null);
  const [narrative, setNarrative] = useState('');
  const [demand, setDemand] = useState<ComplaintDemand | null>(null);
  const [amount, setAmount] = useState('');
  const uploads = usePhotoUploads(MAX_EVIDENCE);
  const [draft, setDraft] = useState<ComplaintDraft | null>(null);
  const file = useAction(FileComplaintDocument, (d) => d.fileComplaint);
  const subscribe = useSubscribeAsk(['COMPLAINT']);
  // The business is picked above the form: once it is, "请先找到要投诉的商家" has been seen to.
  const merchantPicked = file.fieldProps('merchantId').onEdited;
  useEffect(() => {
    if (merchant) merchantPicked();
  }, [merchant, merchantPicked]);

  function review() {
    const text = narrative.trim();
    if (!merchant) return file.refuse('请先找到要投诉的商家', 'merchantId');
    if (!category) return file.refuse('请选是哪方面的问题', 'category');
    if (text.length < NARRATIVE_MIN) return file.refuse(`请把经过说清楚一些（至少 ${NARRATIVE_MIN} 个字）`, 'narrative');
    if (!demand) return file.refuse('请选您希望商家怎么解决', 'demand');
    let amountFen = 0;
    if (demandHasAmount(demand) && amount.trim()) {
      const fen = parseYuanToFen(amount);
      if (fen === null) return file.refuse('金额请填数字，例如 25 或 25.50', 'amountFen');
      amountFen = fen;
    }
    if (demandNeedsAmount(demand) && amountFen === 0) return file.refuse(`要求${COMPLAINT_DEMAND_LABEL[demand]}，请填金额`, 'amountFen');
    if (uploads.uploading) return file.refuse('照片还在上传，请稍等', 'evidence');
    if (uploads.failed) return file.refuse('有照片没传上，请重传或删除', 'evidence');
    file.say(null);
    setDraft({ merchant, category, narrative: text, demand, amountFen, evidence: uploads.keys });
  }

  async function confirm() {
    if (!draft) return;
    // WeChat asks "allow messages?" only straight from a tap, so before the request goes out.
    subscribe.ask();
    const filed = await file.run({
      input: {
        merchantId: draft.merchant.id,
        category: draft.category,
        narrative: draft.narrative,
        demand: draft.demand,
        amountFen: draft.amountFen,
        evidence: draft.evidence,
        source,
        traceCode,
        // One attempt per form, whatever is changed in it meanwhile: every tap and retry sends the
        // same key until the BFF has answered.
        idempotencyKey: file.keyFor('complaint'),
      },
    });
    if (!filed) return;
    setDraft(null);
    // The form is done with: going back from the complaint should not land on it again.
    void Taro.redirectTo({ url: withParams(ROUTES.consumerComplaint, { id: filed.id }) });
  }

  const showAmount = demand === null || demandHasAmount(demand);
  return (
    <Card>
      <ChoiceChips
        label="哪方面的问题"
        choices={CATEGORY_CHOICES}
        value={category}
        onChange={setCategory}
        testId="complaint-category"
        {...file.fieldProps('category')}
      />
      <TextAreaField
        label="发生了什么"
        value={narrative}
        onChange={setNarrative}
        placeholder="什么时候、在哪里买了什么、出了什么问题、找过商家没有"
        maxLength={1000}
        testId="complaint-narrative-input"
        {...file.fieldProps('narrative')}
      />
      <ChoiceChips
        label="希望怎么解决"
        choices={DEMAND_CHOICES}
        value={demand}
        onChange={setDemand}
        testId="complaint-demand-input"
        {...file.fieldProps('demand')}
      />
      {showAmount ? (
        <TextField
          label={demand && demandNeedsAmount(demand) ? '金额（元）' : '涉及金额（元，可不填）'}
          kind="digit"
          value={amount}
          onChange={setAmount}
          placeholder="例如 25.50"
          maxLength={12}
          testId="complaint-amount-input"
          {...file.fieldProps('amountFen')}
        />
      ) : null}
      <View className="field">
        <Text className="field__label">证据照片（可不传，最多 {MAX_EVIDENCE} 张）</Text>
        <Text className="complaint-intro">小票、商品、包装的照片都有用。只有您、商家和市场监管部门能看到。</Text>
        <PhotoPicker uploads={uploads} testId="evidence-photos" {...file.fieldProps('evidence')} />
      </View>
      <Notice notice={draft ? null : file.notice} testId="file-notice" />
      <ActionButton className="wide-button" type="primary" size="large" block onClick={review} data-testid="file-review">
        下一步：核对投诉
      </ActionButton>
      <ConfirmSheet
        open={draft !== null}
        title="核对后提交投诉"
        confirmText="提交投诉"
        busy={file.busy}
        onConfirm={() => void confirm()}
        onCancel={() => setDraft(null)}
        testId="file-confirm"
      >
        {draft ? (
          <View className="file-complaint__summary">
            <InfoRow label="商家" value={draft.merchant.name} />
            <InfoRow label="问题" value={COMPLAINT_CATEGORY_LABEL[draft.category]} />
            <InfoRow
              label="要求"
              value={`${COMPLAINT_DEMAND_LABEL[draft.demand]}${draft.amountFen > 0 ? ` ${yuan(draft.amountFen)}` : ''}`}
            />
            <InfoRow label="照片" value={`${draft.evidence.length} 张`} />
            <Text className="complaint-sheet__text">{odrLine(draft.merchant)}</Text>
          </View>
        ) : null}
        <Notice notice={file.notice} testId="file-sheet-notice" />
      </ConfirmSheet>
    </Card>
  );
}
