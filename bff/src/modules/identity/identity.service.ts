import { randomUUID } from 'node:crypto';
import { IsNull, Like, type EntityManager } from 'typeorm';
import type { AuthProblem, Caller, RequestContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { findPage, type Paged } from '../../core/paging';
import { Role } from '../../core/roles';
import type { StoreRegistry } from '../../stores/registry';
import { Account, AccountRole, Session } from './identity.entity';
import { AuthPayload } from './identity.types';
import type { TokenSigner } from './token';

/**
 * Accounts returned to the person who just signed in as them: the login answer has no caller yet,
 * but its account is the signer's own, so its phone is shown whole.
 */
export const accountsShownToOwner = new WeakSet<Account>();

/** Accounts and their sessions: who is calling, signing in and out. */
export class IdentityService {
  constructor(
    private readonly stores: StoreRegistry,
    private readonly tokens: TokenSigner,
  ) {}

  /**
   * Turns a bearer token into the caller it names: the signature and expiry must hold, and the
   * session must still be open and its account enabled.
   */
  async authenticate(token: string): Promise<Caller | AuthProblem> {
    const claims = await this.tokens.verify(token);
    if (typeof claims === 'string') return claims;
    const manager = this.stores.get('identity').manager;
    const session = await manager.findOneBy(Session, { id: claims.sessionId });
    if (!session || session.accountId !== claims.accountId) return 'invalid';
    if (session.revokedAt) return 'revoked';
    if (session.expiresAt.getTime() <= Date.now()) return 'expired';
    const account = await manager.findOneBy(Account, { id: claims.accountId });
    if (!account || account.disabledAt) return 'revoked';
    const roles = await manager.findBy(AccountRole, { accountId: claims.accountId });
    return { accountId: claims.accountId, sessionId: session.id, roles: roles.map((r) => r.role) };
  }

  async me(ctx: RequestContext): Promise<Account> {
    const caller = ctx.requireCaller();
    const account = await ctx.manager('identity').findOneBy(Account, { id: caller.accountId });
    if (!account) throw notFound('账号不存在');
    return account;
  }

  /** A cadre's view of the village's people, by name, for picking whom to file for or deduct from. */
  async villageMembers(ctx: RequestContext, search: string | null | undefined, first: number, after?: string | null): Promise<Paged<Account>> {
    const caller = ctx.requireRole(Role.VILLAGE_ADMIN);
    const me = await ctx.manager('identity').findOneBy(Account, { id: caller.accountId });
    if (!me?.villageId) return { items: [], nextCursor: null };
    const name = search?.trim();
    const where = { villageId: me.villageId, ...(name ? { displayName: Like(`%${name.replace(/[%_\\]/g, '')}%`) } : {}) };
    return findPage(ctx.manager('identity'), Account, where, first, after, 'ASC');
  }

  /** Opens a session for the account and signs its token; runs inside the caller's transaction. */
  async startSession(manager: EntityManager, account: Account, channel: Session['channel']): Promise<AuthPayload> {
    const now = new Date();
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
      createdAt: new Date(),
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
      const result = await manager.update(Session, { id: caller.sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
      return (result.affected ?? 0) > 0;
    });
  }
}
