import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { ariaRole } from './a11y';
import { ActionButton } from './ActionButton';
import './confirm-sheet.css';

interface ConfirmSheetProps {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmText: string;
  cancelText?: string;
  busy?: boolean;
  /** Disables the confirm button (e.g. a required field is empty). */
  confirmDisabled?: boolean;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}

/**
 * A sheet rising from the bottom that asks before something that cannot be undone (spending
 * points, rejecting evidence). Two large buttons; the page behind is dimmed and does not react.
 */
export function ConfirmSheet({
  open,
  title,
  children,
  confirmText,
  cancelText = '取消',
  busy = false,
  confirmDisabled = false,
  danger = false,
  onConfirm,
  onCancel,
  testId = 'confirm-sheet',
}: ConfirmSheetProps) {
  if (!open) return null;
  return (
    <View className="sheet" data-testid={testId}>
      <View className="sheet__backdrop" onClick={busy ? undefined : onCancel} />
      <View className="sheet__panel" {...ariaRole('dialog')} aria-label={title}>
        <Text className="sheet__title">{title}</Text>
        {children ? <View className="sheet__body">{children}</View> : null}
        <View className="sheet__actions">
          <ActionButton className="sheet__button" size="large" disabled={busy} onClick={onCancel} data-testid="confirm-cancel">
            {cancelText}
          </ActionButton>
          <ActionButton
            className="sheet__button"
            type={danger ? 'danger' : 'primary'}
            size="large"
            loading={busy}
            disabled={confirmDisabled}
            onClick={onConfirm}
            data-testid="confirm-ok"
          >
            {confirmText}
          </ActionButton>
        </View>
      </View>
    </View>
  );
}

/** A sheet that tells how something came out, closed with one large 知道了. */
export function ResultSheet({ children, onClose, testId = 'result-sheet' }: { children: ReactNode; onClose: () => void; testId?: string }) {
  return (
    <View className="sheet" data-testid={testId}>
      <View className="sheet__backdrop" onClick={onClose} />
      <View className="sheet__panel" {...ariaRole('dialog')}>
        {children}
        <ActionButton className="wide-button" type="primary" size="large" block onClick={onClose} data-testid="result-close">
          知道了
        </ActionButton>
      </View>
    </View>
  );
}
