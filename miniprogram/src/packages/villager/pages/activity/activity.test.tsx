import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cameraSees } from '@/test/fake-camera';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import { pageParams } from '@/test/taro-mock';
import ActivityPage from './index';
import type * as CodeReaderModule from '@/components/camera-scanner/code-reader';

vi.mock('@/components/camera-scanner/code-reader', async (importOriginal) => ({
  ...(await importOriginal<typeof CodeReaderModule>()),
  loadCodeReader: vi.fn(),
}));

const hour = 3600_000;
const at = (h: number) => new Date(Date.now() + h * hour).toISOString();

type Participation = {
  id: string;
  status: 'SIGNED_UP' | 'SUBMITTED' | 'APPROVED' | 'REJECTED';
  checkedInAt: string | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  rejectReason: string | null;
  note: string;
  filedOnBehalf: boolean;
};

function participation(status: Participation['status'], extra: Partial<Participation> = {}): Participation {
  return {
    id: '21',
    status,
    checkedInAt: null,
    submittedAt: null,
    reviewedAt: null,
    rejectReason: null,
    note: '',
    filedOnBehalf: false,
    ...extra,
  };
}

/** When the activity starts: under way unless a test says otherwise. */
let startsAt = at(-1);

function activity(evidence: 'PHOTO' | 'CHECKIN' | 'CHECKIN_AND_PHOTO', mine: Participation | null) {
  return {
    id: '3',
    title: '垃圾分类入户宣传',
    description: '每户发放分类指南。',
    points: 10,
    place: '各村民小组',
    capacity: null,
    placesLeft: null,
    signupCount: 4,
    signupOpensAt: at(-24),
    signupClosesAt: at(24),
    startsAt,
    endsAt: at(48),
    evidence,
    cancelledAt: null,
    scene: { id: '2', name: '垃圾分类' },
    myParticipation: mine,
  };
}

function show(evidence: 'PHOTO' | 'CHECKIN' | 'CHECKIN_AND_PHOTO', mine: Participation | null, more: Record<string, () => unknown> = {}) {
  let current = mine;
  stubGraphQL({
    ActivityDetail: () => ({ data: { activity: activity(evidence, current) } }),
    SignUpForActivity: () => {
      current = participation('SIGNED_UP');
      return { data: { signUpForActivity: current } };
    },
    CheckInToActivity: () => {
      current = participation('SIGNED_UP', { checkedInAt: at(0) });
      return { data: { checkInToActivity: current } };
    },
    SubmitEvidence: () => {
      current = participation('SUBMITTED', { checkedInAt: current?.checkedInAt ?? null, submittedAt: at(0) });
      return { data: { submitEvidence: current } };
    },
    CancelSignUp: () => {
      current = null;
      return { data: { cancelSignUp: { __typename: 'Activity', id: '3' } } };
    },
    ...more,
  });
  render(<ActivityPage />);
}

const calls = (operation: string) => variablesOf(operation, vi.mocked(Taro.request).mock.calls);
const step = async () => (await screen.findByTestId('participation-status')).getAttribute('data-step');

describe('活动详情: the one next step', () => {
  beforeEach(() => {
    signInAs('王秀英', ['VILLAGER']);
    pageParams.current = { id: '3' };
    startsAt = at(-1);
  });

  it('not signed up: 我要报名, and the evidence rule in plain words', async () => {
    show('PHOTO', null);
    expect(await step()).toBe('sign-up');
    expect(screen.getByTestId('signup-button')).toBeTruthy();
    expect(screen.getByText('做完后拍一张现场照片传上来，村干部看过就记分。')).toBeTruthy();
    expect(screen.queryByTestId('submit-evidence')).toBeNull();
  });

  it('signing up a photo activity leads to the photo step, submit waiting for a photo', async () => {
    show('PHOTO', null);
    fireEvent.click(await screen.findByTestId('signup-button'));
    await waitFor(async () => expect(await step()).toBe('submit'));
    expect(screen.getByTestId('add-photo')).toBeTruthy();
    const submit = screen.getByTestId('submit-evidence') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    expect(submit.textContent).toBe('请先上传照片');
  });

  it('uploads the chosen photo and submits its key', async () => {
    vi.mocked(Taro.chooseImage).mockResolvedValue({ tempFilePaths: ['blob:photo-1'] } as never);
    vi.mocked(Taro.uploadFile).mockResolvedValue({ statusCode: 201, data: JSON.stringify({ key: '1/202511/abc.png' }) } as never);
    show('PHOTO', participation('SIGNED_UP'));
    fireEvent.click(await screen.findByTestId('add-photo'));
    await waitFor(() => expect(screen.getByTestId('photo-item').getAttribute('data-status')).toBe('done'));
    expect(vi.mocked(Taro.uploadFile).mock.calls[0][0]).toMatchObject({
      url: '/uploads',
      filePath: 'blob:photo-1',
      name: 'file',
      header: { Authorization: 'Bearer tok' },
    });

    fireEvent.click(screen.getByTestId('submit-evidence'));
    await waitFor(async () => expect(await step()).toBe('pending'));
    expect(variablesOf('SubmitEvidence', vi.mocked(Taro.request).mock.calls)[0].input).toEqual({
      participationId: '21',
      photoKeys: ['1/202511/abc.png'],
      note: '',
    });
    expect(screen.getByTestId('participation-status').textContent).toContain('待审核');
  });

  it('says why a photo did not upload, and lets it be sent again', async () => {
    vi.mocked(Taro.chooseImage).mockResolvedValue({ tempFilePaths: ['blob:big'] } as never);
    vi.mocked(Taro.uploadFile).mockResolvedValue({
      statusCode: 413,
      data: JSON.stringify({ error: { code: 'FILE_TOO_LARGE', message: '照片不能超过 5 MB' } }),
    } as never);
    show('PHOTO', participation('SIGNED_UP'));
    fireEvent.click(await screen.findByTestId('add-photo'));
    await waitFor(() => expect(screen.getByTestId('photo-item').getAttribute('data-status')).toBe('failed'));
    expect(screen.getByText('照片太大了（不能超过 5 MB），请换一张')).toBeTruthy();
    expect((screen.getByTestId('submit-evidence') as HTMLButtonElement).disabled).toBe(true);
  });

  it('a check-in activity: 签到 with the pasted code first, then 提交审核 without a photo', async () => {
    show('CHECKIN', participation('SIGNED_UP'));
    expect(await step()).toBe('check-in');
    expect(screen.queryByTestId('add-photo')).toBeNull();
    fireEvent.change(screen.getByTestId('checkin-code-input'), { target: { value: 'GFA1.3.secret' } });
    fireEvent.click(screen.getByTestId('checkin-button'));
    await waitFor(async () => expect(await step()).toBe('submit'));
    expect(variablesOf('CheckInToActivity', vi.mocked(Taro.request).mock.calls)[0]).toEqual({ code: 'GFA1.3.secret' });
    expect(screen.queryByTestId('add-photo')).toBeNull();
    expect((screen.getByTestId('submit-evidence') as HTMLButtonElement).disabled).toBe(false);
  });

  it('a check-in activity: scanning the cadre’s code with the camera checks in at once', async () => {
    cameraSees('GFA1.3.secret');
    show('CHECKIN', participation('SIGNED_UP'));
    expect(await step()).toBe('check-in');
    fireEvent.click(screen.getByTestId('checkin-code-input-camera-open'));
    await waitFor(async () => expect(await step()).toBe('submit'));
    expect(variablesOf('CheckInToActivity', vi.mocked(Taro.request).mock.calls)).toEqual([{ code: 'GFA1.3.secret' }]);
  });

  it('shows the BFF refusal as it is', async () => {
    show('CHECKIN', participation('SIGNED_UP'), {
      CheckInToActivity: () => ({
        data: {
          checkInToActivity: {
            __typename: 'WorkpointsError',
            errorCode: 'CHECKIN_CODE_INVALID',
            message: '签到码不对，请扫描活动现场的二维码',
            field: null,
          },
        },
      }),
    });
    fireEvent.change(await screen.findByTestId('checkin-code-input'), { target: { value: 'nonsense' } });
    fireEvent.click(screen.getByTestId('checkin-button'));
    expect((await screen.findByTestId('step-notice')).textContent).toBe('签到码不对，请扫描活动现场的二维码');
  });

  it('a refusal that means the activity changed reloads it, and its reason stays in view', async () => {
    let full = false;
    stubGraphQL({
      ActivityDetail: () => ({ data: { activity: { ...activity('PHOTO', null), capacity: 4, placesLeft: full ? 0 : 1 } } }),
      SignUpForActivity: () => {
        full = true;
        return {
          data: { signUpForActivity: { __typename: 'WorkpointsError', errorCode: 'ACTIVITY_FULL', message: '名额已满', field: null } },
        };
      },
    });
    render(<ActivityPage />);
    fireEvent.click(await screen.findByTestId('signup-button'));
    await waitFor(async () => expect(await step()).toBe('full'));
    expect(screen.getByTestId('step-notice').textContent).toBe('名额已满');
    expect(screen.queryByTestId('signup-button')).toBeNull();
    expect(calls('ActivityDetail')).toHaveLength(2);
  });

  it('without an id, says where to open it from', () => {
    pageParams.current = {};
    show('PHOTO', null);
    expect(screen.getByText('找不到这个活动')).toBeTruthy();
  });

  it('待审核 offers no button, only the status', async () => {
    show('PHOTO', participation('SUBMITTED'));
    expect(await step()).toBe('pending');
    expect(screen.queryByRole('button', { name: /报名|提交|签到/ })).toBeNull();
  });

  it('未通过: the reason, and the photo step again to resubmit', async () => {
    show('CHECKIN_AND_PHOTO', participation('REJECTED', { checkedInAt: at(-1), rejectReason: '照片看不清' }));
    expect(await step()).toBe('submit');
    expect(screen.getByTestId('participation-status').textContent).toBe('未通过：照片看不清。请按要求重新提交。');
    expect(screen.getByTestId('add-photo')).toBeTruthy();
  });

  it('a sign-up not yet started can be taken back, after a confirmation, freeing the place', async () => {
    startsAt = at(2);
    show('PHOTO', participation('SIGNED_UP'));
    expect(await step()).toBe('submit');
    fireEvent.click(screen.getByTestId('cancel-signup-button'));
    expect(screen.getByTestId('cancel-signup-confirm')).toBeTruthy();
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(async () => expect(await step()).toBe('sign-up'));
    expect(calls('CancelSignUp')).toEqual([{ activityId: '3' }]);
    expect(screen.getByTestId('step-notice').textContent).toBe('已取消报名，名额让给了别人');
    expect(screen.queryByTestId('cancel-signup-button')).toBeNull();
  });

  it('offers no 取消报名 once the activity has started or the villager has checked in', async () => {
    show('CHECKIN', participation('SIGNED_UP'));
    expect(await step()).toBe('check-in');
    expect(screen.queryByTestId('cancel-signup-button')).toBeNull();
  });
});
