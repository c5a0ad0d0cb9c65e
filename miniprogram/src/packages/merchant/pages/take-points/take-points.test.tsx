import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cameraSees } from '@/test/fake-camera';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import TakePointsPage from './index';
import type * as CodeReaderModule from '@/components/camera-scanner/code-reader';

vi.mock('@/components/camera-scanner/code-reader', async (importOriginal) => ({
  ...(await importOriginal<typeof CodeReaderModule>()),
  loadCodeReader: vi.fn(),
}));

const CODE = 'GFP1.payload.signature';
const paid = (points: number) => ({
  data: {
    takePoints: {
      __typename: 'PointsPayment',
      id: '5',
      points,
      createdAt: '2025-11-23T02:00:00.000Z',
      payer: { id: '1', displayName: '王秀英' },
    },
  },
});

function fillAndTake(code: string, points: string) {
  fireEvent.change(screen.getByTestId('take-code-input'), { target: { value: code } });
  fireEvent.change(screen.getByTestId('take-points-amount'), { target: { value: points } });
  fireEvent.click(screen.getByTestId('take-points-submit'));
}

const sentKeys = () =>
  variablesOf('TakePoints', vi.mocked(Taro.request).mock.calls).map((v) => (v.input as { idempotencyKey: string }).idempotencyKey);

describe('收工分', () => {
  beforeEach(() => signInAs('陈建国', ['MERCHANT', 'VILLAGER'], '3'));

  it('takes the points and shows them big, with who paid', async () => {
    stubGraphQL({ TakePoints: () => paid(10) });
    render(<TakePointsPage />);
    fillAndTake(CODE, '10');

    expect((await screen.findByTestId('take-result')).getAttribute('data-kind')).toBe('paid');
    expect(screen.getByTestId('take-result-points').textContent).toBe('+10 工分');
    expect(screen.getByTestId('take-result-payer').textContent).toBe('付款村民：王秀英');
    expect(variablesOf('TakePoints', vi.mocked(Taro.request).mock.calls)[0].input).toMatchObject({ code: CODE, points: 10 });
  });

  it('reads the villager’s code with the camera instead of typing it', async () => {
    const { track } = cameraSees(CODE);
    stubGraphQL({ TakePoints: () => paid(10) });
    render(<TakePointsPage />);
    fireEvent.click(screen.getByTestId('take-code-input-camera-open'));
    await waitFor(() => expect((screen.getByTestId('take-code-input') as HTMLInputElement).value).toBe(CODE));
    expect(track.stop).toHaveBeenCalled();

    fireEvent.change(screen.getByTestId('take-points-amount'), { target: { value: '10' } });
    fireEvent.click(screen.getByTestId('take-points-submit'));
    expect((await screen.findByTestId('take-result')).getAttribute('data-kind')).toBe('paid');
    expect(variablesOf('TakePoints', vi.mocked(Taro.request).mock.calls)[0].input).toMatchObject({ code: CODE, points: 10 });
  });

  it('a used or expired code: the BFF message and a fresh scan', async () => {
    stubGraphQL({
      TakePoints: () => ({
        data: {
          takePoints: {
            __typename: 'PaymentCodeError',
            errorCode: 'PAYMENT_CODE_USED',
            message: '该付款码已经用过了，请让村民刷新后重扫',
            field: null,
          },
        },
      }),
    });
    render(<TakePointsPage />);
    fillAndTake(CODE, '10');

    expect((await screen.findByTestId('take-result')).getAttribute('data-kind')).toBe('refused');
    expect(screen.getByText('付款码不能用')).toBeTruthy();
    expect(screen.getByTestId('take-result-message').textContent).toBe('该付款码已经用过了，请让村民刷新后重扫');
    fireEvent.click(screen.getByTestId('take-next'));
    expect((screen.getByTestId('take-code-input') as HTMLInputElement).value).toBe('');
    expect((screen.getByTestId('take-points-amount') as HTMLInputElement).value).toBe('10');
  });

  it('not enough points: says how many the villager has, and keeps code and amount to change', async () => {
    stubGraphQL({
      TakePoints: () => ({
        data: {
          takePoints: {
            __typename: 'InsufficientPointsError',
            errorCode: 'INSUFFICIENT_POINTS',
            message: '工分不足：村民只有 5 工分',
            balance: 5,
            required: 10,
            field: null,
          },
        },
      }),
    });
    render(<TakePointsPage />);
    fillAndTake(CODE, '10');

    expect(await screen.findByText('村民工分不够')).toBeTruthy();
    expect(screen.getByTestId('take-result-message').textContent).toContain('工分不足：村民只有 5 工分');
    fireEvent.click(screen.getByTestId('take-next'));
    expect((screen.getByTestId('take-code-input') as HTMLInputElement).value).toBe(CODE);
  });

  it('retries a lost answer with the same key, and uses a new key for the next payment', async () => {
    let online = false;
    stubGraphQL({
      TakePoints: () => {
        if (!online) throw { errMsg: 'request:fail' };
        return paid(10);
      },
    });
    render(<TakePointsPage />);
    fillAndTake(CODE, '10');
    expect((await screen.findByTestId('take-notice')).textContent).toBe('网络不通，请检查网络后重试');

    online = true;
    fireEvent.click(screen.getByTestId('take-points-submit'));
    await screen.findByTestId('take-result');
    const [first, retry] = sentKeys();
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(retry).toBe(first);

    fireEvent.click(screen.getByTestId('take-next'));
    fillAndTake('GFP1.another.code', '5');
    await screen.findByTestId('take-result');
    expect(sentKeys()[2]).not.toBe(first);
  });

  it('asks for the code and a sensible amount before calling the BFF', () => {
    render(<TakePointsPage />);
    fireEvent.click(screen.getByTestId('take-points-submit'));
    expect(screen.getByTestId('take-notice').textContent).toBe('请先扫或粘贴村民的付款码');
    // Said under the code's field too, and gone as soon as a code is there.
    expect(screen.getByTestId('take-code-input-error').textContent).toBe('请先扫或粘贴村民的付款码');
    fillAndTake(CODE, '0');
    expect(screen.queryByTestId('take-code-input-error')).toBeNull();
    expect(screen.getByTestId('take-notice').textContent).toContain('请输入要收的工分');
    expect(screen.getByTestId('take-points-amount-error').textContent).toContain('请输入要收的工分');
    expect(Taro.request).not.toHaveBeenCalled();
    fireEvent.change(screen.getByTestId('take-points-amount'), { target: { value: '5' } });
    expect(screen.queryByTestId('take-points-amount-error')).toBeNull();
  });

  it('a refusal about the shop, not this payment, stays on the form with what was entered', async () => {
    stubGraphQL({
      TakePoints: () => ({
        data: { takePoints: { __typename: 'WorkpointsError', errorCode: 'SELF_PAYMENT', message: '不能向自己付工分', field: null } },
      }),
    });
    render(<TakePointsPage />);
    fillAndTake(CODE, '10');

    expect((await screen.findByTestId('take-notice')).textContent).toBe('不能向自己付工分');
    expect(screen.queryByTestId('take-result')).toBeNull();
    expect((screen.getByTestId('take-code-input') as HTMLInputElement).value).toBe(CODE);
  });
});
