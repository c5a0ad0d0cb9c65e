import { Field, Int, InterfaceType, ObjectType } from 'type-graphql';

/**
 * A failure the user can fix, returned as a member of a result union rather than thrown, so the
 * client has to handle it (Vendure's ErrorResult).
 */
@InterfaceType({ description: '用户可以自行纠正的失败' })
export abstract class ErrorResult {
  @Field(() => String, { description: '稳定的错误代码，供程序判断' })
  errorCode!: string;

  @Field(() => String, { description: '给人看的中文说明' })
  message!: string;
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
