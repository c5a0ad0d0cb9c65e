import { Text } from '@tarojs/components';
import { ariaRole } from './a11y';
import { cx } from './class-names';
import './workpoints.css';

export type NoticeTone = 'info' | 'success' | 'error';
export interface NoticeMessage {
  tone: NoticeTone;
  text: string;
}

/** One line saying what just happened; errors are announced at once. */
export function Notice({ notice, testId }: { notice: NoticeMessage | null; testId?: string }) {
  if (!notice) return null;
  return (
    <Text
      className={cx('notice', notice.tone === 'error' && 'notice--error', notice.tone === 'success' && 'notice--success')}
      {...ariaRole(notice.tone === 'error' ? 'alert' : 'status')}
      data-testid={testId}
    >
      {notice.text}
    </Text>
  );
}
