import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context';
import { Allow, Public, SignedIn } from '../../core/guards';
import { PageArgs } from '../../core/paging';
import { Role } from '../../core/roles';
import type { Account } from './identity.entity';
import { PhoneLoginArgs, RequestLoginCodeArgs, WechatLoginArgs } from './identity.inputs';
import { householdById, rolesByAccountId, villageById } from './identity.loaders';
import { AccountPage, AccountType, DemoAccount, HouseholdType, LoginResult, RequestLoginCodeResult, VillageType } from './identity.types';
import { DEMO_ACCOUNTS } from './identity.demo';
import { IdentityService, accountsShownToOwner } from './identity.service';
import { LoginService } from './login.service';
import { maskPhone } from '@gongfu/shared-types/domain/phone';

@Resolver(() => AccountType)
export class AccountResolver {
  @Query(() => AccountType, { description: '当前登录的账号' })
  @SignedIn()
  me(@Ctx() ctx: RequestContext): Promise<Account> {
    return ctx.service(IdentityService).me(ctx);
  }

  @Query(() => [DemoAccount], { description: '演示账号；生产环境为空' })
  @Public()
  demoAccounts(@Ctx() ctx: RequestContext): DemoAccount[] {
    if (!ctx.app.config.demoData) return [];
    return DEMO_ACCOUNTS.map((a) => Object.assign(new DemoAccount(), a));
  }

  @Query(() => AccountPage, { description: '本村的人（村干部按姓名查找，用于代办、扣分）' })
  @Allow(Role.VILLAGE_ADMIN)
  villageMembers(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.service(IdentityService).villageMembers(ctx, search, first, after);
  }

  @FieldResolver(() => String, { nullable: true, description: '手机号：本人可见全号，他人只见 138****8000' })
  phone(@Root() account: Account, @Ctx() ctx: RequestContext): string | null {
    if (!account.phone) return null;
    const owner = ctx.caller?.accountId === account.id || accountsShownToOwner.has(account);
    return owner ? account.phone : maskPhone(account.phone);
  }

  @FieldResolver(() => [Role])
  roles(@Root() account: Account, @Ctx() ctx: RequestContext): Promise<Role[]> {
    return ctx.loader(rolesByAccountId).load(account.id);
  }

  @FieldResolver(() => VillageType, { nullable: true })
  async village(@Root() account: Account, @Ctx() ctx: RequestContext) {
    return account.villageId ? ctx.loader(villageById).load(account.villageId) : null;
  }

  @FieldResolver(() => HouseholdType, { nullable: true })
  async household(@Root() account: Account, @Ctx() ctx: RequestContext) {
    return account.householdId ? ctx.loader(householdById).load(account.householdId) : null;
  }
}

@Resolver(() => HouseholdType)
export class HouseholdResolver {
  @FieldResolver(() => VillageType)
  async village(@Root() household: HouseholdType, @Ctx() ctx: RequestContext) {
    return ctx.loader(villageById).load(household.villageId);
  }
}

@Resolver()
export class LoginResolver {
  @Mutation(() => LoginResult, { description: '小程序：用 wx.login() 的 code 登录' })
  @Public()
  wechatLogin(@Args(() => WechatLoginArgs) { code }: WechatLoginArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(LoginService).wechatLogin(ctx, code);
  }

  @Mutation(() => RequestLoginCodeResult, { description: '浏览器：获取短信验证码' })
  @Public()
  requestLoginCode(@Args(() => RequestLoginCodeArgs) { phone, fromDemoPicker }: RequestLoginCodeArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(LoginService).requestLoginCode(ctx, phone, fromDemoPicker);
  }

  @Mutation(() => LoginResult, { description: '浏览器：手机号 + 验证码登录' })
  @Public()
  phoneLogin(@Args(() => PhoneLoginArgs) { phone, code }: PhoneLoginArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(LoginService).phoneLogin(ctx, phone, code);
  }

  @Mutation(() => Boolean, { description: '退出登录：本设备的令牌随即失效' })
  @SignedIn()
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.service(IdentityService).logout(ctx);
  }
}

export const identityResolvers = [AccountResolver, HouseholdResolver, LoginResolver] as const;
