import type { Request, Response } from 'express';
import { documentAlias, editedAlias, goneFrom, passageAlias, removedFrom } from '../core/build/aliases.js';
import { findSpan } from './cite.js';
import { HttpError } from './http/errors.js';
import type { Snapshot } from './index-store.js';

// A document renamed with its content unchanged keeps its old links working: its old page,
// its passages' permalinks and their API records answer 301 to where they are now (a browser,
// curl -L and a reference manager follow it; a bookmark is updated by those that do). A
// paragraph edited in place leads to its successor with a 302: the content changed, so a browser
// must not cache the move for ever, and a quote of a span of it is never redirected blindly.

/** Where a document or passage id of an earlier build is now (a passage's edited successor included), or undefined if it has none. */
export function renamedTo(snap: Snapshot, kind: 'document' | 'passage', id: string): string | undefined {
  return kind === 'document' ? documentAlias(snap.aliases, id) : (passageAlias(snap.aliases, id) ?? editedAlias(snap.aliases, id));
}

/** The successor of a passage id whose paragraph was edited in place since (not merely renamed), or undefined. */
export const editedSuccessor = (snap: Snapshot, id: string): string | undefined => (passageAlias(snap.aliases, id) === undefined ? editedAlias(snap.aliases, id) : undefined);

/**
 * Answers 301 to `path(newId)` with the request's query kept (302 for an edited passage's
 * successor); false when the id was never renamed nor edited.
 */
export function redirectRenamed(req: Request, res: Response, snap: Snapshot, kind: 'document' | 'passage', id: string, path: (to: string) => string): boolean {
  const same = kind === 'document' ? documentAlias(snap.aliases, id) : passageAlias(snap.aliases, id);
  const to = same ?? (kind === 'passage' ? editedAlias(snap.aliases, id) : undefined);
  if (to === undefined) return false;
  res.redirect(same === undefined ? 302 : 301, path(encodeURIComponent(to)) + queryOf(req));
  return true;
}

const queryOf = (req: Request) => {
  const q = req.originalUrl.indexOf('?');
  return q >= 0 ? req.originalUrl.slice(q) : '';
};

/**
 * A quote of a span of an earlier build's passage. A renamed passage's text is unchanged, so its
 * offsets still hold: 301. An edited one's offsets moved with the edit and the old text is not
 * kept, so a quote is redirected (302) only when it was asked by its words (`text=`, which wins
 * over offsets) and the successor holds them exactly; else a 404 naming the document and linking
 * to the successor, rather than the quote of another span, or of the opposite statement.
 */
export function redirectCite(req: Request, res: Response, snap: Snapshot, id: string, shown: string, path: (to: string) => string): boolean {
  const successor = editedSuccessor(snap, id);
  const p = successor === undefined ? undefined : snap.passages.get(successor);
  if (successor === undefined || !p) return redirectRenamed(req, res, snap, 'passage', id, path);
  const text = req.query.text;
  if (typeof text === 'string' && findSpan(p, { text })) {
    res.redirect(302, path(encodeURIComponent(successor)) + queryOf(req));
    return true;
  }
  const d = snap.documents.get(p.doc);
  const title = d?.csl.title ?? p.doc;
  throw new HttpError(
    404,
    `No passage “${shown}” in this build: its paragraph in “${title}” was edited since, so the span asked for may read differently now${typeof text === 'string' ? ' (its words are not in the paragraph as it reads now)' : ''}; select it again in the paragraph as it is now.`,
    {},
    { href: `/api/passages/${encodeURIComponent(successor)}`, text: `Read the paragraph in “${title}” as it is now` },
  );
}

/**
 * The 404 for a passage id this build does not hold: where the previous build had it in a
 * document still here (its paragraph edited past recognition), it names that document and links
 * to it (`prefix` '/api' for the API's record), instead of a dead end.
 */
export function passageNotFound(snap: Snapshot, id: string, shown: string, unknown: string, prefix = '', unknownLink?: { href: string; text: string }): HttpError {
  const doc = goneFrom(snap.aliases, id);
  const d = doc === undefined ? undefined : snap.documents.get(doc);
  if (!d) return removedPassage(snap, id, shown, prefix) ?? new HttpError(404, unknown, {}, unknownLink);
  const title = d.csl.title ?? d.id;
  return new HttpError(404, `No passage “${shown}” in this build: it was in “${title}”, whose text has changed since; the passage was edited or removed.`, {}, { href: `${prefix}/documents/${encodeURIComponent(d.id)}`, text: `Read “${title}”` });
}

/**
 * The 404 for a passage of a document whose file a rebuild removed (userreview32 finding 14): it
 * names the document and links to a search of its title, where another copy or version of the
 * work, if the library has one, is found; undefined when the build does not know the passage.
 */
function removedPassage(snap: Snapshot, id: string, shown: string, prefix: string): HttpError | undefined {
  const was = removedFrom(snap.aliases, id);
  if (!was) return undefined;
  const search = `${prefix === '/api' ? '/api/search' : '/search'}?q=${encodeURIComponent(was.title)}`;
  return new HttpError(404, `No passage “${shown}” in this build: it was in “${was.title}”, whose file was removed from the library by a rebuild.`, {}, { href: search, text: `Search the library for “${was.title}”` });
}
