import type { KeyConflict } from '../core/csl.js';
import type { DocumentRecord } from '../core/types.js';

// What the run says where a catalogue's citation keys clash (core/csl.ts assignCitationKeys):
// in the summary, report.json's keyWarnings and the About page. A key is what a manuscript
// cites, so a key that moved or could not be given must never go unsaid: pandoc, biber and
// Zotero cite whichever entry holds the key, with no warning of their own.

/** One line per clash, naming the files (a document no longer in the library by its old id). */
export function keyWarnings(conflicts: readonly KeyConflict[], documents: ReadonlyMap<string, DocumentRecord>): string[] {
  const name = (id: string) => documents.get(id)?.file ?? id;
  return conflicts.map((c) => {
    const now = c.now ? `cited as ${c.now}` : 'given another key';
    switch (c.kind) {
      case 'shared':
        return `citation key ${c.key} is given by the catalogue to two works: ${name(c.holder)} keeps it, ${name(c.other)} is ${now}. Give ${name(c.other)} a key of its own in the catalogue (if both files are one work, delete one file's entry: a copy of a catalogued work is cited as that work).`;
      case 'taken':
        return `citation key ${c.key} was ${name(c.other)}'s in the last build: the catalogue now gives it to ${name(c.holder)}, which takes it, and ${name(c.other)} is ${now}. A manuscript citing ${c.key} for ${name(c.other)} now cites the other work: change its citations, or give ${name(c.holder)} another key in the catalogue.`;
      case 'retired':
        return `citation key ${c.key} was given in an earlier build to ${name(c.other)}, no longer in the library: the catalogue now gives it to ${name(c.holder)}, which takes it. A manuscript citing ${c.key} for the removed work now cites ${name(c.holder)}.`;
    }
  });
}
