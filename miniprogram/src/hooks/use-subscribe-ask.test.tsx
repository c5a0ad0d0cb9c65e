import Taro from '@tarojs/taro';
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signInAs, variablesOf } from '@/test/session';
import { stubGraphQL } from '@/test/graphql-stub';
import { useSubscribeAsk } from './use-subscribe-ask';

const TEMPLATES = [
  { kind: 'COMPLAINT', templateId: 'tpl-c' },
  { kind: 'RECALL', templateId: 'tpl-r' },
];

afterEach(() => vi.unstubAllEnvs());

describe('asking for WeChat subscribe messages', () => {
  it('offers the configured templates of the kinds asked for, and reports only what was allowed', async () => {
    vi.stubEnv('TARO_ENV', 'weapp');
    signInAs('李明', ['CONSUMER']);
    stubGraphQL({
      SubscribeTemplates: () => ({ data: { subscribeTemplates: TEMPLATES } }),
      AllowNoticeSubscriptions: ({ kinds }) => ({ data: { allowNoticeSubscriptions: (kinds as string[]).length } }),
    });
    vi.mocked(Taro.requestSubscribeMessage).mockResolvedValue({ errMsg: 'requestSubscribeMessage:ok', 'tpl-c': 'accept' } as never);
    const { result } = renderHook(() => useSubscribeAsk(['COMPLAINT']));
    await waitFor(() => expect(variablesOf('SubscribeTemplates', vi.mocked(Taro.request).mock.calls)).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 0));

    result.current.ask();
    await waitFor(() =>
      expect(variablesOf('AllowNoticeSubscriptions', vi.mocked(Taro.request).mock.calls)).toEqual([{ kinds: ['COMPLAINT'] }]),
    );
    expect(vi.mocked(Taro.requestSubscribeMessage).mock.calls[0][0]).toMatchObject({ tmplIds: ['tpl-c'] });
  });

  it('tells the BFF nothing when the person declines, and does nothing at all outside WeChat', async () => {
    vi.stubEnv('TARO_ENV', 'weapp');
    signInAs('李明', ['CONSUMER']);
    stubGraphQL({ SubscribeTemplates: () => ({ data: { subscribeTemplates: TEMPLATES } }) });
    vi.mocked(Taro.requestSubscribeMessage).mockResolvedValue({ errMsg: 'requestSubscribeMessage:ok', 'tpl-c': 'reject' } as never);
    const { result } = renderHook(() => useSubscribeAsk(['COMPLAINT']));
    await waitFor(() => expect(vi.mocked(Taro.request)).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    result.current.ask();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(vi.mocked(Taro.request)).toHaveBeenCalledTimes(1);

    vi.stubEnv('TARO_ENV', 'h5');
    vi.mocked(Taro.request).mockClear();
    const browser = renderHook(() => useSubscribeAsk(['COMPLAINT']));
    browser.result.current.ask();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(vi.mocked(Taro.request)).not.toHaveBeenCalled();
    expect(vi.mocked(Taro.requestSubscribeMessage)).toHaveBeenCalledTimes(1);
  });
});
