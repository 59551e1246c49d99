import { Router } from 'express';
import { HttpError } from '../http/errors.js';
import { linkQuery, MAX_PAGE, searchRequest } from '../http/params.js';
import { exporters } from '../export/registry.js';
import { EXPORT_LIMIT } from '../export/selection.js';
import { citeAll, citePassage, coins, highwire } from '../cite.js';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { workTitle, worksAmong } from '../cited-works.js';
import { Bitset } from '../search/bitset.js';
import { deepestPage } from '../search/grouping.js';
import { runSearch } from '../search/service.js';
import type { FacetName } from '../search/facets.js';
import { TAG_FACETS } from '../../core/facets.js';
import { dropFilterLinks } from '../suggestions.js';
import { listPage } from '../reading-list.js';
import { compareView } from '../compare.js';
import { ABOUT_SORTS, aboutView } from '../about.js';
import { readingView } from '../reading-view.js';
import { labelsOf, shorten, snapOf, type RouteContext } from './context.js';
import { passageNotFound, redirectRenamed } from '../renamed.js';
import { numberedDocuments } from '../numbered-documents.js';
import { editedLine, recordNotes, removedUnreused } from '../../core/build/changes.js';

// The HTML pages: search, about, a document's reading view, a passage's permalink.
export function pageRoutes({ publicUrl }: RouteContext): Router {
  const r = Router();
  r.get('/', (req, res) => {
    const snap = snapOf(res);
    const sr = searchRequest(req.query, snap);
    const result = runSearch(snap, sr);
    // links carry the request as read, never the raw query string (a 100 kB q echoed in every link)
    const query = linkQuery(req.query, sr);
    const citing = sr.cites ? { key: sr.cites, title: workTitle(snap, sr.cites) } : null;
    const suggestions = dropFilterLinks(result.query.suggestions, query, labelsOf(snap), citing?.title ?? null);
    // the identifiers as the search read them, not read again from the query (search20: one parse)
    const numbered = numberedDocuments(snap.documents.values(), result.query);
    res.render('search', { r: sr, result, snap, query, suggestions, exporters, exportLimit: EXPORT_LIMIT, labels: labelsOf(snap), coins, citing, numbered, maxPage: Math.min(MAX_PAGE, deepestPage(sr.size)) });
  });

  // "/search?q=…" is what people type or paste from other tools; the search lives at "/"
  r.get('/search', (req, res) => {
    const at = req.originalUrl.indexOf('?');
    res.redirect(301, at < 0 ? '/' : `/${req.originalUrl.slice(at)}`);
  });

  r.get('/list', (req, res) => {
    res.render('list', { ...listPage(snapOf(res), req.query), exporters });
  });

  r.get('/compare', (req, res) => {
    const snap = snapOf(res);
    res.render('compare', { ...compareView(snap, req.query), cite: (d: DocumentRecord, p: Passage) => citePassage(snap.manifest.id, d, p) });
  });

  r.get('/about', (req, res) => {
    const snap = snapOf(res);
    const all = snap.facets.apply(Bitset.full(snap.passages.count), {}).facets;
    const count = (f: FacetName) => all[f];
    res.render('about', { snap, changedPassages: snap.changes?.passages ? editedLine(snap.changes.passages) : '', recordNotes: snap.changes ? recordNotes(snap.changes.records ?? [], (snap.changes.reused ?? []).length > 0) : [], notFound: snap.changes ? removedUnreused(snap.changes) : [], about: aboutView(snap, req.query), sorts: ABOUT_SORTS, labels: labelsOf(snap), charts: { ...Object.fromEntries(TAG_FACETS.filter((f) => f.chart).map((f) => [f.name, count(f.name)])), year: count('year') } });
  });

  r.get('/documents/:id', (req, res) => {
    const snap = snapOf(res);
    const d = snap.documents.get(req.params.id);
    if (!d && redirectRenamed(req, res, snap, 'document', req.params.id, (to) => `/documents/${to}`)) return;
    // an old link to a document a rebuild removed: say that can be why, and where the changes are listed (userreview19b)
    if (!d) throw new HttpError(404, `No document “${shorten(req.params.id)}” in the library as last built (${snap.manifest.builtAt.slice(0, 10)}). If the link worked before, a rebuild removed its file or it no longer reads.`, {}, { href: '/about', text: 'What the last build changed, and the files not indexed' });
    const view = readingView(snap, d, req.query);
    // the documents it cites and is cited by, as works: a copy of one is that one (its PDF beside its .txt)
    const linked = { ...d, cites: worksAmong(snap.documents, d.cites ?? [], d.id), citedBy: worksAmong(snap.documents, d.citedBy ?? [], d.id) };
    res.render('document', { d: linked, passages: view.passages, view, meta: highwire(d, publicUrl), labels: labelsOf(snap), query: {}, coins, docTitle: (id: string) => snap.documents.get(id)?.csl.title ?? id });
  });

  r.get('/passages/:id', (req, res) => {
    const snap = snapOf(res);
    const p = snap.passages.get(req.params.id);
    if (!p && redirectRenamed(req, res, snap, 'passage', req.params.id, (to) => `/passages/${to}`)) return;
    if (!p) throw passageNotFound(snap, req.params.id, shorten(req.params.id), `No passage “${shorten(req.params.id)}” in the library as last built (${snap.manifest.builtAt.slice(0, 10)}). If the link worked before, a rebuild removed its document or changed its text.`, '', { href: '/about', text: 'What the last build changed, and the files not indexed' });
    const d = snap.documents.get(p.doc)!;
    res.render('passage', { p, d, meta: highwire(d, publicUrl), labels: labelsOf(snap), query: {}, cites: citeAll(snap.manifest.id, d, p), coins });
  });
  return r;
}
