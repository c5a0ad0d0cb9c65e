import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { FastifyBaseLogger } from 'fastify';

/**
 * The codes of what is thrown (`extensions.code`): not the user's to fix, or a request that broke
 * the schema's rules. What a user can fix is a result-union member with a code of the GraphQL
 * `ErrorCode` enum instead (error-result.ts); a Refusal thrown outside a mutation carries one of those.
 */
export enum ThrownCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  UPSTREAM_UNAVAILABLE = 'UPSTREAM_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** The message a person sees when a thrower gave none of its own. */
const DEFAULT_MESSAGES: Record<ThrownCode, string> = {
  [ThrownCode.UNAUTHENTICATED]: '请先登录',
  [ThrownCode.FORBIDDEN]: '您没有权限进行此操作',
  [ThrownCode.BAD_USER_INPUT]: '输入有误，请检查后重试',
  [ThrownCode.NOT_FOUND]: '找不到该记录',
  [ThrownCode.CONFLICT]: '数据已被修改，请刷新后重试',
  [ThrownCode.RATE_LIMITED]: '操作太频繁，请稍后再试',
  [ThrownCode.UPSTREAM_UNAVAILABLE]: '外部服务暂时不可用，请稍后再试',
  [ThrownCode.INTERNAL_SERVER_ERROR]: '服务器出错了，请稍后再试',
};

const HTTP_STATUS: Partial<Record<ThrownCode, number>> = {
  [ThrownCode.UNAUTHENTICATED]: 401,
};

/**
 * An exceptional failure with a stable code and a Chinese message a person can act on. Modules
 * throw it with their own codes too (workpoints' INSUFFICIENT_POINTS, say), each with its message.
 */
export class AppError extends GraphQLError {
  readonly code: string;

  constructor(code: ThrownCode, message?: string, details?: Record<string, unknown>);
  constructor(code: string, message: string, details?: Record<string, unknown>);
  constructor(code: string, message?: string, details?: Record<string, unknown>) {
    const status = HTTP_STATUS[code as ThrownCode];
    super(message ?? DEFAULT_MESSAGES[code as ThrownCode], {
      extensions: { code, ...details, ...(status ? { http: { status } } : {}) },
    });
    this.code = code;
  }
}

export const unauthenticated = (message?: string) => new AppError(ThrownCode.UNAUTHENTICATED, message);
export const forbidden = (message?: string) => new AppError(ThrownCode.FORBIDDEN, message);
export const badInput = (message: string, field?: string) =>
  new AppError(ThrownCode.BAD_USER_INPUT, message, field ? { field } : undefined);
export const notFound = (message?: string) => new AppError(ThrownCode.NOT_FOUND, message);

/** Codes that graphql-js and Apollo themselves give to malformed requests; they pass as they are. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export interface ErrorFormatterOptions {
  logger: FastifyBaseLogger;
  requestIdOf: (error: unknown) => string | undefined;
}

/**
 * The one mapper from thrown errors to what a client sees. Coded errors pass with their code;
 * failed input validation becomes BAD_USER_INPUT with the fields at fault; anything else is logged
 * with the request id and reaches the client only as INTERNAL_SERVER_ERROR carrying that id.
 */
export function createErrorFormatter(options: ErrorFormatterOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const path = formatted.path;

    if (original instanceof ArgumentValidationError) {
      const fields = original.extensions.validationErrors as Array<{
        property: string;
        constraints?: Record<string, string>;
        children?: unknown[];
      }>;
      const invalid = flattenValidation(fields);
      return {
        message: invalid[0]?.message ?? DEFAULT_MESSAGES.BAD_USER_INPUT,
        path,
        locations: formatted.locations,
        extensions: { code: ThrownCode.BAD_USER_INPUT, invalid },
      };
    }

    const code = formatted.extensions?.code;
    const passes = original instanceof AppError || (typeof code === 'string' && REQUEST_CODES.has(code));
    if (passes && code !== ThrownCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _stack, http: _http, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }

    const requestId = options.requestIdOf(error);
    options.logger.error({ err: original, requestId, path }, 'internal error in GraphQL operation');
    return {
      message: `${DEFAULT_MESSAGES.INTERNAL_SERVER_ERROR}（编号 ${requestId ?? '未知'}）`,
      path,
      locations: formatted.locations,
      extensions: { code: ThrownCode.INTERNAL_SERVER_ERROR, requestId },
    };
  };
}

interface FieldProblem {
  field: string;
  message: string;
}

function flattenValidation(
  errors: Array<{ property: string; constraints?: Record<string, string>; children?: unknown[] }>,
  prefix = '',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    for (const message of Object.values(e.constraints ?? {})) problems.push({ field, message });
    if (e.children?.length) {
      problems.push(...flattenValidation(e.children as typeof errors, field));
    }
  }
  return problems;
}
