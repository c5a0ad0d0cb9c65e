import { Button } from '@nutui/nutui-react-taro';
import type { ComponentProps } from 'react';
import { ariaRole } from './a11y';
import { cx } from './class-names';
import './action-button.css';

/**
 * NutUI's Button, announced as a button. In the H5 build it renders a <div>, so without a role a
 * screen reader reads its text but not that it can be pressed, nor that it is busy or disabled.
 * A disabled one wears our own look (action-button.css); a busy one keeps its colour and spins.
 */
export function ActionButton({ disabled, loading, className, ...props }: ComponentProps<typeof Button>) {
  return (
    <Button
      {...props}
      className={cx(className, disabled && !loading && 'action-button--disabled')}
      disabled={disabled}
      loading={loading}
      {...ariaRole('button')}
      aria-disabled={Boolean(disabled || loading)}
      aria-busy={Boolean(loading)}
    />
  );
}
