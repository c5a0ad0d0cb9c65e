import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { GraphQLError, ValidationContext } from 'graphql';
import { Redis } from 'ioredis';
import type { AppConfig } from './config';
import { systemClock } from './core/clock';
import { RequestContext, type Authenticator, type CoreServices } from './core/context';
import { createErrorFormatter } from './core/errors';
import { EventDispatcher } from './core/events/dispatcher';
import { LocalFileStore } from './core/files/file-store';
import type { AppRuntime, ModuleManifest, ServiceOverrides } from './core/module';
import { MemoryRateLimiter, RedisRateLimiter } from './core/rate-limit';
import { ServiceRegistry } from './core/services';
import { requestErrorsAsLegacyJson } from './graphql-over-http';
import { registerH5 } from './h5-static';
import { registerHttpErrorHandler } from './http-errors';
import { MODULES } from './modules';
import { buildAppSchema } from './schema';
import { seedDemoData, seedReferenceData } from './seed/demo';
import { StoreRegistry } from './stores/registry';
import { storeSchemasOf } from './stores/schemas';

/** Limits on what one GraphQL document may ask for (DESIGN.md: bounded depth, aliases, tokens, cost). */
export interface QueryLimits {
  depth: number;
  aliases: number;
  tokens: number;
  cost: number;
}

export const QUERY_LIMITS: Readonly<QueryLimits> = { depth: 10, aliases: 15, tokens: 2000, cost: 5000 };

export interface AppOptions {
  overrides?: ServiceOverrides;
  /** Tests tighten the limits to see each one refuse. */
  queryLimits?: Partial<QueryLimits>;
  /** Tests pass a logger level of their own; boot uses the config's. */
  logLevel?: string;
  /** Scheduled jobs and the event poll; tests turn them off and run them when they choose. */
  jobs?: boolean;
}

export interface App {
  server: FastifyInstance;
  core: CoreServices;
  /** What routes and jobs are given; tests run a job with it. */
  runtime: AppRuntime;
  /** A context with no caller, as an event handler or a job has. */
  systemContext(label: string): RequestContext;
}

/** Carries the request id into Apollo's error formatter, which is not handed the context. */
const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** The one module that signs people in. */
function authenticatorOf(modules: readonly ModuleManifest[], services: ServiceRegistry): Authenticator {
  const providers = modules.filter((m) => m.authenticator);
  if (providers.length !== 1) throw new Error(`exactly one module must provide the authenticator, found ${providers.length}`);
  return providers[0].authenticator!(services);
}

/**
 * Opens the stores, runs their migrations, writes the reference and demo data (outside
 * production) and builds the HTTP server: GraphQL at /graphql, the modules' routes, the H5 build
 * at /, /healthz and /readyz. Everything a module adds comes from its manifest in modules/index.ts.
 */
export async function createApp(config: AppConfig, options: AppOptions = {}): Promise<App> {
  const modules = MODULES;
  const overrides = options.overrides ?? {};
  const server = Fastify({
    logger: {
      level: options.logLevel ?? config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
    },
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
  });

  registerHttpErrorHandler(server);
  // Every answer is what its content type says; a browser must not guess otherwise (uploads above all).
  server.addHook('onRequest', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
  });

  const stores = await StoreRegistry.open(config.stores, storeSchemasOf(modules));
  const timers: NodeJS.Timeout[] = [];
  server.addHook('onClose', async () => {
    for (const timer of timers) clearInterval(timer);
    await core.events.stop();
    await core.rateLimiter.close();
    await stores.close();
  });
  const applied = await stores.migrate();
  const appliedCount = Object.values(applied).flat().length;
  if (appliedCount) server.log.info({ applied }, `applied ${appliedCount} migrations`);

  const services = new ServiceRegistry();
  const core: CoreServices = {
    config,
    logger: server.log,
    stores,
    rateLimiter:
      overrides.rateLimiter ??
      (config.redisUrl ? new RedisRateLimiter(new Redis(config.redisUrl, { lazyConnect: false })) : new MemoryRateLimiter()),
    files: new LocalFileStore(path.join(config.dataDir, 'uploads')),
    events: new EventDispatcher(stores, server.log, (label) => RequestContext.system(core, label)),
    clock: overrides.clock ?? systemClock,
    services,
  };
  for (const module of modules) {
    for (const service of module.services?.(core, overrides) ?? []) services.add(service);
    for (const event of module.publishes ?? []) core.events.declare(event);
    for (const subscription of module.subscribes ?? []) core.events.subscribe(subscription);
  }
  const authenticator = authenticatorOf(modules, services);
  const systemContext = (label: string) => RequestContext.system(core, label);

  await seedReferenceData(modules, systemContext('seed:reference'));
  if (config.demoData) await seedDemoData(modules, systemContext('seed:demo'));

  const contextOf = async (request: FastifyRequest): Promise<RequestContext> => {
    // Links start with the configured address: the Host header is the caller's to choose.
    const origin = config.publicBaseUrl ?? `${request.protocol}://${request.host}`;
    const info = { requestId: String(request.id), ip: request.ip, origin };
    const header = request.headers.authorization;
    if (!header) return new RequestContext(core, info, null);
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) return new RequestContext(core, info, null, 'invalid');
    const caller = await authenticator.authenticate(match[1]);
    return typeof caller === 'string' ? new RequestContext(core, info, null, caller) : new RequestContext(core, info, caller);
  };

  const runtime: AppRuntime = {
    core,
    contextOf,
    filePolicies: modules.flatMap((m) => m.filePolicies ?? []),
    fileHolders: modules.flatMap((m) => m.fileHolders ?? []),
  };

  if (options.jobs !== false) {
    // Delivers what earlier runs left undelivered, then keeps polling; publishing also kicks it.
    core.events.start(config.outboxPollMs);
    for (const job of modules.flatMap((m) => m.jobs ?? [])) {
      const timer = setInterval(() => {
        job
          .run(systemContext(`job:${job.name}`), runtime)
          .catch((error: unknown) => server.log.error({ err: error, job: job.name }, 'job failed'));
      }, job.everyMs(config));
      timer.unref();
      timers.push(timer);
    }
  }

  const production = config.env === 'production';
  const limits = { ...QUERY_LIMITS, ...options.queryLimits };
  // Report a refusal as a validation error, as GraphQL Armor's Apollo wrapper does, instead of throwing.
  const refusal = {
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
  };

  const apollo = new ApolloServer<RequestContext>({
    schema: await buildAppSchema(modules),
    introspection: !production,
    // Apollo's CSRF guard refuses plain GETs, which the GraphQL-over-HTTP spec allows. It guards
    // cookie sessions; ours is a bearer token that only our own client's script sets, so a forged
    // cross-site request runs as a stranger, and a GET runs no mutation.
    csrfPrevention: false,
    includeStacktraceInErrorResponses: false,
    validationRules: [
      maxDepthRule({ n: limits.depth, ...refusal }),
      maxAliasesRule({ n: limits.aliases, ...refusal }),
      costLimitRule({ maxCost: limits.cost, ...refusal }),
    ],
    parseOptions: { maxTokens: limits.tokens },
    formatError: createErrorFormatter({
      logger: server.log,
      requestIdOf: () => requestScope.getStore()?.requestId,
    }),
    plugins: [
      fastifyApolloDrainPlugin(server),
      requestErrorsAsLegacyJson,
      ...(production ? [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginDisableSuggestions()] : []),
    ],
  });
  await apollo.start();

  const graphql = fastifyApolloHandler(apollo, { context: contextOf });
  server.route({
    method: ['GET', 'POST', 'OPTIONS'],
    url: '/graphql',
    handler(request, reply) {
      reply.header('x-request-id', request.id);
      // The integration's handler is typed for its own route generics; the request is the same object.
      return requestScope.run({ requestId: String(request.id) }, () =>
        graphql.call(this, request as Parameters<typeof graphql>[0], reply as Parameters<typeof graphql>[1]),
      );
    },
  });

  for (const module of modules) await module.routes?.(server, runtime);

  server.get('/healthz', async () => ({ status: 'ok' }));
  // Public, so it names each store's state only; why a store is down goes to the log.
  server.get('/readyz', async (request, reply) => {
    const checks = await stores.ping();
    const down = Object.entries(checks).filter(([, v]) => v !== 'ok');
    if (down.length) request.log.error({ stores: Object.fromEntries(down) }, 'stores unavailable');
    const states = Object.fromEntries(Object.entries(checks).map(([name, v]) => [name, v === 'ok' ? 'ok' : 'unavailable']));
    return reply.code(down.length ? 503 : 200).send({ status: down.length ? 'unavailable' : 'ready', stores: states });
  });

  await registerH5(server, config.h5Dist);

  return { server, core, runtime, systemContext };
}
