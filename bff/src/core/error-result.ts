import { AppError } from './errors';
import { getNamedType, isUnionType } from 'graphql';
import { Field, Int, InterfaceType, ObjectType, createUnionType, registerEnumType, type ClassType, type MiddlewareFn } from 'type-graphql';

/**
 * Every code of a failure the user can fix, from every module: one GraphQL enum, `ErrorCode`,
 * filled from the modules' code tables before the schema is built (a module declares its codes
 * with `defineErrorCodes`, its manifest lists them). The value is the code itself.
 */
const errorCodes: Record<string, string> = {};
const errorCodeDescriptions: Record<string, { description: string }> = {};

registerEnumType(errorCodes, {
  name: 'ErrorCode',
  description: '用户可以自行纠正的失败的代码，各模块各有一组',
  valuesConfig: errorCodeDescriptions,
});

/**
 * A module's refusals: each code with the sentence a person sees. A code cannot be added without
 * its message, and the client's table of codes is typed from the generated enum, so it cannot
 * miss one either.
 */
export function defineErrorCodes<C extends string>(module: string, messages: Record<C, string>): Readonly<Record<C, string>> {
  return Object.freeze(Object.defineProperty({ ...messages }, moduleOf, { value: module, enumerable: false }));
}

const moduleOf = Symbol('module');

/** Adds a module's codes to the ErrorCode enum; the same code from two modules must mean the same. */
export function registerErrorCodes(messages: Readonly<Record<string, string>>): void {
  const module = (messages as { [moduleOf]?: string })[moduleOf] ?? 'core';
  for (const [code, message] of Object.entries(messages)) {
    if (errorCodes[code] !== undefined && errorCodeDescriptions[code]?.description !== `${module}：${message}`) {
      throw new Error(`error code ${code} is declared twice (${errorCodeDescriptions[code]?.description} / ${module})`);
    }
    errorCodes[code] = code;
    errorCodeDescriptions[code] = { description: `${module}：${message}` };
  }
}

/**
 * A failure the user can fix, returned as a member of a result union rather than thrown, so the
 * client has to handle it (Vendure's ErrorResult). A transaction whose work returns one rolls back.
 */
@InterfaceType({ description: '用户可以自行纠正的失败' })
export abstract class ErrorResult {
  @Field(() => errorCodes, { description: '稳定的错误代码，供程序判断' })
  errorCode!: string;

  @Field(() => String, { description: '给人看的中文说明' })
  message!: string;

  /** Set by the refusals that name one; the others answer null. */
  @Field(() => String, { nullable: true, description: '出错的输入项（如 endsAt），客户端据此把光标放过去；与某一项无关时为空' })
  field?: string | null;
}

/** Too many tries in a short time; the client shows when to try again. */
@ObjectType({ implements: ErrorResult })
export class RateLimitedError extends ErrorResult {
  @Field(() => Int)
  retryAfterSeconds!: number;

  static of(retryAfterSeconds: number): RateLimitedError {
    return Object.assign(new RateLimitedError(), {
      errorCode: 'RATE_LIMITED',
      message: `操作太频繁，请 ${formatWait(retryAfterSeconds)}后再试`,
      retryAfterSeconds,
    });
  }
}

function formatWait(seconds: number): string {
  if (seconds <= 90) return `${seconds} 秒`;
  if (seconds < 3600) return `${Math.ceil(seconds / 60)} 分钟`;
  return `${Math.ceil(seconds / 3600)} 小时`;
}

/** Codes every module may answer: a semantic input problem (dates in the wrong order, say) and a rate limit. */
const CORE_ERRORS = defineErrorCodes('core', {
  BAD_USER_INPUT: '输入有误，请检查后重试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
});
registerErrorCodes(CORE_ERRORS);

/**
 * Declares `<Module>Error`, a module's one kind of refusal, for its codes: its code, the message,
 * and the input field at fault. `TraceError.of('GTIN_TAKEN', undefined, 'gtin')`.
 */
export function RefusalType<C extends string>(name: string, description: string, messages: Readonly<Record<C, string>>) {
  @ObjectType(name, { implements: ErrorResult, description })
  class ModuleError extends ErrorResult {
    static of(code: C | 'BAD_USER_INPUT', message?: string, field?: string): ModuleError {
      const standard = code === 'BAD_USER_INPUT' ? CORE_ERRORS.BAD_USER_INPUT : messages[code];
      return Object.assign(new ModuleError(), { errorCode: code, message: message ?? standard, field: field ?? null });
    }
  }
  return ModuleError;
}

/**
 * A user-fixable refusal thrown from deep inside a service: the transaction rolls back as with
 * any throw, and the mutation's boundary (see `refusalsAsResults`) answers it as the union member
 * it carries. Outside a mutation (a query) it reaches the client as an error with its code.
 */
export class Refusal extends AppError {
  constructor(readonly result: ErrorResult) {
    super(result.errorCode, result.message, result.field ? { field: result.field } : undefined);
  }
}

/**
 * A mutation's result: what it made, or one of the refusals it may answer. Entities are answered
 * as they are (they are not instances of the GraphQL type), so anything that is not an
 * ErrorResult is the success type.
 */
export function ResultUnion<S extends ClassType>(name: string, success: S, ...refusals: ClassType<ErrorResult>[]) {
  return createUnionType({
    name,
    types: () => [success, ...refusals] as unknown as readonly [S, ...ClassType<ErrorResult>[]],
    resolveType: (value) => (value instanceof ErrorResult ? (value.constructor as ClassType) : success),
  });
}

/**
 * The boundary of every mutation: a Refusal thrown inside it is answered as the union member it
 * carries. The transaction it was thrown in has already rolled back. A mutation whose result is
 * not a union rethrows it, as a query does, and the client sees it as a coded error.
 */
export const refusalsAsResults: MiddlewareFn = async ({ info }, next) => {
  try {
    return await next();
  } catch (error) {
    if (error instanceof Refusal && info.parentType.name === 'Mutation' && isUnionType(getNamedType(info.returnType))) return error.result;
    throw error;
  }
};
