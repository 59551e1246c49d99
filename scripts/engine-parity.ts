import { readFileSync, writeFileSync } from 'node:fs';
import { rng } from '../test/helpers/fuzz.js';

// npx tsx scripts/engine-parity.ts URL_A URL_B [--seed 26] [--out FILE] [--show N]
// Two servers over the same corpus, one per engine (issue 11: everything works on both): the
// same requests to both through the public HTTP API only, and what differs between the answers.
// The requests are drawn (seeded) from the corpus's own words, read through A's API, and the
// taxonomy's names, never written to pass. Differences are counted by request type and kind;
// ranking is summarised as top-10 overlap and Kendall's tau over the passages both rank.

const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
const [urlA, urlB] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!urlA || !urlB) {
  console.error('usage: npx tsx scripts/engine-parity.ts URL_A URL_B [--seed N] [--out FILE] [--show N]');
  process.exit(2);
}
const seed = Number(opt('seed', '26'));
const outFile = opt('out', '');
const show = Number(opt('show', '40'));
const random = rng(seed);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const sample = <T>(xs: readonly T[], n: number): T[] => {
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [copy[i], copy[j]] = [copy[j], copy[i]]; }
  return copy.slice(0, n);
};

interface Answer { status: number; type: string; body: string; location: string | null; headers: Record<string, string> }
async function get(base: string, path: string): Promise<Answer> {
  const res = await fetch(base.replace(/\/$/, '') + path, { redirect: 'manual' });
  const headers: Record<string, string> = {};
  for (const h of ['content-disposition', 'warning', 'x-export-unknown', 'x-export-invalid']) { const v = res.headers.get(h); if (v !== null) headers[h] = v; }
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text(), location: res.headers.get('location'), headers };
}
const json = <T>(a: Answer): T => JSON.parse(a.body) as T;

// ---- what the corpus holds, read through A's API ----
interface PassageJson { id: string; doc: string; text: string; kind: string; actors: string[]; themes: string[]; places: string[] }
interface DocumentJson { id: string; passages: PassageJson[]; cites?: string[]; citedBy?: string[] }
interface FacetValue { id: string; label: string; count: number }
interface SearchJson {
  total: number; documents?: number; shown?: number; pages?: number; grouped?: boolean;
  query: { warnings: string[]; correctedQuery?: string; corrections?: Record<string, string>; expansions?: string[]; ignored?: string[];
    suggestions?: { q: string; total: number; drop?: { facet: string; value: string } }[]; related?: string[]; nearMatches?: number;
    withOperators?: string; identifiers?: string[]; answerType?: { type: string; words: string[] }; partial?: true };
  hits: { snippet: string; near?: true; more?: number; passage: { id: string } }[];
  facets: Record<string, FacetValue[]>;
  facetsMore?: Record<string, number>;
}

const docList = json<{ documents: { id: string }[] }>(await get(urlA, '/api/documents')).documents.map((d) => d.id);
const readDocs: DocumentJson[] = [];
for (const id of sample(docList, 25)) readDocs.push(json<DocumentJson>(await get(urlA, `/api/documents/${encodeURIComponent(id)}`)));
const passages = readDocs.flatMap((d) => d.passages);

const STOP = new Set('a an the of and or in on at to for by with from as is are was were be been being it its this that these those their there which who whom what when where why how not no but if than then so such into over under about between within without also can could should would may might must will shall do does did has have had he she they we you i our your his her them us more most other some any each all both only own same very just'.split(' '));
const words = (t: string) => t.toLowerCase().match(/[a-z][a-z'’-]*[a-z]/g) ?? [];
const df = new Map<string, number>();
const bigrams = new Map<string, number>();
const stopTrigrams = new Map<string, number>();
for (const p of passages) {
  const ws = words(p.text);
  for (const w of new Set(ws)) df.set(w, (df.get(w) ?? 0) + 1);
  for (let i = 0; i + 1 < ws.length; i++) {
    if (!STOP.has(ws[i]) && !STOP.has(ws[i + 1]) && ws[i].length > 3 && ws[i + 1].length > 3) bigrams.set(`${ws[i]} ${ws[i + 1]}`, (bigrams.get(`${ws[i]} ${ws[i + 1]}`) ?? 0) + 1);
    if (i + 2 < ws.length && !STOP.has(ws[i]) && STOP.has(ws[i + 1]) && !STOP.has(ws[i + 2]) && ws[i].length > 3 && ws[i + 2].length > 3) {
      const t = `${ws[i]} ${ws[i + 1]} ${ws[i + 2]}`;
      stopTrigrams.set(t, (stopTrigrams.get(t) ?? 0) + 1);
    }
  }
}
const plain = (w: string) => /^[a-z]+$/.test(w) && !STOP.has(w);
const content = [...df].filter(([w, n]) => plain(w) && w.length >= 5 && n >= 2 && n <= passages.length * 0.3).map(([w]) => w).sort();
const rare = [...df].filter(([w, n]) => plain(w) && w.length >= 6 && n === 1).map(([w]) => w).sort();
const phrases = [...bigrams].filter(([b, n]) => n >= 2 && b.split(' ').every(plain)).map(([b]) => b).sort();
const phrases3 = [...stopTrigrams].filter(([, n]) => n >= 2).map(([t]) => t).filter((t) => /^[a-z ]+$/.test(t)).sort();
const taxonomy = JSON.parse(readFileSync(new URL('../taxonomy/taxonomy.json', import.meta.url), 'utf8')) as { actors: { id: string; aliases?: string[] }[]; themes: { id: string; label: string }[] };
const acronyms = [...new Set(taxonomy.actors.flatMap((a) => a.aliases ?? []).filter((a) => /^[A-Z]{2,6}$/.test(a)))].sort();
const names = [...new Set(taxonomy.actors.flatMap((a) => a.aliases ?? []).filter((a) => / /.test(a) && a.length < 40))].sort();

// one slip inside a word: two inner letters swapped (never to the word itself)
function slip(w: string): string {
  for (let tries = 0; tries < 10; tries++) {
    const i = 1 + Math.floor(random() * (w.length - 3));
    const s = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (s !== w) return s;
  }
  return w.slice(0, -2) + w.at(-1) + w.at(-2);
}
function inflect(w: string): string {
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  if (w.endsWith('ing')) return w.slice(0, -3) + 'ed';
  if (w.endsWith('e')) return w + 's';
  return w + 's';
}
function otherSpelling(w: string): string | null {
  const swaps: [RegExp, string][] = [[/isation/, 'ization'], [/ization/, 'isation'], [/ise(s|d)?$/, 'ize$1'], [/ize(s|d)?$/, 'ise$1'], [/our(s)?$/, 'or$1'], [/yse(s|d)?$/, 'yze$1'], [/centre/, 'center']];
  for (const [re, to] of swaps) if (re.test(w)) return w.replace(re, to);
  return null;
}

// ---- the requests ----
interface Req { type: string; path: string; kind: 'search' | 'json' | 'export' | 'page' }
const reqs: Req[] = [];
const search = (type: string, params: Record<string, string | string[]>) => {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const x of Array.isArray(v) ? v : [v]) u.append(k, x);
  reqs.push({ type, path: `/api/search?${u}`, kind: 'search' });
};
for (const w of sample(content, 30)) search('word', { q: w });
for (const w of sample(rare, 8)) search('rare word', { q: w });
for (let i = 0; i < 20; i++) search('two words', { q: `${pick(content)} ${pick(content)}` });
for (const p of sample(phrases, 12)) search('phrase exact', { q: `"${p}"` });
for (const p of sample(phrases3, 6)) search('phrase exact', { q: `"${p}"` });
for (const p of sample(phrases, 10)) { const [a, b] = p.split(' '); search('phrase inflected', { q: `"${a} ${inflect(b)}"` }); }
for (const w of sample(content.filter((x) => x.length >= 8), 12)) search('prefix', { q: `${w.slice(0, 6)}*` });
for (let i = 0; i < 6; i++) search('AND', { q: `${pick(content)} AND ${pick(content)}` });
for (let i = 0; i < 6; i++) search('OR', { q: `${pick(content)} OR ${pick(content)}` });
for (let i = 0; i < 6; i++) search('NOT', { q: `${pick(content)} NOT ${pick(content)}` });
for (let i = 0; i < 4; i++) search('+/-', { q: `+${pick(content)} -${pick(content)}` });
for (const p of sample(phrases, 12)) { const ws = p.split(' '); const j = ws[0].length >= ws[1].length ? 0 : 1; ws[j] = slip(ws[j]); search('typo in phrase', { q: ws.join(' ') }); }
for (const w of sample(content.filter((x) => x.length >= 7), 6)) search('typo alone', { q: slip(w) });
for (const q of ['the of and', 'it is', 'what is', 'to be or not to be']) search('stop words', { q });
const qTemplates = ['what is the role of X?', 'why do Y matter?', 'how can X be improved?', 'what are the challenges of X and Y?', 'when did X start?', 'who coined X?'];
for (let i = 0; i < 12; i++) search('question', { q: pick(qTemplates).replace('X', pick(content)).replace('Y', pick(content)) });
for (const a of sample(acronyms, 10)) search('acronym', { q: a });
for (const n of sample(names, 6)) search('taxonomy name', { q: n });
const spellings = content.map((w) => [w, otherSpelling(w)] as const).filter((x): x is readonly [string, string] => x[1] !== null);
for (const [, o] of sample(spellings, 8)) search('US/UK spelling', { q: o });
const corpusAcronyms = [...new Set(passages.flatMap((p) => p.text.match(/\b[A-Z]{4,6}\b/g) ?? []))].sort();
// a corpus acronym with an inner letter dropped: nothing found, queries that find something offered
for (const a of sample(corpusAcronyms, 6)) { const i = 1 + Math.floor(random() * (a.length - 2)); search('suggestion', { q: a.slice(0, i) + a.slice(i + 1) }); }
for (const w of sample(content.filter((x) => x.length >= 7), 4)) { const i = 2 + Math.floor(random() * (w.length - 4)); search('suggestion', { q: w.slice(0, i) + w.slice(i + 1) }); }
for (const q of ['qzxjvw', 'chromodynamics lattice', 'zzyzx plorb']) search('zero hit', { q });
for (const w of sample(content, 3)) search('field', { q: `title:${w}` });

const browse = json<SearchJson>(await get(urlA, '/api/search?q=&facetSize=10000'));
const facetNames = ['actor', 'theme', 'kind', 'place', 'doc', 'year', 'type', 'author'];
for (const f of facetNames) for (const v of sample(browse.facets[f] ?? [], f === 'doc' || f === 'author' ? 3 : 5)) {
  search(`facet ${f}`, { q: '', [f]: v.id });
  search(`facet ${f} + word`, { q: pick(content), [f]: v.id });
}
search('recommendations only', { q: '', kind: 'recommendation' });
for (const w of sample(content, 3)) search('recommendations only', { q: w, kind: 'recommendation' });
for (let i = 0; i < 8; i++) {
  const [f, g] = sample(['actor', 'theme', 'place', 'kind'], 2);
  const vf = browse.facets[f]?.length ? pick(browse.facets[f]).id : '';
  const vg = browse.facets[g]?.length ? pick(browse.facets[g]).id : '';
  if (vf && vg) search('facets combined', { q: i % 2 ? pick(content) : '', [f]: vf, [g]: vg });
}
for (let i = 0; i < 4; i++) { const vs = sample(browse.facets.theme ?? [], 2).map((v) => v.id); search('facet OR within', { q: pick(content), theme: vs }); }
for (let i = 0; i < 3; i++) { const v = pick(browse.facets.actor ?? [{ id: 'x', label: '', count: 0 }]).id; search('facet exclusion', { q: pick(content), actor: `-${v}` }); }
for (const w of sample(content, 5)) search('paging', { q: w, page: '2', size: '5' });
for (const w of sample(content, 3)) search('paging', { q: w, page: '999', size: '10' });
for (const w of sample(content, 4)) search('perDoc', { q: w, perDoc: '1' });
for (const w of sample(content, 3)) search('perDoc', { q: w, perDoc: '0' });
for (const w of sample(content, 5)) search('sort date', { q: w, sort: 'date' });
// plain searches, compared (as every search is) for their facet lists: not /api/facet-values, which the next line asks
for (const w of sample(content, 3)) search('word, its facets', { q: w });
for (const w of sample(content, 3)) reqs.push({ type: 'facet-values', path: `/api/facet-values?facet=theme&find=${pick(['protection', 'humanitarian', 'access', 'a'])}&q=${w}`, kind: 'json' });

reqs.push({ type: 'documents', path: '/api/documents', kind: 'json' });
reqs.push({ type: 'documents', path: '/api/documents?offset=1&limit=2', kind: 'json' });
for (const d of sample(docList, 5)) reqs.push({ type: 'document', path: `/api/documents/${encodeURIComponent(d)}`, kind: 'json' });
const somePassages = sample(passages, 12);
for (const p of somePassages.slice(0, 8)) reqs.push({ type: 'passage', path: `/api/passages/${encodeURIComponent(p.id)}`, kind: 'json' });
for (const p of somePassages.slice(0, 4)) reqs.push({ type: 'cite', path: `/api/passages/${encodeURIComponent(p.id)}/cite?start=0&end=${Math.min(40, p.text.length)}`, kind: 'json' });
const FORMATS = ['bibtex', 'biblatex', 'ris', 'csl-json', 'csv', 'apa', 'apa-html', 'apa-rtf', 'chicago', 'chicago-html', 'chicago-rtf', 'harvard', 'harvard-html', 'harvard-rtf'];
const selection = [...somePassages.slice(8, 11).map((p) => p.id), pick(docList)].join(',');
const exportWord = pick(content);
for (const f of FORMATS) {
  reqs.push({ type: 'export selection', path: `/api/export?format=${f}&ids=${encodeURIComponent(selection)}`, kind: 'export' });
  reqs.push({ type: 'export search', path: `/api/export?format=${f}&q=${encodeURIComponent(exportWord)}`, kind: 'export' });
}
const themeV = pick(browse.facets.theme ?? [{ id: 'x', label: '', count: 0 }]).id;
reqs.push({ type: 'export search', path: `/api/export?format=csv&q=&theme=${themeV}`, kind: 'export' });
reqs.push({ type: 'export search', path: `/api/export?format=csv&q=${encodeURIComponent(`"${pick(phrases)}"`)}`, kind: 'export' });
for (const f of ['bibtex', 'csl-json', 'apa']) reqs.push({ type: 'export cited', path: `/api/export/cited?format=${f}`, kind: 'export' });
const citing = readDocs.find((d) => (d.cites ?? []).length > 0);
if (citing) reqs.push({ type: 'export cited', path: `/api/export/cited?format=ris&from=${encodeURIComponent(citing.id)}`, kind: 'export' });
const pageWord = pick(content);
const pageDoc = pick(docList);
for (const path of ['/', `/?q=${pageWord}`, `/?q=${encodeURIComponent(`"${pick(phrases)}"`)}`, `/?q=&kind=recommendation`, `/?q=${slip(pick(content))}`,
  `/documents/${encodeURIComponent(pageDoc)}?q=${pageWord}`, `/documents/${encodeURIComponent(pageDoc)}`, `/passages/${encodeURIComponent(somePassages[0].id)}`,
  '/citations', citing ? `/citations?from=${encodeURIComponent(citing.id)}` : '/citations?q=humanitarian', '/about']) reqs.push({ type: `page ${path.split(/[?/]/)[1] || '/'}`, path, kind: 'page' });

// Words as the corpus writes them, punctuation and all (a bracket, a glued note number, an
// apostrophe, digits), whole or in full-width forms as a CJK keyboard types them, and the
// corpus's numbers alone: every request above is lower-case letters only, which never reach the
// tokeniser's cuts that the engines made differently (parity26's brackets and notes, review27's
// full-width forms). Drawn last, so a seed's earlier requests stay as they were.
const written = [...new Set(passages.flatMap((p) => p.text.split(/\s+/)))].filter((w) => w.length <= 30 && /\p{L}/u.test(w) && /[^\p{L}]/u.test(w.replace(/^["“‘(]|[.,;:"”’)]+$/gu, ''))).sort();
const fullWidth = (w: string) => w.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
for (const w of sample(written, 16)) search('written word', { q: w });
for (const w of sample(written, 8)) search('written word, full-width', { q: fullWidth(w) });
const numbers = [...new Set(passages.flatMap((p) => p.text.match(/(?<![\p{L}\p{N}])\p{N}{1,4}(?![\p{L}\p{N}])/gu) ?? []))].sort();
for (const n of sample(numbers, 8)) search('number', { q: n });

// ---- comparing ----
interface Diff { type: string; path: string; kind: string; a: string; b: string }
const diffs: Diff[] = [];
const unmarkedTop10 = { a: 0, b: 0 };
const ranking: { type: string; path: string; overlap: number; tau: number | null; firstDiff: number | null }[] = [];
const differ = (r: Req, kind: string, a: unknown, b: unknown) => {
  const sa = JSON.stringify(a), sb = JSON.stringify(b);
  if (sa !== sb) diffs.push({ type: r.type, path: r.path, kind, a: sa.slice(0, 300), b: sb.slice(0, 300) });
};

function kendallTau(a: string[], b: string[]): number | null {
  const common = a.filter((x) => b.includes(x));
  if (common.length < 2) return null;
  let concordant = 0, discordant = 0;
  for (let i = 0; i < common.length; i++) for (let j = i + 1; j < common.length; j++) {
    const s = Math.sign(b.indexOf(common[j]) - b.indexOf(common[i]));
    if (s > 0) concordant++; else discordant++;
  }
  return (concordant - discordant) / (concordant + discordant);
}
const marks = (snippet: string) => [...snippet.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1].toLowerCase()).sort();
const facetCounts = (f: Record<string, FacetValue[]>) => Object.fromEntries(Object.entries(f).map(([k, vs]) => [k, Object.fromEntries(vs.map((v) => [v.id, v.count]).sort())]));

function compareSearch(r: Req, a: SearchJson, b: SearchJson) {
  differ(r, 'total', a.total, b.total);
  differ(r, 'documents/shown/pages', [a.documents, a.shown, a.pages, a.grouped], [b.documents, b.shown, b.pages, b.grouped]);
  differ(r, 'facet counts', facetCounts(a.facets), facetCounts(b.facets));
  differ(r, 'facetsMore', a.facetsMore ?? {}, b.facetsMore ?? {});
  differ(r, 'correction', [a.query.correctedQuery, a.query.corrections], [b.query.correctedQuery, b.query.corrections]);
  differ(r, 'suggestions', a.query.suggestions ?? [], b.query.suggestions ?? []);
  differ(r, 'related', a.query.related ?? [], b.query.related ?? []);
  differ(r, 'warnings', a.query.warnings, b.query.warnings);
  differ(r, 'expansions/ignored', [a.query.expansions, a.query.ignored, a.query.withOperators, a.query.identifiers, a.query.answerType], [b.query.expansions, b.query.ignored, b.query.withOperators, b.query.identifiers, b.query.answerType]);
  differ(r, 'near', [a.query.nearMatches, a.hits.filter((h) => h.near).length], [b.query.nearMatches, b.hits.filter((h) => h.near).length]);
  differ(r, 'partial', a.query.partial ?? false, b.query.partial ?? false);
  const ta = a.hits.slice(0, 10).map((h) => h.passage.id), tb = b.hits.slice(0, 10).map((h) => h.passage.id);
  const fullA = a.hits.map((h) => h.passage.id).sort(), fullB = b.hits.map((h) => h.passage.id).sort();
  // the page's set of passages when every hit fits on it: a set, not an order, so not ranking
  if (a.total === b.total && a.total <= a.hits.length && !a.grouped && !a.hits.some((h) => h.near)) differ(r, 'hit set', fullA, fullB);
  if (ta.length || tb.length) {
    const overlap = ta.filter((x) => tb.includes(x)).length / Math.max(ta.length, tb.length);
    const firstDiff = ta.findIndex((x, i) => tb[i] !== x);
    ranking.push({ type: r.type, path: r.path, overlap, tau: kendallTau(ta, tb), firstDiff: firstDiff < 0 && ta.length === tb.length ? null : (firstDiff < 0 ? ta.length : firstDiff) + 1 });
  }
  // a hit whose snippet marks nothing is ranking's business when only one engine shows it (a
  // passage found by its section's lead-in); the same passage marked by one engine only is not
  const unmarked = (s: SearchJson) => s.hits.slice(0, 10).filter((h) => !h.near && !h.snippet.includes('<mark>')).length;
  if (/[\p{L}\p{N}]/u.test(new URL(r.path, 'http://x').searchParams.get('q') ?? '')) { unmarkedTop10.a += unmarked(a); unmarkedTop10.b += unmarked(b); }
  const byId = new Map(b.hits.map((h) => [h.passage.id, h.snippet]));
  const markDiffs = a.hits.filter((h) => byId.has(h.passage.id) && JSON.stringify(marks(h.snippet)) !== JSON.stringify(marks(byId.get(h.passage.id)!)));
  const oneSided = a.hits.filter((h) => byId.has(h.passage.id) && h.snippet.includes('<mark>') !== byId.get(h.passage.id)!.includes('<mark>'));
  if (oneSided.length) differ(r, 'snippet without mark', oneSided.map((h) => h.snippet.includes('<mark>')), oneSided.map((h) => byId.get(h.passage.id)!.includes('<mark>')));
  if (markDiffs.length) differ(r, 'snippet marks', markDiffs.map((h) => marks(h.snippet)), markDiffs.map((h) => marks(byId.get(h.passage.id)!)));
}

// fields that name the build or the engine, not the answer
const volatile = (s: string) => s.replace(/"(builtAt|id|engine)":"[^"]*(build|T\d\d:\d\d)[^"]*"/g, '"$1":"…"');
const visibleCounts = (html: string) => [...html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').matchAll(/\b(\d[\d,]*)\s+((?:[a-z]+ )?(?:passages?|documents?|hits?|works?|citations?|references?|results?|more))\b/g)].map((m) => `${m[1]} ${m[2]}`);

const sortKeys = (x: unknown): unknown => Array.isArray(x) ? x.map(sortKeys)
  : x !== null && typeof x === 'object' ? Object.fromEntries(Object.entries(x).sort(([k], [l]) => (k < l ? -1 : 1)).map(([k, v]) => [k, sortKeys(v)])) : x;
const statuses = new Map<string, Map<string, number>>();
let statusDiffs = 0;
let fiveHundreds = 0;
const pageCounts: string[] = [];
for (const r of reqs) {
  const [a, b] = await Promise.all([get(urlA, r.path), get(urlB, r.path)]);
  if (a.status >= 500 || b.status >= 500) fiveHundreds++;
  const tally = statuses.get(r.type) ?? new Map<string, number>();
  const key = a.status === b.status ? String(a.status) : `${a.status}/${b.status}`;
  statuses.set(r.type, tally.set(key, (tally.get(key) ?? 0) + 1));
  if (r.kind === 'page') pageCounts.push(`${r.path}: ${visibleCounts(a.body).slice(0, 4).join(', ')}`);
  if (a.status !== b.status) { statusDiffs++; differ(r, 'status', a.status, b.status); continue; }
  if (a.status !== 200) { differ(r, 'error body', a.body, b.body); continue; }
  if (r.kind === 'search') compareSearch(r, json<SearchJson>(a), json<SearchJson>(b));
  else if (r.kind === 'json') {
    const [na, nb] = [volatile(a.body), volatile(b.body)];
    if (na !== nb) differ(r, JSON.stringify(sortKeys(JSON.parse(na))) === JSON.stringify(sortKeys(JSON.parse(nb))) ? 'key order only' : 'body', na, nb);
  }
  else if (r.kind === 'export') {
    differ(r, 'content-type/headers', [a.type, a.headers], [b.type, b.headers]);
    if (a.body !== b.body) {
      const sortedA = a.body.split('\n').sort().join('\n'), sortedB = b.body.split('\n').sort().join('\n');
      differ(r, sortedA === sortedB ? 'export order' : 'export body', a.body.length, b.body.length);
    }
  } else {
    differ(r, 'page counts', visibleCounts(a.body), visibleCounts(b.body));
    differ(r, 'page marks', (a.body.match(/<mark>/g) ?? []).length, (b.body.match(/<mark>/g) ?? []).length);
  }
}

// ---- report ----
const types = [...new Set(reqs.map((r) => r.type))];
const kinds = [...new Set(diffs.map((d) => d.kind))].sort();
console.log(`${reqs.length} requests to each of ${urlA} and ${urlB} (seed ${seed}); ${passages.length} passages of ${readDocs.length} documents read for words`);
console.log(`status differs: ${statusDiffs}; answers with a 5xx: ${fiveHundreds}\n`);
console.log(`| request type | statuses | ${kinds.join(' | ')} | top-10 overlap | tau | first rank differing (median) |`);
console.log(`|---|---|${kinds.map(() => '---|').join('')}---|---|---|`);
const mean = (xs: number[]) => xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN;
const median = (xs: number[]) => { if (!xs.length) return NaN; const s = [...xs].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
for (const t of types) {
  const rk = ranking.filter((x) => x.type === t);
  const taus = rk.map((x) => x.tau).filter((x): x is number => x !== null);
  const firsts = rk.map((x) => x.firstDiff).filter((x): x is number => x !== null);
  const cell = (k: string) => String(diffs.filter((d) => d.type === t && d.kind === k).length || '');
  console.log(`| ${t} | ${[...(statuses.get(t) ?? [])].map(([k, n]) => `${k}×${n}`).join(' ')} | ${kinds.map(cell).join(' | ')} | ${rk.length ? mean(rk.map((x) => x.overlap)).toFixed(2) : ''} | ${taus.length ? mean(taus).toFixed(2) : ''} | ${firsts.length ? `${median(firsts)} (${firsts.length} of ${rk.length} differ)` : rk.length ? 'none' : ''} |`);
}
const taus = ranking.map((x) => x.tau).filter((x): x is number => x !== null);
console.log(`\nall searches: ${ranking.length} with hits, top-10 overlap ${mean(ranking.map((x) => x.overlap)).toFixed(3)}, tau ${mean(taus).toFixed(3)}, identical top 10 in ${ranking.filter((x) => x.firstDiff === null).length}`);
console.log(`hits in the top 10 of a word query whose snippet marks nothing (a passage found by its section's words alone): A ${unmarkedTop10.a}, B ${unmarkedTop10.b}`);
console.log(`differences other than ranking: ${diffs.length}`);
for (const d of diffs.slice(0, show)) console.log(`  [${d.kind}] ${d.path}\n     A ${d.a}\n     B ${d.b}`);
console.log(`\npages (A's visible counts; B's compared above):\n  ${pageCounts.join('\n  ')}`);
if (outFile) writeFileSync(outFile, JSON.stringify({ seed, requests: reqs, diffs, ranking }, null, 1));
