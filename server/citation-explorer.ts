import type { Snapshot } from './index-store.js';
import type { DocumentRecord, Passage } from '../core/types.js';
import { byTitle } from '../core/csl.js';
import { CITED_WORKS_SHOWN, citedWorks, workMatches, workOf, type CitedWork } from './cited-works.js';
import { citingContext, type CitingContext } from './citing-context.js';

// The citation explorer's data: the works the corpus cites, narrowed by words in the title or
// author, by the citing document ("what does this note cite?") and to one cited work.

/** Documents offered as "cited by" choices at most. */
export const OFFERED_CITING = 200;
/** Documents without a reference list named at most (the rest are counted). */
export const UNREAD_NAMED = 8;
/** Citing documents named under a work at most; the rest are counted, and the citing passages' search lists them. */
export const CITING_NAMED = 12;
/** Citing passages listed under one chosen work at most; the search (cites=) pages through all of them. */
export const CITING_PASSAGES_LISTED = 100;
/** Citing passages under each work when none is chosen. */
const CITING_PASSAGES_EACH = 3;

/** A work as the page shows it: the first citing documents and passages, the rest counted. */
export interface ShownWork extends CitedWork {
  /** the first CITING_NAMED citing documents */
  citingNamed: string[];
  /** citing passages listed, those whose citation sentence could be found first */
  passages: { p: Passage; c: CitingContext | null }[];
}

/**
 * The passages listed under a work, read only as far as the list needs: every citing passage
 * was read and its sentence found, then all but three dropped (811 passages for one report
 * cited by 1,000 documents, on every request).
 */
function listed(snap: Snapshot, w: CitedWork, n: number): ShownWork['passages'] {
  const withSentence: ShownWork['passages'] = [];
  const without: ShownWork['passages'] = [];
  for (const ord of w.body) {
    if (withSentence.length >= n) break;
    const p = snap.passages.at(ord);
    const c = citingContext(p, w.key);
    if (c) withSentence.push({ p, c });
    else if (without.length < n) without.push({ p, c });
  }
  return [...withSentence, ...without].slice(0, n);
}

const refs = (d: DocumentRecord) => (d.references ?? []).length;
/** A work's references: its reference list may have been read from one of its copies only (a PDF beside a .txt without one). */
const workRefs = (documents: ReadonlyMap<string, DocumentRecord>, d: DocumentRecord) => Math.max(refs(d), ...(d.copies ?? []).map((id) => { const c = documents.get(id); return c ? refs(c) : 0; }));

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
    // a copy of a work (indexer/work-copies.ts) is offered as its work
    const all = [...documents.values()].filter((d) => workOf(documents, d.id) === d.id);
    // A document with no reference list read from it: its citations are unknown, not absent.
    s = { unread: all.filter((d) => !workRefs(documents, d)).sort(byTitle), citing: all.filter((d) => workRefs(documents, d) > 0).sort((a, b) => workRefs(documents, b) - workRefs(documents, a) || byTitle(a, b)) };
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
    const fromWork = workOf(snap.documents, from.id);
    works = works.filter((w) => w.citing.has(fromWork));
    // only the passages of the chosen document's work cite it here
    works = works.map((w) => ({ ...w, body: w.body.filter((ord) => workOf(snap.documents, snap.passages.docOf(ord)) === fromWork) }));
  }
  if (q) {
    const needle = q.toLowerCase();
    works = works.filter((w) => workMatches(w, needle));
  }
  const { unread, citing } = sorted(snap.documents);
  // A small library offers every document (one without references then says so); past
  // `offer` documents, those citing the most (and the chosen one), as a list of thousands is a
  // page nobody scrolls and the others would narrow the list to nothing.
  let documents = snap.documents.size <= offer ? [...unread, ...citing] : citing.slice(0, offer);
  if (from && !documents.includes(from)) documents.push(from);
  documents = documents.sort(byTitle);
  return {
    q,
    from,
    /** the chosen document's work has no reference list read from any of its files */
    fromUnread: from !== null && !workRefs(snap.documents, snap.documents.get(workOf(snap.documents, from.id)) ?? from),
    work,
    works: works.slice(0, CITED_WORKS_SHOWN).map((w): ShownWork => ({ ...w, citingNamed: [...w.citing].slice(0, CITING_NAMED), passages: listed(snap, w, work ? CITING_PASSAGES_LISTED : CITING_PASSAGES_EACH) })),
    total: works.length,
    documents,
    /** documents with a reference list, when not all of them are offered */
    citingDocuments: citing.length,
    /** the first few documents without a reference list, and how many there are */
    unread: unread.slice(0, UNREAD_NAMED),
    unreadCount: unread.length,
    warnings,
  };
}
