import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ShippingReceiversDocument } from './trace-batch.generated';
import { ariaRole } from '@/components/a11y';
import { ActionButton } from '@/components/ActionButton';
import { PagedView } from '@/components/PagedView';
import { usePagedQuery } from '@/hooks/use-paged-query';

/**
 * 收货商家: found by the name of the business (the registry complaints use too), so a shipper
 * need not ask for an account number. Picking one fills in the account that acts for it.
 */
export function ReceiverPicker({ onPick }: { onPick: (receiver: { accountId: string; name: string }) => void }) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function search() {
    const typed = text.trim();
    if (typed.length < 2) return setProblem('请至少输入 2 个字');
    setProblem(null);
    setQuery(typed);
  }

  return (
    <View className="field">
      <Text className="field__label">收货商家</Text>
      <View className="field__row">
        <Input
          className="field__input"
          value={text}
          placeholder="店名里的几个字"
          maxlength={40}
          confirmType="search"
          onInput={(e) => setText(e.detail.value)}
          onConfirm={search}
          aria-label="收货商家的店名"
          data-testid="receiver-search"
        />
        <ActionButton className="small-button" type="primary" onClick={search} data-testid="receiver-search-button">
          查找
        </ActionButton>
      </View>
      {problem ? (
        <Text className="notice notice--error" {...ariaRole('alert')}>
          {problem}
        </Text>
      ) : null}
      {query ? <Receivers key={query} query={query} onPick={onPick} /> : null}
    </View>
  );
}

function Receivers({ query, onPick }: { query: string; onPick: (receiver: { accountId: string; name: string }) => void }) {
  const receivers = usePagedQuery(ShippingReceiversDocument, (d) => d.searchMerchants, { query }, 8);
  return (
    <PagedView query={receivers} emptyTitle={`没有找到“${query}”`} emptyHint="换几个字试试，或者请对方把“我的店铺”里的账号编号告诉您。" loadMoreTestId="receivers-more">
      {(items) =>
        items.map((m) => {
          const accountId = m.accountId;
          return (
            <View
              key={m.id}
              className="trace-row"
              {...ariaRole('button')}
              aria-disabled={accountId ? undefined : true}
              aria-label={accountId ? `发给${m.name}` : `${m.name}还没有开通账号`}
              onClick={accountId ? () => onPick({ accountId, name: m.name }) : undefined}
              data-testid="receiver-option"
            >
              <Text className="trace-row__title">{m.name}</Text>
              <Text className="trace-row__meta">{accountId ? m.address : `${m.address} · 还没有开通账号，不能发给它`}</Text>
            </View>
          );
        })
      }
    </PagedView>
  );
}
