import type { CslItem, DocumentRecord, Passage } from '../core/types.js';
import { bibliography, inText, STYLES, type StyleId } from './export/citation-js.js';

// Citation strings for pages: quote with in-text citation and reference, COinS for Zotero,
// Highwire Press tags for reference managers. Formatting is cached per document, page and style.

const cache = new Map<string, string>();

export function citeText(d: DocumentRecord, p: Passage, style: StyleId = 'apa'): string {
  const key = `${d.id}|${p.page}|${style}`;
  let cite = cache.get(key);
  if (!cite) {
    cite = `${inText(d.csl, style, p.page)}\n\n${bibliography([d.csl], style)}`;
    cache.set(key, cite);
  }
  const [intext, reference] = cite.split('\n\n');
  return `“${p.text}” ${intext}\n\n${reference}`;
}

/** The same, in every style the product offers (the passage page and its API record). */
export function citeAll(d: DocumentRecord, p: Passage): Record<StyleId, string> {
  return Object.fromEntries((Object.keys(STYLES) as StyleId[]).map((s) => [s, citeText(d, p, s)])) as Record<StyleId, string>;
}

type ParsedReference = NonNullable<DocumentRecord['references']>[number];

/** A parsed reference as CSL-JSON for the API: the schema allows no field of its own, so the
 * links into the corpus (citing passage, work key, cited corpus document) go under `custom`. */
export function referenceCsl(r: ParsedReference): CslItem {
  const { passage, work, inCorpus, ...csl } = r;
  const custom = typeof csl.custom === 'object' && csl.custom ? csl.custom : {};
  return { ...csl, custom: { ...custom, passage, work, ...(inCorpus ? { inCorpus } : {}) } };
}

const year = (d: DocumentRecord) => String(d.csl.issued?.['date-parts']?.[0]?.[0] ?? '');
const names = (d: DocumentRecord) => (d.csl.author ?? []).map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join(', '));

/** An OpenURL ContextObject in a span (COinS): the Zotero Connector reads one per hit. */
export function coins(d: DocumentRecord, p?: Passage): string {
  const c = d.csl;
  const journal = c.type === 'article-journal';
  const kv: [string, string][] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', journal ? 'info:ofi/fmt:kev:mtx:journal' : 'info:ofi/fmt:kev:mtx:book'],
    ['rft.genre', journal ? 'article' : 'report'],
    [journal ? 'rft.atitle' : 'rft.btitle', c.title ?? ''],
  ];
  if (journal && c['container-title']) kv.push(['rft.jtitle', String(c['container-title'])]);
  if (c.volume) kv.push(['rft.volume', c.volume]);
  if (c.issue) kv.push(['rft.issue', c.issue]);
  if (c.page) kv.push(['rft.pages', c.page]);
  if (c.publisher) kv.push(['rft.pub', c.publisher]);
  if (c['collection-title']) kv.push(['rft.series', String(c['collection-title'])]);
  if (year(d)) kv.push(['rft.date', year(d)]);
  for (const n of names(d)) kv.push(['rft.au', n]);
  if (c.DOI) kv.push(['rft_id', `info:doi/${c.DOI}`]);
  if (c.URL) kv.push(['rft_id', c.URL]);
  if (p?.page) kv.push(['rft.spage', p.page]);
  return kv.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}

/** Highwire Press citation_* meta tags, the ones Google Scholar and Zotero read. */
export function highwire(d: DocumentRecord, base: string): [string, string][] {
  const c = d.csl;
  const tags: [string, string][] = [['citation_title', c.title ?? '']];
  for (const a of c.author ?? []) tags.push(['citation_author', a.literal ?? [a.family, a.given].filter(Boolean).join(', ')]);
  const parts = c.issued?.['date-parts']?.[0];
  if (parts?.length) tags.push(['citation_publication_date', parts.map((x) => String(x).padStart(2, '0')).join('/')]);
  if (c.type === 'article-journal') {
    if (c['container-title']) tags.push(['citation_journal_title', String(c['container-title'])]);
    if (c.volume) tags.push(['citation_volume', c.volume]);
    if (c.issue) tags.push(['citation_issue', c.issue]);
    const [first, last] = (c.page ?? '').split(/[-–]/);
    if (first) tags.push(['citation_firstpage', first]);
    if (last) tags.push(['citation_lastpage', last]);
  } else {
    if (c.publisher) tags.push(['citation_technical_report_institution', c.publisher]);
    if (c['collection-title']) tags.push(['citation_series_title', String(c['collection-title'])]);
  }
  if (c.DOI) tags.push(['citation_doi', c.DOI]);
  if (c.ISSN) tags.push(['citation_issn', c.ISSN]);
  if (c.language) tags.push(['citation_language', c.language]);
  tags.push(['citation_abstract_html_url', `${base}/documents/${d.id}`]);
  return tags;
}
