/** Codes the client gives to failures that never reached GraphQL. */
export type TransportErrorCode = 'NETWORK_ERROR' | 'BAD_RESPONSE';

/**
 * Sentences for when the BFF's own message cannot be shown: it gave none, or it is one of the
 * English messages graphql-js and Apollo write for malformed requests (a bug on our side, about
 * which a villager can do nothing but try again).
 */
const MESSAGES_BY_CODE: Record<string, string> = {
  NETWORK_ERROR: '网络不通，请检查网络后重试',
  BAD_RESPONSE: '服务暂时不可用，请稍后再试',
  UNAUTHENTICATED: '登录已过期，请重新登录',
  FORBIDDEN: '您没有权限进行此操作',
  BAD_USER_INPUT: '输入有误，请检查后重试',
  NOT_FOUND: '找不到该记录',
  CONFLICT: '数据已被修改，请刷新后重试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  UPSTREAM_UNAVAILABLE: '外部服务暂时不可用，请稍后再试',
  INTERNAL_SERVER_ERROR: '服务器出错了，请稍后再试',
};

const GENERIC_MESSAGE = '出了点问题，请稍后再试';

const HAS_CHINESE = /[\u4e00-\u9fff]/;

/** A failed call to the BFF: a stable `code` for the program and a Chinese `message` for people. */
export class ApiError extends Error {
  readonly code: string;
  /** The BFF's request id for internal errors, so support can find the log line. */
  readonly requestId: string | null;
  /** The input at fault, when the BFF named one (a field that broke the input rules). */
  readonly field: string | null;

  constructor(code: string, message: string, requestId: string | null = null, field: string | null = null) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.requestId = requestId;
    this.field = field;
  }

  static transport(code: TransportErrorCode): ApiError {
    return new ApiError(code, MESSAGES_BY_CODE[code]);
  }

  /** From one entry of a GraphQL response's `errors`. */
  static fromGraphQL(error: GraphQLErrorBody): ApiError {
    const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
    const requestId = typeof error.extensions?.requestId === 'string' ? error.extensions.requestId : null;
    const message =
      typeof error.message === 'string' && HAS_CHINESE.test(error.message) ? error.message : (MESSAGES_BY_CODE[code] ?? GENERIC_MESSAGE);
    const invalid = Array.isArray(error.extensions?.invalid) ? (error.extensions.invalid[0] as { field?: unknown } | undefined) : undefined;
    const field =
      typeof error.extensions?.field === 'string' ? error.extensions.field : typeof invalid?.field === 'string' ? invalid.field : null;
    return new ApiError(code, message, requestId, field);
  }
}

export interface GraphQLErrorBody {
  message?: unknown;
  extensions?: { code?: unknown; requestId?: unknown; field?: unknown; invalid?: unknown };
}

/** Anything a call threw, as an ApiError; a non-ApiError is a bug in the client, shown generically. */
export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('CLIENT_ERROR', GENERIC_MESSAGE);
}
