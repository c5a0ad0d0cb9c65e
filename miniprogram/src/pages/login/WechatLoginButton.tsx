import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { WechatLoginDocument } from './login.generated';
import { request } from '@/api/client';
import { toApiError } from '@/api/api-error';
import { ariaRole } from '@/components/a11y';
import { describeLoginResult } from './login-outcome';
import { finishLogin } from './finish-login';
import { ActionButton } from '@/components/ActionButton';

/** WeChat only: Taro.login gives a one-time code that the BFF trades for the account via code2Session. */
export function WechatLoginButton({ returnTo }: { returnTo: string | null }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function signIn() {
    setBusy(true);
    setError(null);
    try {
      let code: string;
      try {
        ({ code } = await Taro.login());
      } catch {
        setError('微信没有完成授权，请再点一次');
        return;
      }
      const { wechatLogin } = await request(WechatLoginDocument, { code });
      const outcome = describeLoginResult(wechatLogin);
      if (outcome.kind === 'signedIn') finishLogin(outcome.session, returnTo);
      else setError(outcome.message);
    } catch (failure) {
      setError(toApiError(failure).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="wechat-login">
      <ActionButton
        className="wide-button"
        type="primary"
        size="large"
        block
        loading={busy}
        onClick={() => void signIn()}
        data-testid="wechat-login-button"
      >
        微信一键登录
      </ActionButton>
      {error ? (
        <Text className="notice notice--error" {...ariaRole('alert')}>
          {error}
        </Text>
      ) : null}
    </View>
  );
}
