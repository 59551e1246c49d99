import { resolve } from 'node:path';
import { ENGINE_NAMES, type EngineName } from './engines/registry.js';

// One place for the environment (see README, "Running a server"). CORPUS_DIR is recorded as
// given or not: the server re-indexes a damaged index only from a corpus the user named.

const num = (name: string, def: number): number => {
  const v = process.env[name];
  const n = v === undefined || v === '' ? def : Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number, not "${v}"`);
  return n;
};

function oneOf<T extends string>(name: string, allowed: readonly T[], def: T): T {
  const v = process.env[name] || def;
  if (!(allowed as readonly string[]).includes(v)) throw new Error(`${name} must be one of ${allowed.join(', ')}, not "${v}"`);
  return v as T;
}

/**
 * TRUST_PROXY as express reads it: hops to trust ("1") or addresses and subnets
 * ("loopback", "10.0.0.0/8, 127.0.0.1"); unset, none. Behind a reverse proxy every client has the
 * proxy's address, so without it the per-client limit is one limit shared by every user.
 */
function trustProxy(): false | number | string {
  const v = (process.env.TRUST_PROXY ?? '').trim();
  if (v === '' || v === 'false') return false;
  // "true" would believe any client's X-Forwarded-For, so each request could name a new client
  // and the per-client limit would limit no one (express-rate-limit refuses it too)
  if (v === 'true') throw new Error('TRUST_PROXY=true would let any client forge its address past the rate limit: give the number of proxies (1) or their addresses (loopback, 10.0.0.0/8)');
  return /^\d+$/.test(v) ? Number(v) : v;
}

export const config = {
  port: num('PORT', 3000),
  /** the interface to listen on: loopback unless the user opens the server to the network */
  host: process.env.HOST || '127.0.0.1',
  /** the address users reach the server at, for absolute links (exports, feed, meta tags) */
  publicUrl: process.env.PUBLIC_URL || undefined,
  corpusDir: resolve(process.env.CORPUS_DIR || 'corpus'),
  corpusDirGiven: Boolean(process.env.CORPUS_DIR),
  indexDir: resolve(process.env.INDEX_DIR || 'data/index'),
  logLevel: process.env.LOG_LEVEL || 'info',
  /** the engine builds are written for unless --engine says otherwise: a registered engine or auto */
  indexEngine: oneOf<EngineName | 'auto'>('INDEX_ENGINE', [...ENGINE_NAMES, 'auto'], 'auto'),
  /** requests per client per minute (0: no limit, for a load test or behind a proxy that limits) */
  rateLimit: num('RATE_LIMIT', 600),
  /** milliseconds of the server's CPU per client per minute (0: no limit; server/http/capacity.ts) */
  cpuLimit: num('CPU_LIMIT', 30_000),
  /** which proxies' X-Forwarded-For names the client (TRUST_PROXY), for the per-client limit and logs */
  trustProxy: trustProxy(),
  /** after SIGTERM, how long requests in flight get to finish before their connections are closed */
  drainSeconds: num('DRAIN_SECONDS', 10),
  /** after SIGTERM, how long new connections are still taken (readiness 503) so a load balancer sees it first; 0: stop accepting at once */
  stopDelaySeconds: num('STOP_DELAY_SECONDS', 0),
  /** requests worked on at once (undefined: CAPACITY's); more wait briefly in a queue, then get 503 */
  concurrency: process.env.CONCURRENCY ? Math.max(1, Math.floor(num('CONCURRENCY', 1))) : undefined,
};
