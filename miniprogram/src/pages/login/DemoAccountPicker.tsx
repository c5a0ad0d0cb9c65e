import { Text, View } from '@tarojs/components';
import type { LoginDemoAccountsQuery } from './login.generated';
import { ariaRole } from '@/components/a11y';
import { maskPhone } from '@/domain/phone';
import { roleListLabel } from '@/domain/roles';
import { LoginNotice } from './PhoneLoginForm';
import type { FormNotice } from './use-phone-login';

type DemoAccount = LoginDemoAccountsQuery['demoAccounts'][number];

interface DemoAccountPickerProps {
  accounts: readonly DemoAccount[];
  /** A sign-in is on its way: taps wait for it. */
  busy: boolean;
  /** What came of the last tap, shown here where the person is looking. */
  notice: FormNotice;
  onPick: (account: DemoAccount) => void;
}

/** Outside production only (the BFF lists no demo accounts in production): sign in as a sample person with one tap. */
export function DemoAccountPicker({ accounts, busy, notice, onPick }: DemoAccountPickerProps) {
  if (accounts.length === 0) return null;
  return (
    <View className="demo-accounts" data-testid="demo-accounts">
      <Text className="section-title">演示账号</Text>
      <Text className="muted">点一个账号，直接登录</Text>
      {notice ? <LoginNotice notice={notice} testId="demo-notice" /> : null}
      <View className="demo-accounts__list">
        {accounts.map((account) => (
          <View
            key={account.phone}
            className="demo-account"
            onClick={() => onPick(account)}
            {...ariaRole('button')}
            aria-disabled={busy}
            data-testid="demo-account"
            data-phone={account.phone}
          >
            <Text className="demo-account__name">{account.displayName}</Text>
            <Text className="demo-account__roles">{roleListLabel(account.roles)}</Text>
            <Text className="demo-account__phone">{maskPhone(account.phone)}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
