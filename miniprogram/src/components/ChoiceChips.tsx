import { Text, View } from '@tarojs/components';
import type { FieldProblemProps } from '@/hooks/use-action';
import { ariaRole, focusableByScript } from './a11y';
import { cx } from './class-names';
import { useFaultFocus } from './fault-focus';
import { FieldError } from './FieldError';
import './choice-chips.css';

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

interface ChoiceChipsProps<T extends string> extends Partial<FieldProblemProps> {
  label: string;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange: (value: T) => void;
  /** One choice per line, with its hint under it (for choices that need explaining). */
  stacked?: boolean;
  testId?: string;
}

/** A radio group drawn as large pills: every choice visible, one tap to pick. */
export function ChoiceChips<T extends string>({
  label,
  choices,
  value,
  onChange,
  stacked,
  testId,
  error,
  focus,
  onEdited,
}: ChoiceChipsProps<T>) {
  const group = useFaultFocus<HTMLElement>(focus);
  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      <View
        ref={group}
        className={cx('chips', stacked && 'chips--stacked', error && 'chips--error')}
        {...ariaRole('radiogroup')}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        {...focusableByScript}
        data-testid={testId}
      >
        {choices.map((choice) => {
          const selected = choice.value === value;
          return (
            <View
              key={choice.value}
              className={cx('chip', selected && 'chip--selected')}
              onClick={() => {
                onEdited?.();
                onChange(choice.value);
              }}
              {...ariaRole('radio')}
              aria-checked={selected}
              data-testid={testId ? `${testId}-${choice.value}` : undefined}
            >
              <Text className="chip__label">{choice.label}</Text>
              {stacked && choice.hint ? <Text className="chip__hint">{choice.hint}</Text> : null}
            </View>
          );
        })}
      </View>
      <FieldError error={error} testId={testId} />
    </View>
  );
}
