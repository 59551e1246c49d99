import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';

// Load shedding. A request the server cannot start soon is better answered at once with 503
// and Retry-After than after ten seconds: the user's browser (or script) can try again, and
// the requests behind it are not held up by work whose answer nobody will wait for.

export interface CapacityLimits {
  /**
   * requests worked on at once. The handlers are synchronous: more at once adds no throughput,
   * only a longer turn of the event loop, during which new requests wait unseen in their
   * sockets (at 50 connections on 10k passages, 8 at once let requests take 6 s, 2 kept p99
   * under 1 s)
   */
  concurrency: number;
  /** exports streaming at once: they hold a slot until their last byte, so they have their own */
  exportConcurrency: number;
  /** requests waiting for a slot; one more is refused at once */
  queue: number;
  /** how long a request may wait in the queue before it is refused */
  queueWaitMs: number;
  /** requests per client (IP address, IPv6 by /56) per minute; 0 turns the limit off */
  perClientPerMinute: number;
  /** seconds a refused client is told to wait */
  retryAfterS: number;
  /**
   * milliseconds of the server's CPU one client's requests may use a minute (IP address, IPv6
   * by /56); 0 turns the limit off. The rate limit counts requests, not their cost: at 600 a
   * minute, one client sending `pro* hum* con* int*` or page 600 (0.2–0.5 s of CPU each at 100k
   * passages) could ask for two to five cores' worth (attack19)
   */
  perClientCpuMsPerMinute: number;
}

export const CAPACITY: CapacityLimits = { concurrency: 2, exportConcurrency: 2, queue: 32, queueWaitMs: 500, perClientPerMinute: 600, retryAfterS: 2, perClientCpuMsPerMinute: 30_000 };

/**
 * The access log (pino-http) makes a new Error, stack and all, for every 5xx it logs, unless the
 * answer carries one as `res.err`: a refusal carries this one, made once, so that shedding load
 * stays cheap (under a 50-connection loadtest the stacks of 503s were 2 % of the server's time).
 */
export const SHED = new Error('load shed: refused with 503 and Retry-After');

function refuse(req: Request, res: Response, retryAfterS: number, why: string): void {
  Object.assign(res, { err: SHED });
  res.setHeader('Retry-After', String(retryAfterS));
  const message = `The server is busy (${why}): try again in ${retryAfterS} s.`;
  if (req.path.startsWith('/api/')) res.status(503).json({ error: message, requestId: String(req.id ?? '') });
  else res.status(503).type('text/plain').send(message);
}

export interface ConcurrencyGate extends RequestHandler {
  readonly active: number;
  readonly waiting: number;
}

/** At most `concurrency` requests at once, `queue` more waiting at most `queueWaitMs`; the rest get 503 + Retry-After. */
export function concurrencyLimit(limits: Pick<CapacityLimits, 'concurrency' | 'queue' | 'queueWaitMs' | 'retryAfterS'> = CAPACITY): ConcurrencyGate {
  let active = 0;
  const waiting: (() => void)[] = [];
  const start = (req: Request, res: Response, next: NextFunction, arrived: number) => {
    active++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      active--;
      waiting.shift()?.();
    };
    res.once('close', release);
    // The handlers are synchronous: each runs in its own turn of the event loop, so requests
    // that arrived together queue here instead of each waiting unseen behind the others'
    // work; one whose turn comes after it has waited too long is refused rather than served
    // late, which keeps the wait of those served within queueWaitMs plus one request's work.
    setImmediate(() => {
      if (res.destroyed) return release();
      if (performance.now() - arrived > limits.queueWaitMs) {
        refuse(req, res, limits.retryAfterS, 'too many requests waiting');
        return release();
      }
      next();
    });
  };
  const gate = (req: Request, res: Response, next: NextFunction) => {
    const arrived = performance.now();
    if (active < limits.concurrency) return start(req, res, next, arrived);
    if (waiting.length >= limits.queue) return refuse(req, res, limits.retryAfterS, 'too many requests at once');
    const go = () => {
      clearTimeout(timer);
      if (res.writableEnded || res.destroyed) return waiting.shift()?.();
      start(req, res, next, arrived);
    };
    const drop = () => {
      const i = waiting.indexOf(go);
      if (i >= 0) waiting.splice(i, 1);
    };
    const timer = setTimeout(() => {
      drop();
      refuse(req, res, limits.retryAfterS, 'too many requests waiting');
    }, limits.queueWaitMs);
    res.once('close', () => {
      clearTimeout(timer);
      drop();
    });
    waiting.push(go);
  };
  return Object.defineProperties(gate, {
    active: { get: () => active },
    waiting: { get: () => waiting.length },
  }) as ConcurrencyGate;
}

/** Paths whose answers stream for seconds (exports): they wait for slots of their own. */
export const STREAMED_PATHS: readonly string[] = ['/api/export', '/api/export/cited'];

/**
 * Whether a path is an export's, as the router matches it: case-insensitive, a trailing slash
 * allowed (`/API/Export/` streams the same file; as a search's slot it held one of the two
 * for seconds, as did `/api/export/cited` before it was listed: attack20).
 */
export const isStreamed = (path: string): boolean => STREAMED_PATHS.includes(path.toLowerCase().replace(/(.)\/+$/, '$1'));

/**
 * The concurrency limits as one middleware: exports, which hold a slot until their last byte,
 * queue for `exportConcurrency` slots of their own, so two long exports do not turn every
 * search away; everything else shares `concurrency`.
 */
export function capacityGates(limits: Pick<CapacityLimits, 'concurrency' | 'exportConcurrency' | 'queue' | 'queueWaitMs' | 'retryAfterS'> = CAPACITY): RequestHandler {
  const work = concurrencyLimit(limits);
  const streams = concurrencyLimit({ ...limits, concurrency: limits.exportConcurrency });
  return (req, res, next) => (isStreamed(req.path) ? streams : work)(req, res, next);
}

/** Per-client request rate (express-rate-limit, in memory): 429 with Retry-After and RateLimit headers. */
export function perClientRateLimit(limits: Pick<CapacityLimits, 'perClientPerMinute'> = CAPACITY): RequestHandler {
  if (!limits.perClientPerMinute) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: limits.perClientPerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res) => {
      const message = `Too many requests from this address: at most ${limits.perClientPerMinute} a minute.`;
      if (req.path.startsWith('/api/')) res.status(429).json({ error: message, requestId: String(req.id ?? '') });
      else res.status(429).type('text/plain').send(message);
    },
  });
}

/** clients whose minute is remembered before the ended minutes are swept out */
const CPU_CLIENTS_KEPT = 10_000;

/**
 * Per-client CPU time: each request's handlers are timed (process.cpuUsage around them: they
 * run synchronously inside `next()`; an export's later slices, made between other requests'
 * turns, are charged by sendExport through cpuChargeOf), and a client whose requests used `perClientCpuMsPerMinute`
 * in its current minute is answered 429 with Retry-After until that minute ends. The request
 * that crosses the line is served: a client overshoots by one request at most, which the query
 * limits bound. Mount it after the concurrency gates, right before the routes.
 */
export function perClientCpuLimit(limits: Pick<CapacityLimits, 'perClientCpuMsPerMinute'>, now: () => number = () => performance.now(), cpuMs: () => number = processCpuMs): RequestHandler {
  const budget = limits.perClientCpuMsPerMinute;
  if (!budget) return (_req, _res, next) => next();
  const minutes = new Map<string, { since: number; ms: number }>();
  // the sweep walks every client: at most once a second, or with more than CPU_CLIENTS_KEPT
  // clients in their minute each new one walked them all (40,000 addresses: 7 s of CPU, reviewfix19b)
  let swept = -Infinity;
  return (req, res, next) => {
    const t = now();
    const key = ipKeyGenerator(req.ip ?? '');
    let minute = minutes.get(key);
    if (!minute || t - minute.since >= 60_000) {
      if (minutes.size >= CPU_CLIENTS_KEPT && t - swept >= 1000) {
        swept = t;
        for (const [k, m] of minutes) if (t - m.since >= 60_000) minutes.delete(k);
      }
      minutes.set(key, (minute = { since: t, ms: 0 }));
    }
    if (minute.ms >= budget) {
      const wait = Math.max(1, Math.ceil((60_000 - (t - minute.since)) / 1000));
      res.setHeader('Retry-After', String(wait));
      const message = `This address has used the server's share of time for a minute (${Math.round(budget / 1000)} s of work): try again in ${wait} s, or ask for less (fewer wildcards, earlier pages).`;
      if (req.path.startsWith('/api/')) res.status(429).json({ error: message, requestId: String(req.id ?? '') });
      else res.status(429).type('text/plain').send(message);
      return;
    }
    // work done after the handler returned (an export's later slices) is charged through
    // res.locals by the code doing it, to the client's minute current at the time
    const charge: CpuCharge = (ms) => {
      const m = minutes.get(key);
      if (!m || now() - m.since >= 60_000) minutes.set(key, { since: now(), ms });
      else m.ms += ms;
    };
    res.locals[CPU_CHARGE] = charge;
    const before = cpuMs();
    try {
      next();
    } finally {
      minute.ms += cpuMs() - before;
    }
  };
}

/** Adds milliseconds of CPU to the budget of the client a request came from. */
export type CpuCharge = (ms: number) => void;

/** Where perClientCpuLimit leaves a request's CpuCharge in res.locals. */
const CPU_CHARGE = 'cpuCharge';

/**
 * The charge for CPU a request's work uses after its handler returned (an export's slices, made
 * between turns of other requests): without it a 2,000-passage BibTeX export (600–800 ms of
 * CPU at 100k) was charged only its first slice, ~10 ms (attack20). A no-op without the limit.
 */
export function cpuChargeOf(res: Response): CpuCharge {
  const charge: unknown = res.locals[CPU_CHARGE];
  return typeof charge === 'function' ? (charge as CpuCharge) : () => undefined;
}

/** The process's CPU time so far, in ms (user + system): what the per-client budget and export slices charge. */
export function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Warns once when requests arrive through a proxy (X-Forwarded-For or Forwarded) that
 * TRUST_PROXY does not name: every client then has the proxy's address, so they share one rate
 * limit and one CPU budget, and one heavy user's minute of work turns the whole site away with
 * 429 (attack20). The header is not trusted for that: any client can send it, so it only warns.
 */
export function untrustedProxyWarning(trusted: boolean, warn: (message: string) => void): RequestHandler {
  let warned = trusted;
  return (req, _res, next) => {
    if (!warned && (req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined)) {
      warned = true;
      warn(`a request came through a proxy (X-Forwarded-For from ${req.socket.remoteAddress ?? 'unknown'}) and TRUST_PROXY is not set: if the server runs behind a proxy, every client shares one address, one rate limit and one CPU budget; set TRUST_PROXY to the proxies (1, or their addresses)`);
    }
    next();
  };
}
