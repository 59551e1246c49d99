// first: the heap's growth policy applies to everything loaded after it
import './heap-policy.js';
import { config } from '../core/config.js';
import { openIndex } from './open-index.js';
import { createApp } from './app.js';
import { IndexStore } from './index-store.js';
import { warmUp } from './search/warm-up.js';
import { Lifecycle } from './lifecycle.js';
import { logger } from './http/logger.js';
import { createHttpServer, listen } from './http/server.js';
import { handleStopSignals } from './stop-signals.js';

// npm start: listen on HOST:PORT at once, then load the published index, or index the bundled
// corpus first if nothing has been published (pages say "Building the library index (N of M
// files)…" and the API answers 503 meanwhile, rather than refusing connections), and serve
// until SIGTERM or SIGINT, which stop it gracefully (stop-signals.ts).
async function main(): Promise<void> {
  const life = new Lifecycle('starting');
  // each build served is warmed in the background (search/warm-up.ts): a user's first search is not the one that pays its start
  const store: IndexStore = new IndexStore(config.indexDir, { onServed: (snap) => void warmUp(store, snap) });
  const host = config.host;
  const app = createApp(store, { lifecycle: life, trustProxy: config.trustProxy, capacity: { perClientPerMinute: config.rateLimit, perClientCpuMsPerMinute: config.cpuLimit, ...(config.concurrency ? { concurrency: config.concurrency } : {}) }, publicUrl: config.publicUrl ?? `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${config.port}` });
  const server = createHttpServer(app);
  const indexing = new AbortController();
  let opened: Promise<unknown> = Promise.resolve();
  handleStopSignals({ server, life, store, indexing, opened: () => opened, drainMs: config.drainSeconds * 1000, delayMs: config.stopDelaySeconds * 1000 });
  const address = await listen(server, config.port, host);
  const where = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  logger.info({ host: address.address, port: address.port }, `Listening on ${where}: loading the index (/api/ready answers 503 until it is served)`);
  opened = openIndex({ corpusDir: config.corpusDir, corpusGiven: config.corpusDirGiven, indexDir: config.indexDir, store, signal: indexing.signal, onBuilding: (progress) => life.building(progress) });
  await opened;
  if (life.state === 'draining') return;
  life.running();
  void store.watch();
  const h = store.health();
  logger.info({ host: address.address, port: address.port, health: h }, `Serving ${'index' in h ? `${h.index.documents} documents, ${h.index.passages} passages (build ${h.index.id})` : 'no index'} on ${where}`);
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'the server could not start');
  process.exit(1);
});
