import type { CslItem, DocumentRecord, Passage } from '../core/types.js';
import { issuedSlashed, locatorLabel, nameInverted, spanLocation, type PassageLocation } from '../core/csl.js';
import { bibliography, inText, locatorTemplate, STYLES, type RichFormat, type StyleId } from './export/citation-js.js';
import { quoteWithCitation } from './export/quote.js';
import { quotedWords } from './quoted-words.js';
import { escapeRegExp } from '../core/text.js';
import { safeCsl } from './export/safe-item.js';
import { closeBidi } from './export/bidi.js';

// Citation strings for pages and the API: a quote (or a selected span of it) with its in-text
// citation and the reference, as plain text and as HTML; COinS and Highwire Press tags for
// reference managers reading our pages.

/** A citation ready to paste: plain text, and HTML with the italics the style asks for. */
export interface RichCitation {
  text: string;
  html: string;
}

// Formatting is cached per build: a new build may change a document's metadata under the same
// id, so an entry of another build is never served (the cache is emptied when the build changes).
// A reference depends on the document alone; an in-text citation on the document and its
// locator (one template per document for plain page and paragraph numbers), so a page of any
// passage of a document formatted once costs no citeproc run. Bounded: a crawl of a library of
// 40,000 documents in every style would otherwise keep a quarter of a million strings; the
// least recently used go first (a Map iterates in insertion order, and a hit is moved last).
export const CITATION_CACHE_ENTRIES = 20_000;
const cache = new Map<string, string>();
let cachedBuild = '';

export function cached(build: string, key: string, make: () => string, limit = CITATION_CACHE_ENTRIES): string {
  if (build !== cachedBuild) {
    cache.clear();
    cachedBuild = build;
  }
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    while (cache.size >= limit) cache.delete(cache.keys().next().value!);
  } else cache.delete(key);
  cache.set(key, v);
  return v;
}

/** How many formatted strings are held (for tests and health). */
export const citationCacheSize = (): number => cache.size;

function formatted(build: string, d: DocumentRecord, where: PassageLocation, style: StyleId, format: RichFormat) {
  const t = locatorTemplate(where);
  const doc = `${d.id}\u0000${style}\u0000${format}`;
  // the metadata as an export gives it (safeItem): no javascript: URL, no direction control left
  // open to reverse the rest of a reference pasted into Word (review16-b finding 3)
  return {
    inText: t.fill(cached(build, `${doc}\u0000${t.key}`, () => inText(safeCsl(d.csl), style, t.asked, format))),
    reference: cached(build, doc, () => bibliography([safeCsl(d.csl)], style, format)),
  };
}

/** A span of a passage's text: [start, end) offsets into `Passage.text`. */
export interface Span {
  start: number;
  end: number;
}

/** The quote — the whole passage, or a span of it — with its in-text citation, and the reference. */
export function citePassage(build: string, d: DocumentRecord, p: Passage, style: StyleId = 'apa', span?: Span): RichCitation {
  // a span is quoted as an export of that selection quotes it: ellipses where it cuts a sentence
  const quote = closeBidi(span ? quotedWords(p.text, span) : p.text);
  // a span cites the pages its own words are on, not the passage's whole range
  const where = span ? spanLocation(p, span) : p;
  const out = {} as RichCitation;
  for (const format of ['text', 'html'] as const) {
    const f = formatted(build, d, where, style, format);
    const q = quoteWithCitation(quote, f.inText, style, format);
    out[format] = format === 'text' ? `${q.block ? `    ${q.body}` : q.body}\n\n${f.reference}` : `${q.block ? `<blockquote><p>${q.body}</p></blockquote>` : `<p>${q.body}</p>`}\n<p>${f.reference}</p>`;
  }
  return out;
}

/** The same, in every style the product offers (the passage page and its API record). */
export function citeAll(build: string, d: DocumentRecord, p: Passage, span?: Span): Record<StyleId, RichCitation> {
  return Object.fromEntries((Object.keys(STYLES) as StyleId[]).map((s) => [s, citePassage(build, d, p, s, span)])) as Record<StyleId, RichCitation>;
}

/** Every style's citation as the API gives them: plain text in `citations`, HTML in `citationsHtml`. */
export function citationsJson(build: string, d: DocumentRecord, p: Passage, span?: Span): { citations: Record<StyleId, string>; citationsHtml: Record<StyleId, string> } {
  const all = Object.entries(citeAll(build, d, p, span));
  return {
    citations: Object.fromEntries(all.map(([s, c]) => [s, c.text])) as Record<StyleId, string>,
    citationsHtml: Object.fromEntries(all.map(([s, c]) => [s, c.html])) as Record<StyleId, string>,
  };
}

/**
 * Where a selection lies in a passage: the offsets given, or the first place the selected text
 * occurs as whole words, else the first place at all (spaces and line breaks compared loosely,
 * as a browser's selection reports them), with stray spaces at either end left out and a word
 * cut at either end taken whole (a drag or a double-click a letter short quotes "ranted" for
 * "granted"). Null when the offsets are out of range or the text is not in the passage.
 */
export function findSpan(p: Passage, sel: { start?: number; end?: number; text?: string }): Span | null {
  if (sel.text !== undefined) {
    const words = sel.text.trim().split(/\s+/).filter(Boolean);
    if (!words.length) return null;
    const body = words.map(escapeRegExp).join('\\s+');
    // the words where they stand as words first: "aid" is the word aid, not the end of "said",
    // though "said" comes first; an edge that is a letter or digit must not run on into a word
    const edge = (c: string, re: string) => (WORD_CHAR.test(c) ? re : '');
    const whole = new RegExp(`${edge([...words[0]][0], '(?<![\\p{L}\\p{N}\\p{M}])')}${body}${edge([...words.at(-1)!].at(-1)!, '(?![\\p{L}\\p{N}\\p{M}])')}`, 'u');
    // else a selection cut inside a word ("ranted" of "granted"), taken whole
    const m = whole.exec(p.text) ?? new RegExp(body, 'u').exec(p.text);
    return m ? wholeWords(p.text, { start: m.index, end: m.index + m[0].length }) : null;
  }
  const { start, end } = sel;
  if (start === undefined || end === undefined || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > p.text.length || end <= start) return null;
  // a selection's stray spaces at either end are not part of the quote
  const s = start + (p.text.slice(start, end).length - p.text.slice(start, end).trimStart().length);
  const e = end - (p.text.slice(start, end).length - p.text.slice(start, end).trimEnd().length);
  return e > s ? wholeWords(p.text, { start: s, end: e }) : null;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** The span widened to whole words where it starts or ends inside one. */
export function wholeWords(text: string, span: Span): Span {
  let { start, end } = span;
  while (start > 0 && WORD_CHAR.test(text[start - 1]) && WORD_CHAR.test(text[start])) start--;
  while (end < text.length && WORD_CHAR.test(text[end - 1]) && WORD_CHAR.test(text[end])) end++;
  return { start, end };
}

type ParsedReference = NonNullable<DocumentRecord['references']>[number];

/** A parsed reference as CSL-JSON for the API: the schema allows no field of its own, so the
 * links into the corpus (citing passage, work key, cited corpus document) go under `custom`. */
export function referenceCsl(r: ParsedReference): CslItem {
  const { passage, work, inCorpus, ...csl } = r;
  const custom = typeof csl.custom === 'object' && csl.custom ? csl.custom : {};
  return { ...csl, custom: { ...custom, passage, work, ...(inCorpus ? { inCorpus } : {}) } };
}

const pageRange = (page: string | undefined) => {
  const [first, last] = (page ?? '').split(/[-–]/).map((s) => s.trim());
  return { first: first || undefined, last: last || undefined };
};

/**
 * An OpenURL ContextObject in a span (COinS) describing the document — never one passage: the
 * Zotero Connector prefers COinS to the meta tags and would save a passage's page as the
 * item's pages.
 */
export function coins(d: DocumentRecord): string {
  // the metadata as exports give it (safeCsl): Zotero saves these values as they are, so a
  // name's unclosed direction control or a title's line break would be saved (review16-c finding 7)
  const c = safeCsl(d.csl);
  const journal = c.type === 'article-journal';
  const kv: [string, string][] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', journal ? 'info:ofi/fmt:kev:mtx:journal' : 'info:ofi/fmt:kev:mtx:book'],
    ['rft.genre', journal ? 'article' : c.type === 'report' ? 'report' : c.type === 'chapter' ? 'bookitem' : 'book'],
    [journal ? 'rft.atitle' : 'rft.btitle', c.title ?? ''],
  ];
  if (journal && c['container-title']) kv.push(['rft.jtitle', String(c['container-title'])]);
  if (c.volume) kv.push(['rft.volume', c.volume]);
  if (c.issue) kv.push(['rft.issue', c.issue]);
  const { first, last } = pageRange(c.page);
  if (first) kv.push(['rft.spage', first]);
  if (last) kv.push(['rft.epage', last]);
  if (c.page) kv.push(['rft.pages', c.page]);
  if (c.publisher) kv.push(['rft.pub', c.publisher]);
  if (c['publisher-place']) kv.push(['rft.place', c['publisher-place']]);
  if (c['collection-title']) kv.push(['rft.series', String(c['collection-title'])]);
  if (typeof c['number-of-pages'] === 'string' || typeof c['number-of-pages'] === 'number') kv.push(['rft.tpages', String(c['number-of-pages'])]);
  const date = issuedSlashed(c).replace(/\//g, '-');
  if (date) kv.push(['rft.date', date]);
  for (const a of c.author ?? []) kv.push(['rft.au', nameInverted(a)]);
  if (c.ISSN) kv.push(['rft.issn', c.ISSN]);
  if (c.language) kv.push(['rft.language', c.language]);
  if (c.DOI) kv.push(['rft_id', `info:doi/${c.DOI}`]);
  // safeCsl kept the URL only where it is a web address (webUrl)
  if (c.URL) kv.push(['rft_id', c.URL]);
  return kv.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}

/** Highwire Press citation_* meta tags, the ones Google Scholar and Zotero read. */
export function highwire(d: DocumentRecord, base: string): [string, string][] {
  // made safe as coins() is
  const c = safeCsl(d.csl);
  const tags: [string, string][] = [['citation_title', c.title ?? '']];
  for (const a of c.author ?? []) tags.push(['citation_author', nameInverted(a)]);
  const date = issuedSlashed(c);
  if (date) tags.push(['citation_publication_date', date]);
  if (c.type === 'article-journal') {
    if (c['container-title']) tags.push(['citation_journal_title', String(c['container-title'])]);
    if (c.volume) tags.push(['citation_volume', c.volume]);
    if (c.issue) tags.push(['citation_issue', c.issue]);
    const { first, last } = pageRange(c.page);
    if (first) tags.push(['citation_firstpage', first]);
    if (last) tags.push(['citation_lastpage', last]);
    if (c.publisher) tags.push(['citation_publisher', c.publisher]);
  } else if (c.type === 'report') {
    if (c.publisher) tags.push(['citation_technical_report_institution', c.publisher]);
    if (typeof c.number === 'string' && c.number) tags.push(['citation_technical_report_number', c.number]);
  } else if (c.publisher) tags.push(['citation_publisher', c.publisher]);
  if (c['collection-title']) tags.push(['citation_series_title', String(c['collection-title'])]);
  if (c.DOI) tags.push(['citation_doi', c.DOI]);
  if (c.ISSN) tags.push(['citation_issn', c.ISSN]);
  if (c.language) tags.push(['citation_language', c.language]);
  // The item's own address: Zotero's Embedded Metadata translator saves citation_public_url
  // as the URL, else citation_abstract_html_url, else the page — which is ours, not the source.
  if (c.URL) tags.push(['citation_public_url', c.URL]);
  else tags.push(['citation_abstract_html_url', `${base}/documents/${d.id}`]);
  return tags;
}

/**
 * The citation of a selection within a passage, for `GET /api/passages/{id}/cite?start=&end=`
 * (or `?text=`): the selected text, its offsets, the page it is on and the citation in every
 * style. The page is the span's own (spanLocation): a selection wholly after a page turn inside
 * the passage is on the later page, one across it on both; where the build does not know where
 * the page turned, the passage's range. An `error` for the client when the query selects
 * nothing in the passage.
 */
export function citeSelection(build: string, d: DocumentRecord, p: Passage, query: Record<string, unknown>) {
  const num = (v: unknown) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);
  const text = typeof query.text === 'string' ? query.text : undefined;
  const [start, end] = [num(query.start), num(query.end)];
  // an offset given but not as digits ("1e3", "0x10", "-1", a list) is named: "give start and end" read as if none had been given
  const odd = text === undefined ? (['start', 'end'] as const).find((k) => query[k] !== undefined && num(query[k]) === undefined) : undefined;
  if (odd) return { error: `${odd} must be a whole number of characters from the passage's start (0, 1, 2 …), not ${JSON.stringify(query[odd]).slice(0, 40)}` };
  if (text === undefined && (start === undefined || end === undefined)) return { error: 'give start and end (character offsets into the passage text) or text (the selected words)' };
  const span = findSpan(p, { text, start, end });
  if (!span) return { error: text === undefined ? `start and end must satisfy 0 ≤ start < end ≤ ${p.text.length} and select more than spaces` : 'the selected text is not in this passage' };
  const where = spanLocation(p, span);
  return {
    passage: p.id,
    doc: d.id,
    start: span.start,
    end: span.end,
    text: p.text.slice(span.start, span.end),
    page: where.page,
    ...(where.pageEnd ? { pageEnd: where.pageEnd } : {}),
    locator: locatorLabel(where) || null,
    ...citationsJson(build, d, p, span),
  };
}
