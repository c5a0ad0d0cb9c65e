import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import MerchantBusinessPage from './index';

const calls = () => vi.mocked(Taro.request).mock.calls;
const shop = {
  id: '7',
  creditCode: '91330102MA2XXXXX1X',
  name: '陈记水果店',
  address: '大石盖村 12 号',
  licenceScope: '水果零售',
  odr: false,
};

function fill(code: string) {
  fireEvent.change(screen.getByTestId('register-credit-code'), { target: { value: code } });
  fireEvent.change(screen.getByTestId('register-name'), { target: { value: '陈记土菜馆' } });
  fireEvent.change(screen.getByTestId('register-address'), { target: { value: '大石盖村 15 号' } });
  fireEvent.change(screen.getByTestId('register-scope'), { target: { value: '餐饮服务' } });
}

describe('商家登记', () => {
  beforeEach(() => signInAs('陈建国', ['MERCHANT'], '3'));

  it('lists the businesses and joins ODR after reading what it commits to', async () => {
    let odr = false;
    stubGraphQL({
      MyMerchants: () => ({ data: { myMerchants: [{ ...shop, odr }] } }),
      SetMerchantOdr: (v) => {
        odr = (v.input as { odr: boolean }).odr;
        return { data: { setMerchantOdr: { ...shop, odr } } };
      },
    });
    render(<MerchantBusinessPage />);
    const card = await screen.findByTestId('my-merchant');
    expect(card.textContent).toContain('91330102MA2XXXXX1X');
    expect(card.textContent).toContain('未加入');
    fireEvent.click(within(card).getByTestId('odr-switch'));
    const sheet = screen.getByTestId('odr-sheet');
    expect(sheet.textContent).toContain('10 个工作日内');
    fireEvent.click(within(sheet).getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getByTestId('odr-notice').textContent).toContain('已加入 ODR'));
    expect(variablesOf('SetMerchantOdr', calls())[0]).toEqual({ input: { merchantId: '7', odr: true } });
    await waitFor(() => expect(screen.getByTestId('odr-switch').getAttribute('aria-checked')).toBe('true'));
  });

  it('hints at the code’s format while typing, and registers a business', async () => {
    const registered: unknown[] = [];
    stubGraphQL({
      MyMerchants: () => ({ data: { myMerchants: registered } }),
      RegisterMerchant: (v) => {
        const input = v.input as typeof shop;
        registered.push({ ...input, id: '8' });
        return { data: { registerMerchant: { ...input, id: '8' } } };
      },
    });
    render(<MerchantBusinessPage />);
    expect((await screen.findByTestId('empty-state')).textContent).toContain('还没有登记商家');
    fireEvent.change(screen.getByTestId('register-credit-code'), { target: { value: '9133' } });
    expect(screen.getByTestId('credit-code-hint').textContent).toBe('还差 14 位（一共 18 位）');
    fireEvent.change(screen.getByTestId('register-credit-code'), { target: { value: '91330102MA2O' } });
    expect(screen.getByTestId('credit-code-hint').textContent).toContain('没有字母 O');
    fireEvent.click(screen.getByTestId('register-submit'));
    expect(screen.getByTestId('register-notice').textContent).toContain('统一社会信用代码：');
    expect(variablesOf('RegisterMerchant', calls())).toHaveLength(0);

    fill('91330102ma2yyyyy2y');
    fireEvent.click(screen.getByTestId('register-odr'));
    fireEvent.click(screen.getByTestId('register-submit'));
    await waitFor(() => expect(screen.getByTestId('register-notice').textContent).toBe('已登记 陈记土菜馆'));
    expect(variablesOf('RegisterMerchant', calls())[0]).toEqual({
      input: { creditCode: '91330102MA2YYYYY2Y', name: '陈记土菜馆', address: '大石盖村 15 号', licenceScope: '餐饮服务', odr: true },
    });
    await waitFor(() => expect(screen.getAllByTestId('my-merchant')).toHaveLength(1));
  });

  it('shows the BFF’s check-character refusal under the code', async () => {
    stubGraphQL({
      MyMerchants: () => ({ data: { myMerchants: [] } }),
      RegisterMerchant: () => ({
        data: {
          registerMerchant: {
            __typename: 'ComplaintError',
            errorCode: 'CREDIT_CODE_CHECK',
            message: '统一社会信用代码校验位不对，请核对营业执照',
            field: 'creditCode',
          },
        },
      }),
    });
    render(<MerchantBusinessPage />);
    await screen.findByTestId('empty-state');
    fill('91330102MA2XXXXX19');
    fireEvent.click(screen.getByTestId('register-submit'));
    await waitFor(() => expect(screen.getByTestId('register-notice').textContent).toBe('统一社会信用代码校验位不对，请核对营业执照'));
    expect(screen.getByTestId('credit-code-hint').textContent).toContain('最后一位对不上');
    // Typing again clears the refusal from the code's hint.
    fireEvent.change(screen.getByTestId('register-credit-code'), { target: { value: '91330102MA2XXXXX1X' } });
    expect(screen.getByTestId('credit-code-hint').textContent).toContain('18 位');
    expect(screen.queryByTestId('register-notice')).toBeNull();
  });

  it('puts the form’s own refusals on the field at fault', async () => {
    stubGraphQL({ MyMerchants: () => ({ data: { myMerchants: [] } }) });
    render(<MerchantBusinessPage />);
    await screen.findByTestId('empty-state');
    fill('91330102MA2XXXXX1X');
    fireEvent.change(screen.getByTestId('register-address'), { target: { value: '12' } });
    fireEvent.click(screen.getByTestId('register-submit'));
    expect(screen.getByTestId('register-address-error').textContent).toBe('请填经营地址（至少 4 个字）');
    expect(screen.queryByTestId('register-name-error')).toBeNull();
    expect(variablesOf('RegisterMerchant', calls())).toHaveLength(0);
  });
});
