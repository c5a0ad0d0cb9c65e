import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Card } from '@/components/Card';
import { PageShell } from '@/components/PageShell';
import { CameraScan } from './CameraScan';
import { TypedCode } from './TypedCode';
import './index.css';

const IN_WECHAT = process.env.TARO_ENV === 'weapp';

/** Reads a product's trace code: WeChat's camera scanner, or typing/pasting it in a browser. */
export default function ScanPage() {
  const [code, setCode] = useState<string | null>(null);
  return (
    <PageShell className="scan">
      <Text className="page-title">扫码查溯源</Text>
      <Text className="muted">扫农产品包装上的二维码或条形码，查看它从哪里来。</Text>

      <Card className="scan__input">
        {IN_WECHAT ? <CameraScan onRead={setCode} /> : <TypedCode onRead={setCode} />}
      </Card>

      {code ? <ScannedCode code={code} /> : null}
    </PageShell>
  );
}

function ScannedCode({ code }: { code: string }) {
  return (
    <Card title="读到的码">
      <Text className="scan__code" data-testid="scan-result">
        {code}
      </Text>
      <View className="scan__soon">
        <Text className="soon-badge">即将开放</Text>
        <Text className="scan__soon-text">溯源查询正在建设，开通后这里会显示产地、检测结果和召回提醒。</Text>
      </View>
    </Card>
  );
}
