import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { TakePointsDocument } from './take-points.generated';
import { ActionButton } from '@/components/ActionButton';
import { Card } from '@/components/Card';
import { Notice } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { ScanOrPaste } from '@/components/ScanOrPaste';
import { TextField, parseWholeNumber } from '@/components/TextField';
import { describeTakePoints, type TakePointsOutcome } from '@/domain/workpoints';
import { useAction } from '@/hooks/use-action';
import { usePageParams } from '@/hooks/use-page-params';
import { ROUTES } from '@/routes';
import '@/components/workpoints.css';
import './index.css';

const MAX_POINTS = 100_000;

/**
 * 收工分: the shop reads the villager's payment code, types the points, and sees at a glance
 * whether they were paid. Each payment is one attempt with its own idempotency key, kept only
 * while a lost answer is being retried. A code that cannot be used, or a villager with too few
 * points, is the attempt's result and shown as big as a payment; any other refusal lands on the form.
 */
export default function TakePointsPage() {
  // Opened from the 扫一扫 tab with the code it read.
  const params = usePageParams();
  const [code, setCode] = useState(params.code ?? '');
  const [amount, setAmount] = useState('');
  const [outcome, setOutcome] = useState<TakePointsOutcome | null>(null);
  const take = useAction(TakePointsDocument, (d) => describeTakePoints(d.takePoints));

  async function submit() {
    const points = parseWholeNumber(amount);
    if (!code) return take.refuse(process.env.TARO_ENV === 'weapp' ? '请先扫村民的付款码' : '请先扫或粘贴村民的付款码', 'code');
    if (points === null || points < 1 || points > MAX_POINTS) return take.refuse('请输入要收的工分（1 到 100000 之间的整数）', 'points');
    const result = await take.run({ input: { code, points, idempotencyKey: take.keyFor(code) } });
    if (result) setOutcome(result);
  }

  /** After a payment everything is cleared; after a refusal what still holds is kept. */
  function next(keep: 'nothing' | 'amount' | 'both') {
    setOutcome(null);
    if (keep !== 'both') setCode('');
    if (keep === 'nothing') setAmount('');
    take.say(null);
  }

  if (outcome) return <TakeResult outcome={outcome} onNext={next} />;

  return (
    <PageShell className="take">
      <Text className="page-title">收工分</Text>
      <Card>
        <ScanOrPaste
          label="村民的付款码"
          value={code}
          onChange={setCode}
          scanText="扫村民的付款码"
          placeholder="粘贴村民的付款码"
          testId="take-code-input"
          {...take.fieldProps('code')}
        />
        <TextField
          label="收多少工分"
          kind="number"
          value={amount}
          onChange={setAmount}
          placeholder="例如 10"
          maxLength={6}
          testId="take-points-amount"
          {...take.fieldProps('points')}
        />
        <Notice notice={take.notice} testId="take-notice" />
        <ActionButton
          className="wide-button"
          type="primary"
          size="large"
          block
          loading={take.busy}
          onClick={() => void submit()}
          data-testid="take-points-submit"
        >
          收工分
        </ActionButton>
      </Card>
      <Text className="muted">付款码一分钟内有效，每个码只能收一次。收到的工分由村里按标准和您结算。</Text>
      <ActionButton
        className="wide-button"
        fill="outline"
        type="primary"
        block
        onClick={() => void Taro.navigateTo({ url: ROUTES.merchantIncome })}
      >
        看我的收入
      </ActionButton>
    </PageShell>
  );
}

function TakeResult({ outcome, onNext }: { outcome: TakePointsOutcome; onNext: (keep: 'nothing' | 'amount' | 'both') => void }) {
  const keep = outcome.kind === 'paid' ? 'nothing' : outcome.rescan ? 'amount' : 'both';
  return (
    <PageShell className="take">
      {outcome.kind === 'paid' ? (
        <View className="result result--ok take__result" data-testid="take-result" data-kind="paid">
          <Text className="result__title">收款成功</Text>
          <Text className="result__big" data-testid="take-result-points">
            +{outcome.points} 工分
          </Text>
          <Text className="result__text" data-testid="take-result-payer">
            付款村民：{outcome.payerName}
          </Text>
        </View>
      ) : (
        <View className="result result--fail take__result" data-testid="take-result" data-kind="refused">
          <Text className="result__title">{outcome.title}</Text>
          <Text className="result__text" data-testid="take-result-message">
            {outcome.message}
          </Text>
        </View>
      )}
      <ActionButton className="wide-button" type="primary" size="large" block onClick={() => onNext(keep)} data-testid="take-next">
        {keep === 'nothing' ? '收下一笔' : keep === 'amount' ? '请村民刷新付款码，重新扫' : '改一下工分再收'}
      </ActionButton>
    </PageShell>
  );
}
