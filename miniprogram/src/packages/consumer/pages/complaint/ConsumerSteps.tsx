import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { RateComplaintOutcomeDocument, RespondToSettlementDocument, WithdrawComplaintDocument } from './complaint.generated';
import { ActionButton } from '@/components/ActionButton';
import { Card } from '@/components/Card';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { Notice } from '@/components/Notice';
import { TextAreaField } from '@/components/TextAreaField';
import { StarRating } from '@/components/complaint/StarRating';
import type { ComplaintSettlementView } from '@/components/complaint/types';
import { COMPLAINT_DEMAND_LABEL } from '@/domain/complaints';
import { yuan } from '@/domain/money';
import { useAction } from '@/hooks/use-action';
import '@/components/complaint/complaint.css';
import '@/components/workpoints.css';

/** Says what was done (a line at the top of the page) and reloads the complaint. */
export type StepDone = (message: string) => void;

interface StepProps {
  onDone: StepDone;
  /** The complaint moved on meanwhile (the offer was withdrawn, it was settled): the page loads it anew. */
  onStale: () => void;
}

/** 同意 / 不同意 on the shop's pending offer, each asked once more in a sheet. */
export function SettlementResponse({ settlement, onDone, onStale }: StepProps & { settlement: ComplaintSettlementView }) {
  const [answer, setAnswer] = useState<'accept' | 'decline' | null>(null);
  const [note, setNote] = useState('');
  const respond = useAction(RespondToSettlementDocument, (d) => d.respondToSettlement, { onStale });
  const what = `${COMPLAINT_DEMAND_LABEL[settlement.remedy]}${settlement.amountFen > 0 ? ` ${yuan(settlement.amountFen)}` : ''}`;

  function ask(which: 'accept' | 'decline') {
    respond.say(null);
    setAnswer(which);
  }

  async function confirm() {
    if (!answer) return;
    const accept = answer === 'accept';
    const answered = await respond.run({ input: { settlementId: settlement.id, accept, note: note.trim() } });
    if (!answered) return;
    setAnswer(null);
    onDone(
      accept
        ? '您已同意和解方案，投诉已和解。商家要按方案做到，做不到可以再投诉。'
        : '您没有同意这个方案，商家可以再提新的方案，您也可以申请调解。',
    );
  }

  return (
    <View className="actions">
      <ActionButton fill="outline" type="primary" onClick={() => ask('decline')} data-testid="settlement-decline">
        不同意
      </ActionButton>
      <ActionButton type="primary" onClick={() => ask('accept')} data-testid="settlement-accept">
        同意这个方案
      </ActionButton>
      <ConfirmSheet
        open={answer !== null}
        title={answer === 'accept' ? '同意和解方案' : '不同意这个方案'}
        confirmText={answer === 'accept' ? '确定同意' : '确定不同意'}
        busy={respond.busy}
        onConfirm={() => void confirm()}
        onCancel={() => setAnswer(null)}
        testId="settlement-sheet"
      >
        <Text className="complaint-sheet__text">
          商家的方案：{what}。{settlement.terms}
        </Text>
        <Text className="complaint-sheet__text">
          {answer === 'accept' ? '同意后投诉就算和解了，不能再申请调解。' : '不同意后，商家可以再提方案，您也可以请市场监管部门调解。'}
        </Text>
        <TextAreaField
          label={answer === 'accept' ? '想说的话（可不填）' : '为什么不同意（可不填，商家会看到）'}
          value={note}
          onChange={setNote}
          maxLength={300}
          testId="settlement-note"
          {...respond.fieldProps('note')}
        />
        <Notice notice={respond.notice} testId="settlement-notice" />
      </ConfirmSheet>
    </View>
  );
}

/** 1–5 stars on how it ended, once, with an optional comment. */
export function RateOutcome({ complaintId, onDone, onStale }: StepProps & { complaintId: string }) {
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState('');
  const rate = useAction(RateComplaintOutcomeDocument, (d) => d.rateComplaintOutcome, { onStale });
  const starsProblem = rate.fieldProps('stars');

  async function submit() {
    if (stars < 1) return rate.refuse('请先点星星打分', 'stars');
    const rated = await rate.run({ input: { complaintId, stars, comment: comment.trim() } });
    if (rated) onDone('谢谢您的评价');
  }

  return (
    <Card title="给处理结果打个分">
      <StarRating
        label="您对处理结果满意吗"
        value={stars}
        onChange={(n) => {
          starsProblem.onEdited();
          setStars(n);
        }}
      />
      <TextAreaField
        label="还想说的（可不填）"
        value={comment}
        onChange={setComment}
        maxLength={300}
        testId="rating-comment"
        {...rate.fieldProps('comment')}
      />
      <Notice notice={rate.notice} testId="rating-notice" />
      <ActionButton
        className="wide-button"
        type="primary"
        size="large"
        block
        loading={rate.busy}
        onClick={() => void submit()}
        data-testid="rating-submit"
      >
        提交评价
      </ActionButton>
    </Card>
  );
}

/** 撤回投诉, while it is still open; asked once more, since it ends the complaint. */
export function WithdrawComplaint({ complaintId, onDone, onStale }: StepProps & { complaintId: string }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const withdraw = useAction(WithdrawComplaintDocument, (d) => d.withdrawComplaint, { onStale });

  async function confirm() {
    const withdrawn = await withdraw.run({ input: { complaintId, note: note.trim() } });
    if (!withdrawn) return;
    setOpen(false);
    onDone('投诉已撤回');
  }

  return (
    <View className="complaint-gap">
      <ActionButton
        className="wide-button"
        fill="outline"
        type="danger"
        size="large"
        block
        onClick={() => {
          withdraw.say(null);
          setOpen(true);
        }}
        data-testid="withdraw"
      >
        撤回投诉
      </ActionButton>
      <ConfirmSheet
        open={open}
        title="撤回这条投诉？"
        confirmText="确定撤回"
        danger
        busy={withdraw.busy}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
        testId="withdraw-sheet"
      >
        <Text className="complaint-sheet__text">撤回后这条投诉就结束了，商家和市场监管部门不再处理。</Text>
        <TextAreaField
          label="撤回原因（可不填）"
          value={note}
          onChange={setNote}
          maxLength={300}
          testId="withdraw-note"
          {...withdraw.fieldProps('note')}
        />
        <Notice notice={withdraw.notice} testId="withdraw-notice" />
      </ConfirmSheet>
    </View>
  );
}
