import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { join } from 'node:path';
import { projectRoot } from '../core/paths.js';
import type { DocumentRecord, Passage } from '../core/types.js';
import type { IndexStore, Snapshot } from './index-store.js';
import { helpers } from './view-helpers.js';
import { exporterFor, exporters } from './export/registry.js';
import { citationsJson, citeAll, citePassage, citeSelection, coins, highwire, referenceCsl } from './cite.js';
import { Bitset } from './search/bitset.js';
import type { ExportItem } from './export/types.js';
import { unapi, unapiItem } from './export/unapi.js';
import { STYLES } from './export/citation-js.js';
import { runSearch, type SearchRequest, type SearchResponse } from './search/service.js';
import { FACETS, type FacetFilters } from './search/facets.js';
import { listIds, listPage } from './reading-list.js';
import { compareView } from './compare.js';
import { citationExplorer } from './citation-explorer.js';

const viewsDir = join(projectRoot, 'views');

class BadRequest extends Error {}

const list = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]).filter((s) => s !== '');

function intParam(v: unknown, name: string, def: number, min: number, max: number): number {
  if (v === undefined || v === '') return def;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new BadRequest(`${name} must be a whole number from ${min} to ${max}`);
  return n;
}

function documentSummary(d: DocumentRecord) {
  const { id, title, author, issued, type } = d.csl;
  return { id, title, author, issued, type };
}

function passageJson(p: Passage) {
  return {
    id: p.id,
    doc: p.doc,
    text: p.text,
    page: p.page,
    section: p.section,
    actors: p.actors,
    themes: p.themes,
    kind: p.kind,
    places: p.places,
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

/** The address this server was reached at, for absolute links in exports, feeds and meta tags. */
const baseUrl = (req: Request) => `${req.protocol}://${req.get('host')}`;

/** The title of a cited work, for a filter chip: the corpus document's, or the entry's. */
function workTitle(snap: Snapshot, key: string): string {
  if (key.startsWith('doc:')) return snap.documents.get(key.slice(4))?.csl.title ?? key;
  for (const d of snap.documents.values()) {
    const r = d.references?.find((x) => x.work === key);
    if (r) return r.title ?? key;
  }
  return key;
}

export interface AppOptions {
  /** extra routes, mounted after the snapshot middleware and before the 404 handlers */
  extend?: (app: express.Express) => void;
}

export function createApp(store: IndexStore, options: AppOptions = {}): express.Express {
  const app = express();
  app.set('view engine', 'ejs');
  app.set('views', viewsDir);
  app.set('query parser', 'extended');
  app.disable('x-powered-by');
  app.use(helmet({ contentSecurityPolicy: { directives: { 'script-src': ["'self'"], 'img-src': ["'self'", 'data:'] } } }));
  app.use('/static', express.static(join(projectRoot, 'public'), { maxAge: '1h' }));
  app.locals.h = helpers;
  // the citation styles offered for copying, in the order pages list them
  app.locals.styles = STYLES;

  // Each request works on the snapshot current when it arrived, even if a new build lands meanwhile.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!store.loaded) {
      res.status(503).json({ error: 'no index has been published yet: run npm run index' });
      return;
    }
    res.locals.snap = store.snapshot;
    // a reading list carried in the URL (pages without JavaScript), for the header's count
    res.locals.listIds = listIds(req.query.list);
    next();
  });
  const snapOf = (res: Response) => res.locals.snap as Snapshot;

  app.get('/api/health', (_req, res) => {
    const m = snapOf(res).manifest;
    res.json({ status: 'ok', index: { id: m.id, builtAt: m.builtAt, documents: m.counts.documents, passages: m.counts.passages } });
  });

  /** Query string → search request; anything out of range is a 400 with a message. */
  const searchRequest = (req: Request, snap: Snapshot): SearchRequest => {
    const filters: FacetFilters = {};
    for (const f of FACETS) {
      const values = list(req.query[f]);
      if (!values.length) continue;
      const include: string[] = [];
      const exclude: string[] = [];
      for (const v of values) {
        const excluded = v.startsWith('-') && f !== 'year';
        const id = excluded ? v.slice(1) : v;
        if (!snap.facets.knows(f, id)) throw new BadRequest(f === 'year' ? `year must be a year (2020) or a range (2019-2021), not "${v}"` : `unknown ${f} "${id}"`);
        (excluded ? exclude : include).push(id);
      }
      filters[f] = { include, exclude };
    }
    const sort = req.query.sort === undefined || req.query.sort === '' ? 'relevance' : String(req.query.sort);
    if (sort !== 'relevance' && sort !== 'date') throw new BadRequest('sort must be relevance or date');
    return {
      q: typeof req.query.q === 'string' ? req.query.q : list(req.query.q).join(' '),
      filters,
      page: intParam(req.query.page, 'page', 1, 1, 100000),
      size: intParam(req.query.size, 'size', 20, 1, 100),
      sort,
      perDoc: intParam(req.query.perDoc, 'perDoc', 3, 0, 100),
      // Without an explicit perDoc, hits are grouped only when they span many documents.
      autoGroup: req.query.perDoc === undefined || req.query.perDoc === '',
      cites: typeof req.query.cites === 'string' && req.query.cites ? req.query.cites : undefined,
    };
  };

  const searchJson = (snap: Snapshot, r: SearchRequest, result: SearchResponse) => ({
    total: result.total,
    documents: result.documents,
    grouped: result.grouped,
    shown: result.shown,
    page: r.page,
    pages: result.pages,
    size: r.size,
    sort: r.sort,
    query: result.query,
    hits: result.hits.map((h) => ({ score: h.score, snippet: h.snippet, ...(h.more ? { more: h.more } : {}), passage: passageJson(h.passage), document: documentSummary(snap.documents.get(h.passage.doc)!) })),
    facets: result.facets,
  });

  app.get('/api/search', (req, res) => {
    const snap = snapOf(res);
    const r = searchRequest(req, snap);
    res.json(searchJson(snap, r, runSearch(snap, r)));
  });

  // Exports: chosen passages or documents (ids=…), or every hit of a search (its parameters).
  app.get('/api/export', (req, res) => {
    const snap = snapOf(res);
    const format = String(req.query.format ?? '');
    const exporter = exporterFor(format);
    if (!exporter) throw new BadRequest(`format must be one of ${exporters.map((e) => e.id).join(', ')}`);
    // one entry per document, in the order first chosen, with its chosen passages
    const byDoc = new Map<string, Passage[]>();
    const passagesOf = (doc: string) => byDoc.get(doc) ?? byDoc.set(doc, []).get(doc)!;
    const ids = list(req.query.ids).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    if (ids.length) {
      const unknown = ids.filter((id) => !snap.byId.has(id) && !snap.documents.has(id));
      if (unknown.length) throw new BadRequest(`unknown passage or document id(s): ${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ` and ${unknown.length - 10} more` : ''}`);
      for (const id of new Set(ids)) {
        const p = snap.byId.get(id);
        if (p) passagesOf(p.doc).push(p);
        else passagesOf(id).push(...(exporter.passageRows ? (snap.byDoc.get(id) ?? []) : []));
      }
    } else {
      const r = searchRequest(req, snap);
      const result = runSearch(snap, { ...r, page: 1, size: 10_000, perDoc: 0 });
      for (const h of result.hits) passagesOf(h.passage.doc).push(h.passage);
    }
    const base = baseUrl(req);
    const items: ExportItem[] = [...byDoc].map(([doc, passages]) => ({
      csl: snap.documents.get(doc)!.csl,
      passages: [...new Set(passages)].sort((a, b) => a.ordinal - b.ordinal),
      links: new Map(passages.map((p) => [p.id, `${base}/passages/${p.id}`])),
    }));
    const day = new Date().toISOString().slice(0, 10);
    res.setHeader('Content-Type', exporter.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="policy-passages-${day}.${exporter.extension}"`);
    res.send(exporter.render(items));
  });

  // unAPI: reference managers fetch a document or passage as RIS, BibTeX or CSL-JSON.
  app.get('/unapi', (req, res) => {
    const snap = snapOf(res);
    const answer = unapi(req.query, (id) => unapiItem(snap, id, baseUrl(req)));
    res.status(answer.status).type(answer.type).send(answer.body);
  });

  app.get('/api/documents', (_req, res) => {
    res.json({ documents: [...snapOf(res).documents.values()].map((d) => ({ ...d.csl, passages: d.passageCount, file: d.file })) });
  });

  app.get('/api/documents/:id', (req, res) => {
    const snap = snapOf(res);
    const d = snap.documents.get(req.params.id);
    if (!d) {
      res.status(404).json({ error: `no document ${req.params.id}` });
      return;
    }
    res.json({ ...d.csl, provenance: d.provenance, file: d.file, outline: d.outline, tags: d.tags, passages: (snap.byDoc.get(d.id) ?? []).map(passageJson), references: (d.references ?? []).map(referenceCsl), cites: d.cites ?? [], citedBy: d.citedBy ?? [] });
  });

  app.get('/api/passages/:id', (req, res) => {
    const snap = snapOf(res);
    const p = snap.byId.get(req.params.id);
    if (!p) {
      res.status(404).json({ error: `no passage ${req.params.id}` });
      return;
    }
    const siblings = snap.byDoc.get(p.doc) ?? [];
    const d = snap.documents.get(p.doc)!;
    res.json({
      passage: passageJson(p),
      document: documentSummary(d),
      previous: siblings[p.ordinal - 1]?.id ?? null,
      next: siblings[p.ordinal + 1]?.id ?? null,
      // the quote with its in-text citation and the reference, ready to paste, per style
      ...citationsJson(snap.manifest.id, d, p),
    });
  });

  // A selected span of a passage, cited: ?start=&end= (offsets into its text) or ?text=.
  app.get('/api/passages/:id/cite', (req, res) => {
    const snap = snapOf(res);
    const p = snap.byId.get(req.params.id);
    if (!p) {
      res.status(404).json({ error: `no passage ${req.params.id}` });
      return;
    }
    const cited = citeSelection(snap.manifest.id, snap.documents.get(p.doc)!, p, req.query);
    if ('error' in cited) throw new BadRequest(cited.error);
    res.json(cited);
  });

  const labelsOf = (snap: Snapshot) => (facet: string, id: string) => snap.facets.labels.get(facet as (typeof FACETS)[number])?.get(id) ?? id;

  app.get('/', (req, res) => {
    const snap = snapOf(res);
    const r = searchRequest(req, snap);
    const result = runSearch(snap, r);
    // With nothing found, say which single filter to drop and what it would give.
    const suggestions: { label: string; href: string; total: number }[] = [];
    if (!result.total) {
      for (const f of FACETS) {
        const chosen = r.filters[f];
        if (!chosen) continue;
        for (const id of [...chosen.include, ...chosen.exclude]) {
          const without = { ...r.filters, [f]: { include: chosen.include.filter((x) => x !== id), exclude: chosen.exclude.filter((x) => x !== id) } };
          const total = runSearch(snap, { ...r, filters: without, size: 1 }).total;
          const value = chosen.exclude.includes(id) ? `-${id}` : id;
          if (total) suggestions.push({ label: `${f}: ${labelsOf(snap)(f, id)}`, href: helpers.toggle(req.query, f, value), total });
        }
      }
    }
    const citing = r.cites ? { key: r.cites, title: workTitle(snap, r.cites) } : null;
    if (citing && !result.total && r.q) suggestions.push({ label: `cites: ${citing.title}`, href: helpers.urlWith(req.query, { cites: null }), total: runSearch(snap, { ...r, cites: undefined, size: 1 }).total });
    res.render('search', { r, result, snap, query: req.query, suggestions, exporters, labels: labelsOf(snap), coins, cite: (d: DocumentRecord, p: Passage) => citePassage(snap.manifest.id, d, p), citing });
  });

  // RSS 2.0 of a search's first twenty hits, for a feed reader to follow a query.
  app.get('/feed.xml', (req, res) => {
    const snap = snapOf(res);
    const r = { ...searchRequest(req, snap), page: 1, size: 20 };
    const result = runSearch(snap, r);
    const base = baseUrl(req);
    const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const items = result.hits
      .map((hit) => {
        const d = snap.documents.get(hit.passage.doc)!;
        const link = `${base}/documents/${d.id}#p-${hit.passage.id}`;
        return `<item><title>${x(`${d.csl.title ?? d.id}${hit.passage.page ? `, p. ${hit.passage.page}` : ''}`)}</title><link>${x(link)}</link><guid isPermaLink="false">${hit.passage.id}</guid><description>${x(hit.passage.text)}</description></item>`;
      })
      .join('');
    res.type('application/rss+xml; charset=utf-8').send(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${x(`Policy Passages: ${r.q || 'all passages'}`)}</title><link>${x(base + helpers.urlWith(req.query, {}))}</link><description>${result.total} passages</description>${items}</channel></rss>`);
  });

  // The citation explorer: works cited across the corpus, most cited first, with the citing
  // passages in context; narrowed by citing document, cited work or words.
  app.get('/citations', (req, res) => {
    res.render('citations', { ...citationExplorer(snapOf(res), req.query), snap: snapOf(res) });
  });

  app.get('/list', (req, res) => {
    res.render('list', { ...listPage(snapOf(res), req.query), exporters });
  });

  app.get('/compare', (req, res) => {
    const snap = snapOf(res);
    res.render('compare', { ...compareView(snap, req.query), cite: (d: DocumentRecord, p: Passage) => citePassage(snap.manifest.id, d, p) });
  });

  app.get('/about', (_req, res) => {
    const snap = snapOf(res);
    const all = snap.facets.apply(Bitset.full(snap.passages.length), {}).facets;
    const count = (f: (typeof FACETS)[number]) => all[f];
    res.render('about', { snap, labels: labelsOf(snap), charts: { theme: count('theme'), actor: count('actor'), place: count('place'), year: count('year') } });
  });

  app.get('/documents/:id', (req, res) => {
    const snap = snapOf(res);
    const d = snap.documents.get(req.params.id);
    if (!d) {
      res.status(404).render('error', { status: 404, message: `No document “${req.params.id}”.` });
      return;
    }
    const base = baseUrl(req);
    res.render('document', { d, passages: snap.byDoc.get(d.id) ?? [], meta: highwire(d, base), labels: labelsOf(snap), query: {}, hl: typeof req.query.hl === 'string' ? req.query.hl : null, coins, docTitle: (id: string) => snap.documents.get(id)?.csl.title ?? id });
  });

  app.get('/passages/:id', (req, res) => {
    const snap = snapOf(res);
    const p = snap.byId.get(req.params.id);
    if (!p) {
      res.status(404).render('error', { status: 404, message: `No passage “${req.params.id}”.` });
      return;
    }
    const d = snap.documents.get(p.doc)!;
    const base = baseUrl(req);
    res.render('passage', { p, d, meta: highwire(d, base), labels: labelsOf(snap), query: {}, cites: citeAll(snap.manifest.id, d, p), coins });
  });

  options.extend?.(app);

  app.use('/api', (_req, res) => {
    res.status(404).json({ error: 'no such API route' });
  });
  app.use((_req, res) => {
    res.status(404).render('error', { status: 404, message: 'Page not found.' });
  });
  app.use((error: Error, req: Request, res: Response, _next: NextFunction) => {
    const status = error instanceof BadRequest ? 400 : 500;
    if (status === 500) console.error(error);
    if (req.path.startsWith('/api/')) res.status(status).json({ error: error.message });
    else res.status(status).render('error', { status, message: error.message });
  });
  return app;
}
