import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { SHED } from './capacity.js';
import { logger as serverLogger } from './logger.js';

// One JSON line per request: id, method, URL (cut short: a 100 kB query would otherwise be
// written to the log with every request), status, bytes and time taken (responseTime, ms).

/** A caller's own request id is kept when it is a plain token, so its logs and ours line up. */
const ID = /^[\w.:-]{1,64}$/;

export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

// A request refused to shed load is the server working as designed, not a fault: logged as a
// warning without a stack (a 10 s burst of 60 connections wrote 2,877 error lines with stacks).
const level = (res: ServerResponse & { err?: unknown }, error: Error | undefined) =>
  res.err === NOT_READY ? 'info' : error === SHED || res.err === SHED ? 'warn' : error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info';

/** express's req.ip (X-Forwarded-For as far as TRUST_PROXY trusts it), else the socket's address; ::ffff: dropped. */
export const clientOf = (req: { remoteAddress?: string; raw?: { ip?: string } }): string | undefined => (req.raw?.ip ?? req.remoteAddress)?.replace(/^::ffff:/, '');

/**
 * What a 503 for want of a servable index is logged with: its message alone. pino-http made an
 * Error with a stack for each, so a monitor polling /api/health every 10 s while the index was
 * unservable wrote ~8,600 stack traces a day (userreview21a); the cause is logged once at load.
 */
export const NO_INDEX = new Error('no index can be served: 503 (the cause is in /api/health and the index-load log lines)');

/**
 * What a 503 while the server starts, builds its first index or drains is logged with: an info
 * line without a stack, the server working as designed. A load balancer polls /api/ready every
 * few seconds through a build of minutes.
 */
export const NOT_READY = new Error('not ready: 503 while starting, building the first index or draining (see /api/ready)');

/** Errors logged by their message only: the server working as designed, or a cause logged elsewhere. */
const BARE = new Set([SHED.message, NO_INDEX.message, NOT_READY.message]);

const shortUrl = (url = '') => (url.length > 300 ? `${url.slice(0, 300)}…(${url.length} chars)` : url);

export function accessLog(logger: Logger = serverLogger) {
  return pinoHttp({
    logger,
    genReqId: requestId,
    customLogLevel: (_req, res, error) => level(res, error),
    customSuccessMessage: (req, res, ms) => `${req.method} ${shortUrl(req.url)} ${res.statusCode} ${Math.round(ms)} ms`,
    customErrorMessage: (req, res) => `${req.method} ${shortUrl(req.url)} ${res.statusCode}`,
    serializers: {
      // pino-http hands this the error already serialised (pino's err serializer): SHED and NO_INDEX by their message
      err: (e: { message?: string }) => (e.message !== undefined && BARE.has(e.message) ? { message: e.message } : e),
      // client: the address express trusts (TRUST_PROXY): behind a proxy, the forwarded client the
      // rate limit counts, where remoteAddress is the proxy's (userreview21a: every line said 127.0.0.1)
      req: (req: { id: string; method: string; url: string; remoteAddress?: string; raw?: { ip?: string } }) => ({ id: req.id, method: req.method, url: shortUrl(req.url), remoteAddress: req.remoteAddress, client: clientOf(req) }),
      res: (res: { statusCode: number; headers?: Record<string, unknown> }) => ({ statusCode: res.statusCode, bytes: res.headers?.['content-length'] }),
    },
  });
}
