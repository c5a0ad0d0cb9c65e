import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ariaRole } from './a11y';
import { ActionButton } from './ActionButton';
import { CameraScanner } from './camera-scanner/CameraScanner';

interface ScanOrPasteProps {
  label: string;
  value: string;
  onChange: (code: string) => void;
  /** A scanner (WeChat's, or the browser's camera) read a code whole, after onChange: a page may act on it at once. */
  onScan?: (code: string) => void;
  /** The scan button's words, e.g. "扫村民的付款码". */
  scanText: string;
  /** The browser field's placeholder, e.g. "粘贴村民的付款码". */
  placeholder: string;
  testId?: string;
}

/**
 * Reads a QR code: WeChat's scanner on a phone; in a browser, the camera, with a field to paste or
 * type the code's text for when there is none or it may not be used.
 */
export function ScanOrPaste({ label, value, onChange, onScan, scanText, placeholder, testId = 'code-input' }: ScanOrPasteProps) {
  const [error, setError] = useState<string | null>(null);

  async function scan() {
    setError(null);
    try {
      const { result } = await Taro.scanCode({ scanType: ['qrCode'], onlyFromCamera: true });
      const code = result.trim();
      onChange(code);
      if (code) onScan?.(code);
    } catch (failure) {
      const message = (failure as { errMsg?: string } | null)?.errMsg ?? '';
      if (!message.includes('cancel')) setError('没有扫到，请对准二维码再试一次');
    }
  }

  if (process.env.TARO_ENV === 'weapp') {
    return (
      <View className="field">
        <Text className="field__label">{label}</Text>
        {value ? (
          <Text className="scan-read" data-testid={testId}>
            已扫到：{value.length > 16 ? `${value.slice(0, 16)}…` : value}
          </Text>
        ) : null}
        <ActionButton
          className="wide-button"
          type="primary"
          size="large"
          block
          fill={value ? 'outline' : 'solid'}
          onClick={() => void scan()}
        >
          {value ? '重新扫码' : scanText}
        </ActionButton>
        {error ? (
          <Text className="notice notice--error" {...ariaRole('alert')}>
            {error}
          </Text>
        ) : null}
      </View>
    );
  }

  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      <CameraScanner
        openText={scanText}
        onRead={(code) => {
          onChange(code);
          onScan?.(code);
        }}
        testId={`${testId}-camera`}
      />
      <Input
        className="field__input"
        value={value}
        placeholder={placeholder}
        maxlength={400}
        onInput={(e) => onChange(e.detail.value.trim())}
        aria-label={label}
        data-testid={testId}
      />
    </View>
  );
}
