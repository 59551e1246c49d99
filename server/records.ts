import type { DocumentRecord, Passage } from '../core/types.js';
import { tagFields } from '../core/facets.js';
import type { Snapshot } from './index-store.js';
import { citationsJson, referenceCsl } from './cite.js';
import { worksAmong } from './cited-works.js';
import type { SearchRequest, SearchResponse } from './search/service.js';

// The JSON records of the API (shapes in openapi.yaml), as plain functions of a snapshot.

export function documentSummary(d: DocumentRecord) {
  const { id, title, author, issued, type } = d.csl;
  return { id, title, author, issued, type };
}

export function passageJson(p: Passage) {
  return {
    id: p.id,
    doc: p.doc,
    text: p.text,
    page: p.page,
    // the last page of a passage that runs across a page break (its citation says pp. 7–8)
    ...(p.pageEnd && p.pageEnd !== p.page ? { pageEnd: p.pageEnd } : {}),
    ...(p.pageIsPhysical ? { pageIsPhysical: true } : {}),
    // where the later pages start in the text: a client citing a span of it finds its pages
    ...(p.pageBreaks?.length ? { pageBreaks: p.pageBreaks } : {}),
    section: p.section,
    ...tagFields(p),
    evidence: p.evidence,
    blockType: p.blockType,
    notes: p.notes ?? [],
    duplicate: p.duplicate ?? false,
    cites: p.cites ?? [],
    citing: p.citing ?? [],
    ...(p.leadIn ? { leadIn: p.leadIn } : {}),
    ...(p.source ? { source: p.source } : {}),
  };
}

export function searchJson(snap: Snapshot, r: SearchRequest, result: SearchResponse) {
  return {
    total: result.total,
    documents: result.documents,
    grouped: result.grouped,
    shown: result.shown,
    page: r.page,
    pages: result.pages,
    size: r.size,
    sort: r.sort,
    query: result.query,
    hits: result.hits.map((h) => ({ score: h.score, snippet: h.snippet, ...(h.more ? { more: h.more } : {}), ...(h.near ? { near: true } : {}), passage: passageJson(h.passage), document: documentSummary(snap.documents.get(h.passage.doc)!) })),
    facets: result.facets,
    ...(result.facetsMore ? { facetsMore: result.facetsMore } : {}),
  };
}

/**
 * The documents in the corpus's order, `limit` of them from `offset` (all by default: the list
 * is what a client mirrors; a library of 40,000 documents is some 20 MB, so it can be paged).
 */
export function documentList(snap: Snapshot, offset = 0, limit = Infinity) {
  const all = [...snap.documents.values()];
  const page = all.slice(offset, offset + limit);
  return { total: all.length, offset, documents: page.map((d) => ({ ...d.csl, passages: d.passageCount, file: d.file })) };
}

/**
 * One document with its passages, references and citation links; null when unknown. The links
 * name works, as the document's page does: a citing report held in two files cites once.
 */
export function documentDetail(snap: Snapshot, id: string) {
  const d = snap.documents.get(id);
  if (!d) return null;
  return { ...d.csl, provenance: d.provenance, file: d.file, outline: d.outline, tags: d.tags, passages: snap.passages.ofDocument(d.id).map(passageJson), references: (d.references ?? []).map(referenceCsl), cites: worksAmong(snap.documents, d.cites ?? [], d.id), citedBy: worksAmong(snap.documents, d.citedBy ?? [], d.id), ...(d.copyOf ? { copyOf: d.copyOf } : {}), ...(d.copies?.length ? { copies: d.copies } : {}) };
}

/** One passage with its document, neighbours and ready-to-paste citations; null when unknown. */
export function passageDetail(snap: Snapshot, id: string) {
  const ord = snap.passages.ordinalOf(id);
  if (ord === undefined) return null;
  const p = snap.passages.at(ord);
  // a document's passages are contiguous: the neighbours are the ordinals either side, if the same document's
  const neighbour = (o: number) => (o >= 0 && o < snap.passages.count && snap.passages.docOf(o) === p.doc ? snap.passages.at(o).id : null);
  const d = snap.documents.get(p.doc)!;
  return {
    passage: passageJson(p),
    document: documentSummary(d),
    previous: neighbour(ord - 1),
    next: neighbour(ord + 1),
    // the quote with its in-text citation and the reference, ready to paste, per style
    ...citationsJson(snap.manifest.id, d, p),
  };
}
