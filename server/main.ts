// first: the heap's growth policy applies to everything loaded after it
import './heap-policy.js';
import { config } from '../core/config.js';
import { openIndex } from './open-index.js';
import { createApp } from './app.js';
import { logger } from './http/logger.js';
import { createHttpServer, listen, shutdown } from './http/server.js';

// npm start: index the bundled corpus if nothing has been published, then serve on HOST:PORT
// until SIGTERM or SIGINT, which stop it gracefully.
async function main(): Promise<void> {
  const store = await openIndex({ corpusDir: config.corpusDir, corpusGiven: config.corpusDirGiven, indexDir: config.indexDir });
  void store.watch();
  const host = config.host;
  const app = createApp(store, { trustProxy: config.trustProxy, capacity: { perClientPerMinute: config.rateLimit, perClientCpuMsPerMinute: config.cpuLimit, ...(config.concurrency ? { concurrency: config.concurrency } : {}) }, publicUrl: config.publicUrl ?? `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${config.port}` });
  const server = createHttpServer(app);
  const address = await listen(server, config.port, host);
  const h = store.health();
  logger.info({ host: address.address, port: address.port, health: h }, `Serving ${'index' in h ? `${h.index.documents} documents, ${h.index.passages} passages (build ${h.index.id})` : 'no index'} on http://${host.includes(':') ? `[${host}]` : host}:${address.port}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: draining requests in flight');
    void shutdown(server, () => store.close()).then((drained) => {
      logger.info({ drained }, 'stopped');
      process.exit(0);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'the server could not start');
  process.exit(1);
});
