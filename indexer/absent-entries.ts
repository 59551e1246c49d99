// A catalogue entry whose file is not in the folder takes nothing, and that is normal: a Zotero
// export of a whole library, a catalogue kept for more works than one folder holds. But a
// misspelt name is one of them too, and said nowhere it is a work the user believes indexed
// (catalog41 left this). One line per catalogue says how many and names the first few, so a
// catalogue of thousands does not bury the other problems; report.json lists them all.

import { matchEntry, type CatalogEntry } from './metadata/catalog-entry.js';
import type { CorpusListing } from './corpus.js';
import { firstFew } from '../core/text.js';

/** Entries named in the line; the catalogue's `absent` in report.json has every one. */
const SHOWN_ABSENT = 5;

/**
 * The entries no corpus file takes, in catalogue order, as `id ("file named")`. An entry whose id
 * a taken entry shares is read into that work (a second catalogue's fields), so it is not absent;
 * one marked ambiguous has its own problem line already.
 */
export function absentEntries(entries: readonly CatalogEntry[], files: readonly string[]): CatalogEntry[] {
  const taken = new Set<unknown>();
  for (const f of files) {
    const entry = matchEntry(entries, f);
    if (entry) taken.add(entry.item.id);
  }
  return entries.filter((e) => !taken.has(e.item.id) && !e.ambiguous?.length);
}

const described = (e: CatalogEntry) => {
  const named = e.written ?? e.files;
  if (named.length) return `${String(e.item.id)} ("${named[0]}")`;
  return e.unread?.length ? `${String(e.item.id)} ("${e.unread[0]}")` : String(e.item.id);
};

/** The problem line for a catalogue's absent entries of one kind, naming the first few. */
function absentLine(entries: readonly string[], what: (one: boolean) => string): string {
  const one = entries.length === 1;
  return `${entries.length} ${what(one)}: ${firstFew(entries, SHOWN_ABSENT, ` (report.json's "absent" lists them)`)}`;
}

/**
 * Each read catalogue gains `absent` (every entry of it no file takes) and its problem lines, put
 * first: after a catalogue's first few problems the summary shows only a count. An entry that
 * names only a file of a type no reader takes ("report.docx") has a line of its own: asking for
 * its name "as it is on disk" misled, since it already is (review43).
 */
export function noteAbsentEntries(catalogs: CorpusListing['catalogs'], absent: readonly CatalogEntry[]): void {
  for (const source of ['catalog.json', 'catalog.bib'] as const) {
    // the catalogue pinEntries' problems go to (corpus.ts): the first read of that name
    const catalog = catalogs.find((c) => c.status === 'read' && c.file.split('/').pop()!.toLowerCase() === source);
    if (!catalog) continue;
    const mine = absent.filter((e) => e.source === source);
    if (!mine.length) continue;
    catalog.absent = mine.map(described);
    const unreadType = mine.filter((e) => e.unread?.length).map(described);
    const missing = mine.filter((e) => !e.unread?.length).map(described);
    const lines: string[] = [];
    if (missing.length) lines.push(absentLine(missing, (one) => `${one ? 'entry names' : 'entries name'} no file in the folder, so ${one ? 'it is' : 'they are'} not indexed (usual for a catalogue of a larger library; for a file that is here, write its name as it is on disk)`));
    if (unreadType.length) lines.push(absentLine(unreadType, (one) => `${one ? 'entry names' : 'entries name'} only a file of a type not indexed (Word, HTML, slides…), so ${one ? 'it is' : 'they are'} not indexed (save ${one ? 'it' : 'them'} as PDF in the folder to index ${one ? 'it' : 'them'})`));
    (catalog.problems ??= []).unshift(...lines);
  }
}
