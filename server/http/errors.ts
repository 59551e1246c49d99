import type { NextFunction, Request, Response } from 'express';
import { logger } from './logger.js';

/** An error whose message is meant for the user: a 4xx with what to change. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** headers the answer must carry (Allow for a 405) */
    readonly headers: Record<string, string> = {},
    /** where to go instead (a gone passage's document): a link on the page, `link` in the JSON */
    readonly link?: { href: string; text: string },
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new HttpError(400, message);
export const notFound = (message: string) => new HttpError(404, message);

/** The status an error thrown by us or by a library (body-parser, a bad %-escape) stands for. */
function statusOf(error: unknown): number {
  if (error instanceof HttpError) return error.status;
  const s = (error as { status?: unknown; statusCode?: unknown } | null)?.status ?? (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof s === 'number' && s >= 400 && s < 500) return s;
  // express decodes path parameters; a bad %-escape (/api/passages/%ff) throws a URIError
  if (error instanceof URIError) return 400;
  return 500;
}

/**
 * The one error handler: the detail goes to the log under the request id; the client gets the
 * message of a 4xx (it says what to change) or, for anything else, a generic sentence and the
 * request id to quote, never the error's own text.
 */
export function errorHandler(error: unknown, req: Request, res: Response, _next: NextFunction): void {
  const status = statusOf(error);
  const id = String(req.id ?? '');
  const message = status < 500 ? (error instanceof HttpError ? error.message : 'The request could not be read.') : `Something went wrong on the server (request ${id}).`;
  if (status >= 500) (req.log ?? logger).error({ err: error, reqId: id }, 'request failed');
  else (req.log ?? logger).info({ reason: (error as Error).message, reqId: id }, 'request rejected');
  if (res.headersSent) {
    // a streamed answer cannot change its status: end it, the log has the reason
    res.destroy();
    return;
  }
  if (error instanceof HttpError) res.set(error.headers);
  const link = error instanceof HttpError ? error.link : undefined;
  if (req.path.startsWith('/api/') || req.path === '/feed.xml') res.status(status).json({ error: message, requestId: id, ...(link ? { link: link.href } : {}) });
  else res.status(status).render('error', { status, message, requestId: id, link });
}
