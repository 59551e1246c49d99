import type { DocumentRecord, Passage } from '../core/types.js';
import type { Snapshot } from './index-store.js';

// The citation explorer's data: the works the corpus cites, narrowed by words in the title or
// author, by the citing document ("what does this note cite?") and to one cited work.

type Reference = NonNullable<DocumentRecord['references']>[number];

export interface CitedWork {
  key: string;
  ref: Reference;
  /** ids of the corpus documents that cite it */
  citing: Set<string>;
  /** citing passages in the body (not reference entries or notes) */
  body: Passage[];
}

const LIMIT = 200;

function allWorks(snap: Snapshot): CitedWork[] {
  const works = new Map<string, CitedWork>();
  for (const d of snap.documents.values()) {
    for (const r of d.references ?? []) {
      const w = works.get(r.work) ?? { key: r.work, ref: r, citing: new Set<string>(), body: [] };
      w.citing.add(d.id);
      works.set(r.work, w);
    }
  }
  for (const w of works.values()) {
    w.body = (snap.citing.get(w.key) ?? []).map((i) => snap.passages[i]).filter((p) => p.kind !== 'reference' && p.kind !== 'footnote');
  }
  return [...works.values()].sort((a, b) => b.citing.size - a.citing.size || b.body.length - a.body.length || String(a.ref.title).localeCompare(String(b.ref.title)));
}

export function citationExplorer(snap: Snapshot, query: Record<string, unknown>) {
  const q = typeof query.q === 'string' ? query.q.trim() : '';
  const fromRaw = typeof query.from === 'string' ? query.from : '';
  const from = snap.documents.get(fromRaw) ?? null;
  const workKey = typeof query.work === 'string' ? query.work : '';
  let works = allWorks(snap);
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
    works = works.filter((w) => JSON.stringify([w.ref.title, w.ref.author, w.ref['container-title']]).toLowerCase().includes(needle));
  }
  const documents = [...snap.documents.values()].sort((a, b) => String(a.csl.title).localeCompare(String(b.csl.title)));
  // A document with no reference list read from it: its citations are unknown, not absent.
  const unread = documents.filter((d) => !(d.references ?? []).length);
  return {
    q,
    from,
    work,
    works: works.slice(0, LIMIT),
    total: works.length,
    documents,
    unread,
    warnings,
    /** all the citing passages when one work is chosen, else a few */
    perWork: work ? Infinity : 3,
  };
}
