import type { DocumentRecord } from '../core/types.js';
import type { Snapshot } from './index-store.js';
import { issuedYear } from '../core/csl.js';

export interface CitedWork {
  key: string;
  ref: NonNullable<DocumentRecord['references']>[number];
  /** corpus documents citing the work */
  citing: Set<string>;
  /** the citing passages in body text (not notes or reference entries), as passage ordinals */
  body: number[];
}

/** The document whose record is the work a document holds: the document itself, or the work a copy repeats (indexer/work-copies.ts). */
export function workOf(documents: ReadonlyMap<string, DocumentRecord>, id: string): string {
  const copyOf = documents.get(id)?.copyOf;
  return copyOf !== undefined && documents.has(copyOf) ? copyOf : id;
}

/**
 * Documents named as the works they are, each once, in their order, the work `self` left out: a
 * report's "Cited by" had listed the citing report twice, once for its PDF copy (userreview29
 * finding 3).
 */
export function worksAmong(documents: ReadonlyMap<string, DocumentRecord>, ids: readonly string[], self?: string): string[] {
  const own = self === undefined ? undefined : workOf(documents, self);
  return [...new Set(ids.map((id) => workOf(documents, id)))].filter((id) => id !== own);
}

/** Works shown at most on the citation explorer's page. */
export const CITED_WORKS_SHOWN = 200;

// Once per build (a build never changes): every request had read each citing passage of every
// work again, 220–290 ms of CPU for /citations at 1,000 documents that all cite one report.
const builtOnce = new WeakMap<Snapshot['passages'], CitedWork[]>();

/** Works cited across the corpus, most cited first, with their citing passages in body text. */
export function citedWorks(snap: Pick<Snapshot, 'documents' | 'passages' | 'citing'>): CitedWork[] {
  const known = builtOnce.get(snap.passages);
  if (known) return known;
  const works = new Map<string, CitedWork>();
  for (const d of snap.documents.values()) {
    for (const r of d.references ?? []) {
      const w = works.get(r.work) ?? { key: r.work, ref: r, citing: new Set<string>(), body: [] };
      // a work cited once with its year and once without (the indexer's joinUndated) is shown and exported dated
      if (!issuedYear(w.ref) && issuedYear(r)) w.ref = r;
      // a copy of a work cites as its work does: one citing work, not one per file (userreview19a finding 3)
      w.citing.add(workOf(snap.documents, d.id));
      works.set(r.work, w);
    }
  }
  for (const w of works.values()) {
    w.body = (snap.citing.get(w.key) ?? []).filter((i) => {
      const p = snap.passages.at(i);
      // a copy's passages repeat its work's file: listed once, from the work's own file
      if (workOf(snap.documents, p.doc) !== p.doc) return false;
      return p.kind !== 'reference' && p.kind !== 'footnote';
    });
  }
  const all = [...works.values()].sort((a, b) => b.citing.size - a.citing.size || b.body.length - a.body.length || String(a.ref.title).localeCompare(String(b.ref.title)));
  builtOnce.set(snap.passages, all);
  return all;
}

/** Whether the work's title, authors or container hold `needle` (lower case). */
export const workMatches = (w: CitedWork, needle: string): boolean => JSON.stringify([w.ref.title, w.ref.author, w.ref['container-title']]).toLowerCase().includes(needle);

/** The title of a cited work, for a filter chip: the corpus document's, or the entry's. */
export function workTitle(snap: Snapshot, key: string): string {
  if (key.startsWith('doc:')) return snap.documents.get(key.slice(4))?.csl.title ?? key;
  for (const d of snap.documents.values()) {
    const r = d.references?.find((x) => x.work === key);
    if (r) return r.title ?? key;
  }
  return key;
}
