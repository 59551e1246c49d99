import type { Response } from 'express';
import type { Exporter } from './types.js';
import type { ExportSelection } from './selection.js';
import { SliceClock } from './slices.js';

/** Bytes gathered before a write. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Sends an export as a download while it is being made: the headers (with how much of the
 * selection is in it) go first, then the pieces, gathered into chunks. Every SLICE_MS other
 * requests get their turn, a slow client's socket buffer is waited for, and a client that went
 * away stops the work.
 */
export async function sendExport(res: Response, exporter: Exporter, selection: ExportSelection, day = new Date().toISOString().slice(0, 10)): Promise<void> {
  res.setHeader('Content-Type', exporter.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="policy-passages-${day}.${exporter.extension}"`);
  res.setHeader('X-Export-Limit', String(selection.limit));
  res.setHeader('X-Export-Passages', String(selection.passages));
  res.setHeader('X-Export-Total', String(selection.total));
  res.setHeader('X-Export-Truncated', String(selection.capped));
  const warnings: string[] = [];
  if (selection.unknown.length) {
    // ids no longer in the index (their file removed) were left out; the rest is the file
    // the ids themselves only percent-encoded: a header value is Latin-1, an id typed by anyone
    const listed = idList(selection.unknown.map(encodeURIComponent));
    res.setHeader('X-Export-Unknown', listed.value);
    warnings.push(`299 - "${selection.unknown.length} id(s) not in the index were left out (${listed.which} in X-Export-Unknown)"`);
  }
  if (selection.invalid.length) {
    // selection ids naming no words (past the end, reversed, empty): left out as unknown ids are
    const listed = idList(selection.invalid.map((v) => encodeURIComponent(v.id)));
    res.setHeader('X-Export-Invalid', listed.value);
    const first = selection.invalid[0].reason;
    warnings.push(`299 - "${selection.invalid.length} selection id(s) name no words of their passage and were left out (${listed.which} in X-Export-Invalid): ${headerText(first)}${selection.invalid.length > 1 ? ' ...' : ''}"`);
  }
  if (selection.edited.length) {
    // the saved words changed: the file quotes each paragraph as it reads now
    const listed = idList(selection.edited.map(([from, to]) => `${encodeURIComponent(from)}:${encodeURIComponent(to)}`));
    res.setHeader('X-Export-Edited', listed.value);
    warnings.push(`299 - "${selection.edited.length} passage(s) were edited since they were saved: exported as they read now (old:new ids${listed.which === 'listed' ? '' : `, ${listed.which},`} in X-Export-Edited)"`);
  }
  if (warnings.length) res.setHeader('Warning', warnings.join(', '));
  const empty = selection.noMatch && !selection.items.length;
  // a search with no hit: a file with no record, said in a Warning, and in the file where the format has a comment
  // search's own warnings follow (why nothing matched), each a warning of its own; a header is
  // Latin-1 and a quoted string, and these quote the query as typed: cut to printable ASCII
  if (empty) res.setHeader('Warning', emptyWarnings(selection.noMatch!.warnings));
  res.flushHeaders();
  // HEAD asks for the headers (how many passages, which ids were left out): the file's pieces
  // were made and thrown away, a 2,000-passage BibTeX file's 600–800 ms of CPU (attack20)
  if (res.req.method === 'HEAD') {
    res.end();
    return;
  }
  if (empty && exporter.empty) {
    const q = selection.noMatch!.q.trim();
    await send(res, exporter.empty([`No passage matches this search${q ? ` (q: ${q.length > 200 ? `${q.slice(0, 200)}…` : q})` : ''}.`, ...selection.noMatch!.warnings].join(' ')));
    res.end();
    return;
  }
  let pending = '';
  // the first slice runs inside the request's handler; each later one is charged by the clock
  // (a 2,000-passage BibTeX file is 600–800 ms of CPU at 100k)
  const clock = new SliceClock(res);
  for (const piece of exporter.pieces(selection.items)) {
    pending += piece;
    if (!clock.due && pending.length < CHUNK_BYTES) continue;
    clock.charged();
    if (!(await send(res, pending))) return;
    pending = '';
    if (!(await clock.pause())) return;
  }
  clock.charged();
  if (pending && !(await send(res, pending))) return;
  res.end();
}

/** Text for a Warning header's quoted string: printable ASCII, no quote or backslash, at most 300 characters. */
export const headerText = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/["\\]/g, "'")
    .replace(/[^\x20-\x7e]/g, '?')
    .slice(0, 300);

/**
 * Characters of one id list header. An export's ids come from its address (up to 32 KiB): three
 * thousand unknown ids had been echoed whole, a 20 KB header that Node's HTTP client (16 KiB for
 * all headers) refuses to read and a proxy (4–8 KB buffers) answers 502 for, so the file was lost.
 */
export const MAX_ID_LIST = 2000;

/**
 * Whole ids, comma-separated, up to MAX_ID_LIST characters, and which of them those are
 * ("listed", "the first 120 listed"). A first id longer than the cap alone is cut before a
 * whole %-escape (a cut "%C" decodes to nothing, or to an error) and said to be cut (review15:
 * it had been cut anywhere and the Warning said every id was listed).
 */
export function idList(ids: readonly string[]): { value: string; which: string } {
  let value = '';
  let shown = 0;
  for (const id of ids) {
    const next = value ? `${value},${id}` : id;
    if (next.length > MAX_ID_LIST && shown) break;
    if (next.length > MAX_ID_LIST) return { value: wholeEscapes(next.slice(0, MAX_ID_LIST)), which: 'part of the first' };
    value = next;
    shown++;
  }
  return { value, which: shown === ids.length ? 'listed' : `the first ${shown} listed` };
}

/** A percent-encoded string cut short, less the escape and the character (up to 4 UTF-8 bytes) the cut went through. */
function wholeEscapes(cut: string): string {
  let value = cut.replace(/%[0-9A-Fa-f]?$/, '');
  for (let bytes = 0; bytes < 4; bytes++) {
    try {
      decodeURIComponent(value);
      return value;
    } catch {
      value = value.replace(/%[0-9A-Fa-f]{2}$/, '');
    }
  }
  return value;
}

/** Search's warnings beside the no-match one: a long query can give dozens, and a proxy's header buffer is 4–8 KB. */
export const MAX_HEADER_WARNINGS = 3;

function emptyWarnings(warnings: string[]): string[] {
  const shown = warnings.slice(0, MAX_HEADER_WARNINGS).map((w) => `299 - "${headerText(w)}"`);
  const more = warnings.length - shown.length;
  return ['299 - "No passage matches this search: the file holds no record"', ...shown, ...(more > 0 ? [`299 - "and ${more} more warning(s), in the file where its format has comments, or from /api/search"`] : [])];
}

/** Writes a chunk, waiting for the socket to drain when its buffer is full; false when the client has gone. */
async function send(res: Response, chunk: string): Promise<boolean> {
  if (res.destroyed) return false;
  if (chunk && !res.write(chunk)) {
    await new Promise<void>((resolve) => {
      const done = () => {
        forget();
        res.off('close', done);
        resolve();
      };
      const forget = whenDrained(res, done);
      res.once('close', done);
    });
  }
  return !res.destroyed;
}

/** Per response, who waits for its next 'drain'. */
const drainWaiters = new WeakMap<Response, Set<() => void>>();

/**
 * Calls `done` at the response's next 'drain'; returns how to stop waiting. One listener per
 * response, added once: the compression middleware hands res.on('drain') to its zlib stream but
 * not res.off, so a listener added per write and taken off again stayed on the stream — a
 * listener per full buffer, and a MaxListenersExceededWarning for every export over ~700 kB
 * compressed (reviewfix20a).
 */
function whenDrained(res: Response, done: () => void): () => void {
  let waiters = drainWaiters.get(res);
  if (!waiters) {
    const all = (waiters = new Set());
    drainWaiters.set(res, all);
    res.on('drain', () => {
      for (const f of [...all]) f();
    });
  }
  waiters.add(done);
  const mine = waiters;
  return () => mine.delete(done);
}
