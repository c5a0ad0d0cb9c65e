import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import RecallsPage from './index';

const recall = (id: string, status: 'OPEN' | 'CLOSED') => ({
  id,
  recallClass: 'CLASS_I',
  origin: 'SAMPLING',
  reason: '恩诺沙星超标',
  status,
  openedAt: '2026-11-22T02:00:00.000Z',
  closedAt: status === 'CLOSED' ? '2026-11-25T02:00:00.000Z' : null,
  batch: { id: '7', lot: 'L20261120', product: { id: '3', name: '戴村土鸡蛋' } },
  progress: { holders: 3, acknowledged: 2, quantityRemoved: 120 },
});

const calls = () => variablesOf('Recalls', vi.mocked(Taro.request).mock.calls);

describe('召回管理', () => {
  beforeEach(() => signInAs('周敏', ['REGULATOR'], '5'));

  it('lists recalls in progress with their class and progress, and opens one', async () => {
    stubGraphQL({ Recalls: (v) => ({ data: { recalls: { items: [recall('4', v.status as 'OPEN')], nextCursor: null } } }) });
    render(<RecallsPage />);
    const item = await screen.findByTestId('recall-item');
    expect(calls()[0]).toMatchObject({ status: 'OPEN' });
    expect(item.textContent).toContain('戴村土鸡蛋 · 批号 L20261120');
    expect(item.textContent).toContain('一级召回');
    expect(item.textContent).toContain('原因：恩诺沙星超标');
    expect(screen.getByTestId('recall-progress').textContent).toBe('已确认 2/3 家，已下架 120 件');
    expect(item.textContent).toContain('官方抽检不合格 · 11月22日发起');

    fireEvent.click(item);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/regulator/pages/recall/index?id=4' });
  });

  it('switches to ended recalls', async () => {
    stubGraphQL({
      Recalls: (v) => ({ data: { recalls: { items: v.status === 'CLOSED' ? [recall('1', 'CLOSED')] : [], nextCursor: null } } }),
    });
    render(<RecallsPage />);
    expect((await screen.findByTestId('empty-state')).textContent).toContain('没有进行中的召回');
    fireEvent.click(screen.getByTestId('recall-status-CLOSED'));
    await waitFor(() => expect(screen.getByTestId('recall-item').textContent).toContain('11月25日结束'));
    expect(calls().at(-1)).toMatchObject({ status: 'CLOSED' });
  });

  it('pages on, and shows the BFF refusal', async () => {
    stubGraphQL({
      Recalls: (v) =>
        v.after
          ? { errors: [{ message: '只有监管人员可以查看召回列表', extensions: { code: 'FORBIDDEN' } }] }
          : { data: { recalls: { items: [recall('4', 'OPEN')], nextCursor: 'c1' } } },
    });
    render(<RecallsPage />);
    fireEvent.click(await screen.findByTestId('recalls-more'));
    expect(await screen.findByText('只有监管人员可以查看召回列表')).toBeTruthy();
    expect(screen.getAllByTestId('recall-item')).toHaveLength(1);
  });
});
