import { Input, Picker, Text, View } from '@tarojs/components';
import './date-time-field.css';

interface DateTimeFieldProps {
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
export function DateTimeField({ label, value, onChange, testId }: DateTimeFieldProps) {
  const [date = '', time = ''] = value.split('T');
  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      {process.env.TARO_ENV === 'weapp' ? (
        <View className="datetime">
          <Picker mode="date" value={date} onChange={(e) => onChange(`${e.detail.value}T${time || '09:00'}`)}>
            <View className="field__input datetime__part">{date || '选日期'}</View>
          </Picker>
          <Picker mode="time" value={time} onChange={(e) => onChange(`${date}T${e.detail.value}`)}>
            <View className="field__input datetime__part">{time || '选时间'}</View>
          </Picker>
        </View>
      ) : (
        <Input
          className="field__input"
          // Taro's typings list only the mini-program keyboards; the browser build passes it through.
          type={'datetime-local' as 'text'}
          value={value}
          onInput={(e) => onChange(e.detail.value)}
          aria-label={label}
          data-testid={testId}
        />
      )}
    </View>
  );
}
