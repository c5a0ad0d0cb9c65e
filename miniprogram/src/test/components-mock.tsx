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
  /** The keyboard's enter key label in WeChat; nothing to draw here. */
  confirmType?: string;
  [attribute: `data-${string}`]: unknown;
}

export function Input({ maxlength, onInput, onConfirm, type, value, confirmType: _confirmType, ...rest }: InputProps) {
  return (
    <input
      {...rest}
      type={type === 'number' || type === 'digit' ? 'text' : type}
      inputMode={type === 'number' ? 'numeric' : type === 'digit' ? 'decimal' : undefined}
      maxLength={maxlength}
      value={value ?? ''}
      onChange={(event: ChangeEvent<HTMLInputElement>) => onInput?.({ detail: { value: event.target.value } })}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onConfirm?.({ detail: { value: event.currentTarget.value } });
      }}
    />
  );
}

interface TextareaProps extends Omit<HTMLAttributes<HTMLTextAreaElement>, 'onInput'> {
  value?: string;
  placeholder?: string;
  maxlength?: number;
  autoHeight?: boolean;
  onInput?: (event: { detail: { value: string } }) => void;
  [attribute: `data-${string}`]: unknown;
}

export function Textarea({ maxlength, onInput, autoHeight, value, ...rest }: TextareaProps) {
  return (
    <textarea
      {...rest}
      data-auto-height={autoHeight ? 'true' : undefined}
      maxLength={maxlength}
      value={value ?? ''}
      onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onInput?.({ detail: { value: event.target.value } })}
    />
  );
}

export function Image({ src, mode, ...rest }: Passthrough & { src?: string; mode?: string }) {
  return <img {...(rest as HTMLAttributes<HTMLImageElement>)} src={src} data-mode={mode} />;
}

export function Picker({ children }: { children?: ReactNode }) {
  return <div>{children}</div>;
}
