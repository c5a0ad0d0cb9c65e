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
});
