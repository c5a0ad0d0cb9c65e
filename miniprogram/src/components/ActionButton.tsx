import { Button } from '@nutui/nutui-react-taro';
import type { ComponentProps } from 'react';
import { ariaRole } from './a11y';

/**
 * NutUI's Button, announced as a button. In the H5 build it renders a <div>, so without a role a
 * screen reader reads its text but not that it can be pressed, nor that it is busy or disabled.
 */
export function ActionButton({ disabled, loading, ...props }: ComponentProps<typeof Button>) {
  return (
    <Button
      {...props}
      disabled={disabled}
      loading={loading}
      {...ariaRole('button')}
      aria-disabled={Boolean(disabled || loading)}
      aria-busy={Boolean(loading)}
    />
  );
}
