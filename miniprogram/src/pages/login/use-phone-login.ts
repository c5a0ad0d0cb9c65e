import { useState } from 'react';
import { PhoneLoginDocument, RequestLoginCodeDocument } from './login.generated';
import { request } from '@/api/client';
import { toApiError } from '@/api/api-error';
import { isMainlandMobile } from '@/domain/phone';
import { describeLoginResult, waitHint } from './login-outcome';
import { finishLogin } from './finish-login';
import { useCountdown } from './use-countdown';

/** A line under the form: what just happened, or what went wrong. */
export type FormNotice = { tone: 'info' | 'error'; text: string } | null;

const CODE_PATTERN = /^\d{4,8}$/;

/** The phone + one-time code login: its fields, the resend countdown, and both calls. */
export function usePhoneLogin() {
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [devCode, setDevCode] = useState<string | null>(null);
  const [notice, setNotice] = useState<FormNotice>(null);
  const [sendingCode, setSendingCode] = useState(false);
  const [signingIn, setSigningIn] = useState(false);
  const resend = useCountdown();
  // The demo number last picked: asking again for it (获取验证码 after the wait) is still the picker's.
  const [pickedDemoPhone, setPickedDemoPhone] = useState<string | null>(null);

  /**
   * `forPhone` lets the demo picker send for the number it just filled in, `fromDemoPicker` asks
   * for the demo account's code on screen (the BFF shows it only while demo data is on).
   */
  async function requestCode(forPhone: string = phone, fromDemoPicker = forPhone === pickedDemoPhone): Promise<void> {
    if (!isMainlandMobile(forPhone)) {
      setNotice({ tone: 'error', text: '请输入11位手机号码' });
      return;
    }
    if (fromDemoPicker) setPickedDemoPhone(forPhone);
    setSendingCode(true);
    setNotice(null);
    setDevCode(null);
    try {
      const { requestLoginCode: result } = await request(RequestLoginCodeDocument, { phone: forPhone, fromDemoPicker });
      switch (result.__typename) {
        case 'LoginCodeSent':
          resend.start(result.resendAfterSeconds);
          setNotice({
            tone: 'info',
            text: `验证码已发到 ${result.phoneMasked}，${waitHint(result.expiresInSeconds)}内有效`,
          });
          if (result.devCode) {
            setDevCode(result.devCode);
            setCode(result.devCode);
          }
          break;
        case 'RateLimitedError':
          resend.start(result.retryAfterSeconds);
          setNotice({ tone: 'error', text: `${result.message}（请 ${waitHint(result.retryAfterSeconds)} 后再试）` });
          break;
      }
    } catch (error) {
      setNotice({ tone: 'error', text: toApiError(error).message });
    } finally {
      setSendingCode(false);
    }
  }

  async function signIn(): Promise<void> {
    if (!isMainlandMobile(phone)) {
      setNotice({ tone: 'error', text: '请输入11位手机号码' });
      return;
    }
    if (!CODE_PATTERN.test(code)) {
      setNotice({ tone: 'error', text: '请输入短信验证码' });
      return;
    }
    setSigningIn(true);
    setNotice(null);
    try {
      const { phoneLogin } = await request(PhoneLoginDocument, { phone, code });
      const outcome = describeLoginResult(phoneLogin);
      if (outcome.kind === 'signedIn') {
        finishLogin(outcome.session);
        return;
      }
      setNotice({ tone: 'error', text: outcome.message });
    } catch (error) {
      setNotice({ tone: 'error', text: toApiError(error).message });
    } finally {
      setSigningIn(false);
    }
  }

  return {
    phone,
    setPhone,
    code,
    setCode,
    devCode,
    notice,
    sendingCode,
    signingIn,
    resendSecondsLeft: resend.secondsLeft,
    requestCode,
    signIn,
  };
}

export type PhoneLogin = ReturnType<typeof usePhoneLogin>;
