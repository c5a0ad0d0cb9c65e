import type { FastifyError, FastifyInstance } from 'fastify';

/** What a client is told for each 4xx a route or Fastify itself may answer: a code and a sentence. */
const CLIENT_ERRORS: Record<number, { code: string; message: string }> = {
  400: { code: 'BAD_REQUEST', message: '请求格式有误' },
  401: { code: 'UNAUTHENTICATED', message: '请先登录' },
  403: { code: 'FORBIDDEN', message: '您没有权限进行此操作' },
  404: { code: 'NOT_FOUND', message: '找不到该地址' },
  405: { code: 'METHOD_NOT_ALLOWED', message: '不支持该请求方式' },
  406: { code: 'NOT_ACCEPTABLE', message: '无法以所要求的格式答复' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: '请求内容太大' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持该内容类型' },
  429: { code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' },
};

/** Driver and pool errors that mean a store cannot be reached now, rather than a fault in our code. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
]);

/** True when the error says a store is down or unreachable (MySQL's driver, or a closed DataSource). */
export function isStoreUnavailable(error: unknown): boolean {
  const e = error as { code?: string; name?: string; driverError?: { code?: string } } | null;
  const code = e?.driverError?.code ?? e?.code;
  if (code && UNREACHABLE_CODES.has(code)) return true;
  // TypeORM's errors for a DataSource that was never connected or has been destroyed.
  return e?.name === 'CannotExecuteNotConnectedError' || e?.name === 'ConnectionIsNotSetError';
}

/**
 * The one error handler of the routes outside GraphQL (uploads, files, the resolver, the CSV, and
 * whatever Fastify refuses before a handler runs): a 4xx keeps its status with a coded body, a
 * store that is down is 503, anything else 500; the details and stack go to the log with the
 * request id, and only that id goes to the client. /graphql gets the same in GraphQL's shape.
 */
export function registerHttpErrorHandler(server: FastifyInstance): void {
  server.setErrorHandler((error: FastifyError, request, reply) => {
    const requestId = String(request.id);
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : null;
    let body: { code: string; message: string; requestId?: string };
    if (status) {
      request.log.info({ err: error, requestId }, 'request refused');
      body = CLIENT_ERRORS[status] ?? CLIENT_ERRORS[400];
    } else if (isStoreUnavailable(error)) {
      request.log.error({ err: error, requestId }, 'store unavailable');
      body = { code: 'SERVICE_UNAVAILABLE', message: `服务暂时不可用，请稍后再试（编号 ${requestId}）`, requestId };
    } else {
      request.log.error({ err: error, requestId }, 'internal error');
      body = { code: 'INTERNAL_SERVER_ERROR', message: `服务器出错了，请稍后再试（编号 ${requestId}）`, requestId };
    }
    const code = status ?? (body.code === 'SERVICE_UNAVAILABLE' ? 503 : 500);
    reply.code(code).header('x-request-id', requestId);
    if (request.url.split('?')[0] === '/graphql') {
      const { message, ...extensions } = body;
      return reply.send({ errors: [{ message, extensions }] });
    }
    return reply.send({ error: body });
  });
}
