import { Input, Picker, Text, View } from '@tarojs/components';
import type { FieldProblemProps } from '@/hooks/use-action';
import { FieldError } from './FieldError';
import './date-time-field.css';

interface DateTimeFieldProps extends Partial<FieldProblemProps> {
  label: string;
  /** China time as "YYYY-MM-DDTHH:mm". */
  value: string;
  onChange: (value: string) => void;
  testId?: string;
}

/**
 * A date and time. The browser has its own picker (<input type="datetime-local">); WeChat gets
 * its date picker and time picker side by side.
 */
export function DateTimeField({ label, value, onChange, testId, error, focus, onEdited }: DateTimeFieldProps) {
  const [date = '', time = ''] = value.split('T');
  const change = (next: string) => {
    onEdited?.();
    onChange(next);
  };
  const inputClass = error ? 'field__input field__input--error' : 'field__input';
  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      {process.env.TARO_ENV === 'weapp' ? (
        <View className="datetime">
          <Picker mode="date" value={date} onChange={(e) => change(`${e.detail.value}T${time || '09:00'}`)}>
            <View className={`${inputClass} datetime__part`}>{date || '选日期'}</View>
          </Picker>
          <Picker mode="time" value={time} onChange={(e) => change(`${date}T${e.detail.value}`)}>
            <View className={`${inputClass} datetime__part`}>{time || '选时间'}</View>
          </Picker>
        </View>
      ) : (
        <Input
          className={inputClass}
          // Taro's typings list only the mini-program keyboards; the browser build passes it through.
          type={'datetime-local' as 'text'}
          value={value}
          focus={Boolean(focus)}
          onInput={(e) => change(e.detail.value)}
          aria-label={label}
          aria-invalid={error ? true : undefined}
          data-testid={testId}
        />
      )}
      <FieldError error={error} testId={testId} />
    </View>
  );
}
