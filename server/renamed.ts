import type { Request, Response } from 'express';
import { documentAlias, goneFrom, passageAlias } from '../core/build/aliases.js';
import { HttpError } from './http/errors.js';
import type { Snapshot } from './index-store.js';

// A document renamed with its content unchanged keeps its old links working: its old page,
// its passages' permalinks and their API records answer 301 to where they are now (a browser,
// curl -L and a reference manager follow it; a bookmark is updated by those that do).

/** Where a document or passage id of an earlier build is now, or undefined if it was never renamed. */
export function renamedTo(snap: Snapshot, kind: 'document' | 'passage', id: string): string | undefined {
  return kind === 'document' ? documentAlias(snap.aliases, id) : passageAlias(snap.aliases, id);
}

/** Answers 301 to `path(newId)` with the request's query kept; false when the id was never renamed. */
export function redirectRenamed(req: Request, res: Response, snap: Snapshot, kind: 'document' | 'passage', id: string, path: (to: string) => string): boolean {
  const to = renamedTo(snap, kind, id);
  if (to === undefined) return false;
  const q = req.originalUrl.indexOf('?');
  res.redirect(301, path(encodeURIComponent(to)) + (q >= 0 ? req.originalUrl.slice(q) : ''));
  return true;
}

/**
 * The 404 for a passage id this build does not hold: where the previous build had it in a
 * document still here (its paragraph edited past recognition), it names that document and links
 * to it (`prefix` '/api' for the API's record), instead of a dead end.
 */
export function passageNotFound(snap: Snapshot, id: string, shown: string, unknown: string, prefix = ''): HttpError {
  const doc = goneFrom(snap.aliases, id);
  const d = doc === undefined ? undefined : snap.documents.get(doc);
  if (!d) return new HttpError(404, unknown);
  const title = d.csl.title ?? d.id;
  return new HttpError(404, `No passage “${shown}” in this build: it was in “${title}”, whose text has changed since; the passage was edited or removed.`, {}, { href: `${prefix}/documents/${encodeURIComponent(d.id)}`, text: `Read “${title}”` });
}
