/** The NutUI components the app uses, as plain DOM with the same props, for unit tests. */
import type { ReactNode } from 'react';

interface ButtonProps {
  children?: ReactNode;
  className?: string;
  disabled?: boolean;
  loading?: boolean;
  onClick?: () => void;
  [attribute: string]: unknown;
}

export function Button({ children, className, disabled, loading, onClick, ...rest }: ButtonProps) {
  const dataAttributes = Object.fromEntries(Object.entries(rest).filter(([name]) => name.startsWith('data-') || name.startsWith('aria-')));
  return (
    <button
      type="button"
      className={className}
      disabled={Boolean(disabled || loading)}
      aria-busy={loading ? true : undefined}
      onClick={onClick}
      {...dataAttributes}
    >
      {children}
    </button>
  );
}

interface SwitchProps {
  checked?: boolean;
  onChange?: (value: boolean) => void;
  ariaLabel?: string;
  [attribute: string]: unknown;
}

export function Switch({ checked = false, onChange, ariaLabel, ...rest }: SwitchProps) {
  const dataAttributes = Object.fromEntries(Object.entries(rest).filter(([name]) => name.startsWith('data-')));
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-label={ariaLabel}
      onClick={() => onChange?.(!checked)}
      {...dataAttributes}
    />
  );
}
