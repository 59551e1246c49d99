import type { Snapshot } from './index-store.js';
import { CITED_WORKS_SHOWN, citedWorks, workMatches } from './cited-works.js';

// The citation explorer's data: the works the corpus cites, narrowed by words in the title or
// author, by the citing document ("what does this note cite?") and to one cited work.

export function citationExplorer(snap: Snapshot, query: Record<string, unknown>) {
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
  const documents = [...snap.documents.values()].sort((a, b) => String(a.csl.title).localeCompare(String(b.csl.title)));
  // A document with no reference list read from it: its citations are unknown, not absent.
  const unread = documents.filter((d) => !(d.references ?? []).length);
  return {
    q,
    from,
    work,
    works: works.slice(0, CITED_WORKS_SHOWN),
    total: works.length,
    documents,
    unread,
    warnings,
    /** all the citing passages when one work is chosen, else a few */
    perWork: work ? Infinity : 3,
  };
}
