import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ariaRole } from '@/components/a11y';
import { ActionButton } from '@/components/ActionButton';
import { PageShell } from '@/components/PageShell';
import { QrCode } from '@/components/QrCode';
import { ErrorRetry, LoadingState } from '@/components/StatusViews';
import { usePaymentCode } from './use-payment-code';
import '@/components/workpoints.css';
import './index.css';

/**
 * 我的付款码: the villager shows it at a village shop, which scans it to take points. It changes
 * by itself before it expires, and works once.
 */
export default function PayCodePage() {
  const payment = usePaymentCode();
  const [showText, setShowText] = useState(false);

  if (payment.code === null) {
    return (
      <PageShell className="pay-code">
        {payment.error ? <ErrorRetry error={payment.error} onRetry={payment.refresh} /> : <LoadingState />}
      </PageShell>
    );
  }

  if (payment.paid) {
    return (
      <PageShell className="pay-code">
        <View className="pay-code__card" {...ariaRole('status')} data-testid="pay-code-paid">
          <Text className="pay-code__title">付款成功</Text>
          <Text className="pay-code__paid">
            {payment.paid.shopName} 收了您 {payment.paid.points} 工分
          </Text>
          <Text className="pay-code__balance">
            您现在还有 <Text data-testid="pay-code-balance-after">{payment.paid.balance}</Text> 工分
          </Text>
          <ActionButton className="wide-button" type="primary" size="large" block onClick={payment.payAgain} data-testid="pay-code-again">
            再付一笔
          </ActionButton>
        </View>
      </PageShell>
    );
  }

  return (
    <PageShell className="pay-code">
      <View className="pay-code__card">
        <Text className="pay-code__title">请店家扫这个码收工分</Text>
        {payment.balance !== null ? (
          <Text className="pay-code__balance">
            我的工分：<Text data-testid="pay-code-balance">{payment.balance}</Text> 分
          </Text>
        ) : null}

        <QrCode
          className="pay-code__qr"
          value={payment.code}
          label="我的付款码"
          overlay={payment.expired ? '付款码已过期，请点下面的“刷新”' : null}
          testId="payment-qr"
        />

        <Text className="pay-code__countdown" {...ariaRole('status')} data-testid="pay-code-countdown">
          {payment.expired
            ? '付款码已过期'
            : payment.refreshing
              ? '正在换新码…'
              : payment.error
                ? `这个码还能用 ${payment.secondsLeft} 秒`
                : `${payment.secondsToRefresh} 秒后自动换新码`}
        </Text>
        {payment.error ? (
          <Text className="notice notice--error" {...ariaRole('alert')}>
            新码没取到：{payment.error.message}
          </Text>
        ) : null}

        <ActionButton
          className="wide-button"
          type="primary"
          size="large"
          block
          loading={payment.refreshing}
          onClick={payment.refresh}
          data-testid="pay-code-refresh"
        >
          刷新
        </ActionButton>
      </View>

      <View className="pay-code__manual">
        <View
          className="pay-code__toggle"
          onClick={() => setShowText((shown) => !shown)}
          {...ariaRole('button')}
          aria-expanded={showText}
          data-testid="pay-code-text-toggle"
        >
          <Text>无法扫码时，让店家输入 {showText ? '▲' : '▼'}</Text>
        </View>
        {showText ? (
          <Text className="pay-code__text" selectable userSelect data-testid="pay-code-text">
            {payment.code}
          </Text>
        ) : null}
      </View>

      <Text className="muted pay-code__hint">每个码只能用一次，一分钟内有效。不要把码发给别人。</Text>
    </PageShell>
  );
}
