import { Text } from '@tarojs/components';
import { ariaRole } from './a11y';

/** What is wrong with one field, right under it, announced at once; gone once the person edits the field. */
export function FieldError({ error, testId }: { error?: string | null; testId?: string }) {
  if (!error) return null;
  return (
    <Text className="field__error" {...ariaRole('alert')} data-testid={testId ? `${testId}-error` : undefined}>
      {error}
    </Text>
  );
}
