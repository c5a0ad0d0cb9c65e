import { Input, Text, View } from '@tarojs/components';
import { ariaRole } from '@/components/a11y';
import { cx } from '@/components/class-names';
import type { FormNotice, PhoneLogin } from './use-phone-login';
import { ActionButton } from '@/components/ActionButton';

/** What just happened, or what went wrong: an error is announced as an alert. */
export function LoginNotice({ notice, testId }: { notice: NonNullable<FormNotice>; testId: string }) {
  return (
    <Text
      className={cx('notice', notice.tone === 'error' && 'notice--error')}
      {...ariaRole(notice.tone === 'error' ? 'alert' : 'status')}
      data-testid={testId}
    >
      {notice.text}
    </Text>
  );
}

/** Phone number, one-time code, and the two buttons; the logic lives in usePhoneLogin. */
export function PhoneLoginForm({ form }: { form: PhoneLogin }) {
  const waiting = form.resendSecondsLeft > 0;
  return (
    <View className="phone-form">
      <View className="field">
        <Text className="field__label">手机号</Text>
        <Input
          className="field__input"
          type="number"
          maxlength={11}
          placeholder="请输入11位手机号"
          value={form.phone}
          onInput={(e) => form.setPhone(e.detail.value)}
          aria-label="手机号"
          data-testid="phone-input"
        />
      </View>

      <View className="field">
        <Text className="field__label">验证码</Text>
        <View className="field__row">
          <Input
            className="field__input field__input--code"
            type="number"
            maxlength={8}
            placeholder="短信验证码"
            value={form.code}
            onInput={(e) => form.setCode(e.detail.value)}
            aria-label="验证码"
            data-testid="code-input"
          />
          <ActionButton
            className="field__send"
            type="primary"
            fill="outline"
            disabled={waiting}
            loading={form.sendingCode}
            onClick={() => void form.requestCode()}
            data-testid="request-code-button"
          >
            {waiting ? `${form.resendSecondsLeft}秒后重发` : '获取验证码'}
          </ActionButton>
        </View>
      </View>

      {form.devCode ? (
        <Text className="dev-code" data-testid="dev-code">
          演示验证码：{form.devCode}
        </Text>
      ) : null}

      {form.notice && !form.notice.demo ? <LoginNotice notice={form.notice} testId="login-notice" /> : null}

      <ActionButton
        className="wide-button login-button"
        type="primary"
        size="large"
        block
        loading={form.signingIn}
        onClick={() => void form.signIn()}
        data-testid="login-button"
      >
        登录
      </ActionButton>
    </View>
  );
}
