import type { NextFunction, Request, Response } from 'express';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// Whole answers compressed for clients that accept it (userreview20a, finding 1): nothing was,
// and on a 400 kbit/s phone link the results page took 4.4 s (132 kB of HTML), the reading
// view 5.5 s (247 kB), and each live-search update while typing refetched 129 kB. HTML shrinks
// 6–9×. Brotli at quality 4 costs what gzip at level 4 does (1.3 ms of CPU for the 132 kB
// page, 2.3–2.7 ms for the 247 kB one) and is smaller than gzip at 6, which costs twice that.
//
// Only answers given in one piece (res.send, res.json, sendJson: one res.end with the body) are
// compressed, synchronously, before their headers go out. An answer written in pieces (an
// export streamed row by row) is left as it is: compressing a stream needs a zlib stream and
// flushing rules, and those answers are downloads, not pages a reader waits on.

/** below this many bytes compression saves less than a packet and costs a call */
export const MIN_BYTES = 1024;

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|rss\+xml|atom\+xml|[\w.+-]*\+json|x-bibtex|x-research-info-systems)|image\/svg\+xml)/i;

type Coding = 'br' | 'gzip';

/** The coding to answer in: brotli when the client takes it, else gzip, else none (q=0 refuses). */
export function chooseCoding(acceptEncoding: string | undefined): Coding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    accepted.set(name.trim(), q ? Number(q[1]) : 1);
  }
  const ok = (c: string) => (accepted.get(c) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return undefined;
}

function compress(body: Buffer, coding: Coding): Buffer {
  if (coding === 'br') return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  return gzipSync(body, { level: 4 });
}

/** Adds a name to the Vary header once. */
function vary(res: Response, name: string): void {
  const current = String(res.getHeader('Vary') ?? '');
  if (current.split(',').some((v) => v.trim() === '*' || v.trim().toLowerCase() === name.toLowerCase())) return;
  res.setHeader('Vary', current ? `${current}, ${name}` : name);
}

export function compressWhole() {
  return (req: Request, res: Response, next: NextFunction): void => {
    const coding = chooseCoding(req.headers['accept-encoding']);
    let streamed = false;
    const write = res.write;
    const end = res.end;
    res.write = function (this: Response, ...args: unknown[]) {
      streamed = true;
      return (write as (...a: unknown[]) => boolean).apply(this, args);
    } as Response['write'];
    res.end = function (this: Response, ...args: unknown[]) {
      const [chunk, encoding] = args;
      if (!streamed && !this.headersSent && chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
        const type = String(this.getHeader('Content-Type') ?? '');
        const status = this.statusCode;
        if (COMPRESSIBLE.test(type) && status !== 204 && status !== 304 && !this.getHeader('Content-Encoding')) {
          // caches must keep the coded and the plain answer apart, asked for with or without
          vary(this, 'Accept-Encoding');
          const body = Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : undefined;
          if (coding && body && body.length >= MIN_BYTES && req.method !== 'HEAD') {
            const packed = compress(body, coding);
            this.setHeader('Content-Encoding', coding);
            this.setHeader('Content-Length', packed.length);
            // the tag was made from the plain bytes: weak, since these bytes differ (a weak
            // tag still matches in If-None-Match, so a 304 still answers a revalidation)
            const etag = this.getHeader('ETag');
            if (typeof etag === 'string' && !etag.startsWith('W/')) this.setHeader('ETag', 'W/' + etag);
            const cb = args.find((a) => typeof a === 'function');
            return (end as (...a: unknown[]) => Response).call(this, packed, ...(cb ? [cb] : []));
          }
        }
      }
      return (end as (...a: unknown[]) => Response).apply(this, args);
    } as Response['end'];
    next();
  };
}
