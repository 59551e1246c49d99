import type { DocumentRecord, Passage } from '../../core/types.js';
import { buildCitationGraph, citationGroups } from '../../indexer/references/graph.js';

// The reference-reading tests' shared set-up (refs33, refs35, review36 had each their copy): one
// document whose first passage holds the citing text and the rest its reference list.

// the one document every passage below belongs to, made anew for each text (the graph writes its references)
const DOC_ID = 'a';
const doc = (): DocumentRecord => ({ id: DOC_ID, file: `${DOC_ID}.txt`, provenance: {}, csl: { id: DOC_ID, type: 'report', title: `Doc ${DOC_ID}` } }) as DocumentRecord;
const passage = (id: string, text: string, entry = false): Passage =>
  ({ id, doc: DOC_ID, block: 0, text, kind: entry ? 'reference' : 'finding', blockType: entry ? 'reference' : 'paragraph' }) as unknown as Passage;

function link(text: string, entries: string[]): { d: DocumentRecord; citing: NonNullable<Passage['citing']> } {
  const d = doc();
  const ps = [passage('p', text), ...entries.map((e, i) => passage(`e${i}`, e, true))];
  buildCitationGraph(new Map([[d.id, d]]), ps);
  return { d, citing: ps[0].citing ?? [] };
}

/** The titles of the entries a text's citations link to, in order, with the given list. */
export function linked(text: string, entries: string[]): (string | undefined)[] {
  const { d, citing } = link(text, entries);
  const title = (work: string) => d.references?.find((r) => r.work === work)?.title;
  return citing.map((c) => title(c.work));
}

/** Each entry's authors as the document's reference list stores them, after the whole list is read. */
export const listedAuthors = (entries: string[]): (string | undefined)[][] =>
  (link('', entries).d.references ?? []).map((r) => (r.author ?? []).map((a) => (a.literal !== undefined ? `body ${a.literal}` : a.family)));

/** The text each linked citation spans, in order, with the given list. */
export const linkedSpans = (text: string, entries: string[]): string[] => link(text, entries).citing.map((c) => text.slice(c.start, c.end));

/** Each citation read in a text, as "family year[letter]". */
export const cites = (t: string): string[] => citationGroups(t).flatMap((g) => g.cites.map((c) => `${c.family} ${c.year}${c.letter ?? ''}`));

/** The text each citation read spans. */
export const spans = (t: string): string[] => citationGroups(t).flatMap((g) => g.cites.map((c) => t.slice(c.start, c.end)));
