import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import ReviewPage from './index';

const submission = {
  id: '21',
  note: '宣传了 12 户',
  photoUrls: ['/files/1/202511/abc.png'],
  submittedAt: '2025-11-23T02:00:00.000Z',
  checkedInAt: null,
  filedOnBehalf: false,
  villager: { id: '1', displayName: '王秀英' },
  activity: { id: '3', title: '垃圾分类入户宣传', points: 10, evidence: 'PHOTO' },
};

describe('审核工分', () => {
  beforeEach(() => {
    signInAs('赵国强', ['VILLAGE_ADMIN', 'VILLAGER'], '4');
    vi.mocked(Taro.downloadFile).mockResolvedValue({ statusCode: 200, tempFilePath: 'blob:photo' } as never);
  });

  it('shows the photo fetched with the token, and 通过 awards and clears the item', async () => {
    stubGraphQL({
      ReviewQueue: () => ({ data: { reviewQueue: { items: [submission], nextCursor: null } } }),
      ApproveParticipation: () => ({ data: { approveParticipation: { __typename: 'Participation', id: '21', status: 'APPROVED' } } }),
    });
    render(<ReviewPage />);
    await waitFor(() => expect(screen.getByTestId('private-image').getAttribute('data-status')).toBe('ready'));
    expect(vi.mocked(Taro.downloadFile).mock.calls[0][0]).toEqual({
      url: '/files/1/202511/abc.png',
      header: { Authorization: 'Bearer tok' },
    });
    expect(screen.getByTestId('private-image').querySelector('img')!.getAttribute('src')).toBe('blob:photo');

    fireEvent.click(screen.getByTestId('approve-button'));
    expect((await screen.findByTestId('review-notice')).textContent).toBe('已通过：王秀英 得 10 工分');
    expect(screen.queryByTestId('review-item')).toBeNull();
  });

  it('不通过 cannot be confirmed without a reason, which is sent to the villager', async () => {
    stubGraphQL({
      ReviewQueue: () => ({ data: { reviewQueue: { items: [submission], nextCursor: null } } }),
      RejectParticipation: (v) => ({
        data: { rejectParticipation: { __typename: 'Participation', id: '21', status: 'REJECTED', rejectReason: v.reason } },
      }),
    });
    render(<ReviewPage />);
    fireEvent.click(await screen.findByTestId('reject-button'));
    expect((screen.getByTestId('confirm-ok') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('reject-reason'), { target: { value: '照片看不清，请重拍' } });
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('review-notice')).textContent).toContain('已退回 王秀英 的提交');
    expect(variablesOf('RejectParticipation', vi.mocked(Taro.request).mock.calls)[0]).toEqual({
      participationId: '21',
      reason: '照片看不清，请重拍',
    });
  });

  it('an item someone else already decided leaves the queue with the BFF message', async () => {
    let decided = false;
    stubGraphQL({
      // The queue as the BFF answers it: without the item once another cadre has decided it.
      ReviewQueue: () => ({ data: { reviewQueue: { items: decided ? [] : [submission], nextCursor: null } } }),
      ApproveParticipation: () => {
        decided = true;
        return {
          data: {
            approveParticipation: {
              __typename: 'WorkpointsError',
              errorCode: 'ALREADY_REVIEWED',
              message: '该记录已经审核过了',
              field: null,
            },
          },
        };
      },
    });
    render(<ReviewPage />);
    fireEvent.click(await screen.findByTestId('approve-button'));
    expect((await screen.findByTestId('review-notice')).textContent).toBe('该记录已经审核过了');
    await waitFor(() => expect(screen.queryByTestId('review-item')).toBeNull());
  });

  it('a reason the BFF refuses is shown under the reason field, and the sheet stays open', async () => {
    stubGraphQL({
      ReviewQueue: () => ({ data: { reviewQueue: { items: [submission], nextCursor: null } } }),
      RejectParticipation: () => ({
        data: {
          rejectParticipation: {
            __typename: 'WorkpointsError',
            errorCode: 'BAD_USER_INPUT',
            message: '原因最多 200 个字',
            field: 'reason',
          },
        },
      }),
    });
    render(<ReviewPage />);
    fireEvent.click(await screen.findByTestId('reject-button'));
    fireEvent.change(screen.getByTestId('reject-reason'), { target: { value: '照片看不清，请重拍' } });
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('reject-reason-error')).textContent).toBe('原因最多 200 个字');
    expect(screen.getByTestId('reject-sheet')).toBeTruthy();
    expect(screen.getByTestId('review-item')).toBeTruthy();
    fireEvent.change(screen.getByTestId('reject-reason'), { target: { value: '照片看不清' } });
    expect(screen.queryByTestId('reject-reason-error')).toBeNull();
  });
});
