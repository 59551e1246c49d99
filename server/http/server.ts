import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { RequestListener } from 'node:http';
import { logger } from './logger.js';

// The HTTP server around the app: timeouts so a slow or idle client cannot hold a socket, and
// a graceful stop that lets requests in flight finish.

export const TIMEOUTS = {
  /** the whole request (head and body) must arrive within this */
  requestMs: 30_000,
  /** the head must arrive within this (slowloris) */
  headersMs: 10_000,
  /** an idle keep-alive connection is closed after this */
  keepAliveMs: 5_000,
  /** a socket with no activity (a client that stopped reading a download) is closed after this */
  socketIdleMs: 60_000,
  /** graceful stop: requests in flight get this long to finish */
  drainMs: 10_000,
};

/** Long export URLs (a selection of hundreds of passage ids) need more than Node's 16 KiB head. */
export const MAX_HEADER_BYTES = 64 * 1024;

/** Each server's answers not yet ended: a stop tells their clients not to reuse the connection. */
const answersInFlight = new WeakMap<Server, Set<ServerResponse>>();

export function createHttpServer(app: RequestListener, timeouts = TIMEOUTS): Server {
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES, requestTimeout: timeouts.requestMs, headersTimeout: timeouts.headersMs, keepAliveTimeout: timeouts.keepAliveMs, connectionsCheckingInterval: Math.min(30_000, timeouts.headersMs / 2) }, app);
  server.setTimeout(timeouts.socketIdleMs, (socket) => socket.destroy());
  // sockets with an answer being written: a parse error there must not write into it
  const answering = new WeakSet<Socket>();
  const inFlight = new Set<ServerResponse>();
  answersInFlight.set(server, inFlight);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    answering.add(req.socket);
    inFlight.add(res);
    res.once('close', () => {
      answering.delete(req.socket);
      inFlight.delete(res);
    });
  });
  server.on('clientError', (error: Error & { code?: string }, socket: Socket) => answerClientError(error, socket, answering.has(socket)));
  return server;
}

/** What Node's parser could not read, as the status a client can act on (the statuses Node's own handler gives). */
const PARSE_ERRORS: Record<string, { status: number; message: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, message: `The request's headers are larger than ${MAX_HEADER_BYTES / 1024} KiB: send fewer cookies or a shorter URL (export a long selection in parts).` },
  HPE_CHUNK_EXTENSIONS_OVERFLOW: { status: 413, message: 'The request\'s chunk extensions are too large.' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, message: 'The request did not arrive in time.' },
};

/** The whole answer to a request Node's parser refused with this error code. */
export function parseErrorAnswer(code: string | undefined): string {
  const known = PARSE_ERRORS[code ?? ''] ?? { status: 400, message: 'The request could not be read as HTTP.' };
  const body = JSON.stringify({ error: known.message });
  return `HTTP/1.1 ${known.status} ${STATUS_CODES[known.status] ?? ''}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

/**
 * Node answers a request it cannot parse with a bare status line and no body; a script then
 * sees a 431 or 400 with nothing to read. The answer here has the API's JSON error shape
 * (there is no request id: the request never reached the app).
 */
function answerClientError(error: Error & { code?: string }, socket: Socket, answering: boolean): void {
  // a bad request pipelined behind an answer still being written (a streaming export) must not
  // put bytes inside that answer's body; after a finished answer on a kept-alive connection it
  // gets its own answer, as Node's handler gives one
  if (!socket.writable || answering || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  socket.end(parseErrorAnswer(error.code));
}

export function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

/**
 * Stops accepting connections, closes idle keep-alive ones, lets requests in flight finish
 * (at most drainMs, then their sockets are closed), then runs `cleanup` (closing the store).
 * Resolves with whether everything drained in time.
 */
export async function shutdown(server: Server, cleanup: () => void | Promise<void>, drainMs = TIMEOUTS.drainMs): Promise<boolean> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // an answer not yet begun says Connection: close, so its client sends nothing more on that connection
  for (const res of answersInFlight.get(server) ?? []) if (!res.headersSent) res.setHeader('Connection', 'close');
  // a keep-alive connection that finishes its request must not take another one
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  let timer: NodeJS.Timeout | undefined;
  const drained = await Promise.race([closed.then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), drainMs)))]);
  clearInterval(idle);
  clearTimeout(timer);
  if (!drained) {
    logger.warn({ drainMs }, 'requests still running after the drain time: closing their connections');
    server.closeAllConnections();
    await closed;
  }
  await cleanup();
  return drained;
}
