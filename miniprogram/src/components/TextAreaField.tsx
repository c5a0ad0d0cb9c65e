import { Text, Textarea, View } from '@tarojs/components';
import './text-area-field.css';

interface TextAreaFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  maxLength?: number;
  hint?: string;
  testId?: string;
}

/** A labelled box for a few sentences (what happened, a reply), with how much room is left. */
export function TextAreaField({ label, value, onChange, placeholder, maxLength = 500, hint, testId }: TextAreaFieldProps) {
  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      <Textarea
        className="field__input field__textarea"
        value={value}
        placeholder={placeholder}
        maxlength={maxLength}
        autoHeight
        onInput={(e) => onChange(e.detail.value)}
        aria-label={label}
        data-testid={testId}
      />
      <Text className="field__hint">
        {hint ? `${hint}　` : ''}
        {value.length}/{maxLength} 字
      </Text>
    </View>
  );
}
