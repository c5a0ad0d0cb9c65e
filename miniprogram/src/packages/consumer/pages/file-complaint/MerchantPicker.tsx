import { Input, Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import { MerchantForTraceCodeDocument, SearchMerchantsDocument, type ComplaintMerchantChoiceFragment } from './file-complaint.generated';
import { ariaRole } from '@/components/a11y';
import { ActionButton } from '@/components/ActionButton';
import { AsyncView } from '@/components/AsyncView';
import { PagedView } from '@/components/PagedView';
import { looksLikeCreditCode, normalizeCreditCode } from '@/domain/credit-code';
import { usePagedQuery } from '@/hooks/use-paged-query';
import { useQuery } from '@/hooks/use-query';
import '@/components/complaint/complaint.css';
import './index.css';

export type MerchantChoice = ComplaintMerchantChoiceFragment;

/** What happens to a complaint against this business first: ODR businesses answer it themselves. */
export function odrLine(merchant: MerchantChoice): string {
  return merchant.odr
    ? '这家是“在线消费纠纷解决（ODR）”单位：投诉直接交给商家，商家要在 10 个工作日内和您协商。'
    : '投诉先交给市场监管部门，7 个工作日内决定是否受理，受理后再转给商家协商。';
}

/** The business chosen, with a way to pick another. */
export function ChosenMerchant({ merchant, onChange }: { merchant: MerchantChoice; onChange: () => void }) {
  return (
    <View className="field">
      <Text className="field__label">投诉哪家商家</Text>
      <View className="merchant-chosen" data-testid="merchant-chosen">
        <View className="merchant-chosen__text">
          <Text className="merchant-chosen__name">{merchant.name}</Text>
          <Text className="merchant-chosen__line">{merchant.address}</Text>
          <Text className="merchant-chosen__line">统一社会信用代码 {merchant.creditCode}</Text>
        </View>
        <ActionButton className="small-button" fill="outline" type="primary" onClick={onChange} data-testid="merchant-change">
          换一家
        </ActionButton>
      </View>
      <Text className="complaint-intro merchant-chosen__odr" data-testid="merchant-odr">
        {odrLine(merchant)}
      </Text>
    </View>
  );
}

/** Arriving from a scan: who made the product. Null when that business is not registered here. */
export function TraceCodeMerchant({ code, onFound, onMissing }: { code: string; onFound: (m: MerchantChoice) => void; onMissing: () => void }) {
  const { state, reload } = useQuery(MerchantForTraceCodeDocument, { code });
  const reported = useRef(false);
  useEffect(() => {
    if (state.status !== 'success' || reported.current) return;
    reported.current = true;
    if (state.data.merchantForTraceCode) onFound(state.data.merchantForTraceCode);
    else onMissing();
  }, [state, onFound, onMissing]);
  return (
    <AsyncView state={state} onRetry={reload}>
      {() => null}
    </AsyncView>
  );
}

/** Finds a business by part of its name, or by its whole 统一社会信用代码. */
export function MerchantSearch({ onPick }: { onPick: (m: MerchantChoice) => void }) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function search() {
    const typed = text.trim();
    if (typed.length < 2) return setProblem('请至少输入 2 个字');
    setProblem(null);
    // A code is searched exactly, so what a Chinese keyboard typed is made plain first.
    setQuery(looksLikeCreditCode(typed) ? normalizeCreditCode(typed) : typed);
  }

  return (
    <View className="field">
      <Text className="field__label">投诉哪家商家</Text>
      <View className="field__row">
        <Input
          className="field__input"
          value={text}
          placeholder="店名，或 18 位统一社会信用代码"
          maxlength={40}
          confirmType="search"
          onInput={(e) => setText(e.detail.value)}
          onConfirm={search}
          aria-label="商家名称或统一社会信用代码"
          data-testid="merchant-search"
        />
        <ActionButton className="small-button" type="primary" onClick={search} data-testid="merchant-search-button">
          查找
        </ActionButton>
      </View>
      <Text className="complaint-intro">店名写几个字就行；统一社会信用代码在营业执照上。</Text>
      {problem ? (
        <Text className="notice notice--error" {...ariaRole('alert')}>
          {problem}
        </Text>
      ) : null}
      {query ? <MerchantResults key={query} query={query} onPick={onPick} /> : null}
    </View>
  );
}

function MerchantResults({ query, onPick }: { query: string; onPick: (m: MerchantChoice) => void }) {
  const merchants = usePagedQuery(SearchMerchantsDocument, (d) => d.searchMerchants, { query }, 8);
  return (
    <View className="merchant-results">
      <PagedView
        query={merchants}
        emptyTitle={`没有找到“${query}”`}
        emptyHint="换几个字试试，或者输入营业执照上的统一社会信用代码。"
        loadMoreTestId="merchants-more"
      >
        {(items) =>
          items.map((m) => (
            <View
              key={m.id}
              className="merchant-option"
              onClick={() => onPick(m)}
              {...ariaRole('button')}
              aria-label={`选 ${m.name}`}
              data-testid="merchant-option"
            >
              <Text className="complaint-row__title">{m.name}</Text>
              <Text className="complaint-row__meta">{m.address}</Text>
            </View>
          ))
        }
      </PagedView>
    </View>
  );
}
