import { Text, View } from '@tarojs/components';
import { useEffect, useRef } from 'react';
import { MerchantForTraceCodeDocument, type ComplaintMerchantChoiceFragment } from './file-complaint.generated';
import { AccountPicker } from '@/components/account-picker/AccountPicker';
import { ActionButton } from '@/components/ActionButton';
import { AsyncView } from '@/components/AsyncView';
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
export function TraceCodeMerchant({
  code,
  onFound,
  onMissing,
}: {
  code: string;
  onFound: (m: MerchantChoice) => void;
  onMissing: () => void;
}) {
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

/** Finds the business to complain about by part of its name, or by its whole 统一社会信用代码. */
export function MerchantSearch({ onPick }: { onPick: (m: MerchantChoice) => void }) {
  return (
    <AccountPicker
      label="投诉哪家商家"
      placeholder="店名，或 18 位统一社会信用代码"
      searchLabel="商家名称或统一社会信用代码"
      hint="店名写几个字就行；统一社会信用代码在营业执照上。"
      emptyHint="换几个字试试，或者输入营业执照上的统一社会信用代码。"
      testId="merchant"
      onPick={onPick}
    />
  );
}
