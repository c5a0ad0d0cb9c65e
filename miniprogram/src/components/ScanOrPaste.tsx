import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { FieldProblemProps } from '@/hooks/use-action';
import { ariaRole } from './a11y';
import { ActionButton } from './ActionButton';
import { CameraScanner } from './camera-scanner/CameraScanner';
import { FieldError } from './FieldError';

interface ScanOrPasteProps extends Partial<FieldProblemProps> {
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
export function ScanOrPaste({
  label,
  value,
  onChange,
  onScan,
  scanText,
  placeholder,
  testId = 'code-input',
  error,
  focus,
  onEdited,
}: ScanOrPasteProps) {
  const [scanFailed, setScanFailed] = useState<string | null>(null);
  // A new code, scanned or typed, is the fix for whatever was wrong with the last one.
  const edit = (code: string) => {
    onEdited?.();
    onChange(code);
  };

  async function scan() {
    setScanFailed(null);
    try {
      const { result } = await Taro.scanCode({ scanType: ['qrCode'], onlyFromCamera: true });
      const code = result.trim();
      edit(code);
      if (code) onScan?.(code);
    } catch (failure) {
      const message = (failure as { errMsg?: string } | null)?.errMsg ?? '';
      if (!message.includes('cancel')) setScanFailed('没有扫到，请对准二维码再试一次');
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
        {scanFailed ? (
          <Text className="notice notice--error" {...ariaRole('alert')}>
            {scanFailed}
          </Text>
        ) : null}
        <FieldError error={error} testId={testId} />
      </View>
    );
  }

  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      <CameraScanner
        openText={scanText}
        onRead={(code) => {
          edit(code);
          onScan?.(code);
        }}
        testId={`${testId}-camera`}
      />
      <Input
        className={error ? 'field__input field__input--error' : 'field__input'}
        value={value}
        placeholder={placeholder}
        maxlength={400}
        focus={Boolean(focus)}
        onInput={(e) => edit(e.detail.value.trim())}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        data-testid={testId}
      />
      <FieldError error={error} testId={testId} />
    </View>
  );
}
