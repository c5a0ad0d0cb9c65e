import { useLoad } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { LoginDemoAccountsDocument } from './login.generated';
import { Card } from '@/components/Card';
import { ElderModeSwitch } from '@/components/ElderModeSwitch';
import { PageShell } from '@/components/PageShell';
import { loadSession } from '@/device/session';
import { returnTargetFrom } from '@/domain/page-access';
import { usePageParams } from '@/hooks/use-page-params';
import { useQuery } from '@/hooks/use-query';
import { DemoAccountPicker } from './DemoAccountPicker';
import { openAfterLogin } from './finish-login';
import { PhoneLoginForm } from './PhoneLoginForm';
import { WechatLoginButton } from './WechatLoginButton';
import { usePhoneLogin } from './use-phone-login';
import './index.css';

const IN_WECHAT = process.env.TARO_ENV === 'weapp';

export default function LoginPage() {
  // The page that sent the person here, to open again once signed in: only a page of this app.
  const returnTo = returnTargetFrom(usePageParams().returnTo);
  const form = usePhoneLogin(returnTo);
  const demo = useQuery(LoginDemoAccountsDocument);
  // A failed demo list only hides the picker; the form below reports network trouble itself.
  const demoAccounts = demo.state.status === 'success' ? demo.state.data.demoAccounts : [];
  // In WeChat people sign in with WeChat; the phone form is there for the demo accounts only.
  const showPhoneForm = !IN_WECHAT || demoAccounts.length > 0;

  useLoad(() => {
    if (loadSession()) void openAfterLogin(returnTo);
  });

  return (
    <PageShell className="login">
      <View className="login__brand">
        <Text className="login__logo">共富</Text>
        <Text className="login__slogan">村里事、家里事，一部手机办</Text>
      </View>

      {/* Outside production, a tester signs in with one tap: the demo accounts come before the form. */}
      <DemoAccountPicker
        accounts={demoAccounts}
        busy={form.sendingCode || form.signingIn}
        notice={form.notice?.demo ? form.notice : null}
        onPick={(account) => void form.signInAsDemo(account.phone)}
      />

      <Card className="login__elder">
        <ElderModeSwitch testId="login-elder-mode-switch" />
      </Card>

      {IN_WECHAT ? (
        <Card>
          <WechatLoginButton returnTo={returnTo} />
        </Card>
      ) : null}

      {showPhoneForm ? (
        <Card title="手机号登录">
          <PhoneLoginForm form={form} />
        </Card>
      ) : null}
    </PageShell>
  );
}
