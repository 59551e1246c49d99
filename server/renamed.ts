import type { Request, Response } from 'express';
import { documentAlias, passageAlias } from '../core/build/aliases.js';
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
