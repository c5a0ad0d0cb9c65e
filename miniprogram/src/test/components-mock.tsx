/**
 * @tarojs/components as plain DOM, for unit tests: View is a div, Text a span, Input an input
 * whose onInput receives Taro's `{ detail: { value } }`. Other props pass through (data-*, aria-*).
 */
import { forwardRef, useEffect, useRef, type ChangeEvent, type HTMLAttributes, type ImgHTMLAttributes, type ReactNode } from 'react';

type Passthrough = HTMLAttributes<HTMLElement> & { children?: ReactNode; [attribute: `data-${string}`]: unknown };

/** Taro's H5 View hands its ref the <div>, as PageShell expects. */
export const View = forwardRef<HTMLDivElement, Passthrough>(function View(props, ref) {
  return <div ref={ref} {...props} />;
});

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
  /** Taro's: the field takes the cursor while true. */
  focus?: boolean;
  [attribute: `data-${string}`]: unknown;
}

/** Taro's `focus` prop: the element takes the cursor whenever it turns true. */
function useFocus<T extends HTMLElement>(focus: boolean | undefined) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return ref;
}

export function Input({ maxlength, onInput, onConfirm, type, value, confirmType: _confirmType, focus, ...rest }: InputProps) {
  const ref = useFocus<HTMLInputElement>(focus);
  return (
    <input
      {...rest}
      ref={ref}
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
  focus?: boolean;
  onInput?: (event: { detail: { value: string } }) => void;
  [attribute: `data-${string}`]: unknown;
}

export function Textarea({ maxlength, onInput, autoHeight, value, focus, ...rest }: TextareaProps) {
  const ref = useFocus<HTMLTextAreaElement>(focus);
  return (
    <textarea
      {...rest}
      ref={ref}
      data-auto-height={autoHeight ? 'true' : undefined}
      maxLength={maxlength}
      value={value ?? ''}
      onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onInput?.({ detail: { value: event.target.value } })}
    />
  );
}

/** As Taro's H5 Image: a div, and inside it the <img>, which alone takes `imgProps` (its alt). */
export function Image({
  src,
  mode,
  imgProps,
  ...rest
}: Passthrough & { src?: string; mode?: string; imgProps?: ImgHTMLAttributes<HTMLImageElement> }) {
  return (
    <div {...rest}>
      <img {...imgProps} src={src} data-mode={mode} />
    </div>
  );
}

export function Picker({ children }: { children?: ReactNode }) {
  return <div>{children}</div>;
}
