import express, { type NextFunction, type Request, type Response } from 'express';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { projectRoot } from '../core/paths.js';
import type { IndexStore } from './index-store.js';
import { helpers } from './view-helpers.js';
import { STYLES } from './export/citation-js.js';
import { listIds } from './reading-list.js';
import { accessLog, NO_INDEX, NOT_READY } from './http/access-log.js';
import { CAPACITY, capacityGates, perClientCpuLimit, perClientRateLimit, untrustedProxyWarning, type CapacityLimits } from './http/capacity.js';
import { logger as serverLogger } from './http/logger.js';
import { errorHandler, HttpError, notFound } from './http/errors.js';
import { securityHeaders } from './http/security.js';
import { staticAssets } from './http/static-assets.js';
import { basePath, basePathOf } from './http/base-path.js';
import { BODY_WAIT_MS, MAX_BODY_BYTES, parametersBody, type BodyLimits } from './http/request-body.js';
import compression from 'compression';
import { apiRoutes } from './routes/api.js';
import { statusRoutes } from './routes/status.js';
import { Lifecycle, RETRY_AFTER_S } from './lifecycle.js';
import { healthForClients } from './public-text.js';
import { citationRoutes } from './routes/citations.js';
import { exportRoutes } from './routes/export.js';
import { feedRoutes } from './routes/feed.js';
import { pageRoutes } from './routes/pages.js';
import type { RouteContext } from './routes/context.js';

const viewsDir = join(projectRoot, 'views');

/** The longest URL served: a selection of hundreds of passage ids fits; more is a 414. */
export const MAX_URL_LENGTH = 32 * 1024;

/** The routes that take their parameters in a body too (a reading list's notes outgrow an address: user37). */
const POST_ROUTES: ReadonlySet<string> = new Set(['/api/export']);

export interface AppOptions {
  /** absolute base of links in exports, the feed and meta tags (PUBLIC_URL); default http://localhost:3000. Its path (https://intranet/passages) is the sub-path pages, the script and redirects keep */
  publicUrl?: string;
  /** load-shedding limits (defaults: CAPACITY) */
  capacity?: Partial<CapacityLimits>;
  /** where access logs go (default: the server's logger) */
  logger?: Logger;
  /** express's "trust proxy" (TRUST_PROXY): which proxies' X-Forwarded-For names the client, for the per-client limit and logs */
  trustProxy?: boolean | number | string;
  /** where the process is in its life (main.ts: starting, building the first index, running, draining); default running */
  lifecycle?: Lifecycle;
  /** a POST's body limits (default: MAX_BODY_BYTES, BODY_WAIT_MS) */
  body?: Partial<BodyLimits>;
  /** extra routes, mounted after the snapshot middleware and before the 404 handlers */
  extend?: (app: express.Express) => void;
}

/** A request announcing a body: chunked, or a Content-Length above 0 (some clients send 0 on every GET). */
const hasBody = (req: Request): boolean => req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0');

/** How long a chunked GET may take to end a body it sends empty (its last chunk usually comes with the head). */
export const EMPTY_BODY_WAIT_MS = 2000;

/**
 * Whether a chunked request's body turns out empty: its end comes, with no byte before it,
 * within `ms`. Some clients (a fetch with a ReadableStream of nothing, proxies re-chunking) send
 * `Transfer-Encoding: chunked` and the last chunk alone on a GET: that was a 413 (reviewfix20a).
 * A byte, or no end in time (a body dripped a byte a second), is a body.
 */
function emptyChunkedBody(req: Request, ms: number, done: (empty: boolean) => void): void {
  let settled = false;
  const finish = (empty: boolean) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    req.off('data', onData);
    req.off('end', onEnd);
    done(empty);
  };
  const onData = (chunk: Buffer) => {
    if (chunk.length) finish(false);
  };
  const onEnd = () => finish(true);
  const timer = setTimeout(() => finish(false), ms);
  req.on('data', onData);
  req.once('end', onEnd);
}

/**
 * The middleware's own test (mime-db's list), and any type sent with a charset: that is text.
 * mime-db does not list BibTeX and RIS as compressible, so the most used exports (BibTeX, RIS,
 * BibLaTeX; 190 kB for the three bundled documents) went out plain (reviewfix20a).
 */
const compressible = (req: Request, res: Response): boolean => compression.filter(req, res) || /;\s*charset=/i.test(String(res.getHeader('Content-Type') ?? ''));

/**
 * A client on this machine with no proxy's forwarding header (a browser beside `npm start`, the
 * bench, a script): no link to save bytes on, so no CPU spent coding them. Coding a 62–72 kB
 * search answer cost ~2 ms of server CPU a search at 100k passages (bench-serve-ab, lead: 11.9 →
 * 14.0 and 13.8 → 15.9 ms), +15 %. A proxy on the same machine adds X-Forwarded-For or Forwarded,
 * so its remote clients still get coded answers.
 */
const localPeer = (req: Request): boolean => /^(?:127\.|::1$|::ffff:127\.)/.test(req.socket.remoteAddress ?? '') && req.headers['x-forwarded-for'] === undefined && req.headers.forwarded === undefined;

export function createApp(store: IndexStore, options: AppOptions = {}): express.Express {
  const app = express();
  app.set('view engine', 'ejs');
  app.set('views', viewsDir);
  // compiled templates are kept (express does so only when NODE_ENV=production): compiling a
  // page's templates on every request cost more than the search behind it
  if (process.env.NODE_ENV !== 'development') app.enable('view cache');
  // node's querystring: a parameter is a string or a list of strings, never an object built
  // from brackets (q[toString]=x), which handlers would then have to defend against
  app.set('query parser', 'simple');
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  app.locals.h = helpers;
  // the citation styles offered for copying, in the order pages list them
  app.locals.styles = STYLES;
  const assets = staticAssets(join(projectRoot, 'public'));
  app.locals.asset = assets.url;
  const capacity = { ...CAPACITY, ...options.capacity };
  const ctx: RouteContext = { store, publicUrl: (options.publicUrl ?? 'http://localhost:3000').replace(/\/+$/, '') };
  const base = basePathOf(options.publicUrl);
  // <html data-base> tells app.js the sub-path its addresses start with
  app.locals.base = base;

  const life = options.lifecycle ?? new Lifecycle();

  app.use(accessLog(options.logger));
  // draining: a request arriving on a kept-alive connection is answered, and the connection closed after it
  app.use((_req: Request, res: Response, next: NextFunction) => {
    if (life.state === 'draining') res.setHeader('Connection', 'close');
    next();
  });
  if (base) app.use(basePath(base));
  app.use(securityHeaders);
  // brotli (quality 4) or gzip for every answer of a compressible type over 1 kB: on a
  // 400 kbit/s phone link the results page took 4.4 s uncompressed (132 kB of HTML, 6–9× smaller
  // coded; userreview20a). gzip at level 4 costs what brotli at 4 does; level 6 twice that.
  app.use(compression({ level: 4, threshold: 1024, filter: (req, res) => !localPeer(req) && compressible(req, res) }));
  app.use((req: Request, _res: Response, next: NextFunction) => {
    // as express routes it (not case-sensitive, a trailing slash optional): a POST to /api/export/
    // was a 405 while the GET there was served
    const posted = POST_ROUTES.has(req.path.toLowerCase().replace(/(?<=.)\/+$/, ''));
    if (req.method !== 'GET' && req.method !== 'HEAD' && !(posted && req.method === 'POST')) {
      return next(new HttpError(405, posted ? 'only GET, HEAD and POST are served' : 'only GET and HEAD are served', { Allow: posted ? 'GET, HEAD, POST' : 'GET, HEAD', ...(hasBody(req) ? { Connection: 'close' } : {}) }));
    }
    if (req.originalUrl.length > MAX_URL_LENGTH) return next(new HttpError(414, `the address is longer than ${MAX_URL_LENGTH} characters`));
    // a POST's body is read by parametersBody below, with limits of its own
    if (req.method === 'POST') return next();
    // Nothing here reads a body: one sent 1 byte a second held its socket until the 30 s
    // request timeout (a compressed one is not inflated either). Refused at once, and the
    // connection closed rather than the rest of the body read (attack20); a chunked body is
    // refused at its first byte, or after EMPTY_BODY_WAIT_MS without its end.
    if (!hasBody(req)) return next();
    const tooLarge = () => next(new HttpError(413, 'GET and HEAD requests carry no body here', { Connection: 'close' }));
    // a Content-Length above 0 is a body; a chunked one may be only its last chunk
    if (req.headers['content-length'] !== undefined) return tooLarge();
    emptyChunkedBody(req, EMPTY_BODY_WAIT_MS, (empty) => (empty ? next() : tooLarge()));
  });
  app.use('/static', assets.handler);
  // health and readiness stay outside the limits: a supervisor must see a busy server as up
  app.use(statusRoutes(store, life));
  const log = options.logger ?? serverLogger;
  app.use(untrustedProxyWarning(Boolean(options.trustProxy), (message) => log.warn(message)));
  app.use(perClientRateLimit(capacity));
  // a POST's parameters are read before the concurrency gates: a slow body holds its socket (at
  // most BODY_WAIT_MS), not one of the slots the searches and exports share
  for (const path of POST_ROUTES) app.post(path, parametersBody({ bytes: MAX_BODY_BYTES, ms: BODY_WAIT_MS, ...options.body }));
  // the CPU budget decides who the gates serve last; it is mounted after them: it times the
  // handlers that run inside its next()
  const cpuLimit = perClientCpuLimit(capacity);
  app.use(capacityGates(capacity, cpuLimit.priority));
  app.use(cpuLimit);

  // Each request works on the snapshot current when it arrived, even if a new build lands meanwhile.
  app.use((req: Request, res: Response, next: NextFunction) => {
    // loading or building the first index: a short page that refreshes itself, 503 + Retry-After
    // for the API, where the server used to refuse connections for the whole build (userreview21a).
    // Stopping before any build was served (SIGTERM during the first build) says so too, not
    // "run npm run index" with an error logged for each request kept alive into the stop.
    if (!store.loaded && life.state !== 'running') {
      const state = life.state;
      const wait = RETRY_AFTER_S[state];
      res.setHeader('Retry-After', String(wait));
      Object.assign(res, { err: NOT_READY });
      const message = `${life.describe()}…`;
      if (req.path.startsWith('/api/')) res.status(503).json({ error: message, state, ...(state === 'building' ? { progress: life.progress } : {}), requestId: String(req.id ?? '') });
      else if (state === 'draining') res.status(503).type('text/plain').send(message);
      else res.status(503).render('starting', { title: 'Starting', message, refresh: wait });
      return;
    }
    if (!store.loaded) {
      res.setHeader('Retry-After', '30');
      Object.assign(res, { err: NO_INDEX });
      const reason = healthForClients(store.health(), store.indexDir);
      const message = `no index can be served: ${'reason' in reason ? reason.reason : 'run npm run index'}`;
      if (req.path.startsWith('/api/')) res.status(503).json({ error: message, requestId: String(req.id ?? '') });
      else res.status(503).type('text/plain').send(message);
      return;
    }
    const lease = store.lease();
    res.locals.snap = lease.snap;
    res.on('close', lease.release);
    // a reading list carried in the URL (pages without JavaScript), for the header's count
    res.locals.listIds = listIds(req.query.list);
    next();
  });

  for (const routes of [apiRoutes, exportRoutes, pageRoutes, feedRoutes, citationRoutes]) app.use(routes(ctx));
  options.extend?.(app);

  app.use('/api', () => {
    throw notFound('no such API route');
  });
  app.use(() => {
    throw notFound('Page not found.');
  });
  app.use(errorHandler);
  return app;
}
