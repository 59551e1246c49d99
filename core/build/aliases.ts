import { z } from 'zod';

// A document renamed with its content unchanged (report.pdf saved again as report-final.pdf)
// gets a new id, and its passages new ids, since ids hash the document id. Every link a user
// kept — a bookmarked page, a reading list in the browser, an export's URLs — named the old
// ones. The build records them: old document id → new, old passage id → new where the
// passage's text is unchanged; the server redirects and resolves through the table.

//
// A paragraph edited in place (a word changed) gets a new id too, since ids hash the text. Where
// the build can tell its successor — the same document, the same position, most content words
// shared, no negation and no number changed — the old id is recorded under `edited` (not
// `passages`: its text differs, so a link to it is answered with a temporary redirect and a quote
// of a span of it is never redirected); else it is recorded under `gone` with the document it
// was in, so its link answers 404 naming that document.

export const aliasesSchema = z.object({
  documents: z.record(z.string()),
  passages: z.record(z.string()),
  // absent in builds made before it
  gone: z.record(z.string()).default({}),
  // absent in builds made before it (which listed edited passages' successors under `passages`)
  edited: z.record(z.string()).default({}),
  // citation keys given by an earlier build and held by no document now (a deleted work's, a
  // copy's merged into its work's key) → the document id they were given to: never given to
  // another work, so a manuscript citing one cannot silently cite a different work (absent in
  // builds made before it)
  retiredKeys: z.record(z.string()).default({}),
  // a passage of a document whose file a rebuild removed → that document's id, and the document's
  // id → its title: the passage's old link answers 404 naming the document it was in (absent in
  // builds made before it)
  removed: z.record(z.string()).default({}),
  removedTitles: z.record(z.string()).default({}),
});

export type Aliases = z.infer<typeof aliasesSchema>;

export const NO_ALIASES: Aliases = { documents: {}, passages: {}, gone: {}, edited: {}, retiredKeys: {}, removed: {}, removedTitles: {} };

const own = (table: Record<string, string>, id: string): string | undefined => (Object.prototype.hasOwnProperty.call(table, id) ? table[id] : undefined);

/** The id a document of an earlier build has now, if it was renamed. */
export const documentAlias = (aliases: Aliases, id: string): string | undefined => own(aliases.documents, id);

/** The id a passage of an earlier build has now, if its document was renamed and its text is unchanged. */
export const passageAlias = (aliases: Aliases, id: string): string | undefined => own(aliases.passages, id);

/** The successor a passage of an earlier build has now, if its paragraph was edited in place (its text differs). */
export const editedAlias = (aliases: Aliases, id: string): string | undefined => own(aliases.edited ?? {}, id);

/** The document a passage of an earlier build was in, when the passage is gone (edited past recognition) and the document is still here. */
export const goneFrom = (aliases: Aliases, id: string): string | undefined => own(aliases.gone ?? {}, id);

/** The document (its id and title) a passage of an earlier build was in, when a rebuild removed that document's file. */
export function removedFrom(aliases: Aliases, id: string): { doc: string; title: string } | undefined {
  const doc = own(aliases.removed ?? {}, id);
  return doc === undefined ? undefined : { doc, title: own(aliases.removedTitles ?? {}, doc) ?? doc };
}

/** The title of a document of an earlier build whose file a rebuild removed, or undefined. */
export const removedTitle = (aliases: Aliases, doc: string): string | undefined => own(aliases.removedTitles ?? {}, doc);
