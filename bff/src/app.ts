import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { GraphQLError, ValidationContext } from 'graphql';
import { createServices, type AppServices, type ServiceOverrides } from './app-services';
import type { AppConfig } from './config';
import { RequestContext } from './core/context';
import { createErrorFormatter } from './core/errors';
import { registerUploadRoutes } from './modules/files/uploads';
import { registerDigitalLinkRoutes, registerTraceCodeExport } from './modules/trace/trace.routes';
import { buildAppSchema } from './schema';
import { seedDemoData } from './seed/demo';
import { seedReferenceData } from './seed/reference';
import { StoreRegistry } from './stores/registry';

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
}

export interface App {
  server: FastifyInstance;
  services: AppServices;
}

/** Carries the request id into Apollo's error formatter, which is not handed the context. */
const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/**
 * Opens the stores, runs their migrations, writes the demo data (outside production) and
 * builds the HTTP server: GraphQL at /graphql, the H5 build at /, /healthz and /readyz.
 */
export async function createApp(config: AppConfig, options: AppOptions = {}): Promise<App> {
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

  const stores = await StoreRegistry.open(config.stores);
  server.addHook('onClose', async () => {
    clearInterval(deadlines);
    await services.outbox.stop();
    await services.rateLimiter.close();
    await stores.close();
  });
  const applied = await stores.migrate();
  const appliedCount = Object.values(applied).flat().length;
  if (appliedCount) server.log.info({ applied }, `applied ${appliedCount} migrations`);
  await seedReferenceData(stores);
  if (config.demoData) await seedDemoData(stores);

  const services = createServices(config, stores, server.log, options.overrides);
  // Delivers what earlier runs left undelivered, then keeps polling; emitting requests also kick it.
  services.outbox.start(config.outboxPollMs);
  const deadlines = setInterval(() => {
    services.complaints.runDeadlineJob(stores).catch((error: unknown) => server.log.error({ err: error }, 'complaint deadline job failed'));
  }, config.complaintJobMs);
  deadlines.unref();
  const production = config.env === 'production';
  const limits = { ...QUERY_LIMITS, ...options.queryLimits };
  // Report a refusal as a validation error, as GraphQL Armor's Apollo wrapper does, instead of throwing.
  const refusal = {
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
  };

  const apollo = new ApolloServer<RequestContext>({
    schema: await buildAppSchema(),
    introspection: !production,
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
      ...(production ? [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginDisableSuggestions()] : []),
    ],
  });
  await apollo.start();

  const graphql = fastifyApolloHandler(apollo, {
    context: async (request) => createContext(services, request),
  });
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

  await registerUploadRoutes(server, services);
  registerDigitalLinkRoutes(server, services);
  registerTraceCodeExport(server, services);

  server.get('/healthz', async () => ({ status: 'ok' }));
  server.get('/readyz', async (_request, reply) => {
    const checks = await stores.ping();
    const ready = Object.values(checks).every((v) => v === 'ok');
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'unavailable', stores: checks });
  });

  if (fs.existsSync(`${config.h5Dist}/index.html`)) {
    await server.register(fastifyStatic, { root: config.h5Dist, prefix: '/', maxAge: '1h' });
  } else {
    server.get('/', async (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send('<!doctype html><meta charset="utf-8"><title>共富</title><p>H5 尚未构建：请先运行 npm run build:h5</p>'),
    );
  }

  return { server, services };
}

async function createContext(services: AppServices, request: FastifyRequest): Promise<RequestContext> {
  const info = { requestId: String(request.id), ip: request.ip, origin: `${request.protocol}://${request.host}` };
  const header = request.headers.authorization;
  if (!header) return new RequestContext(services, info, null);
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return new RequestContext(services, info, null, 'invalid');
  const caller = await services.identity.authenticate(match[1]);
  return typeof caller === 'string' ? new RequestContext(services, info, null, caller) : new RequestContext(services, info, caller);
}
