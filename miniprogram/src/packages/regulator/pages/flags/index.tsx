import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ClearCounterfeitFlagDocument, CounterfeitFlagsDocument, type CounterfeitFlagsQuery } from './flags.generated';
import { ActionButton } from '@/components/ActionButton';
import { Card } from '@/components/Card';
import { Notice } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { PagedView } from '@/components/PagedView';
import { TextField } from '@/components/TextField';
import { formatDateTime } from '@/domain/china-time';
import { useAction } from '@/hooks/use-action';
import { usePagedQuery } from '@/hooks/use-paged-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import '@/components/trace-list.css';

type Flag = CounterfeitFlagsQuery['counterfeitFlags']['items'][number];

/**
 * 疑似假冒: single-item codes the batch never issued, or that too many people, or people in cities
 * too far apart, scanned; newest first, for a regulator to check on the spot and clear with a reason.
 */
export default function CounterfeitFlagsPage() {
  const flags = usePagedQuery(CounterfeitFlagsDocument, (d) => d.counterfeitFlags, {});
  useReloadOnShow(flags.reload);
  return (
    <PageShell>
      <Text className="page-title">疑似假冒</Text>
      <Text className="trace-intro">
        批次没有签发过的单品码，或一个码一天内被很多人扫、被不同的人在相隔很远的市扫，系统就会把它列在这里。请到店里核查这批货；查明没有问题的，写明理由后解除。
      </Text>
      <Card>
        <PagedView query={flags} emptyTitle="没有疑似假冒的码" emptyHint="有异常扫码时会出现在这里。" loadMoreTestId="flags-more">
          {(items) => items.map((flag) => <FlagRow key={flag.id} flag={flag} onCleared={flags.reload} />)}
        </PagedView>
      </Card>
    </PageShell>
  );
}

function FlagRow({ flag, onCleared }: { flag: Flag; onCleared: () => void }) {
  const [clearing, setClearing] = useState(false);
  const [note, setNote] = useState('');
  // Cleared meanwhile by a colleague: the list shows it gone.
  const clear = useAction(ClearCounterfeitFlagDocument, (d) => d.clearCounterfeitFlag, { onStale: onCleared });

  async function submit() {
    const text = note.trim();
    if (text.length < 2) return clear.refuse('请写明核查结果：为什么不是假冒（至少 2 个字）', 'clearingNote');
    if (await clear.run({ input: { flagId: flag.id, clearingNote: text } })) onCleared();
  }

  return (
    <View className="trace-row" data-testid="counterfeit-flag">
      <View className="trace-row__head">
        <Text className="trace-row__title">{flag.batch.product.name}</Text>
        <Text className="trace-tag trace-tag--danger">疑似假冒</Text>
      </View>
      <Text className="trace-row__text">
        批号 {flag.batch.lot} · 单品序号 {flag.serial}
      </Text>
      <Text className="trace-row__text">原因：{flag.reason}</Text>
      <Text className="trace-row__meta">发现时间：{formatDateTime(flag.flaggedAt)}</Text>
      {clearing ? (
        <View data-testid="flag-clear-form">
          <TextField
            label="核查结果（为什么不是假冒）"
            value={note}
            onChange={setNote}
            placeholder="例如：到店核查，是合作社开放日村民扫码体验"
            maxLength={200}
            testId="flag-clear-note"
            {...clear.fieldProps('clearingNote')}
          />
          <Notice notice={clear.notice} testId="flag-clear-notice" />
          <View className="actions">
            <ActionButton fill="outline" type="primary" onClick={() => setClearing(false)} data-testid="flag-clear-cancel">
              取消
            </ActionButton>
            <ActionButton type="primary" loading={clear.busy} onClick={() => void submit()} data-testid="flag-clear-submit">
              解除
            </ActionButton>
          </View>
        </View>
      ) : (
        <ActionButton fill="outline" type="primary" onClick={() => setClearing(true)} data-testid="flag-clear">
          核查无误，解除
        </ActionButton>
      )}
    </View>
  );
}
