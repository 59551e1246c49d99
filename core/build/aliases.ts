import { z } from 'zod';

// A document renamed with its content unchanged (report.pdf saved again as report-final.pdf)
// gets a new id, and its passages new ids, since ids hash the document id. Every link a user
// kept — a bookmarked page, a reading list in the browser, an export's URLs — named the old
// ones. The build records them: old document id → new, old passage id → new where the
// passage's text is unchanged; the server redirects and resolves through the table.

export const aliasesSchema = z.object({
  documents: z.record(z.string()),
  passages: z.record(z.string()),
});

export type Aliases = z.infer<typeof aliasesSchema>;

export const NO_ALIASES: Aliases = { documents: {}, passages: {} };

const own = (table: Record<string, string>, id: string): string | undefined => (Object.prototype.hasOwnProperty.call(table, id) ? table[id] : undefined);

/** The id a document of an earlier build has now, if it was renamed. */
export const documentAlias = (aliases: Aliases, id: string): string | undefined => own(aliases.documents, id);

/** The id a passage of an earlier build has now, if its document was renamed and its text is unchanged. */
export const passageAlias = (aliases: Aliases, id: string): string | undefined => own(aliases.passages, id);
