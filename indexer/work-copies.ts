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
 * A copy holds about as much text as its work: the PDF and OCR copies of the bundled works read
 * 0.75–1.4 times the .txt's passages. A file with most of its passages in another but far fewer
 * of them (an executive summary, an excerpt, one chapter) or far more (the report a summary
 * was read first) is another work and keeps its own entry (review20b finding 1).
 */
const SIZE_RATIO = 2;

/** Two fields both files give and that differ (volume 1 and 2, a second edition): two works. */
const DISTINCT_FIELDS = ['volume', 'edition'] as const;
const norm = (v: unknown): string => String(v).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const distinct = (a: DocumentRecord, b: DocumentRecord): boolean => DISTINCT_FIELDS.some((f) => a.csl[f] !== undefined && b.csl[f] !== undefined && norm(a.csl[f]) !== norm(b.csl[f]));

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
  const passagesOf = new Map<string, number>();
  for (const r of reports) {
    if (!r.doc || !documents.has(r.doc)) continue;
    byFile.set(r.file, r.doc);
    passagesOf.set(r.doc, r.passages);
  }
  const sizeApart = (a: string, b: string): boolean => {
    const [x, y] = [passagesOf.get(a) ?? 0, passagesOf.get(b) ?? 0];
    return x > 0 && y > 0 && (x > SIZE_RATIO * y || y > SIZE_RATIO * x);
  };
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
      if (sizeApart(d.id, work.id) || distinct(d, work)) continue;
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
