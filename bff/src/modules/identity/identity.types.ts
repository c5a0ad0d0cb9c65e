import { Field, Int, ObjectType, createUnionType } from 'type-graphql';
import { ID } from '../../core/scalars';
import { ErrorResult, RateLimitedError, defineErrorCodes } from '../../core/error-result';
import { PageOf } from '../../core/paging';
import { Role } from '../../core/roles';

@ObjectType('Village', { description: '村' })
export class VillageType {
  @Field(() => ID)
  id!: number;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: '镇 / 街道' })
  town!: string;

  @Field(() => String, { description: '区 / 县' })
  county!: string;
}

@ObjectType('Household', { description: '户' })
export class HouseholdType {
  @Field(() => ID)
  id!: number;

  villageId!: number;

  @Field(() => String, { description: '户主或户名' })
  name!: string;

  @Field(() => String, { description: '门牌' })
  address!: string;
}

@ObjectType('Account', { description: '账号' })
export class AccountType {
  @Field(() => ID)
  id!: number;

  @Field(() => String)
  displayName!: string;

  /** Resolved by AccountResolver: masked unless the caller owns the account. */
  phone!: string | null;

  villageId!: number | null;
  householdId!: number | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: '登录成功' })
export class AuthPayload {
  @Field(() => String, { description: '放在 Authorization: Bearer 中的令牌' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => AccountType)
  account!: AccountType;
}

/** The refusals of signing in. */
export const LOGIN_ERROR_MESSAGES = defineErrorCodes('identity', {
  INVALID_LOGIN_CODE: '验证码不对，请再看一下短信',
  LOGIN_CODE_EXPIRED: '验证码已过期或未获取，请重新获取',
  TOO_MANY_ATTEMPTS: '验证码输错次数太多，请重新获取',
  WECHAT_CODE_INVALID: '微信登录凭证已失效，请重新点击登录',
});

export type LoginErrorCode = keyof typeof LOGIN_ERROR_MESSAGES;

@ObjectType({ implements: ErrorResult, description: '登录失败：验证码或微信凭证有误' })
export class LoginError extends ErrorResult {
  @Field(() => Int, { nullable: true, description: '验证码还可以再试几次' })
  attemptsLeft!: number | null;

  static of(errorCode: LoginErrorCode, attemptsLeft: number | null = null): LoginError {
    const message =
      errorCode === 'INVALID_LOGIN_CODE' && attemptsLeft !== null
        ? `${LOGIN_ERROR_MESSAGES[errorCode]}（还可以试 ${attemptsLeft} 次）`
        : LOGIN_ERROR_MESSAGES[errorCode];
    return Object.assign(new LoginError(), { errorCode, message, attemptsLeft });
  }
}

export const LoginResult = createUnionType({
  name: 'LoginResult',
  types: () => [AuthPayload, LoginError, RateLimitedError] as const,
});

@ObjectType({ description: '验证码已发出' })
export class LoginCodeSent {
  @Field(() => String)
  phoneMasked!: string;

  @Field(() => Int)
  expiresInSeconds!: number;

  @Field(() => Int, { description: '多少秒后可以重新获取' })
  resendAfterSeconds!: number;

  @Field(() => String, { nullable: true, description: '演示账号的验证码：仅在演示数据开启、由演示账号列表获取时返回（此时不发短信）' })
  devCode!: string | null;
}

export const RequestLoginCodeResult = createUnionType({
  name: 'RequestLoginCodeResult',
  types: () => [LoginCodeSent, RateLimitedError] as const,
});

@ObjectType({ description: '演示账号（仅非生产环境）' })
export class DemoAccount {
  @Field(() => String, { description: '微信登录时的 openid（code2Session 假服务以 code 为 openid）' })
  openid!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  phone!: string;

  @Field(() => [Role])
  roles!: Role[];
}

export const AccountPage = PageOf(AccountType, 'Account');
