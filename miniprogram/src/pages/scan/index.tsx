import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { Card } from '@/components/Card';
import { PageShell } from '@/components/PageShell';
import { loadSession } from '@/device/session';
import { destinationOf } from '@/domain/scanned-code';
import { usePageParams } from '@/hooks/use-page-params';
import { CameraScan } from './CameraScan';
import { TraceResult } from './TraceResult';
import { TypedCode } from './TypedCode';
import './index.css';

const IN_WECHAT = process.env.TARO_ENV === 'weapp';

/**
 * Reads a code: WeChat's camera scanner, or typing/pasting it in a browser. Our own payment and
 * check-in codes open the page that uses them; anything else is a product's trace code.
 */
export default function ScanPage() {
  // A GS1 Digital Link opened in a browser arrives here with its code.
  const params = usePageParams();
  const [code, setCode] = useState<string | null>(params.code ?? null);
  const [explanation, setExplanation] = useState<string | null>(null);
  const read = (scanned: string) => {
    const destination = destinationOf(scanned, loadSession()?.account.roles ?? []);
    setExplanation(destination.kind === 'explain' ? destination.message : null);
    setCode(destination.kind === 'trace' ? destination.code : null);
    if (destination.kind === 'open') void Taro.navigateTo({ url: destination.url });
  };
  return (
    <PageShell className="scan">
      <Text className="page-title">扫一扫</Text>
      <Text className="muted">扫农产品包装上的码，看它从哪里来；村民的付款码、活动的签到码也能扫。</Text>

      <Card className="scan__input">
        {IN_WECHAT ? <CameraScan onRead={read} /> : <TypedCode onRead={read} />}
      </Card>

      {explanation ? (
        <Card>
          <Text data-testid="scan-explanation">{explanation}</Text>
        </Card>
      ) : null}
      {code ? <TraceResult key={code} code={code} /> : null}
    </PageShell>
  );
}
