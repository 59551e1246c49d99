import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { parse as parseQueryString } from 'node:querystring';
import { HttpError, badRequest } from './errors.js';
import type { QueryInput } from './params.js';

// The one kind of request body the server reads: a POST of the parameters a GET would carry in
// its address (POST /api/export, for a reading list whose notes outgrow an address, user37).
// Everything else still refuses a body unread (attack20), so this reader has limits of its own.

/**
 * The largest body read. A reading list's export is at most 2,000 passages (EXPORT_LIMIT) with a
 * note of at most 2,000 characters each (MAX_NOTE); 1 MiB holds 2,000 ids and ~450 full notes in
 * a Latin script (or ~150 in a script of 3 UTF-8 bytes a character, ~80 as JSON \u escapes),
 * 125× the 8,000 characters past which a list's address leaves its notes out. Parsed, a body
 * costs 2–3× its size in memory for the length of one export: with the two export slots and the
 * queue (CAPACITY) a few MB at worst.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * How long a body may take to arrive, from the request's head. 1 MiB takes ~21 s at 400 kbit/s
 * (the slow phone link of userreview20a); a list's notes are rarely a tenth of that. A client
 * dripping bytes holds its socket this long, not Node's 30 s request timeout.
 */
export const BODY_WAIT_MS = 10_000;

export interface BodyLimits {
  bytes: number;
  ms: number;
}

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';

/** What a reader error from body-parser (raw-body) means to the client, by its `type`. */
function bodyError(error: unknown): HttpError {
  const e = error as { type?: string; status?: number; message?: string };
  const close = { Connection: 'close' };
  switch (e.type) {
    case 'entity.parse.failed':
      return badRequest(`the body is not valid JSON: ${e.message ?? 'it could not be parsed'}`);
    case 'encoding.unsupported':
      return new HttpError(415, 'a compressed body (Content-Encoding) is not read: send it plain', close);
    case 'charset.unsupported':
      return new HttpError(415, 'the body must be UTF-8', close);
    case 'request.size.invalid':
      return new HttpError(400, 'the body is not as long as its Content-Length says', close);
    default:
      // the client went away mid-body (request.aborted), or a reader error of another kind
      return new HttpError(e.status && e.status >= 400 && e.status < 500 ? e.status : 400, 'the body could not be read', close);
  }
}

/**
 * Whether a form's Content-Type declares UTF-8, or no charset. A form's %-escapes are its
 * charset's bytes ("café" in Latin-1 is caf%E9), and querystring reads them as UTF-8: a note
 * would lose its letters to U+FFFD unseen. body-parser's text reader would decode any charset
 * iconv knows, where its JSON reader takes UTF-8 alone (review39).
 */
function utf8Form(contentType: string): boolean {
  const charset = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(contentType)?.[1]?.toLowerCase();
  return charset === undefined || charset === 'utf-8' || charset === 'utf8' || charset === 'us-ascii';
}

/**
 * Parameters as the GET's address gives them: an object (no prototype) whose every value is a
 * string or a list of strings. A JSON body may hold anything; what is not text is a 400 naming
 * the parameter, where a GET could not have sent it.
 */
export function bodyParameters(body: unknown): QueryInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('the body must be a JSON object of parameters ({"format": "ris", "ids": ["…"], "note-ID": "…"}) or a form');
  const out: QueryInput = Object.create(null) as QueryInput;
  for (const [name, value] of Object.entries(body)) {
    const ok = typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
    if (!ok) throw badRequest(`${name.length > 60 ? `${name.slice(0, 60)}…` : name} must be text or a list of texts`);
    out[name] = value;
  }
  return out;
}

/**
 * Reads a POST's body (JSON or a form) into `res.locals.body` as bodyParameters gives them, with
 * express's own readers; wrong type 415, malformed 400, too large 413 (by its Content-Length, or
 * as a chunked one passes the limit), not arrived within `ms` 408. Past an error the rest of the
 * body is not read: the connection closes.
 */
export function parametersBody(limits: BodyLimits = { bytes: MAX_BODY_BYTES, ms: BODY_WAIT_MS }): RequestHandler {
  // not strict: a top-level "ris" or [..] is parsed and refused by bodyParameters, saying what is wanted
  const json = express.json({ limit: limits.bytes, strict: false, inflate: false, type: JSON_TYPE });
  // a form's text decoded by node's querystring, as the GET's address is ('query parser'
  // 'simple'): the same values for the same parameters. body-parser's urlencoded reads through
  // qs, which makes objects of brackets; and querystring's 1,000-key default would drop notes.
  const form = express.text({ limit: limits.bytes, inflate: false, type: FORM_TYPE, defaultCharset: 'utf-8' });
  return (req: Request, res: Response, next: NextFunction) => {
    const empty = req.headers['transfer-encoding'] === undefined && (req.headers['content-length'] ?? '0') === '0';
    const type = empty ? null : req.is([JSON_TYPE, FORM_TYPE]);
    if (!type && empty) return next(new HttpError(400, `the body is empty: send the export's parameters as ${JSON_TYPE} or ${FORM_TYPE}`));
    if (!type) return next(new HttpError(415, `the body must be ${JSON_TYPE} or ${FORM_TYPE}`, { Accept: `${JSON_TYPE}, ${FORM_TYPE}`, Connection: 'close' }));
    if (type === FORM_TYPE && !utf8Form(req.headers['content-type'] ?? '')) return next(bodyError({ type: 'charset.unsupported' }));
    const tooLarge = () => new HttpError(413, `the body is larger than ${Math.round(limits.bytes / 1024)} KiB: export the list in parts`, { Connection: 'close' });
    if (Number(req.headers['content-length']) > limits.bytes) return next(tooLarge());
    let settled = false;
    let received = 0;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.off('data', count);
      if (error !== undefined) return next(error instanceof HttpError ? error : bodyError(error));
      try {
        res.locals.body = bodyParameters(type === FORM_TYPE ? parseQueryString(String(req.body ?? ''), '&', '=', { maxKeys: 0 }) : req.body);
      } catch (e) {
        return next(e);
      }
      next();
    };
    // refused mid-body: the socket is closed once the answer is out (the reader is still
    // listening, and body-parser would read a refused body to its end before answering)
    const refuse = (error: HttpError) => {
      res.once('finish', () => req.socket.destroy());
      finish(error);
    };
    // a chunked body has no length to refuse it by: counted as it comes
    const count = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limits.bytes) refuse(tooLarge());
    };
    req.on('data', count);
    // a body dripped a byte at a time
    const timer = setTimeout(() => refuse(new HttpError(408, `the body did not arrive within ${limits.ms / 1000} s`, { Connection: 'close' })), limits.ms);
    (type === JSON_TYPE ? json : form)(req, res, finish);
  };
}
