import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ariaRole } from '@/components/a11y';
import { ActionButton } from '@/components/ActionButton';

/** In a browser, besides the camera: the code, or a GS1 Digital Link URL, typed or pasted. */
export function TypedCode({ onRead }: { onRead: (code: string) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit() {
    const code = text.trim();
    if (!code) {
      setError('请输入或粘贴商品上的码');
      return;
    }
    setError(null);
    onRead(code);
  }

  return (
    <View className="typed-code">
      <Text className="field__label">商品码</Text>
      <Input
        className="field__input"
        placeholder="输入或粘贴码，例如 https://…/01/…"
        value={text}
        onInput={(e) => setText(e.detail.value)}
        onConfirm={submit}
        aria-label="商品码"
        data-testid="scan-code-input"
      />
      {error ? (
        <Text className="notice notice--error" {...ariaRole('alert')}>
          {error}
        </Text>
      ) : null}
      <ActionButton className="wide-button" type="primary" size="large" block onClick={submit} data-testid="scan-submit">
        查询
      </ActionButton>
    </View>
  );
}
