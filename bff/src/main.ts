import 'reflect-metadata';
import { createApp } from './app';
import { ConfigError, describeConfig, loadConfig } from './config';

const SHUTDOWN_GRACE_MS = 10_000;

/** Boots the BFF: config, stores and migrations, demo data, then listens until SIGTERM. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`配置错误 (configuration error): ${error.message}`);
      process.exit(2);
    }
    throw error;
  }

  const { server } = await createApp(config);
  server.log.info({ config: describeConfig(config) }, 'config');

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    server.log.info({ signal }, 'shutting down: no new connections, finishing requests, closing stores');
    const force = setTimeout(() => {
      server.log.error('requests did not finish in time; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    server.close().then(
      () => process.exit(0),
      (error) => {
        server.log.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  const address = await server.listen({ port: config.port, host: config.host });
  server.log.info(`共富 BFF listening on ${address}`);
  console.log(`\n  共富 is running: ${address.replace('127.0.0.1', 'localhost')}/  (GraphQL at /graphql)\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
