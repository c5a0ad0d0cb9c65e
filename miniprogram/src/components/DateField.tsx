import { Input, Picker, Text, View } from '@tarojs/components';
import './date-time-field.css';

interface DateFieldProps {
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
export function DateField({ label, value, onChange, hint, testId }: DateFieldProps) {
  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      {process.env.TARO_ENV === 'weapp' ? (
        <Picker mode="date" value={value} onChange={(e) => onChange(String(e.detail.value))}>
          <View className="field__input datetime__part" aria-label={label} data-testid={testId}>
            {value || '选日期'}
          </View>
        </Picker>
      ) : (
        <Input
          className="field__input"
          // Taro's typings list only the mini-program keyboards; the browser build passes it through.
          type={'date' as 'text'}
          value={value}
          onInput={(e) => onChange(e.detail.value)}
          aria-label={label}
          data-testid={testId}
        />
      )}
      {hint ? <Text className="muted">{hint}</Text> : null}
    </View>
  );
}
