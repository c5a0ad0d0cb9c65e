import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config';
import type { StoreName } from '../stores/store-names';
import type { Clock } from './clock';
import type { Authenticator, CoreServices, RequestContext } from './context';
import type { EventType, Subscription } from './events/events';
import type { FileHolder, FilePolicy } from './files/file-policy';
import type { RateLimiter } from './rate-limit';
import type { ServiceRegistry } from './services';

/**
 * What tests may swap for their own. Core's parts are here; a module adds its own by augmenting
 * this interface (`declare module '../../core/module'`), e.g. identity's SMS provider.
 */
export interface ServiceOverrides {
  rateLimiter?: RateLimiter;
  clock?: Clock;
}

/** A job every instance runs on a timer; its work must be claimed row by row, so it never runs twice. */
export interface JobDefinition {
  name: string;
  everyMs(config: AppConfig): number;
  run(ctx: RequestContext, app: AppRuntime): Promise<unknown>;
}

/** What a module's HTTP routes are given: the core parts, and a context for a request. */
export interface AppRuntime {
  core: CoreServices;
  /** The request's context, with its caller if it carried a valid bearer token. */
  contextOf(request: FastifyRequest): Promise<RequestContext>;
  /** Every module's file-access policy, in manifest order. */
  filePolicies: readonly FilePolicy[];
  /** Every module's answer to which uploads it holds. */
  fileHolders: readonly FileHolder[];
}

// The lists below hold classes (TypeORM's and type-graphql's own inputs) and events of any payload.
/* eslint-disable @typescript-eslint/no-unsafe-function-type, @typescript-eslint/no-explicit-any */

/**
 * A module declares itself here, and nowhere else: the app derives its stores' schemas, the
 * GraphQL schema, its services, routes, jobs, event subscriptions, file policies and demo data
 * from the list of manifests in `modules/index.ts` (Vendure's plugin metadata is the model).
 */
export interface ModuleManifest {
  name: string;
  /** The one store the module writes; several modules may share one. */
  store?: StoreName;
  entities?: Function[];
  migrations?: Function[];
  resolvers?: Function[];
  /** Builds the module's long-lived services, once per app; resolvers find them by class. */
  services?(core: CoreServices, overrides: ServiceOverrides): object[];
  /** The module's user-fixable refusals: code → the Chinese sentence shown. */
  errorCodes?: Readonly<Record<string, string>>;
  /** The events the module publishes (declared in its `<module>.events.ts`). */
  publishes?: EventType<any>[];
  /** Its handlers of other modules' events. */
  subscribes?: Subscription<any>[];
  routes?(server: FastifyInstance, app: AppRuntime): void | Promise<void>;
  jobs?: JobDefinition[];
  filePolicies?: FilePolicy[];
  fileHolders?: FileHolder[];
  /** Reference data every installation needs, and the demo data; each runs its own transaction. */
  seed?: { reference?(ctx: RequestContext): Promise<void>; demo?(ctx: RequestContext): Promise<void> };
  /** The module that signs people in provides the authenticator (exactly one). */
  authenticator?(services: ServiceRegistry): Authenticator;
}
/* eslint-enable @typescript-eslint/no-unsafe-function-type, @typescript-eslint/no-explicit-any */

export function defineModule(manifest: ModuleManifest): ModuleManifest {
  return manifest;
}
