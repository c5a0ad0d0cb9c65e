import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { complaintDetail, deadline, proposedSettlement, refused } from '@/test/complaint-fixtures';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import { pageParams } from '@/test/taro-mock';
import MerchantComplaintPage from './index';

const calls = () => vi.mocked(Taro.request).mock.calls;
const asMerchant = (change: Record<string, unknown> = {}) =>
  complaintDetail({ myParty: 'MERCHANT', consumer: { displayName: '李*', phone: '138****0002' }, ...change });

describe('投诉处理（商家）', () => {
  beforeEach(() => {
    signInAs('陈建国', ['MERCHANT'], '3');
    pageParams.current = { id: '41' };
    vi.mocked(Taro.downloadFile).mockResolvedValue({ statusCode: 200, tempFilePath: 'blob:photo' } as never);
  });

  it('shows the masked consumer, the thread from the shop’s side, and replies', async () => {
    stubGraphQL({
      MerchantComplaint: () => ({ data: { complaint: asMerchant() } }),
      MerchantPostComplaintMessage: () => ({ data: { postComplaintMessage: { id: 'm3' } } }),
    });
    render(<MerchantComplaintPage />);
    expect((await screen.findByTestId('complaint-consumer')).textContent).toBe('李* 138****0002');
    const messages = screen.getAllByTestId('thread-message');
    expect(messages[0].textContent).toContain('李明（消费者）');
    expect(messages[1].textContent).toContain('我（商家）');
    fireEvent.change(screen.getByTestId('message-body'), { target: { value: '明天上门给您退' } });
    fireEvent.click(screen.getByTestId('message-send'));
    await waitFor(() => expect(screen.getByTestId('message-notice').textContent).toBe('已发送'));
    expect(variablesOf('MerchantPostComplaintMessage', calls())[0]).toEqual({
      input: { complaintId: '41', body: '明天上门给您退', attachments: [] },
    });
  });

  it('proposes a settlement in 元, sent in fen, after confirming', async () => {
    let proposed = false;
    stubGraphQL({
      MerchantComplaint: () => ({
        data: { complaint: asMerchant(proposed ? { settlements: [proposedSettlement], deadline: deadline({ paused: true }) } : {}) },
      }),
      ProposeSettlement: () => {
        proposed = true;
        return { data: { proposeSettlement: { id: 's1', status: 'PROPOSED' } } };
      },
    });
    render(<MerchantComplaintPage />);
    // Starts from what the consumer asked for.
    expect(((await screen.findByTestId('settlement-amount')) as HTMLInputElement).value).toBe('25.5');
    expect(screen.getByTestId('settlement-remedy-REFUND').getAttribute('aria-checked')).toBe('true');

    fireEvent.click(screen.getByTestId('settlement-review'));
    expect(screen.getByTestId('settlement-form-notice').textContent).toBe('请写清楚怎么做、什么时候做到（至少 4 个字）');
    expect(screen.getByTestId('settlement-terms-error').textContent).toBe('请写清楚怎么做、什么时候做到（至少 4 个字）');
    fireEvent.change(screen.getByTestId('settlement-amount'), { target: { value: 'abc' } });
    fireEvent.change(screen.getByTestId('settlement-terms'), { target: { value: '三天内退 20 元到微信' } });
    fireEvent.click(screen.getByTestId('settlement-review'));
    expect(screen.getByTestId('settlement-form-notice').textContent).toBe('金额请填数字，例如 25 或 25.50');
    expect(screen.getByTestId('settlement-amount-error').textContent).toBe('金额请填数字，例如 25 或 25.50');

    fireEvent.change(screen.getByTestId('settlement-amount'), { target: { value: '20' } });
    fireEvent.click(screen.getByTestId('settlement-review'));
    expect(screen.getByTestId('settlement-confirm-what').textContent).toBe('退款 20.00 元：三天内退 20 元到微信');
    fireEvent.click(within(screen.getByTestId('settlement-confirm')).getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getByTestId('offer-pending')).toBeTruthy());
    expect(variablesOf('ProposeSettlement', calls())[0]).toEqual({
      input: { complaintId: '41', remedy: 'REFUND', amountFen: 2000, terms: '三天内退 20 元到微信' },
    });
    expect(screen.getByTestId('complaint-notice').textContent).toContain('方案已发给顾客');
    expect(screen.getByTestId('complaint-deadline').textContent).toContain('等待消费者答复，计时暂停');
    expect(screen.queryByTestId('settlement-form')).toBeNull();
    // The consumer answers, not the shop.
    expect(screen.queryByTestId('settlement-accept')).toBeNull();
  });

  it('shows the refusal when a settlement is already pending', async () => {
    stubGraphQL({
      MerchantComplaint: () => ({ data: { complaint: asMerchant({ demand: 'APOLOGY', amountFen: 0 }) } }),
      ProposeSettlement: () => refused('proposeSettlement', 'SETTLEMENT_PENDING', '已有一个和解方案在等消费者答复'),
    });
    render(<MerchantComplaintPage />);
    // An apology has no amount.
    await screen.findByTestId('settlement-form');
    expect(screen.queryByTestId('settlement-amount')).toBeNull();
    fireEvent.change(screen.getByTestId('settlement-terms'), { target: { value: '当面向顾客道歉' } });
    fireEvent.click(screen.getByTestId('settlement-review'));
    fireEvent.click(within(screen.getByTestId('settlement-confirm')).getByTestId('confirm-ok'));
    expect((await screen.findByTestId('settlement-sheet-notice')).textContent).toBe('已有一个和解方案在等消费者答复');
    expect(variablesOf('ProposeSettlement', calls())[0].input).toMatchObject({ remedy: 'APOLOGY', amountFen: 0 });
  });

  it('asks for mediation while negotiating; waits for acceptance before offering anything', async () => {
    let status = 'NEGOTIATING';
    stubGraphQL({
      MerchantComplaint: () => ({ data: { complaint: asMerchant({ status }) } }),
      MerchantRequestMediation: () => {
        status = 'MEDIATING';
        return { data: { requestMediation: { id: '41', status: 'MEDIATING' } } };
      },
    });
    render(<MerchantComplaintPage />);
    fireEvent.click(await screen.findByTestId('request-mediation'));
    fireEvent.change(screen.getByTestId('mediation-note'), { target: { value: '顾客要价太高' } });
    fireEvent.click(within(screen.getByTestId('mediation-sheet')).getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getByTestId('complaint-status').textContent).toBe('调解中'));
    expect(variablesOf('MerchantRequestMediation', calls())[0]).toEqual({ input: { complaintId: '41', note: '顾客要价太高' } });
    expect(screen.queryByTestId('settlement-form')).toBeNull();
    expect(screen.queryByTestId('request-mediation')).toBeNull();
    // Still able to write during mediation.
    expect(screen.getByTestId('message-composer')).toBeTruthy();
  });

  it('before a regulator accepts it, says so and offers no settlement', async () => {
    stubGraphQL({
      MerchantComplaint: () => ({ data: { complaint: asMerchant({ status: 'SUBMITTED', deadline: deadline({ stage: '受理' }) }) } }),
    });
    render(<MerchantComplaintPage />);
    expect((await screen.findByTestId('awaiting-acceptance')).textContent).toContain('正等市场监管部门受理');
    expect(screen.queryByTestId('settlement-form')).toBeNull();
  });
});
