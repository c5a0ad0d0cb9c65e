import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { useState } from 'react';
import { ariaRole } from '@/components/a11y';
import { ActionButton } from '@/components/ActionButton';

/** WeChat's own scanner; closing it without scanning is not an error. */
export function CameraScan({ onRead }: { onRead: (code: string) => void }) {
  const [error, setError] = useState<string | null>(null);

  async function scan() {
    setError(null);
    try {
      const { result } = await Taro.scanCode({ scanType: ['qrCode', 'barCode'] });
      onRead(result.trim());
    } catch (failure) {
      const message = (failure as { errMsg?: string } | null)?.errMsg ?? '';
      if (!message.includes('cancel')) setError('没有扫到，请对准二维码或条形码再试一次');
    }
  }

  return (
    <>
      <ActionButton className="wide-button" type="primary" size="large" block onClick={() => void scan()} data-testid="scan-button">
        打开扫码
      </ActionButton>
      {error ? (
        <Text className="notice notice--error" {...ariaRole('alert')}>
          {error}
        </Text>
      ) : null}
    </>
  );
}
