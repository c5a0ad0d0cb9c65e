import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ProposeSettlementDocument } from './complaint.generated';
import type { ComplaintDemand } from '@gongfu/shared-types';
import { ActionButton } from '@/components/ActionButton';
import { ChoiceChips } from '@/components/ChoiceChips';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { Notice } from '@/components/Notice';
import { TextAreaField } from '@/components/TextAreaField';
import { TextField } from '@/components/TextField';
import { COMPLAINT_DEMANDS, COMPLAINT_DEMAND_LABEL, demandHasAmount, demandNeedsAmount } from '@/domain/complaints';
import { fenToYuanInput, parseYuanToFen, yuan } from '@/domain/money';
import { useAction } from '@/hooks/use-action';
import '@/components/complaint/complaint.css';

const REMEDY_CHOICES = COMPLAINT_DEMANDS.map((value) => ({ value, label: COMPLAINT_DEMAND_LABEL[value] }));

interface Offer {
  remedy: ComplaintDemand;
  amountFen: number;
  terms: string;
}

/**
 * 提出和解方案: what the shop will do, how much, and by when. Starts from what the consumer asked
 * for; once sent, the clock stops until the consumer answers.
 */
export function SettlementForm({
  complaintId,
  asked,
  onDone,
  onStale,
}: {
  complaintId: string;
  asked: { demand: ComplaintDemand; amountFen: number };
  onDone: (message: string) => void;
  /** The complaint moved on meanwhile (an offer is already pending, the deadline passed): the page loads it anew. */
  onStale: () => void;
}) {
  const [remedy, setRemedy] = useState<ComplaintDemand>(asked.demand);
  const [amount, setAmount] = useState(asked.amountFen > 0 ? fenToYuanInput(asked.amountFen) : '');
  const [terms, setTerms] = useState('');
  const [offer, setOffer] = useState<Offer | null>(null);
  const propose = useAction(ProposeSettlementDocument, (d) => d.proposeSettlement, { onStale });

  function review() {
    let amountFen = 0;
    if (demandHasAmount(remedy) && amount.trim()) {
      const fen = parseYuanToFen(amount);
      if (fen === null) return propose.refuse('金额请填数字，例如 25 或 25.50', 'amountFen');
      amountFen = fen;
    }
    if (demandNeedsAmount(remedy) && amountFen === 0) return propose.refuse(`${COMPLAINT_DEMAND_LABEL[remedy]}请填金额`, 'amountFen');
    const text = terms.trim();
    if (text.length < 4) return propose.refuse('请写清楚怎么做、什么时候做到（至少 4 个字）', 'terms');
    propose.say(null);
    setOffer({ remedy, amountFen, terms: text });
  }

  async function confirm() {
    if (!offer) return;
    const proposed = await propose.run({ input: { complaintId, ...offer } });
    if (!proposed) return;
    setOffer(null);
    setTerms('');
    onDone('方案已发给顾客。顾客答复前，期限暂停计算。');
  }

  return (
    <View data-testid="settlement-form">
      <Text className="complaint-intro">
        顾客要求：{COMPLAINT_DEMAND_LABEL[asked.demand]}
        {asked.amountFen > 0 ? ` ${yuan(asked.amountFen)}` : ''}
      </Text>
      <ChoiceChips label="您愿意怎么解决" choices={REMEDY_CHOICES} value={remedy} onChange={setRemedy} testId="settlement-remedy" />
      {demandHasAmount(remedy) ? (
        <TextField
          label={demandNeedsAmount(remedy) ? '金额（元）' : '金额（元，可不填）'}
          kind="digit"
          value={amount}
          onChange={setAmount}
          placeholder="例如 25.50"
          maxLength={12}
          testId="settlement-amount"
          {...propose.fieldProps('amountFen')}
        />
      ) : null}
      <TextAreaField
        label="具体怎么做"
        value={terms}
        onChange={setTerms}
        placeholder="例如：3 天内把 25 元退到顾客微信；上门换一台新的"
        maxLength={300}
        testId="settlement-terms"
        {...propose.fieldProps('terms')}
      />
      <Notice notice={offer ? null : propose.notice} testId="settlement-form-notice" />
      <ActionButton className="wide-button" type="primary" size="large" block onClick={review} data-testid="settlement-review">
        提出和解方案
      </ActionButton>
      <ConfirmSheet
        open={offer !== null}
        title="把这个方案发给顾客？"
        confirmText="发给顾客"
        busy={propose.busy}
        onConfirm={() => void confirm()}
        onCancel={() => setOffer(null)}
        testId="settlement-confirm"
      >
        {offer ? (
          <>
            <Text className="complaint-sheet__text" data-testid="settlement-confirm-what">
              {COMPLAINT_DEMAND_LABEL[offer.remedy]}
              {offer.amountFen > 0 ? ` ${yuan(offer.amountFen)}` : ''}：{offer.terms}
            </Text>
            <Text className="complaint-sheet__text">顾客同意后投诉就和解了，您要按方案做到。</Text>
          </>
        ) : null}
        <Notice notice={propose.notice} testId="settlement-sheet-notice" />
      </ConfirmSheet>
    </View>
  );
}
