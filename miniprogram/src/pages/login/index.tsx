import Taro, { useLoad } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { LoginDemoAccountsDocument } from './login.generated';
import { Card } from '@/components/Card';
import { ElderModeSwitch } from '@/components/ElderModeSwitch';
import { PageShell } from '@/components/PageShell';
import { loadSession } from '@/device/session';
import { useQuery } from '@/hooks/use-query';
import { ROUTES } from '@/routes';
import { DemoAccountPicker } from './DemoAccountPicker';
import { PhoneLoginForm } from './PhoneLoginForm';
import { WechatLoginButton } from './WechatLoginButton';
import { usePhoneLogin } from './use-phone-login';
import './index.css';

const IN_WECHAT = process.env.TARO_ENV === 'weapp';

export default function LoginPage() {
  const form = usePhoneLogin();
  const demo = useQuery(LoginDemoAccountsDocument);
  // A failed demo list only hides the picker; the form below reports network trouble itself.
  const demoAccounts = demo.state.status === 'success' ? demo.state.data.demoAccounts : [];
  // In WeChat people sign in with WeChat; the phone form is there for the demo accounts only.
  const showPhoneForm = !IN_WECHAT || demoAccounts.length > 0;

  useLoad(() => {
    if (loadSession()) void Taro.switchTab({ url: ROUTES.home });
  });

  return (
    <PageShell className="login">
      <View className="login__brand">
        <Text className="login__logo">共富</Text>
        <Text className="login__slogan">村里事、家里事，一部手机办</Text>
      </View>

      <Card className="login__elder">
        <ElderModeSwitch testId="login-elder-mode-switch" />
      </Card>

      {IN_WECHAT ? (
        <Card>
          <WechatLoginButton />
        </Card>
      ) : null}

      {showPhoneForm ? (
        <Card title="手机号登录">
          <PhoneLoginForm form={form} />
        </Card>
      ) : null}

      <DemoAccountPicker
        accounts={demoAccounts}
        onPick={(account) => {
          form.setPhone(account.phone);
          void form.requestCode(account.phone, true);
        }}
      />
    </PageShell>
  );
}
