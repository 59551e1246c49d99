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

/**
 * Who is served last: a client that has used its CPU share of the minute (`perClientCpuLimit`'s
 * `priority.low`). Its requests are not refused while the server has room (an office behind one NAT
 * address shares one budget: refusing it turned the whole office away while the server idled,
 * attack21); they wait behind every other client's, at most LOW_CONCURRENCY of them at once.
 */
export interface Priority {
  low: (req: Request) => boolean;
  /** the client a low-priority request is counted against in the queue (its address) */
  client: (req: Request) => string;
  /** the answer to a low-priority request that found no slot within queueWaitMs */
  refuse: (req: Request, res: Response) => void;
}

/**
 * Low-priority requests running at once, over all clients past their share: one, so another
 * client's request waits behind at most one of theirs (0.2–0.7 s of CPU at 100k passages), not
 * behind every slot.
 */
export const LOW_CONCURRENCY = 1;

/**
 * Low-priority requests one client may have waiting: the low queue is shared by every client
 * past its share, and one looping client filled all its places, so an office behind one NAT
 * address past its share was refused at once (reviewfix21a finding 2).
 */
export const LOW_QUEUED_PER_CLIENT = 4;

/**
 * At most `concurrency` requests at once, `queue` more waiting at most `queueWaitMs`; the rest get
 * 503 + Retry-After. With a `priority`, low-priority requests wait in a queue of their own, start
 * only when no other request waits and fewer than LOW_CONCURRENCY of them run, and are refused
 * by `priority.refuse` when they waited queueWaitMs.
 */
export function concurrencyLimit(limits: Pick<CapacityLimits, 'concurrency' | 'queue' | 'queueWaitMs' | 'retryAfterS'> = CAPACITY, priority?: Priority): ConcurrencyGate {
  let active = 0;
  let activeLow = 0;
  const waiting: (() => void)[] = [];
  const waitingLow: (() => void)[] = [];
  /** low-priority requests waiting, per client */
  const lowQueued = new Map<string, number>();
  const unqueue = (client: string | undefined) => {
    if (client === undefined) return;
    const n = (lowQueued.get(client) ?? 1) - 1;
    if (n > 0) lowQueued.set(client, n);
    else lowQueued.delete(client);
  };
  /** the next request to start when a slot frees: any other client's first */
  const next = () => {
    if (active >= limits.concurrency) return;
    if (waiting.length) return waiting.shift()!();
    if (waitingLow.length && activeLow < LOW_CONCURRENCY) waitingLow.shift()!();
  };
  /** a request turned away: by the priority's answer if it was a low one, else 503 */
  const turnAway = (req: Request, res: Response, low: boolean, why: string) => (low && priority ? priority.refuse(req, res) : refuse(req, res, limits.retryAfterS, why));
  const start = (req: Request, res: Response, go: NextFunction, arrived: number, low: boolean) => {
    active++;
    if (low) activeLow++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      active--;
      if (low) activeLow--;
      next();
    };
    res.once('close', release);
    // The handlers are synchronous: each runs in its own turn of the event loop, so requests
    // that arrived together queue here instead of each waiting unseen behind the others'
    // work; one whose turn comes after it has waited too long is refused rather than served
    // late, which keeps the wait of those served within queueWaitMs plus one request's work.
    setImmediate(() => {
      if (res.destroyed) return release();
      if (performance.now() - arrived > limits.queueWaitMs) {
        turnAway(req, res, low, 'too many requests waiting');
        return release();
      }
      go();
    });
  };
  const gate = (req: Request, res: Response, go: NextFunction) => {
    const arrived = performance.now();
    const low = priority?.low(req) ?? false;
    const queue = low ? waitingLow : waiting;
    const free = active < limits.concurrency && (low ? activeLow < LOW_CONCURRENCY && !waiting.length : true);
    if (free) return start(req, res, go, arrived, low);
    const client = low ? priority?.client(req) : undefined;
    if (queue.length >= limits.queue || (client !== undefined && (lowQueued.get(client) ?? 0) >= LOW_QUEUED_PER_CLIENT)) return turnAway(req, res, low, 'too many requests at once');
    if (client !== undefined) lowQueued.set(client, (lowQueued.get(client) ?? 0) + 1);
    const enter = () => {
      clearTimeout(timer);
      unqueue(client);
      if (res.writableEnded || res.destroyed) return next();
      start(req, res, go, arrived, low);
    };
    const drop = () => {
      const i = queue.indexOf(enter);
      if (i < 0) return;
      queue.splice(i, 1);
      unqueue(client);
    };
    const timer = setTimeout(() => {
      drop();
      turnAway(req, res, low, 'too many requests waiting');
    }, limits.queueWaitMs);
    res.once('close', () => {
      clearTimeout(timer);
      drop();
    });
    queue.push(enter);
  };
  return Object.defineProperties(gate, {
    active: { get: () => active },
    waiting: { get: () => waiting.length + waitingLow.length },
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
export function capacityGates(limits: Pick<CapacityLimits, 'concurrency' | 'exportConcurrency' | 'queue' | 'queueWaitMs' | 'retryAfterS'> = CAPACITY, priority?: Priority): RequestHandler {
  const work = concurrencyLimit(limits, priority);
  const streams = concurrencyLimit({ ...limits, concurrency: limits.exportConcurrency }, priority);
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

/** perClientCpuLimit's middleware, and what the concurrency gates ask of it. */
export interface CpuLimit extends RequestHandler {
  /** the priority its clients get at the gates: those past their share are served last */
  readonly priority: Priority;
}

/**
 * Per-client CPU time: each request's handlers are timed (process.cpuUsage around them: they
 * run synchronously inside `next()`; an export's later slices, made between other requests'
 * turns, are charged by sendExport through cpuChargeOf). A client whose requests used
 * `perClientCpuMsPerMinute` in its current minute is not refused outright: the gates serve it
 * after every other client, one request at a time (`priority`), and only a request of its that
 * finds no slot within the queue wait is answered 429 with Retry-After. An idle server still
 * serves an office behind one address; a busy one serves everyone else first (attack21: before,
 * the budget spent was 429 until the minute ended, idle server or not). Mount it after the
 * gates, right before the routes, and give the gates its `priority`.
 */
export function perClientCpuLimit(limits: Pick<CapacityLimits, 'perClientCpuMsPerMinute'> & Partial<Pick<CapacityLimits, 'retryAfterS'>>, now: () => number = () => performance.now(), cpuMs: () => number = processCpuMs): CpuLimit {
  const budget = limits.perClientCpuMsPerMinute;
  const retryAfterS = limits.retryAfterS ?? CAPACITY.retryAfterS;
  const minutes = new Map<string, { since: number; ms: number }>();
  const keyOf = (req: Request) => ipKeyGenerator(req.ip ?? '');
  /** a client's minute, a new one when its last has ended */
  const minuteOf = (key: string, t: number) => {
    const minute = minutes.get(key);
    if (minute && t - minute.since < 60_000) return minute;
    if (minutes.size >= CPU_CLIENTS_KEPT && t - swept >= 1000) {
      swept = t;
      for (const [k, m] of minutes) if (t - m.since >= 60_000) minutes.delete(k);
    }
    const fresh = { since: t, ms: 0 };
    minutes.set(key, fresh);
    return fresh;
  };
  // the sweep walks every client: at most once a second, or with more than CPU_CLIENTS_KEPT
  // clients in their minute each new one walked them all (40,000 addresses: 7 s of CPU, reviewfix19b)
  let swept = -Infinity;
  const priority: Priority = {
    client: keyOf,
    low: (req) => {
      if (!budget) return false;
      const minute = minutes.get(keyOf(req));
      return !!minute && now() - minute.since < 60_000 && minute.ms >= budget;
    },
    refuse: (req, res) => {
      Object.assign(res, { err: SHED });
      res.setHeader('Retry-After', String(retryAfterS));
      const message = `The server is busy and this address has used its share of time for a minute (${Math.round(budget / 1000)} s of work): other clients are served first. Try again in ${retryAfterS} s, or ask for less (fewer wildcards, earlier pages).`;
      if (req.path.startsWith('/api/')) res.status(429).json({ error: message, requestId: String(req.id ?? '') });
      else res.status(429).type('text/plain').send(message);
    },
  };
  const handler: RequestHandler = (req, res, next) => {
    if (!budget) return next();
    const key = keyOf(req);
    const minute = minuteOf(key, now());
    // work done after the handler returned (an export's later slices) is charged through
    // res.locals by the code doing it, to the client's minute current at the time
    const charge: CpuCharge = (ms) => {
      minuteOf(key, now()).ms += ms;
    };
    res.locals[CPU_CHARGE] = charge;
    const before = cpuMs();
    try {
      next();
    } finally {
      minute.ms += cpuMs() - before;
    }
  };
  return Object.assign(handler, { priority });
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
