import Taro from '@tarojs/taro';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TypedDocument } from '@/api/client';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import { useAction } from './use-action';

type Answer = { id: string; points: number } | { errorCode: string; message: string; field: string | null };
const DEDUCT = {
  toString: () => 'mutation DeductPoints($input: DeductPointsInput!) { deductPoints(input: $input) { __typename } }',
} as TypedDocument<{ deductPoints: Answer }, { input: { points: number; idempotencyKey: string } }>;

function setUp(answer: () => unknown, onStale = vi.fn()) {
  signInAs('赵国强', ['VILLAGE_ADMIN']);
  stubGraphQL({ DeductPoints: answer });
  const { result } = renderHook(() => useAction(DEDUCT, (d) => d.deductPoints, { onStale }));
  return { result, onStale };
}

describe('useAction', () => {
  it('answers what the mutation made, and says nothing went wrong', async () => {
    const { result } = setUp(() => ({ data: { deductPoints: { id: '9', points: 5 } } }));
    let done: unknown;
    await act(async () => {
      done = await result.current.run({ input: { points: 5, idempotencyKey: 'k-00000001' } });
    });
    expect(done).toEqual({ id: '9', points: 5 });
    expect(result.current.notice).toBeNull();
    expect(result.current.busy).toBe(false);
  });

  it('shows a refusal, puts it on the field at fault, and clears it once that field is edited', async () => {
    const { result, onStale } = setUp(() => ({
      data: { deductPoints: { errorCode: 'INSUFFICIENT_POINTS', message: '工分不足：需要 5 分，现有 2 分', field: 'points' } },
    }));
    let done: unknown;
    await act(async () => {
      done = await result.current.run({ input: { points: 5, idempotencyKey: 'k-00000001' } });
    });
    expect(done).toBeNull();
    expect(result.current.notice).toEqual({ tone: 'error', text: '工分不足：需要 5 分，现有 2 分' });
    expect(result.current.problem).toMatchObject({ code: 'INSUFFICIENT_POINTS', recovery: 'fix' });
    expect(result.current.fieldProps('points')).toMatchObject({ error: '工分不足：需要 5 分，现有 2 分', focus: true });
    expect(result.current.fieldProps('reason')).toMatchObject({ error: null, focus: false });
    expect(onStale).not.toHaveBeenCalled();
    act(() => result.current.fieldProps('reason').onEdited());
    expect(result.current.notice).not.toBeNull();
    act(() => result.current.fieldProps('points').onEdited());
    expect(result.current.notice).toBeNull();
    expect(result.current.fieldProps('points').error).toBeNull();
  });

  it('asks the page to reload when the refusal says what it showed has changed', async () => {
    const { result, onStale } = setUp(() => ({
      data: { deductPoints: { errorCode: 'NO_PENDING_APPEAL', message: '没有待处理的申诉', field: null } },
    }));
    await act(async () => void (await result.current.run({ input: { points: 5, idempotencyKey: 'k-00000001' } })));
    expect(onStale).toHaveBeenCalledOnce();
  });

  it('keeps the idempotency key after a lost answer and starts afresh after a definite one', async () => {
    let online = false;
    const { result } = setUp(() => {
      if (!online) throw { errMsg: 'request:fail' };
      return { data: { deductPoints: { errorCode: 'INSUFFICIENT_POINTS', message: '工分不足', field: null } } };
    });
    const send = () =>
      act(async () => void (await result.current.run({ input: { points: 5, idempotencyKey: result.current.keyFor('villager-1:5') } })));
    await send();
    expect(result.current.notice).toEqual({ tone: 'error', text: '网络不通，请检查网络后重试' });
    online = true;
    await send();
    await send();
    const keys = variablesOf('DeductPoints', vi.mocked(Taro.request).mock.calls).map(
      (v) => (v.input as { idempotencyKey: string }).idempotencyKey,
    );
    expect(keys).toHaveLength(3);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[1]);
  });

  it("runs the form's own check the same way, on the field it names", () => {
    const { result } = setUp(() => ({ data: {} }));
    act(() => result.current.refuse('扣分填 1 到 1000', 'points'));
    expect(result.current.fieldProps('points').error).toBe('扣分填 1 到 1000');
    expect(result.current.problem?.code).toBe('BAD_USER_INPUT');
  });

  it('clears the problem through the handler a field was given before it, as a field may keep its first one', () => {
    const { result } = setUp(() => ({ data: {} }));
    const keptByTheField = result.current.fieldProps('points').onEdited;
    act(() => result.current.refuse('扣分填 1 到 1000', 'points'));
    act(() => keptByTheField());
    expect(result.current.fieldProps('points').error).toBeNull();
    expect(result.current.notice).toBeNull();
  });

  it("leaves another field's problem when a field without one is edited, even through a kept handler", () => {
    const { result } = setUp(() => ({ data: {} }));
    const reasonEdited = result.current.fieldProps('reason').onEdited;
    act(() => result.current.refuse('扣分填 1 到 1000', 'points'));
    act(() => reasonEdited());
    expect(result.current.fieldProps('points').error).toBe('扣分填 1 到 1000');
    expect(result.current.notice).toEqual({ tone: 'error', text: '扣分填 1 到 1000' });
  });
});
