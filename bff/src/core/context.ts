import type DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { AppServices } from '../app-services';
import type { StoreName } from '../stores/store-names';
import { forbidden, unauthenticated } from './errors';
import type { LoaderDefinition } from './loaders';
import { ROLE_LABELS, type Role } from './roles';
import { currentManager, inTransaction } from './transaction';

/** The signed-in account behind a request. */
export interface Caller {
  accountId: number;
  sessionId: string;
  roles: Role[];
}

/** Why a request that carried a token has no caller. */
export type AuthProblem = 'expired' | 'invalid' | 'revoked';

const AUTH_PROBLEM_MESSAGES: Record<AuthProblem, string> = {
  expired: '登录已过期，请重新登录',
  invalid: '登录信息无效，请重新登录',
  revoked: '您已退出登录，请重新登录',
};

/**
 * Everything a resolver and a service need for one request: who is calling, the request id for
 * the logs, the DataLoaders made for this request, and the stores with their transactions.
 */
export class RequestContext {
  // Each loader has its own key and value types; the map only stores them.
  private readonly loaders = new Map<LoaderDefinition<unknown, unknown>, DataLoader<unknown, unknown>>();

  readonly requestId: string;
  readonly ip: string;
  /** scheme://host the caller reached us at, for links we hand back. */
  readonly origin: string;

  constructor(
    readonly app: AppServices,
    request: { requestId: string; ip: string; origin: string },
    readonly caller: Caller | null,
    private readonly authProblem: AuthProblem | null = null,
  ) {
    this.requestId = request.requestId;
    this.ip = request.ip;
    this.origin = request.origin;
  }

  requireCaller(): Caller {
    if (!this.caller) {
      throw unauthenticated(this.authProblem ? AUTH_PROBLEM_MESSAGES[this.authProblem] : undefined);
    }
    return this.caller;
  }

  /** The caller, who must hold at least one of these roles. */
  requireRole(...roles: Role[]): Caller {
    const caller = this.requireCaller();
    if (!roles.some((role) => caller.roles.includes(role))) {
      throw forbidden(`此操作仅限${roles.map((r) => ROLE_LABELS[r]).join('、')}`);
    }
    return caller;
  }

  hasRole(role: Role): boolean {
    return this.caller?.roles.includes(role) ?? false;
  }

  /** Runs `work` in one transaction on a store; nested calls on the same store join it. */
  transaction<T>(store: StoreName, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.app.stores.get(store), work);
  }

  /** For reads: the open transaction's manager on that store if there is one, else the store's own. */
  manager(store: StoreName): EntityManager {
    const source = this.app.stores.get(store);
    return currentManager(source) ?? source.manager;
  }

  loader<K, V>(definition: LoaderDefinition<K, V>): DataLoader<K, V> {
    const key = definition as LoaderDefinition<unknown, unknown>;
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = definition.create(this) as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }
}
