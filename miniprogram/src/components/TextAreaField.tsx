import { Text, Textarea, View } from '@tarojs/components';
import type { FieldProblemProps } from '@/hooks/use-action';
import { FieldError } from './FieldError';
import './text-area-field.css';

interface TextAreaFieldProps extends Partial<FieldProblemProps> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  maxLength?: number;
  hint?: string;
  testId?: string;
}

/** A labelled box for a few sentences (what happened, a reply), with how much room is left. */
export function TextAreaField({
  label,
  value,
  onChange,
  placeholder,
  maxLength = 500,
  hint,
  testId,
  error,
  focus,
  onEdited,
}: TextAreaFieldProps) {
  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      <Textarea
        className={error ? 'field__input field__textarea field__input--error' : 'field__input field__textarea'}
        value={value}
        placeholder={placeholder}
        maxlength={maxLength}
        autoHeight
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
      <Text className="field__hint">
        {hint ? `${hint}　` : ''}
        {value.length}/{maxLength} 字
      </Text>
    </View>
  );
}
