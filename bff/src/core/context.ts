import type DataLoader from 'dataloader';
import type { FastifyBaseLogger } from 'fastify';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config';
import type { StoreRegistry } from '../stores/registry';
import type { StoreName } from '../stores/store-names';
import type { Clock } from './clock';
import { forbidden, unauthenticated } from './errors';
import type { EventDispatcher } from './events/dispatcher';
import type { EventType } from './events/events';
import type { FileStore } from './files/file-store';
import type { LoaderDefinition } from './loaders';
import type { RateLimiter } from './rate-limit';
import { ROLE_LABELS, type Role } from './roles';
import type { ServiceRegistry, ServiceToken } from './services';
import { afterCommit, currentManager, inTransaction } from './transaction';

/** The signed-in account behind a request, with where it belongs (read once, at authentication). */
export interface Caller {
  accountId: number;
  sessionId: string;
  roles: Role[];
  /** The village the account lives in, for villagers, cadres and village shops. */
  villageId: number | null;
  householdId: number | null;
}

/** Why a request that carried a token has no caller. */
export type AuthProblem = 'expired' | 'invalid' | 'revoked';

/** Turns a bearer token into its caller; the identity module provides it. */
export interface Authenticator {
  authenticate(token: string): Promise<Caller | AuthProblem>;
}

/** The parts of one BFF instance that every module may use; modules' own services are found by class. */
export interface CoreServices {
  config: AppConfig;
  logger: FastifyBaseLogger;
  stores: StoreRegistry;
  rateLimiter: RateLimiter;
  files: FileStore;
  events: EventDispatcher;
  clock: Clock;
  services: ServiceRegistry;
}

const AUTH_PROBLEM_MESSAGES: Record<AuthProblem, string> = {
  expired: '登录已过期，请重新登录',
  invalid: '登录信息无效，请重新登录',
  revoked: '您已退出登录，请重新登录',
};

/**
 * Everything a resolver and a service need for one request (or one event delivery, one job run):
 * who is calling, the request id for the logs, the DataLoaders made for it, the module services,
 * the clock, and the stores with their transactions.
 */
export class RequestContext {
  // Each loader has its own key and value types; the map only stores them.
  private readonly loaders = new Map<LoaderDefinition<unknown, unknown>, DataLoader<unknown, unknown>>();

  readonly requestId: string;
  readonly ip: string;
  /** scheme://host the caller reached us at, for links we hand back. */
  readonly origin: string;

  constructor(
    readonly app: CoreServices,
    request: { requestId: string; ip: string; origin: string },
    readonly caller: Caller | null,
    private readonly authProblem: AuthProblem | null = null,
  ) {
    this.requestId = request.requestId;
    this.ip = request.ip;
    this.origin = request.origin;
  }

  /** A context with no caller, for an event handler, a job or a seed. */
  static system(app: CoreServices, label: string): RequestContext {
    return new RequestContext(app, { requestId: label, ip: '127.0.0.1', origin: app.config.publicBaseUrl ?? '' }, null);
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

  now(): Date {
    return this.app.clock.now();
  }

  /** One of the calling module's own services. */
  service<T>(token: ServiceToken<T>): T {
    return this.app.services.get(token);
  }

  /**
   * Runs `work` in one transaction on a store; nested calls on the same store join it, one on
   * another store is refused. Work that answers an ErrorResult is rolled back.
   */
  transaction<T>(store: StoreName, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.app.stores.get(store), work);
  }

  /** For reads: the open transaction's manager on that store if there is one, else the store's own. */
  manager(store: StoreName): EntityManager {
    const source = this.app.stores.get(store);
    return currentManager(source) ?? source.manager;
  }

  /**
   * Publishes an event in the open transaction on its store: it is delivered to every subscribed
   * handler once the transaction commits, and never if it rolls back.
   */
  async publish<P>(event: EventType<P>, payload: P): Promise<void> {
    const source = this.app.stores.get(event.store);
    const manager = currentManager(source);
    if (!manager) throw new Error(`publishing ${event.topic} needs an open transaction on store ${event.store}`);
    await this.app.events.write(manager, event, payload, this.now());
    afterCommit(source, () => this.app.events.kick());
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
