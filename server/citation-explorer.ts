import type { Snapshot } from './index-store.js';
import type { DocumentRecord } from '../core/types.js';
import { byTitle } from '../core/csl.js';
import { CITED_WORKS_SHOWN, citedWorks, workMatches } from './cited-works.js';

// The citation explorer's data: the works the corpus cites, narrowed by words in the title or
// author, by the citing document ("what does this note cite?") and to one cited work.

/** Documents offered as "cited by" choices at most. */
export const OFFERED_CITING = 200;
/** Documents without a reference list named at most (the rest are counted). */
export const UNREAD_NAMED = 8;

const refs = (d: DocumentRecord) => (d.references ?? []).length;

interface Sorted {
  /** documents with no reference list, by title */
  unread: DocumentRecord[];
  /** documents with one, those citing the most first */
  citing: DocumentRecord[];
}
// Sorted once per library (a build never changes its documents): at 40,000 documents a sort
// per request is over 100 ms of a blocked server.
const sortedOnce = new WeakMap<ReadonlyMap<string, DocumentRecord>, Sorted>();
function sorted(documents: ReadonlyMap<string, DocumentRecord>): Sorted {
  let s = sortedOnce.get(documents);
  if (!s) {
    const all = [...documents.values()];
    // A document with no reference list read from it: its citations are unknown, not absent.
    s = { unread: all.filter((d) => !refs(d)).sort(byTitle), citing: all.filter((d) => refs(d) > 0).sort((a, b) => refs(b) - refs(a) || byTitle(a, b)) };
    sortedOnce.set(documents, s);
  }
  return s;
}

export function citationExplorer(snap: Snapshot, query: Record<string, unknown>, offer = OFFERED_CITING) {
  const q = typeof query.q === 'string' ? query.q.trim() : '';
  const fromRaw = typeof query.from === 'string' ? query.from : '';
  const from = snap.documents.get(fromRaw) ?? null;
  const workKey = typeof query.work === 'string' ? query.work : '';
  let works = citedWorks(snap);
  const work = workKey ? (works.find((w) => w.key === workKey) ?? null) : null;
  const warnings: string[] = [];
  if (fromRaw && !from) warnings.push(`There is no document “${fromRaw}” in the corpus; showing works cited by every document.`);
  if (workKey && !work) warnings.push('That cited work is not in this index (it may have been rebuilt); showing every work.');
  if (work) works = [work];
  if (from) {
    works = works.filter((w) => w.citing.has(from.id));
    // only the passages of the chosen document cite it here
    works = works.map((w) => ({ ...w, body: w.body.filter((p) => p.doc === from.id) }));
  }
  if (q) {
    const needle = q.toLowerCase();
    works = works.filter((w) => workMatches(w, needle));
  }
  const { unread, citing } = sorted(snap.documents);
  // A small library offers every document (one without references then says so); past
  // `offer` documents, those citing the most (and the chosen one), as a list of thousands is a
  // page nobody scrolls and the others would narrow the list to nothing.
  let documents = snap.documents.size <= offer ? [...snap.documents.values()] : citing.slice(0, offer);
  if (from && !documents.includes(from)) documents.push(from);
  documents = documents.sort(byTitle);
  return {
    q,
    from,
    work,
    works: works.slice(0, CITED_WORKS_SHOWN),
    total: works.length,
    documents,
    /** documents with a reference list, when not all of them are offered */
    citingDocuments: citing.length,
    /** the first few documents without a reference list, and how many there are */
    unread: unread.slice(0, UNREAD_NAMED),
    unreadCount: unread.length,
    warnings,
    /** all the citing passages when one work is chosen, else a few */
    perWork: work ? Infinity : 3,
  };
}
