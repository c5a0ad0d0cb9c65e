import { Input, Picker, Text, View } from '@tarojs/components';
import type { FieldProblemProps } from '@/hooks/use-action';
import { FieldError } from './FieldError';
import './date-time-field.css';

interface DateFieldProps extends Partial<FieldProblemProps> {
  label: string;
  /** "YYYY-MM-DD", or '' while none is picked. */
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  testId?: string;
}

/**
 * A calendar date (production day, expiry, a certificate's issue date). The browser has its own
 * picker (<input type="date">); WeChat gets its date picker.
 */
export function DateField({ label, value, onChange, hint, testId, error, focus, onEdited }: DateFieldProps) {
  const change = (next: string) => {
    onEdited?.();
    onChange(next);
  };
  const inputClass = error ? 'field__input field__input--error' : 'field__input';
  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      {process.env.TARO_ENV === 'weapp' ? (
        <Picker mode="date" value={value} onChange={(e) => change(String(e.detail.value))}>
          <View className={`${inputClass} datetime__part`} aria-label={label} data-testid={testId}>
            {value || '选日期'}
          </View>
        </Picker>
      ) : (
        <Input
          className={inputClass}
          // Taro's typings list only the mini-program keyboards; the browser build passes it through.
          type={'date' as 'text'}
          value={value}
          focus={Boolean(focus)}
          onInput={(e) => change(e.detail.value)}
          aria-label={label}
          aria-invalid={error ? true : undefined}
          data-testid={testId}
        />
      )}
      <FieldError error={error} testId={testId} />
      {hint ? <Text className="muted">{hint}</Text> : null}
    </View>
  );
}
