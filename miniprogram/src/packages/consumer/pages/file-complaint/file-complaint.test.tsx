import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { merchant, refused } from '@/test/complaint-fixtures';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import { pageParams } from '@/test/taro-mock';
import FileComplaintPage from './index';

const calls = () => vi.mocked(Taro.request).mock.calls;

/** Holds the answers to one operation until release() is called, as a slow network would. */
function holdAnswers(operation: string): () => void {
  const answer = vi.mocked(Taro.request).getMockImplementation()!;
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  vi.mocked(Taro.request).mockImplementation((async (options: { data: { query: string } }) => {
    if (new RegExp(`mutation ${operation}\\b`).test(options.data.query)) await gate;
    return answer(options as never);
  }) as never);
  return release;
}

async function pickMerchantBySearch() {
  fireEvent.change(screen.getByTestId('merchant-search'), { target: { value: '陈记' } });
  fireEvent.click(screen.getByTestId('merchant-search-button'));
  fireEvent.click(await screen.findByTestId('merchant-option'));
  expect(screen.getByTestId('merchant-chosen').textContent).toContain('陈记水果店');
}

function fillForm({ amount = '25.5' }: { amount?: string } = {}) {
  fireEvent.click(screen.getByTestId('complaint-category-FOOD_SAFETY'));
  fireEvent.change(screen.getByTestId('complaint-narrative-input'), { target: { value: '昨天买的橘子一半是烂的，老板不给退。' } });
  fireEvent.click(screen.getByTestId('complaint-demand-input-REFUND'));
  fireEvent.change(screen.getByTestId('complaint-amount-input'), { target: { value: amount } });
}

describe('我要投诉', () => {
  beforeEach(() => signInAs('李明', ['CONSUMER'], '2'));

  it('finds the shop, asks to confirm, files once on a double tap and opens the complaint', async () => {
    stubGraphQL({
      AccountPickerSearch: () => ({ data: { searchMerchants: { items: [merchant], nextCursor: null } } }),
      FileComplaint: () => ({ data: { fileComplaint: { id: '41', status: 'SUBMITTED' } } }),
    });
    const release = holdAnswers('FileComplaint');
    vi.mocked(Taro.chooseImage).mockResolvedValue({ tempFilePaths: ['blob:box'] } as never);
    vi.mocked(Taro.uploadFile).mockResolvedValue({ statusCode: 201, data: JSON.stringify({ key: '2/202611/box.png' }) } as never);
    render(<FileComplaintPage />);

    await pickMerchantBySearch();
    expect(variablesOf('AccountPickerSearch', calls())[0]).toMatchObject({ query: '陈记' });
    expect(screen.getByTestId('merchant-odr').textContent).toContain('市场监管部门');
    fillForm();
    fireEvent.click(screen.getByTestId('add-photo'));
    await waitFor(() => expect(screen.getByTestId('photo-item').getAttribute('data-status')).toBe('done'));

    fireEvent.click(screen.getByTestId('file-review'));
    const sheet = screen.getByTestId('file-confirm');
    expect(sheet.textContent).toContain('陈记水果店');
    expect(sheet.textContent).toContain('退款 25.50 元');
    expect(sheet.textContent).toContain('1 张');

    fireEvent.click(screen.getByTestId('confirm-ok'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    release();
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/consumer/pages/complaint/index?id=41' }));
    const filed = variablesOf('FileComplaint', calls());
    expect(filed).toHaveLength(1);
    expect(filed[0].input).toMatchObject({
      merchantId: '7',
      category: 'FOOD_SAFETY',
      demand: 'REFUND',
      amountFen: 2550,
      evidence: ['2/202611/box.png'],
      source: 'SEARCH',
      traceCode: null,
    });
    expect((filed[0].input as { idempotencyKey: string }).idempotencyKey).toMatch(/^[0-9a-f]{32}$/);
  });

  it('sends the same key again after a lost answer, so the complaint is filed only once', async () => {
    let online = false;
    stubGraphQL({
      AccountPickerSearch: () => ({ data: { searchMerchants: { items: [merchant], nextCursor: null } } }),
      FileComplaint: () => {
        if (!online) throw { errMsg: 'request:fail' };
        return { data: { fileComplaint: { id: '41', status: 'SUBMITTED' } } };
      },
    });
    render(<FileComplaintPage />);
    await pickMerchantBySearch();
    fillForm();
    fireEvent.click(screen.getByTestId('file-review'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('file-sheet-notice')).textContent).toBe('网络不通，请检查网络后重试');

    online = true;
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled());
    const keys = variablesOf('FileComplaint', calls()).map((v) => (v.input as { idempotencyKey: string }).idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('shows the BFF refusal in the sheet and stays on the form', async () => {
    stubGraphQL({
      AccountPickerSearch: () => ({ data: { searchMerchants: { items: [merchant], nextCursor: null } } }),
      FileComplaint: () => refused('fileComplaint', 'CANNOT_COMPLAIN_ABOUT_OWN_BUSINESS', '不能投诉自己经营的商家', 'merchantId'),
    });
    render(<FileComplaintPage />);
    await pickMerchantBySearch();
    fillForm();
    fireEvent.click(screen.getByTestId('file-review'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('file-sheet-notice')).textContent).toBe('不能投诉自己经营的商家');
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });

  it('puts the BFF’s refusal on the field at fault, and a new tap is a new attempt', async () => {
    stubGraphQL({
      AccountPickerSearch: () => ({ data: { searchMerchants: { items: [merchant], nextCursor: null } } }),
      FileComplaint: () => refused('fileComplaint', 'AMOUNT_NOT_ALLOWED', '道歉不涉及金额；其他诉求请填写金额', 'amountFen'),
    });
    render(<FileComplaintPage />);
    await pickMerchantBySearch();
    fillForm();
    fireEvent.click(screen.getByTestId('file-review'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('complaint-amount-input-error')).textContent).toBe('道歉不涉及金额；其他诉求请填写金额');
    fireEvent.click(screen.getByTestId('confirm-cancel'));
    expect(screen.getByTestId('file-notice').textContent).toBe('道歉不涉及金额；其他诉求请填写金额');
    fireEvent.change(screen.getByTestId('complaint-amount-input'), { target: { value: '30' } });
    expect(screen.queryByTestId('complaint-amount-input-error')).toBeNull();
    expect(screen.queryByTestId('file-notice')).toBeNull();

    fireEvent.click(screen.getByTestId('file-review'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await screen.findByTestId('complaint-amount-input-error');
    const keys = variablesOf('FileComplaint', calls()).map((v) => (v.input as { idempotencyKey: string }).idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('checks the form before asking to confirm', async () => {
    stubGraphQL({ AccountPickerSearch: () => ({ data: { searchMerchants: { items: [merchant], nextCursor: null } } }) });
    render(<FileComplaintPage />);
    fireEvent.click(screen.getByTestId('file-review'));
    expect(screen.getByTestId('file-notice').textContent).toBe('请先找到要投诉的商家');

    await pickMerchantBySearch();
    fireEvent.click(screen.getByTestId('complaint-category-QUALITY'));
    fireEvent.change(screen.getByTestId('complaint-narrative-input'), { target: { value: '坏了' } });
    fireEvent.click(screen.getByTestId('file-review'));
    expect(screen.getByTestId('file-notice').textContent).toBe('请把经过说清楚一些（至少 10 个字）');
    expect(screen.getByTestId('complaint-narrative-input-error').textContent).toBe('请把经过说清楚一些（至少 10 个字）');

    fillForm({ amount: '' });
    fireEvent.click(screen.getByTestId('file-review'));
    expect(screen.getByTestId('file-notice').textContent).toBe('要求退款，请填金额');

    fireEvent.change(screen.getByTestId('complaint-amount-input'), { target: { value: '25.555' } });
    fireEvent.click(screen.getByTestId('file-review'));
    expect(screen.getByTestId('file-notice').textContent).toBe('金额请填数字，例如 25 或 25.50');
    expect(screen.queryByTestId('file-confirm')).toBeNull();

    // An apology has no amount to fill.
    fireEvent.click(screen.getByTestId('complaint-demand-input-APOLOGY'));
    expect(screen.queryByTestId('complaint-amount-input')).toBeNull();
    fireEvent.click(screen.getByTestId('file-review'));
    expect(screen.getByTestId('file-confirm').textContent).toContain('道歉');
  });

  it('clears each message the moment its field is put right, and takes the reader to the field at fault', async () => {
    stubGraphQL({ AccountPickerSearch: () => ({ data: { searchMerchants: { items: [merchant], nextCursor: null } } }) });
    render(<FileComplaintPage />);
    const review = () => fireEvent.click(screen.getByTestId('file-review'));

    review();
    expect(screen.getByTestId('file-notice').textContent).toBe('请先找到要投诉的商家');
    await pickMerchantBySearch();
    expect(screen.queryByTestId('file-notice')).toBeNull();

    review();
    expect(screen.getByTestId('complaint-category-error').textContent).toBe('请选是哪方面的问题');
    expect(document.activeElement).toBe(screen.getByTestId('complaint-category'));
    fireEvent.click(screen.getByTestId('complaint-category-QUALITY'));
    expect(screen.queryByTestId('complaint-category-error')).toBeNull();
    expect(screen.queryByTestId('file-notice')).toBeNull();

    review();
    expect(screen.getByTestId('complaint-narrative-input-error').textContent).toBe('请把经过说清楚一些（至少 10 个字）');
    expect(document.activeElement).toBe(screen.getByTestId('complaint-narrative-input'));
    fireEvent.change(screen.getByTestId('complaint-narrative-input'), { target: { value: '昨天买的橘子一半是烂的，老板不给退。' } });
    expect(screen.queryByTestId('complaint-narrative-input-error')).toBeNull();

    review();
    expect(screen.getByTestId('complaint-demand-input-error').textContent).toBe('请选您希望商家怎么解决');
    expect(document.activeElement).toBe(screen.getByTestId('complaint-demand-input'));
    fireEvent.click(screen.getByTestId('complaint-demand-input-APOLOGY'));
    expect(screen.queryByTestId('complaint-demand-input-error')).toBeNull();
    expect(screen.queryByTestId('file-notice')).toBeNull();
  });

  it('arriving from a scan, takes the product maker as the shop and files as a scan', async () => {
    pageParams.current = { traceCode: '(01)06901234567892(10)A1' };
    stubGraphQL({
      MerchantForTraceCode: () => ({ data: { merchantForTraceCode: { ...merchant, odr: true } } }),
      FileComplaint: () => ({ data: { fileComplaint: { id: '42', status: 'NEGOTIATING' } } }),
    });
    render(<FileComplaintPage />);
    expect((await screen.findByTestId('merchant-chosen')).textContent).toContain('陈记水果店');
    expect(variablesOf('MerchantForTraceCode', calls())[0]).toEqual({ code: '(01)06901234567892(10)A1' });
    expect(screen.getByTestId('merchant-odr').textContent).toContain('10 个工作日内');
    fillForm();
    fireEvent.click(screen.getByTestId('file-review'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/consumer/pages/complaint/index?id=42' }));
    expect(variablesOf('FileComplaint', calls())[0].input).toMatchObject({ source: 'SCAN', traceCode: '(01)06901234567892(10)A1' });
  });

  it('when the scanned product has no registered maker, says so and offers the search', async () => {
    pageParams.current = { traceCode: 'X1' };
    stubGraphQL({ MerchantForTraceCode: () => ({ data: { merchantForTraceCode: null } }) });
    render(<FileComplaintPage />);
    expect((await screen.findByTestId('trace-merchant-missing')).textContent).toContain('还没有在本平台登记');
    expect(screen.getByTestId('merchant-search')).toBeTruthy();
  });
});
