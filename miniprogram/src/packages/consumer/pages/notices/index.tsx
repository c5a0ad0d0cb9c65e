import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { MarkNoticesReadDocument, MyNoticesDocument, type MyNoticesQuery } from './notices.generated';
import type { NoticeKind } from '@gongfu/shared-types';
import { ariaRole } from '@/components/a11y';
import { ActionButton } from '@/components/ActionButton';
import { useSubscribeAsk } from '@/hooks/use-subscribe-ask';
import { Card } from '@/components/Card';
import { ChoiceChips, type Choice } from '@/components/ChoiceChips';
import { Notice } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { PagedView } from '@/components/PagedView';
import { cx } from '@/components/class-names';
import { loadSession } from '@/device/session';
import { formatDateTime } from '@/domain/china-time';
import { useAction } from '@/hooks/use-action';
import { usePagedQuery } from '@/hooks/use-paged-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { openAppLink } from './open-link';
import '@/components/trace-list.css';
import './index.css';

type Message = MyNoticesQuery['myNotices']['items'][number];
type Filter = 'ALL' | NoticeKind;

const KIND_LABEL: Record<NoticeKind, string> = {
  RECALL: '召回提醒',
  RECALL_TASK: '召回任务',
  COMPLAINT: '投诉',
  SYSTEM: '系统消息',
};

const IN_WECHAT = process.env.TARO_ENV === 'weapp';

/** 全部, 召回 and 投诉 for everyone; a shop also gets its recall tasks as a kind of their own. */
function filterChoices(): Choice<Filter>[] {
  const choices: Choice<Filter>[] = [
    { value: 'ALL', label: '全部' },
    { value: 'RECALL', label: '召回' },
    { value: 'COMPLAINT', label: '投诉' },
  ];
  if (loadSession()?.account.roles.includes('MERCHANT')) choices.push({ value: 'RECALL_TASK', label: '召回任务' });
  return choices;
}

/**
 * 消息: what the app has to tell this account (a product it scanned was recalled, a complaint
 * moved; for a shop, a recall to act on), newest first. Opening one marks it read and goes where
 * it points.
 */
export default function NoticesPage() {
  const [choices] = useState(filterChoices);
  const [filter, setFilter] = useState<Filter>('ALL');
  const notices = usePagedQuery(MyNoticesDocument, (d) => d.myNotices, { kind: filter === 'ALL' ? null : filter });
  useReloadOnShow(notices.reload);
  const markRead = useAction(MarkNoticesReadDocument, (d) => d.markNoticesRead);

  const markLoaded = (ids: readonly string[] | 'all') => {
    const readAt = new Date().toISOString();
    notices.update((items) => items.map((n) => (!n.readAt && (ids === 'all' || ids.includes(n.id)) ? { ...n, readAt } : n)));
  };

  async function open(message: Message) {
    markRead.say(null);
    if (!message.readAt && (await markRead.run({ ids: [message.id] })) !== null) markLoaded([message.id]);
    // Even if it could not be marked read, what the message points to matters more.
    if (message.link) openAppLink(message.link);
  }

  const subscribe = useSubscribeAsk(['RECALL', 'RECALL_TASK', 'COMPLAINT']);

  async function markAllRead() {
    const changed = await markRead.run({ ids: null });
    if (changed === null) return;
    markLoaded('all');
    markRead.say({ tone: 'success', text: changed > 0 ? `已把 ${changed} 条消息标为已读` : '没有未读的消息' });
  }

  return (
    <PageShell>
      <Text className="page-title">消息</Text>
      <ChoiceChips label="看哪一类" choices={choices} value={filter} onChange={setFilter} testId="notice-filter" />
      <View className="notices__toolbar">
        <ActionButton
          fill="outline"
          type="primary"
          block
          loading={markRead.busy}
          onClick={() => void markAllRead()}
          data-testid="mark-all-read"
        >
          全部标为已读
        </ActionButton>
        {IN_WECHAT ? (
          <ActionButton fill="outline" type="primary" block onClick={() => subscribe.ask()} data-testid="subscribe-ask">
            有新消息时用微信提醒我
          </ActionButton>
        ) : null}
      </View>
      <Notice notice={markRead.notice} testId="notices-notice" />
      <Card>
        <PagedView
          query={notices}
          emptyTitle={filter === 'ALL' ? '还没有消息' : '这一类还没有消息'}
          emptyHint="您扫过的商品被召回、您的投诉有了进展，都会在这里提醒您。"
          loadMoreTestId="notices-more"
        >
          {(items) => items.map((message) => <NoticeItem key={message.id} message={message} onOpen={() => void open(message)} />)}
        </PagedView>
      </Card>
    </PageShell>
  );
}

function NoticeItem({ message, onOpen }: { message: Message; onOpen: () => void }) {
  const unread = !message.readAt;
  return (
    <View
      className={cx('trace-row', 'trace-row--tappable', !unread && 'notice-item--read')}
      onClick={onOpen}
      {...ariaRole('button')}
      data-testid="notice-item"
      data-unread={unread}
    >
      <View className="trace-row__head">
        <View className="notice-item__title-line">
          {unread ? (
            <>
              <View className="notice-item__dot" aria-hidden data-testid="unread-dot" />
              <Text className="sr-only">未读</Text>
            </>
          ) : null}
          <Text className="trace-row__title">{message.title}</Text>
        </View>
        <Text className={cx('trace-tag', (message.kind === 'RECALL' || message.kind === 'RECALL_TASK') && 'trace-tag--danger')}>
          {KIND_LABEL[message.kind]}
        </Text>
      </View>
      <Text className="trace-row__text">{message.body}</Text>
      <View className="trace-row__head">
        <Text className="trace-row__meta">{formatDateTime(message.createdAt)}</Text>
        {message.link ? <Text className="notice-item__open">查看 ›</Text> : null}
      </View>
    </View>
  );
}
