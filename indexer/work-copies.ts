import type { DocumentRecord, FileReport } from '../core/types.js';
import { issuedYear } from '../core/csl.js';

// A file the run found to hold the same work as another (same-work.ts: a PDF of a work the
// catalogue lists beside its .txt, an OCR copy) is still indexed, so its pages stay citable,
// but it is the same work for a reference manager: one key, one entry, the catalogue's
// metadata. Before, each copy was exported under a key of its own (`bowden2020Humanitariana`),
// read without the catalogue's publisher: pandoc printed "2021a … 2021b" for one briefing note
// and biber missed its institution (userreview19a finding 3).

/** catalogue sources: a record the user wrote */
const CATALOGUED = new Set(['catalog.json', 'catalog.bib']);

export const catalogued = (d: DocumentRecord): boolean => Object.values(d.provenance ?? {}).some((s) => CATALOGUED.has(s));

/**
 * The copies among the documents: copy id → the id of the document whose record is the work's.
 * Files the run found to repeat another's work are grouped; the group's work record is the
 * catalogued document (its metadata is the user's), else the first by file path (the same
 * from one run to the next, whatever order the workers finished in). A file is left its own
 * work where it is catalogued itself (the user catalogued two works) or prints another year
 * than the work's (a revised edition whose passages are mostly the same: two versions).
 */
export function workCopies(documents: ReadonlyMap<string, DocumentRecord>, reports: readonly FileReport[]): Map<string, string> {
  const byFile = new Map<string, string>();
  for (const r of reports) if (r.doc && documents.has(r.doc)) byFile.set(r.file, r.doc);
  // union-find over the "same work as" links
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let r = id;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const r of reports) {
    const a = r.doc && documents.has(r.doc) ? r.doc : undefined;
    const b = r.sameWork ? byFile.get(r.sameWork.file) : undefined;
    if (!a || !b || a === b) continue;
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent.set(ra, rb);
  }
  const groups = new Map<string, DocumentRecord[]>();
  for (const id of parent.keys()) {
    const r = root(id);
    for (const member of [id, r]) {
      const group = groups.get(r) ?? groups.set(r, []).get(r)!;
      const d = documents.get(member)!;
      if (!group.includes(d)) group.push(d);
    }
  }
  const out = new Map<string, string>();
  for (const group of groups.values()) {
    group.sort((x, y) => Number(catalogued(y)) - Number(catalogued(x)) || (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
    const [work, ...rest] = group;
    const year = issuedYear(work.csl);
    for (const d of rest) {
      if (catalogued(d)) continue;
      // another year printed in the file (or in its name) is another edition; a PDF's Info date is
      // when the file was made, often years after the work (the groff copy of the 2020 note: 2023)
      const own = issuedYear(d.csl);
      if (own !== null && year !== null && own !== year && d.provenance?.issued !== 'pdf-info') continue;
      out.set(d.id, work.id);
    }
  }
  return out;
}

/**
 * Each copy takes its work's record (title, authors, date, publisher, place, series as the
 * catalogue writes them) under its own id, with the work's provenance, and says which document
 * it copies; its own file, pages and passages stay as read.
 */
export function mergeCopies(documents: Map<string, DocumentRecord>, copies: ReadonlyMap<string, string>): void {
  for (const [copy, workId] of copies) {
    const d = documents.get(copy)!;
    const work = documents.get(workId)!;
    d.csl = { ...work.csl, id: d.csl.id };
    d.provenance = { ...work.provenance };
    d.copyOf = workId;
  }
  const copiesOf = new Map<string, string[]>();
  for (const [copy, work] of copies) copiesOf.set(work, [...(copiesOf.get(work) ?? []), copy]);
  for (const [work, list] of copiesOf) documents.get(work)!.copies = list.sort();
}
