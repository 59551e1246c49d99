import { Router } from 'express';
import { intParam, searchRequest } from '../http/params.js';
import { badRequest, notFound } from '../http/errors.js';
import { citeSelection } from '../cite.js';
import { documentDetail, documentList, passageDetail, searchJson } from '../records.js';
import { runSearch } from '../search/service.js';
import { shorten, snapOf, type RouteContext } from './context.js';
import { sendJson } from '../http/send-json.js';
import { passageNotFound, redirectCite, redirectRenamed } from '../renamed.js';
import { facetFind } from '../search/facet-find.js';

// The JSON API (openapi.yaml) but for exports (export.ts): thin handlers over records.ts.
export function apiRoutes(_ctx: RouteContext): Router {
  const r = Router();
  r.get('/api/search', (req, res) => {
    const snap = snapOf(res);
    const sr = searchRequest(req.query, snap);
    sendJson(res, searchJson(snap, sr, runSearch(snap, sr)));
  });
  // the search page's facet filter box: values of one facet the page does not list
  r.get('/api/facet-values', (req, res) => {
    res.json(facetFind(snapOf(res), req.query));
  });
  r.get('/api/documents', (req, res) => {
    const offset = intParam(req.query, 'offset', 0, 0, 10_000_000);
    const limit = intParam(req.query, 'limit', 1_000_000, 1, 1_000_000);
    res.json(documentList(snapOf(res), offset, limit));
  });
  r.get('/api/documents/:id', (req, res) => {
    const d = documentDetail(snapOf(res), req.params.id);
    if (!d && redirectRenamed(req, res, snapOf(res), 'document', req.params.id, (to) => `/api/documents/${to}`)) return;
    if (!d) throw notFound(`no document ${shorten(req.params.id)}`);
    res.json(d);
  });
  r.get('/api/passages/:id', (req, res) => {
    const p = passageDetail(snapOf(res), req.params.id);
    if (!p && redirectRenamed(req, res, snapOf(res), 'passage', req.params.id, (to) => `/api/passages/${to}`)) return;
    if (!p) throw passageNotFound(snapOf(res), req.params.id, shorten(req.params.id), `no passage ${shorten(req.params.id)}`, '/api');
    res.json(p);
  });
  // A selected span of a passage, cited: ?start=&end= (offsets into its text) or ?text=.
  r.get('/api/passages/:id/cite', (req, res) => {
    const snap = snapOf(res);
    const p = snap.passages.get(req.params.id);
    if (!p && redirectCite(req, res, snap, req.params.id, shorten(req.params.id), (to) => `/api/passages/${to}/cite`)) return;
    if (!p) throw passageNotFound(snapOf(res), req.params.id, shorten(req.params.id), `no passage ${shorten(req.params.id)}`, '/api');
    const cited = citeSelection(snap.manifest.id, snap.documents.get(p.doc)!, p, req.query);
    if ('error' in cited) throw badRequest(cited.error ?? 'the selection could not be read');
    res.json(cited);
  });
  return r;
}
