import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { complaintDetail, deadline, graphQLError, proposedSettlement, refused } from '@/test/complaint-fixtures';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import { pageParams } from '@/test/taro-mock';
import ConsumerComplaintPage from './index';

const calls = () => vi.mocked(Taro.request).mock.calls;

describe('投诉详情（消费者）', () => {
  beforeEach(() => {
    signInAs('李明', ['CONSUMER'], '2');
    pageParams.current = { id: '41' };
    vi.mocked(Taro.downloadFile).mockResolvedValue({ statusCode: 200, tempFilePath: 'blob:photo' } as never);
  });

  it('shows where it stands, the thread with photos, the facts and the folded audit trail', async () => {
    stubGraphQL({ ConsumerComplaint: () => ({ data: { complaint: complaintDetail() } }) });
    render(<ConsumerComplaintPage />);
    expect((await screen.findByTestId('complaint-status')).textContent).toBe('协商中');
    expect(variablesOf('ConsumerComplaint', calls())[0]).toEqual({ id: '41' });
    expect(screen.getByTestId('complaint-deadline').textContent).toContain('协商 · 还剩 3 个工作日');
    const messages = screen.getAllByTestId('thread-message');
    expect(messages).toHaveLength(2);
    expect(messages[0].textContent).toContain('我（消费者）');
    expect(messages[1].textContent).toContain('陈建国（商家）');
    expect(within(messages[0]).getByTestId('private-image')).toBeTruthy();
    await waitFor(() =>
      expect(vi.mocked(Taro.downloadFile).mock.calls.map(([o]) => (o as { url: string }).url)).toContain('/files/1/202611/orange.png'),
    );
    expect(screen.getByTestId('complaint-amount').textContent).toBe('25.50 元');
    expect(screen.getByTestId('complaint-evidence')).toBeTruthy();

    expect(screen.queryAllByTestId('audit-entry')).toHaveLength(0);
    fireEvent.click(screen.getByTestId('audit-toggle'));
    const entries = screen.getAllByTestId('audit-entry');
    expect(entries).toHaveLength(2);
    expect(entries[1].textContent).toContain('周敏（市场监管）：受理投诉');
    expect(entries[1].textContent).toContain('待受理 → 协商中');
    expect(screen.getByTestId('request-mediation')).toBeTruthy();
    expect(screen.getByTestId('withdraw')).toBeTruthy();
    expect(screen.queryByTestId('rating-stars')).toBeNull();
  });

  it('accepts the shop’s settlement after asking once more', async () => {
    let settled = false;
    stubGraphQL({
      ConsumerComplaint: () => ({
        data: {
          complaint: settled
            ? complaintDetail({
                status: 'SETTLED',
                deadline: deadline({ stage: '', dueAt: null, workingDaysLeft: null }),
                settlements: [{ ...proposedSettlement, status: 'ACCEPTED' }],
              })
            : complaintDetail({ deadline: deadline({ paused: true }), settlements: [proposedSettlement] }),
        },
      }),
      RespondToSettlement: () => {
        settled = true;
        return { data: { respondToSettlement: { id: '41', status: 'SETTLED' } } };
      },
    });
    render(<ConsumerComplaintPage />);
    expect((await screen.findByTestId('complaint-deadline')).textContent).toContain('等待您答复，计时暂停');
    expect(screen.getByTestId('settlement').textContent).toContain('退款 20.00 元');
    fireEvent.click(screen.getByTestId('settlement-accept'));
    expect(screen.getByTestId('settlement-sheet').textContent).toContain('三天内退 20 元到微信');
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getByTestId('complaint-status').textContent).toBe('已和解'));
    expect(variablesOf('RespondToSettlement', calls())[0]).toEqual({ input: { settlementId: 's1', accept: true, note: '' } });
    expect(screen.getByTestId('complaint-notice').textContent).toContain('投诉已和解');
    expect(screen.queryByTestId('settlement-accept')).toBeNull();
    // Now it can be rated.
    expect(screen.getByTestId('rating-stars')).toBeTruthy();
  });

  it('shows why declining the settlement was refused', async () => {
    stubGraphQL({
      ConsumerComplaint: () => ({ data: { complaint: complaintDetail({ settlements: [proposedSettlement] }) } }),
      RespondToSettlement: () => refused('respondToSettlement', 'SETTLEMENT_NOT_PENDING', '这个和解方案已经答复过了'),
    });
    render(<ConsumerComplaintPage />);
    fireEvent.click(await screen.findByTestId('settlement-decline'));
    fireEvent.change(screen.getByTestId('settlement-note'), { target: { value: '太少了' } });
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('settlement-notice')).textContent).toBe('这个和解方案已经答复过了');
    expect(variablesOf('RespondToSettlement', calls())[0]).toEqual({ input: { settlementId: 's1', accept: false, note: '太少了' } });
  });

  it('rates a settled complaint with stars, once', async () => {
    let rated = false;
    stubGraphQL({
      ConsumerComplaint: () => ({
        data: {
          complaint: complaintDetail({
            status: 'SETTLED',
            rating: rated ? 4 : null,
            ratingComment: rated ? '退得很快' : null,
            resolvedAt: '2026-11-22T02:00:00.000Z',
          }),
        },
      }),
      RateComplaintOutcome: () => {
        rated = true;
        return { data: { rateComplaintOutcome: { id: '41', rating: 4 } } };
      },
    });
    render(<ConsumerComplaintPage />);
    fireEvent.click(await screen.findByTestId('rating-submit'));
    expect(screen.getByTestId('rating-notice').textContent).toBe('请先点星星打分');
    fireEvent.click(screen.getByTestId('rating-star-4'));
    expect(screen.getByTestId('rating-star-4').getAttribute('aria-checked')).toBe('true');
    fireEvent.change(screen.getByTestId('rating-comment'), { target: { value: '退得很快' } });
    fireEvent.click(screen.getByTestId('rating-submit'));
    await waitFor(() => expect(screen.queryByTestId('rating-stars')).toBeNull());
    expect(variablesOf('RateComplaintOutcome', calls())[0]).toEqual({ input: { complaintId: '41', stars: 4, comment: '退得很快' } });
    expect(screen.getByTestId('complaint-rating').textContent).toContain('★★★★☆');
    expect(screen.queryByTestId('withdraw')).toBeNull();
    expect(screen.queryByTestId('message-composer')).toBeNull();
  });

  it('writes in the thread with a photo', async () => {
    stubGraphQL({
      ConsumerComplaint: () => ({ data: { complaint: complaintDetail() } }),
      ConsumerPostComplaintMessage: () => ({ data: { postComplaintMessage: { id: 'm3' } } }),
    });
    vi.mocked(Taro.chooseImage).mockResolvedValue({ tempFilePaths: ['blob:more'] } as never);
    vi.mocked(Taro.uploadFile).mockResolvedValue({ statusCode: 201, data: JSON.stringify({ key: '2/202611/more.png' }) } as never);
    render(<ConsumerComplaintPage />);
    fireEvent.click(await screen.findByTestId('message-send'));
    expect(screen.getByTestId('message-notice').textContent).toBe('请写上要说的话（至少 2 个字）');
    expect(screen.getByTestId('message-body-error').textContent).toBe('请写上要说的话（至少 2 个字）');
    fireEvent.change(screen.getByTestId('message-body'), { target: { value: '这是烂橘子的照片' } });
    fireEvent.click(within(screen.getByTestId('message-composer')).getByTestId('add-photo'));
    await waitFor(() => expect(screen.getByTestId('photo-item').getAttribute('data-status')).toBe('done'));
    fireEvent.click(screen.getByTestId('message-send'));
    await waitFor(() => expect(screen.getByTestId('message-notice').textContent).toBe('已发送'));
    expect(variablesOf('ConsumerPostComplaintMessage', calls())[0]).toEqual({
      input: { complaintId: '41', body: '这是烂橘子的照片', attachments: ['2/202611/more.png'] },
    });
    expect((screen.getByTestId('message-body') as HTMLTextAreaElement).value).toBe('');
    // The complaint is read again to show the new message.
    expect(variablesOf('ConsumerComplaint', calls()).length).toBeGreaterThan(1);
  });

  it('asks for mediation with a reason, and withdraws after confirming', async () => {
    stubGraphQL({
      ConsumerComplaint: () => ({ data: { complaint: complaintDetail() } }),
      ConsumerRequestMediation: () => ({ data: { requestMediation: { id: '41', status: 'MEDIATING' } } }),
      WithdrawComplaint: () => refused('withdrawComplaint', 'ILLEGAL_TRANSITION', '这件投诉已和解，不能这样处理'),
    });
    render(<ConsumerComplaintPage />);
    fireEvent.click(await screen.findByTestId('request-mediation'));
    const sheet = screen.getByTestId('mediation-sheet');
    expect((within(sheet).getByTestId('confirm-ok') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('mediation-note'), { target: { value: '商家一直不回' } });
    fireEvent.click(within(sheet).getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getByTestId('complaint-notice').textContent).toContain('已申请调解'));
    expect(variablesOf('ConsumerRequestMediation', calls())[0]).toEqual({ input: { complaintId: '41', note: '商家一直不回' } });

    fireEvent.click(screen.getByTestId('withdraw'));
    fireEvent.click(within(screen.getByTestId('withdraw-sheet')).getByTestId('confirm-ok'));
    expect((await screen.findByTestId('withdraw-notice')).textContent).toBe('这件投诉已和解，不能这样处理');
    // Someone acted meanwhile: the complaint is read again to show where it stands now.
    const readsBefore = variablesOf('ConsumerComplaint', calls()).length;
    fireEvent.click(within(screen.getByTestId('withdraw-sheet')).getByTestId('confirm-ok'));
    await waitFor(() => expect(variablesOf('ConsumerComplaint', calls()).length).toBeGreaterThan(readsBefore));
  });

  it('puts the BFF’s refusal of a message on the field at fault', async () => {
    stubGraphQL({
      ConsumerComplaint: () => ({ data: { complaint: complaintDetail() } }),
      ConsumerPostComplaintMessage: () => refused('postComplaintMessage', 'BAD_USER_INPUT', '留言 1–1000 个字', 'body'),
    });
    render(<ConsumerComplaintPage />);
    fireEvent.change(await screen.findByTestId('message-body'), { target: { value: '再说一遍' } });
    fireEvent.click(screen.getByTestId('message-send'));
    expect((await screen.findByTestId('message-body-error')).textContent).toBe('留言 1–1000 个字');
    expect(screen.getByTestId('message-notice').textContent).toBe('留言 1–1000 个字');
    // Editing the field clears it.
    fireEvent.change(screen.getByTestId('message-body'), { target: { value: '再说一遍。' } });
    expect(screen.queryByTestId('message-body-error')).toBeNull();
  });

  it('says so when opened without a complaint, and shows the refusal when it may not be read', async () => {
    pageParams.current = {};
    const { unmount } = render(<ConsumerComplaintPage />);
    expect(screen.getByTestId('empty-state').textContent).toContain('没有找到这条投诉');
    unmount();

    pageParams.current = { id: '99' };
    stubGraphQL({ ConsumerComplaint: () => graphQLError('NOT_COMPLAINT_PARTY', '只有投诉双方和监管人员可以查看这件投诉') });
    render(<ConsumerComplaintPage />);
    expect((await screen.findByTestId('error-retry')).textContent).toContain('只有投诉双方和监管人员可以查看这件投诉');
  });
});
