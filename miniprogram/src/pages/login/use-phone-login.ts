import { useState } from 'react';
import { PhoneLoginDocument, RequestLoginCodeDocument } from './login.generated';
import { request } from '@/api/client';
import { toApiError } from '@/api/api-error';
import { isMainlandMobile } from '@/domain/phone';
import { describeLoginResult, waitHint } from './login-outcome';
import { finishLogin } from './finish-login';
import { useCountdown } from './use-countdown';

/**
 * A line on the page: what just happened, or what went wrong. `demo` ones are shown with the demo
 * accounts, where the tap was, the others under the form.
 */
export type FormNotice = { tone: 'info' | 'error'; text: string; demo?: boolean } | null;

const CODE_PATTERN = /^\d{4,8}$/;

/** Said once, with how long to wait: the code was asked for too often. */
export function codeWaitNotice(seconds: number, demo = false): FormNotice {
  return { tone: 'error', text: `验证码发得太频繁了，请过${waitHint(seconds)}再试。`, demo };
}

/**
 * The phone + one-time code login: its fields, the resend countdown, both calls, and the demo
 * accounts' one tap. Signed in, it opens `returnTo` (a checked page of this app) or home.
 */
export function usePhoneLogin(returnTo: string | null = null) {
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
   * Asks the BFF for a code and answers it, or null when refused. `fromDemoPicker` asks for the
   * demo account's code on screen (the BFF shows it only while demo data is on).
   */
  async function askForCode(forPhone: string, fromDemoPicker: boolean): Promise<string | null> {
    setSendingCode(true);
    setNotice(null);
    setDevCode(null);
    try {
      const { requestLoginCode: result } = await request(RequestLoginCodeDocument, { phone: forPhone, fromDemoPicker });
      switch (result.__typename) {
        case 'LoginCodeSent':
          resend.start(result.resendAfterSeconds);
          if (result.devCode) {
            setDevCode(result.devCode);
            setCode(result.devCode);
            return result.devCode;
          }
          setNotice({
            tone: 'info',
            text: `验证码已发到 ${result.phoneMasked}，${waitHint(result.expiresInSeconds)}内有效`,
            demo: fromDemoPicker,
          });
          return null;
        case 'RateLimitedError':
          resend.start(result.retryAfterSeconds);
          setNotice(codeWaitNotice(result.retryAfterSeconds, fromDemoPicker));
          return null;
      }
    } catch (error) {
      setNotice({ tone: 'error', text: toApiError(error).message, demo: fromDemoPicker });
      return null;
    } finally {
      setSendingCode(false);
    }
  }

  /** 获取验证码: `forPhone` defaults to the number typed in. */
  async function requestCode(forPhone: string = phone): Promise<void> {
    if (!isMainlandMobile(forPhone)) {
      setNotice({ tone: 'error', text: '请输入11位手机号码' });
      return;
    }
    await askForCode(forPhone, forPhone === pickedDemoPhone);
  }

  async function signInWith(forPhone: string, withCode: string, demo: boolean): Promise<void> {
    setSigningIn(true);
    setNotice(null);
    try {
      const { phoneLogin } = await request(PhoneLoginDocument, { phone: forPhone, code: withCode });
      const outcome = describeLoginResult(phoneLogin);
      if (outcome.kind === 'signedIn') {
        finishLogin(outcome.session, returnTo);
        return;
      }
      setNotice({ tone: 'error', text: outcome.message, demo });
    } catch (error) {
      setNotice({ tone: 'error', text: toApiError(error).message, demo });
    } finally {
      setSigningIn(false);
    }
  }

  /** 登录 under the form. */
  async function signIn(): Promise<void> {
    if (!isMainlandMobile(phone)) {
      setNotice({ tone: 'error', text: '请输入11位手机号码' });
      return;
    }
    if (!CODE_PATTERN.test(code)) {
      setNotice({ tone: 'error', text: '请输入短信验证码' });
      return;
    }
    await signInWith(phone, code, false);
  }

  /**
   * One tap on a demo account signs in: its code, which the BFF shows while demo data is on, is
   * asked for and used at once. Tapped again while the code may not be sent again, it says how
   * long to wait, without asking the BFF.
   */
  async function signInAsDemo(demoPhone: string): Promise<void> {
    if (sendingCode || signingIn) return;
    setPhone(demoPhone);
    if (demoPhone === pickedDemoPhone && resend.secondsLeft > 0) {
      setNotice(codeWaitNotice(resend.secondsLeft, true));
      return;
    }
    setPickedDemoPhone(demoPhone);
    const demoCode = await askForCode(demoPhone, true);
    if (demoCode) await signInWith(demoPhone, demoCode, true);
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
    signInAsDemo,
  };
}

export type PhoneLogin = ReturnType<typeof usePhoneLogin>;
