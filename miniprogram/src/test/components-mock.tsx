/**
 * @tarojs/components as plain DOM, for unit tests: View is a div, Text a span, Input an input
 * whose onInput receives Taro's `{ detail: { value } }`. Other props pass through (data-*, aria-*).
 */
import type { ChangeEvent, HTMLAttributes, ReactNode } from 'react';

type Passthrough = HTMLAttributes<HTMLElement> & { children?: ReactNode; [attribute: `data-${string}`]: unknown };

export function View(props: Passthrough) {
  return <div {...props} />;
}

export function Text(props: Passthrough) {
  return <span {...props} />;
}

interface InputProps extends Omit<HTMLAttributes<HTMLInputElement>, 'onInput'> {
  value?: string;
  type?: string;
  placeholder?: string;
  maxlength?: number;
  onInput?: (event: { detail: { value: string } }) => void;
  onConfirm?: (event: { detail: { value: string } }) => void;
  [attribute: `data-${string}`]: unknown;
}

export function Input({ maxlength, onInput, onConfirm, type, value, ...rest }: InputProps) {
  return (
    <input
      {...rest}
      type={type === 'number' ? 'text' : type}
      inputMode={type === 'number' ? 'numeric' : undefined}
      maxLength={maxlength}
      value={value ?? ''}
      onChange={(event: ChangeEvent<HTMLInputElement>) => onInput?.({ detail: { value: event.target.value } })}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onConfirm?.({ detail: { value: event.currentTarget.value } });
      }}
    />
  );
}

export function Image({ src, mode, ...rest }: Passthrough & { src?: string; mode?: string }) {
  return <img {...(rest as HTMLAttributes<HTMLImageElement>)} src={src} data-mode={mode} />;
}

export function Picker({ children }: { children?: ReactNode }) {
  return <div>{children}</div>;
}
