import type { DocumentRecord, Passage } from '../core/types.js';
import type { Snapshot } from './index-store.js';

export interface CitedWork {
  key: string;
  ref: NonNullable<DocumentRecord['references']>[number];
  /** corpus documents citing the work */
  citing: Set<string>;
  passages: Passage[];
  /** the citing passages in body text (not notes or reference entries) */
  body: Passage[];
}

/** Works shown at most on the citation explorer's page. */
export const CITED_WORKS_SHOWN = 200;

/**
 * The citation explorer's list: works cited across the corpus, most cited first, with their
 * citing passages; `q` keeps those whose title or authors contain it.
 */
export function citedWorks(snap: Snapshot, q: string): { works: CitedWork[]; total: number } {
  const works = new Map<string, CitedWork>();
  for (const d of snap.documents.values()) {
    for (const r of d.references ?? []) {
      const w = works.get(r.work) ?? { key: r.work, ref: r, citing: new Set<string>(), passages: [], body: [] };
      w.citing.add(d.id);
      works.set(r.work, w);
    }
  }
  for (const w of works.values()) {
    w.passages = (snap.citing.get(w.key) ?? []).map((i) => snap.passages[i]);
    w.body = w.passages.filter((p) => p.kind !== 'reference' && p.kind !== 'footnote');
  }
  const list = [...works.values()].sort((a, b) => b.citing.size - a.citing.size || b.body.length - a.body.length || String(a.ref.title).localeCompare(String(b.ref.title)));
  const needle = q.toLowerCase();
  const shown = needle ? list.filter((w) => JSON.stringify([w.ref.title, w.ref.author]).toLowerCase().includes(needle)) : list;
  return { works: shown.slice(0, CITED_WORKS_SHOWN), total: shown.length };
}

/** The title of a cited work, for a filter chip: the corpus document's, or the entry's. */
export function workTitle(snap: Snapshot, key: string): string {
  if (key.startsWith('doc:')) return snap.documents.get(key.slice(4))?.csl.title ?? key;
  for (const d of snap.documents.values()) {
    const r = d.references?.find((x) => x.work === key);
    if (r) return r.title ?? key;
  }
  return key;
}
