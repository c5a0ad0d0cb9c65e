import { randomUUID } from 'node:crypto';
import { IsNull, Like, type EntityManager } from 'typeorm';
import type { AuthProblem, Authenticator, Caller, CoreServices, RequestContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { findPage, type Paged } from '../../core/paging';
import { Role } from '../../core/roles';
import { Account, AccountRole, Session } from './identity.entity';
import { AuthPayload } from './identity.types';
import type { TokenSigner } from './token';

/**
 * Accounts returned to the person who just signed in as them: the login answer has no caller yet,
 * but its account is the signer's own, so its phone is shown whole.
 */
export const accountsShownToOwner = new WeakSet<Account>();

/** Raw rows carry dates as Date on MySQL and as UTC text on SQLite. */
function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
}

/** Accounts and their sessions: who is calling, signing in and out. */
export class IdentityService implements Authenticator {
  constructor(
    private readonly core: CoreServices,
    private readonly tokens: TokenSigner,
  ) {}

  /**
   * Turns a bearer token into the caller it names: the signature and expiry must hold, and the
   * session must still be open and its account enabled.
   */
  async authenticate(token: string): Promise<Caller | AuthProblem> {
    const claims = await this.tokens.verify(token);
    if (typeof claims === 'string') return claims;
    // One round trip on every request: the session, its account (with its village) and its roles.
    const rows: Array<{
      accountId: number;
      revokedAt: Date | null;
      expiresAt: Date;
      disabledAt: Date | null;
      villageId: number | null;
      householdId: number | null;
      role: Role | null;
    }> = await this.core.stores
      .get('identity')
      .createQueryBuilder(Session, 's')
      .innerJoin(Account, 'a', 'a.id = s.account_id')
      .leftJoin(AccountRole, 'r', 'r.account_id = a.id')
      .select(['s.account_id AS accountId', 's.revoked_at AS revokedAt', 's.expires_at AS expiresAt'])
      .addSelect(['a.disabled_at AS disabledAt', 'a.village_id AS villageId', 'a.household_id AS householdId', 'r.role AS role'])
      .where('s.id = :id', { id: claims.sessionId })
      .getRawMany();
    const [session] = rows;
    if (!session || Number(session.accountId) !== claims.accountId) return 'invalid';
    if (session.revokedAt) return 'revoked';
    if (toDate(session.expiresAt).getTime() <= this.core.clock.now().getTime()) return 'expired';
    if (session.disabledAt) return 'revoked';
    const roles = rows.map((r) => r.role).filter((r): r is Role => r !== null);
    const idOrNull = (value: number | string | null) => (value === null ? null : Number(value));
    return {
      accountId: claims.accountId,
      sessionId: claims.sessionId,
      roles,
      villageId: idOrNull(session.villageId),
      householdId: idOrNull(session.householdId),
    };
  }

  async me(ctx: RequestContext): Promise<Account> {
    const caller = ctx.requireCaller();
    const account = await ctx.manager('identity').findOneBy(Account, { id: caller.accountId });
    if (!account) throw notFound('账号不存在');
    return account;
  }

  /** A cadre's view of the village's people, by name, for picking whom to file for or deduct from. */
  async villageMembers(
    ctx: RequestContext,
    search: string | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Paged<Account>> {
    const caller = ctx.requireRole(Role.VILLAGE_ADMIN);
    if (!caller.villageId) return { items: [], nextCursor: null };
    const name = search?.trim();
    const where = { villageId: caller.villageId, ...(name ? { displayName: Like(`%${name.replace(/[%_\\]/g, '')}%`) } : {}) };
    return findPage(ctx.manager('identity'), Account, where, first, after, 'ASC');
  }

  /** Opens a session for the account and signs its token; runs inside the caller's transaction. */
  async startSession(manager: EntityManager, account: Account, channel: Session['channel']): Promise<AuthPayload> {
    const now = this.core.clock.now();
    const session = manager.create(Session, {
      id: randomUUID(),
      accountId: account.id,
      channel,
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.tokens.ttlSeconds * 1000),
      revokedAt: null,
    });
    await manager.insert(Session, session);
    accountsShownToOwner.add(account);
    const token = await this.tokens.issue({ accountId: account.id, sessionId: session.id }, session.expiresAt);
    return Object.assign(new AuthPayload(), { token, expiresAt: session.expiresAt, account });
  }

  /** Someone new to the app: a consumer account, the role anyone may hold without being vouched for. */
  async createConsumer(
    manager: EntityManager,
    identity: { phone: string | null; wechatOpenid: string | null; displayName: string },
  ): Promise<Account> {
    const account = manager.create(Account, {
      ...identity,
      villageId: null,
      householdId: null,
      createdAt: this.core.clock.now(),
      disabledAt: null,
    });
    await manager.insert(Account, account);
    await manager.insert(AccountRole, { accountId: account.id, role: Role.CONSUMER });
    return account;
  }

  /** Ends the caller's session: its token is refused from now on. */
  async logout(ctx: RequestContext): Promise<boolean> {
    const caller = ctx.requireCaller();
    return ctx.transaction('identity', async (manager) => {
      const result = await manager.update(Session, { id: caller.sessionId, revokedAt: IsNull() }, { revokedAt: ctx.now() });
      return (result.affected ?? 0) > 0;
    });
  }
}
