import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import { pageParams } from '@/test/taro-mock';
import RecallPage from './index';

const eggs = {
  id: '7',
  lot: 'L20261120',
  productionDate: '2026-11-20',
  quantity: 500,
  product: { id: '3', gtin: '06901234567892', name: '戴村土鸡蛋' },
};
const cake = {
  id: '9',
  lot: 'D20261121',
  productionDate: '2026-11-21',
  quantity: 80,
  product: { id: '4', gtin: '06901234567908', name: '鸡蛋糕' },
};
const shop = { name: '戴村便民超市', creditCode: '92330109MA2L4R7T2P' };
const bakery = { name: '浦江糕点坊', creditCode: '92330726MA2B3C4D5X' };

function recallOf(status: 'OPEN' | 'CLOSED', acknowledged: boolean) {
  return {
    id: '4',
    recallClass: 'CLASS_I',
    origin: 'SAMPLING',
    reason: '恩诺沙星超标',
    status,
    openedAt: '2026-11-22T02:00:00.000Z',
    closedAt: status === 'CLOSED' ? '2026-11-25T02:00:00.000Z' : null,
    closingNote: status === 'CLOSED' ? '已全部下架销毁' : null,
    batch: eggs,
    affectedBatches: [
      { relation: 'ROOT', batch: eggs },
      { relation: 'DOWNSTREAM', batch: cake },
    ],
    scope: {
      made: 580,
      received: 200,
      sold: 60,
      scans: 12,
      scanners: 5,
      shipped: [
        { quantity: 200, to: shop, batch: eggs },
        { quantity: 50, to: null, batch: cake },
      ],
    },
    holders: [
      {
        id: '21',
        notifiedAt: '2026-11-22T02:00:00.000Z',
        acknowledgedAt: '2026-11-22T04:00:00.000Z',
        reportedAt: '2026-11-22T04:00:00.000Z',
        quantityRemoved: 140,
        merchant: shop,
        batch: eggs,
      },
      {
        id: '22',
        notifiedAt: '2026-11-22T02:00:00.000Z',
        acknowledgedAt: acknowledged ? '2026-11-23T04:00:00.000Z' : null,
        reportedAt: null,
        quantityRemoved: acknowledged ? 20 : null,
        merchant: bakery,
        batch: cake,
      },
    ],
    progress: { holders: 2, acknowledged: acknowledged ? 2 : 1, quantityRemoved: acknowledged ? 160 : 140 },
  };
}

describe('召回详情', () => {
  beforeEach(() => {
    signInAs('周敏', ['REGULATOR'], '5');
    pageParams.current = { id: '4' };
  });

  it('shows the root batch, class, reason, affected batches, scope and holders, pending ones first and highlighted', async () => {
    stubGraphQL({ RecallDetail: () => ({ data: { recall: recallOf('OPEN', false) } }) });
    render(<RecallPage />);
    expect((await screen.findByTestId('recall-class')).textContent).toBe('一级召回');
    expect(variablesOf('RecallDetail', vi.mocked(Taro.request).mock.calls)[0]).toEqual({ id: '4' });
    expect(screen.getByTestId('recall-status').textContent).toBe('进行中');
    expect(screen.getByTestId('recall-root').textContent).toBe('戴村土鸡蛋 · 批号 L20261120');
    expect(screen.getByTestId('recall-reason').textContent).toBe('原因：恩诺沙星超标');
    expect(document.body.textContent).toContain('官方抽检不合格');
    expect(screen.getByTestId('recall-progress').textContent).toBe('已确认 1/2 家，已下架 140 件');

    const affected = screen.getAllByTestId('affected-batch');
    expect(affected[1].textContent).toContain('鸡蛋糕 · 批号 D20261121');
    expect(affected[1].textContent).toContain('用它加工的批次');

    expect(screen.getByTestId('scope-made').textContent).toBe('580 件');
    const shipments = screen.getAllByTestId('scope-shipment').map((s) => s.textContent);
    expect(shipments).toEqual(['戴村便民超市：戴村土鸡蛋 · 批号 L20261120，200 件', '未登记的收货方：鸡蛋糕 · 批号 D20261121，50 件']);
    expect(screen.getByTestId('scope-received').textContent).toBe('200 件');
    expect(screen.getByTestId('scope-sold').textContent).toBe('60 件');
    expect(screen.getByTestId('scope-scans').textContent).toBe('12 次，5 人已收到提醒');

    const holders = screen.getAllByTestId('recall-holder');
    expect(holders[0].getAttribute('data-pending')).toBe('true');
    expect(holders[0].className).toContain('recall-holder--pending');
    expect(holders[0].textContent).toContain('浦江糕点坊');
    expect(holders[0].textContent).toContain('还没确认');
    expect(holders[1].textContent).toContain('11月22日 12:00 确认，已下架 140 件');
    expect(screen.getByTestId('close-hint').textContent).toContain('还有 1 家商家没有确认');
  });

  it('asks for a closing note, and shows the BFF refusal while a holder is pending', async () => {
    stubGraphQL({
      RecallDetail: () => ({ data: { recall: recallOf('OPEN', false) } }),
      CloseRecall: () => ({
        data: {
          closeRecall: {
            __typename: 'TraceError',
            errorCode: 'RECALL_HOLDERS_PENDING',
            message: '还有 1 家商家没有确认召回，不能结束',
            field: null,
          },
        },
      }),
    });
    render(<RecallPage />);
    fireEvent.click(await screen.findByTestId('close-submit'));
    expect(screen.getByTestId('close-notice').textContent).toContain('请写结束说明');
    expect(screen.getByTestId('close-note-error').textContent).toContain('请写结束说明');
    expect(screen.queryByTestId('confirm-sheet')).toBeNull();

    fireEvent.change(screen.getByTestId('close-note'), { target: { value: '已全部下架销毁' } });
    expect(screen.queryByTestId('close-note-error')).toBeNull();
    fireEvent.click(screen.getByTestId('close-submit'));
    expect(screen.getByTestId('confirm-sheet').textContent).toContain('说明：已全部下架销毁');
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('close-notice')).textContent).toBe('还有 1 家商家没有确认召回，不能结束');
    expect(screen.getByTestId('recall-status').textContent).toBe('进行中');
  });

  it('closes a recall every holder acknowledged, and then shows it ended with its note', async () => {
    let closed = false;
    stubGraphQL({
      RecallDetail: () => ({ data: { recall: recallOf(closed ? 'CLOSED' : 'OPEN', true) } }),
      CloseRecall: (v) => {
        closed = true;
        return {
          data: {
            closeRecall: {
              id: '4',
              status: 'CLOSED',
              closedAt: '2026-11-25T02:00:00.000Z',
              closingNote: (v.input as { note: string }).note,
            },
          },
        };
      },
    });
    render(<RecallPage />);
    expect((await screen.findByTestId('close-hint')).textContent).toContain('所有商家都已确认');
    fireEvent.change(screen.getByTestId('close-note'), { target: { value: '已全部下架销毁' } });
    fireEvent.click(screen.getByTestId('close-submit'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getByTestId('recall-status').textContent).toBe('已结束'));
    expect(variablesOf('CloseRecall', vi.mocked(Taro.request).mock.calls)[0]).toEqual({ input: { recallId: '4', note: '已全部下架销毁' } });
    expect(screen.getByTestId('recall-closing-note').textContent).toBe('结束说明：已全部下架销毁');
    expect(screen.queryByTestId('close-submit')).toBeNull();
  });

  it('explains a missing id, and shows why a recall cannot be loaded', async () => {
    pageParams.current = {};
    const { unmount } = render(<RecallPage />);
    expect(screen.getByTestId('empty-state').textContent).toContain('没有指定要看的召回');
    unmount();

    pageParams.current = { id: '99' };
    stubGraphQL({ RecallDetail: () => ({ errors: [{ message: '找不到这次召回', extensions: { code: 'NOT_FOUND' } }] }) });
    render(<RecallPage />);
    expect((await screen.findByTestId('error-retry')).textContent).toContain('找不到这次召回');
  });
});
