import { Input, Text, View } from '@tarojs/components';
import type { FieldProblemProps } from '@/hooks/use-action';
import { FieldError } from './FieldError';

interface TextFieldProps extends Partial<FieldProblemProps> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  /** 'number' brings up the digit keyboard; 'digit' the one with a decimal point (amounts in 元). */
  kind?: 'text' | 'number' | 'digit';
  maxLength?: number;
  hint?: string;
  testId?: string;
}

/** A labelled input, the label always visible above it (placeholders vanish as people type). */
export function TextField({
  label,
  value,
  onChange,
  placeholder,
  kind = 'text',
  maxLength,
  hint,
  testId,
  error,
  focus,
  onEdited,
}: TextFieldProps) {
  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      <Input
        className={error ? 'field__input field__input--error' : 'field__input'}
        type={kind}
        value={value}
        placeholder={placeholder}
        maxlength={maxLength ?? 140}
        focus={Boolean(focus)}
        onInput={(e) => {
          onEdited?.();
          onChange(e.detail.value);
        }}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        data-testid={testId}
      />
      <FieldError error={error} testId={testId} />
      {hint ? <Text className="muted">{hint}</Text> : null}
    </View>
  );
}

/** A whole number typed in a field, or null while it is not one. */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,9}$/.test(trimmed)) return null;
  return Number(trimmed);
}
