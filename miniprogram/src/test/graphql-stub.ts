import Taro from '@tarojs/taro';
import { vi } from 'vitest';

type Handler = (variables: Record<string, unknown>) => unknown;

/**
 * Answers Taro.request like the BFF would, by operation name:
 * `stubGraphQL({ PhoneLogin: () => ({ data: { phoneLogin: … } }) })`. A handler may throw to
 * simulate a network failure. Unknown operations fail the test loudly.
 */
export function stubGraphQL(handlers: Record<string, Handler>): void {
  const answer = async (options: { data: { query: string; variables: Record<string, unknown> } }) => {
    const operation = /(?:query|mutation)\s+(\w+)/.exec(options.data.query)?.[1] ?? '';
    const handler = handlers[operation];
    if (!handler) throw new Error(`no stub for operation ${operation}`);
    return { statusCode: 200, header: {}, data: handler(options.data.variables), errMsg: 'request:ok' };
  };
  // The real Taro.request returns a RequestTask (a promise with abort()); plain data is enough here.
  vi.mocked(Taro.request).mockImplementation(answer as never);
}
