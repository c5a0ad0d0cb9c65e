import { useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { CameraScanner } from '@/components/camera-scanner/CameraScanner';
import { Card } from '@/components/Card';
import { PageShell } from '@/components/PageShell';
import { scanPlace } from '@/device/scan-place';
import { loadSession } from '@/device/session';
import { destinationOf } from '@/domain/scanned-code';
import { usePageParams } from '@/hooks/use-page-params';
import { CameraScan } from './CameraScan';
import { takePendingScan } from './open-scan';
import { PlaceConsent } from './PlaceConsent';
import { TraceResult } from './TraceResult';
import { TypedCode } from './TypedCode';
import './index.css';

const IN_WECHAT = process.env.TARO_ENV === 'weapp';

/** One reading of a trace code: the region is the one consented to at that moment. */
interface TraceRequest {
  code: string;
  regionCode: string | null;
  /** A fresh scan is logged; looking again at an old one is not. */
  log: boolean;
  /** Each reading is a new scan (and a new entry in the scan log), even of the same code. */
  seq: number;
}

/**
 * Reads a code: WeChat's camera scanner; in a browser its camera, or typing/pasting. Our own payment and
 * check-in codes open the page that uses them; anything else is a product's trace code.
 */
export default function ScanPage() {
  // A GS1 Digital Link opened in a browser arrives here with its code.
  const params = usePageParams();
  const seq = useRef(0);
  const [request, setRequest] = useState<TraceRequest | null>(() =>
    params.code ? { code: params.code, regionCode: scanPlace.get(), log: true, seq: 0 } : null,
  );
  const [explanation, setExplanation] = useState<string | null>(null);
  const read = (scanned: string, log = true) => {
    const destination = destinationOf(scanned, loadSession()?.account.roles ?? []);
    setExplanation(destination.kind === 'explain' ? destination.message : null);
    setRequest(
      destination.kind === 'trace' ? { code: destination.code, regionCode: log ? scanPlace.get() : null, log, seq: ++seq.current } : null,
    );
    if (destination.kind === 'open') void Taro.navigateTo({ url: destination.url });
  };
  // Another page (my scans, a recall notice) asked to show a code.
  useDidShow(() => {
    const pending = takePendingScan();
    if (pending) read(pending.code, false);
  });
  return (
    <PageShell className="scan">
      <Text className="page-title">扫一扫</Text>
      <Text className="scan__intro">扫农产品包装上的码，看它从哪里来；村民的付款码、活动的签到码也能扫。</Text>

      <Card className="scan__input">
        {IN_WECHAT ? (
          <CameraScan onRead={read} />
        ) : (
          <>
            <CameraScanner openText="打开相机扫码" onRead={read} />
            <TypedCode onRead={read} />
          </>
        )}
      </Card>

      {explanation ? (
        <Card>
          <Text data-testid="scan-explanation">{explanation}</Text>
        </Card>
      ) : null}
      {request ? <TraceResult key={request.seq} code={request.code} regionCode={request.regionCode} log={request.log} /> : null}

      {/* Below the result, which matters most once a code is read; right under the input before. */}
      <Card className="scan__place">
        <PlaceConsent />
      </Card>
    </PageShell>
  );
}
