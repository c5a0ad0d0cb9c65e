import { AccountPicker } from '@/components/account-picker/AccountPicker';

/**
 * 收货商家: found by the name of the business (the registry complaints use too), so a shipper
 * need not ask for an account number. Picking one fills in the account that acts for it.
 */
export function ReceiverPicker({ onPick }: { onPick: (receiver: { accountId: string; name: string }) => void }) {
  return (
    <AccountPicker
      label="收货商家"
      placeholder="店名里的几个字"
      searchLabel="收货商家的店名"
      emptyHint="换几个字试试，或者请对方把“我的店铺”里的账号编号告诉您。"
      testId="receiver"
      unpickableBecause={(b) => (b.accountId ? null : '还没有开通账号，不能发给它')}
      onPick={(b) => b.accountId && onPick({ accountId: b.accountId, name: b.name })}
    />
  );
}
