import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import CounterfeitFlagsPage from './index';

const flag = (id: string, serial: string) => ({
  id,
  serial,
  reason: '24 小时内在杭州市、温州市被扫',
  flaggedAt: '2026-11-22T02:30:00.000Z',
  batch: { id: '7', lot: 'L20261120', product: { gtin: '06901234567892', name: '戴村土鸡蛋' } },
});

describe('疑似假冒', () => {
  beforeEach(() => signInAs('周敏', ['REGULATOR'], '5'));

  it('lists the flagged codes with product, lot, serial, reason and time, and pages on', async () => {
    stubGraphQL({
      CounterfeitFlags: (v) =>
        v.after
          ? { data: { counterfeitFlags: { items: [flag('2', '00000009')], nextCursor: null } } }
          : { data: { counterfeitFlags: { items: [flag('1', '00000007')], nextCursor: 'c1' } } },
    });
    render(<CounterfeitFlagsPage />);
    const first = await screen.findByTestId('counterfeit-flag');
    expect(first.textContent).toContain('戴村土鸡蛋');
    expect(first.textContent).toContain('批号 L20261120 · 单品序号 00000007');
    expect(first.textContent).toContain('原因：24 小时内在杭州市、温州市被扫');
    expect(first.textContent).toMatch(/发现时间：.*11月22日 10:30/);

    fireEvent.click(screen.getByTestId('flags-more'));
    await waitFor(() => expect(screen.getAllByTestId('counterfeit-flag')).toHaveLength(2));
    expect(variablesOf('CounterfeitFlags', vi.mocked(Taro.request).mock.calls).at(-1)).toMatchObject({ after: 'c1' });
    expect(screen.getByText('没有更多了')).toBeTruthy();
  });

  it('says so when nothing is flagged', async () => {
    stubGraphQL({ CounterfeitFlags: () => ({ data: { counterfeitFlags: { items: [], nextCursor: null } } }) });
    render(<CounterfeitFlagsPage />);
    expect((await screen.findByTestId('empty-state')).textContent).toContain('没有疑似假冒的码');
  });

  it('shows the BFF refusal and retries', async () => {
    let allowed = false;
    stubGraphQL({
      CounterfeitFlags: () =>
        allowed
          ? { data: { counterfeitFlags: { items: [flag('1', '00000007')], nextCursor: null } } }
          : { errors: [{ message: '只有监管人员可以查看', extensions: { code: 'FORBIDDEN' } }] },
    });
    render(<CounterfeitFlagsPage />);
    expect((await screen.findByTestId('error-retry')).textContent).toContain('只有监管人员可以查看');
    allowed = true;
    fireEvent.click(screen.getByTestId('retry-button'));
    expect(await screen.findByTestId('counterfeit-flag')).toBeTruthy();
  });

  it('clears a flag the regulator checked, with the reason, and the list loads anew without it', async () => {
    let cleared = false;
    stubGraphQL({
      CounterfeitFlags: () => ({ data: { counterfeitFlags: { items: cleared ? [] : [flag('1', '00000007')], nextCursor: null } } }),
      ClearCounterfeitFlag: () => {
        cleared = true;
        return {
          data: {
            clearCounterfeitFlag: {
              __typename: 'TraceCounterfeitFlag',
              id: '1',
              clearedAt: '2026-11-23T02:00:00.000Z',
              clearingNote: '开放日扫码体验',
            },
          },
        };
      },
    });
    render(<CounterfeitFlagsPage />);
    fireEvent.click(await screen.findByTestId('flag-clear'));
    fireEvent.click(screen.getByTestId('flag-clear-submit'));
    expect(screen.getByTestId('flag-clear-form').textContent).toContain('请写明核查结果');
    expect(variablesOf('ClearCounterfeitFlag', vi.mocked(Taro.request).mock.calls)).toEqual([]);

    fireEvent.change(screen.getByTestId('flag-clear-note'), { target: { value: ' 开放日扫码体验 ' } });
    fireEvent.click(screen.getByTestId('flag-clear-submit'));
    expect((await screen.findByTestId('empty-state')).textContent).toContain('没有疑似假冒的码');
    expect(variablesOf('ClearCounterfeitFlag', vi.mocked(Taro.request).mock.calls)).toEqual([
      { input: { flagId: '1', clearingNote: '开放日扫码体验' } },
    ]);
  });

  it('says so when a colleague cleared it first, and shows the list as it is now', async () => {
    let cleared = false;
    stubGraphQL({
      CounterfeitFlags: () => ({ data: { counterfeitFlags: { items: cleared ? [] : [flag('1', '00000007')], nextCursor: null } } }),
      ClearCounterfeitFlag: () => {
        cleared = true;
        return {
          data: {
            clearCounterfeitFlag: {
              __typename: 'TraceError',
              errorCode: 'FLAG_ALREADY_CLEARED',
              message: '这个码的疑点已经解除了',
              field: null,
            },
          },
        };
      },
    });
    render(<CounterfeitFlagsPage />);
    fireEvent.click(await screen.findByTestId('flag-clear'));
    fireEvent.change(screen.getByTestId('flag-clear-note'), { target: { value: '到店核查无误' } });
    fireEvent.click(screen.getByTestId('flag-clear-submit'));
    expect((await screen.findByTestId('empty-state')).textContent).toContain('没有疑似假冒的码');
  });
});
