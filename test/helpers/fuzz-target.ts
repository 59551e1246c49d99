import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { IndexStore } from '../../server/index-store.js';
import { createApp } from '../../server/app.js';
import { createHttpServer, listen } from '../../server/http/server.js';
import { warmUp } from '../../server/warm-up.js';
import { FACETS } from '../../server/search/facets.js';
import type { Known } from './fuzz.js';

/**
 * The app as `npm start` serves it, on a free port, but for two limits: no per-client rate
 * (every request comes from one address) and a long queue wait, so that a stall of the shared
 * machine is not counted as a 5xx. Shedding load is the loadtest's subject; the fuzz asks
 * whether any input gets an error.
 */
export async function fuzzTarget(store: IndexStore, logger?: Logger): Promise<{ server: Server; port: number; known: Known }> {
  const server = createHttpServer(createApp(store, { capacity: { perClientPerMinute: 0, perClientCpuMsPerMinute: 0, queueWaitMs: 10_000 }, logger }));
  const { port } = await listen(server, 0, '127.0.0.1');
  // the first formatted citation after start loads citation-js and compiles the CSL styles:
  // paid here, so every request's time is its own
  await warmUp(store);
  const snap = store.snapshot;
  const facetValues = FACETS.flatMap((f) => [...(snap.facets.labels.get(f)?.keys() ?? [])]);
  return { server, port, known: { documents: [...snap.documents.keys()], passages: Array.from(snap.passages.all(), (p) => p.id), facetValues } };
}
