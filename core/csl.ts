import type { CslItem, CslName, PageBreak } from './types.js';
import { MONTHS } from './text.js';
import { tokenWithoutElision } from './nlp/elision.js';

// What every part of the product reads from a CSL-JSON item — its year, its authors' names in
// the order a context wants them, its citation key, the locator of a quoted passage — in one
// place, so a page, an export and a facet never disagree about the same item.

type Dated = Pick<CslItem, 'issued'>;

/** The year of publication as a number, or null when the item has none (or "n.d."). */
export function issuedYear(csl: Dated): number | null {
  const y = Number(csl.issued?.['date-parts']?.[0]?.[0]);
  return Number.isInteger(y) && y > 0 ? y : null;
}

/** The year for display: "2021", a literal date as catalogued, or "n.d." (APA's no date). */
export function yearLabel(csl: Dated): string {
  return String(issuedYear(csl) ?? (csl.issued?.literal || 'n.d.'));
}

/** The month (1–12) when the date has one. */
export function issuedMonth(csl: Dated): number | null {
  const m = Number(csl.issued?.['date-parts']?.[0]?.[1]);
  return Number.isInteger(m) && m >= 1 && m <= 12 ? m : null;
}

/** The date parts as "2020/11/05" (Highwire Press wants slashes and zero padding). */
export function issuedSlashed(csl: Dated): string {
  return (csl.issued?.['date-parts']?.[0] ?? []).map((x) => String(x).padStart(2, '0')).join('/');
}

/** BibTeX's month macro ("nov"): bibliography styles print it as a name, a number as "11". */
export function bibtexMonth(month: number): string {
  return MONTHS[month - 1].slice(0, 3);
}

const words = (...parts: (string | undefined)[]): string => parts.filter(Boolean).join(' ');

/** The family name as cited, its particle kept ("van der Berg"). */
const citedFamily = (a: CslName): string => words(a['non-dropping-particle'], a.family);

/** "Metcalfe-Hough, Victoria", "van der Berg, Pieter": for sorting, reference managers and meta tags. */
export const nameInverted = (a: CslName): string => a.literal ?? [citedFamily(a), words(a.given, a['dropping-particle']), a.suffix].filter(Boolean).join(', ');

/** "Victoria Metcalfe-Hough", "Pieter van der Berg": for reading. */
export const nameDisplay = (a: CslName): string => a.literal ?? words(a.given, a['dropping-particle'], citedFamily(a), a.suffix);

/** The authors for reading: "A", "A and B", "A, B and C". */
export function authorList(csl: Pick<CslItem, 'author'>): string {
  const names = (csl.author ?? []).map(nameDisplay);
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "Vasquez and Mensah, 2022", or the year alone for a work with no author (never ", 2022"). */
export function authorsAndYear(csl: Pick<CslItem, 'author' | 'issued'>): string {
  return [authorList(csl), yearLabel(csl)].filter(Boolean).join(', ');
}

/**
 * The item's URL where it is a web address (http, https, ftp or no scheme): a reference's URL is where a
 * reader goes for the work, and a reference manager opens it when clicked. A catalog's
 * `javascript:alert(1)`, `data:` or `file:` URL had gone out in every export, the page's
 * citation_public_url and COinS, for Zotero to save as the item's URL.
 */
export function webUrl(csl: { URL?: unknown }): string | undefined {
  if (typeof csl.URL !== 'string' || !csl.URL.trim()) return undefined;
  // With no scheme, only a host name ("www.example.org/…", "reliefweb.int", "host.org:8080/x"),
  // tried first: the scheme pattern reads "www.example.org:8080" as a scheme (review16-c finding 6).
  // A host holds no character a scheme needs to be javascript:, data: or file:, and it has a dot.
  const host = HOST_START.exec(csl.URL.trim());
  if (host) return FILE_EXTENSION.test(host[1]!) ? undefined : csl.URL;
  // browsers drop tabs and newlines inside a scheme ("java\tscript:")
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(csl.URL.replace(/[\s\p{Cc}]+/gu, ''))?.[1];
  if (scheme) return /^(?:https?|ftp)$/i.test(scheme) ? csl.URL : undefined;
  // a UNC path ("\\host\share", whose opening sends Windows credentials to the host), "//host/x"
  // or a file path ("/etc/passwd") is no web address (review16-b finding 7)
  return undefined;
}

/** A host name (labels joined by dots, a top-level domain of letters: captured), an optional port, then a path, query, fragment or nothing. */
const HOST_START = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.(\p{L}{2,})\.?(?::\d+)?(?:[/?#]|$)/u;

/** A "top-level domain" that is a file's extension: "Report.pdf", "annex.docx", "index.html" are file names a catalogue holds, not hosts. */
const FILE_EXTENSION = /^(?:pdf|docx?|xlsx|txt|html?|md|csv|zip|png|jpg)$/i;

/** The title to show, or the id of an item catalogued without one. */
export const titleOf = (csl: Pick<CslItem, 'id' | 'title'>): string => csl.title || csl.id;

const titleCollator = new Intl.Collator('en');
/** Orders items by their shown title (one collator: lists of thousands are sorted with it). */
export const byTitle = (a: { csl: Pick<CslItem, 'id' | 'title'> }, b: { csl: Pick<CslItem, 'id' | 'title'> }): number => titleCollator.compare(titleOf(a.csl), titleOf(b.csl));

/** Whether the item is in English, or says no language (the styles' own locale is then assumed). */
export const englishOrUnknown = (csl: { language?: unknown }): boolean => typeof csl.language !== 'string' || !csl.language || /^en\b/i.test(csl.language);

/**
 * APA writes titles in sentence case but capitalises the first word after a colon; the CSL
 * style keeps titles as catalogued, so the subtitle's first letter is raised here.
 */
export function apaTitle<T extends { title?: string; language?: unknown }>(csl: T): T {
  // a title in another language keeps its own capitalisation (APA 7 §9.38: French writes "Sahel : un bilan")
  if (!englishOrUnknown(csl)) return csl;
  return csl.title ? { ...csl, title: csl.title.replace(/:\s+(\p{Ll})/u, (_m, c: string) => `: ${c.toUpperCase()}`) } : csl;
}

/** The name matching uses: the family name as cited ("van der Berg"), or an organisation's name. */
export const familyName = (a: CslName): string => citedFamily(a) || (a.literal ?? '');

/** The first author's name, or an edited book's first editor's (as CSL styles and Better BibTeX's keys put the editor where no author is). */
export const firstAuthorName = (csl: Pick<CslItem, 'author'> & Pick<Partial<CslItem>, 'editor'>): string => {
  const first = csl.author?.[0] ?? (csl.author?.length ? undefined : csl.editor?.[0]);
  return first ? familyName(first) : '';
};

/** Words a key skips in a title, as Better BibTeX's skipwords do. */
const SKIP = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'and', 'or', 'for', 'to', 'at', 'by', 'with', 'from', 'about', 'towards', 'toward']);

const asciiWords = (text: string): string[] =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);

/**
 * A title without the elided articles its words lean on, as the search reads them (nlp/elision.ts):
 * "L’accès humanitaire" → "accès humanitaire". The apostrophe parted "L" from "accès", and the
 * one-letter article became the key's word (`nunez2011L`, exports17) where an English article is skipped.
 */
function withoutElisions(title: string): string {
  return title
    .split(/(\s+)/)
    .map((w) => {
      const lower = w.toLowerCase();
      const cut = lower.length - tokenWithoutElision(lower).length;
      if (!cut || lower.length !== w.length) return w;
      const lead = /^[^\p{L}\p{N}]*/u.exec(w)![0].length;
      return w.slice(0, lead) + w.slice(lead + cut);
    })
    .join('');
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * The citation key this product gives an item: first author's (or, with none, first editor's) family name in lower camel case
 * (every part of a compound surname kept: "metcalfeHough"), the year ("nd" without one), the
 * title's first word that is not a stop word, capitalised — `metcalfeHough2021Collaborative`.
 * ASCII only, so BibTeX, biber, RIS readers and pandoc all take it as it is.
 */
export function baseCitationKey(csl: Pick<CslItem, 'author' | 'issued' | 'title'> & Pick<Partial<CslItem>, 'editor'>): string {
  // an edited book's first editor where it has no author, as firstAuthorName and Zotero's keys
  // take it: an edited book cited in a list, its names its editors only since refs30, keyed
  // "anon2015Ethique" (review32)
  const first = csl.author?.[0] ?? (csl.author?.length ? undefined : csl.editor?.[0]);
  const nameWords = asciiWords(first?.family ?? first?.literal ?? '').slice(0, first?.family ? undefined : 3);
  const who = nameWords.map((w, i) => (i ? capitalise(w) : w.toLowerCase())).join('') || 'anon';
  const word = asciiWords(withoutElisions(csl.title ?? '')).find((w) => !SKIP.has(w.toLowerCase())) ?? '';
  // an undated work's "nd" in lower case, `mancinindEngaging`, as keys were before exports17: the
  // README promises the same key across builds, and biber and pandoc match keys case-sensitively,
  // so a rewritten key (`manciniNdEngaging`) broke every \cite of it (review17-b finding 9)
  return `${who}${issuedYear(csl) ?? 'nd'}${capitalise(word)}`;
}

/** What a build knows of the keys given before it (indexer/aliases.ts readPrevious). */
export interface KeyHistory {
  /** item id → the key the build being replaced gave it: the item keeps it (a key once given stays with its work) */
  previous?: ReadonlyMap<string, string>;
  /** keys given in an earlier build and no longer held (a deleted work's, a copy's now merged), with the id they were given to: never given to another item */
  retired?: ReadonlyMap<string, string>;
  /** item id → the id of the item whose work it repeats (a PDF copy of a catalogued .txt): it shares that item's key */
  shareWith?: ReadonlyMap<string, string>;
  /** where the keys a catalogue gives clash with each other or with an earlier build's, one entry each (filled in) */
  conflicts?: KeyConflict[];
}

/**
 * A catalogue key that could not simply be given. `shared`: two catalogue entries give `key`;
 * `holder` keeps it (the one the build being replaced gave it to, else the first by id) and
 * `other` is keyed as if its entry gave none. `taken`: the catalogue gives `holder` a key an
 * earlier build gave `other`, still in the library: the catalogue wins (the user's word, often
 * the key their reference manager already cites) and `other` takes a new key. `retired`: the same
 * with `other` no longer in the library. `now`: the key `other` has in this build.
 */
export interface KeyConflict {
  kind: 'shared' | 'taken' | 'retired';
  key: string;
  holder: string;
  other: string;
  now?: string;
}

/**
 * One key per work, unique across the set: a key the catalogue gives (`citation-key`, or the
 * key of a catalog.bib entry) is kept; then the key an earlier build gave the item (stable: a
 * corrected title or author keeps the key a writer already cites); otherwise the base key, and
 * items sharing one get a, b, c in the order of their ids. A key an earlier build gave, to any
 * item, is never given to another one (`history.retired` and `history.previous` are taken).
 * `copies` (ids of items that repeat another item's work as a second version) are keyed last,
 * each its base key or, when taken, the first free suffix; `history.shareWith` items take the
 * key of the item they copy, so the work is one entry in every export.
 */
export function assignCitationKeys(items: CslItem[], copies: ReadonlySet<string> = new Set(), previous: ReadonlyMap<string, string> = new Map(), history: Omit<KeyHistory, 'previous'> = {}): Map<string, string> {
  const keys = new Map<string, string>();
  const shareWith = history.shareWith ?? new Map<string, string>();
  const own = items.filter((c) => !shareWith.has(c.id));
  const taken = new Set<string>();
  const conflicts: KeyConflict[] = [];
  const previousHolder = new Map<string, string>();
  for (const [id, key] of previous) previousHolder.set(key, id);
  // Two catalogue entries giving one key would both be exported under it: pandoc and biber
  // take one and cite it for the other. The one holding it in the build replaced keeps it (a
  // manuscript cites it already), else the first by id; the others are keyed as if they gave none.
  const given: CslItem[] = [];
  const byGivenKey = new Map<string, CslItem[]>();
  for (const c of own) if (bibtexSafeKey(c['citation-key'])) byGivenKey.set(c['citation-key'], [...(byGivenKey.get(c['citation-key']) ?? []), c]);
  for (const [key, group] of byGivenKey) {
    group.sort((a, b) => Number(previousHolder.get(key) === b.id) - Number(previousHolder.get(key) === a.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    given.push(group[0]);
    for (const c of group.slice(1)) conflicts.push({ kind: 'shared', key, holder: group[0].id, other: c.id });
  }
  for (const c of given) {
    keys.set(c.id, String(c['citation-key']));
    taken.add(String(c['citation-key']));
  }
  // A catalogue key an earlier build gave another work moves to the catalogued one (the
  // catalogue wins), said in the report: a manuscript citing it for that work now cites this one.
  const everHeld = new Map<string, string>(history.retired ?? []);
  for (const [key, id] of previousHolder) everHeld.set(key, id);
  const itemIds = new Set(items.map((c) => c.id));
  for (const c of given) {
    const key = String(c['citation-key']);
    const before = everHeld.get(key);
    // its own key, or a copy's that shared it (a copy of this work then, or now)
    if (before === undefined || before === c.id || shareWith.get(before) === c.id) continue;
    conflicts.push({ kind: itemIds.has(before) ? 'taken' : 'retired', key, holder: c.id, other: before });
  }
  // Every key given before is reserved for the item it was given to: a deleted work's
  // `smith2020b` given to a new Smith 2020 work two builds later would make a manuscript citing
  // it silently cite the wrong work (review19c). An item whose previous key is free again takes
  // it back; a retired key comes back only to the item it was given to (a file put back).
  const reserved = new Map<string, string>(history.retired ?? []);
  for (const [id, key] of previous) if (!reserved.has(key)) reserved.set(key, id);
  const oldKey = new Map<string, string>();
  for (const [key, id] of history.retired ?? []) oldKey.set(id, key);
  for (const [id, key] of previous) oldKey.set(id, key);
  // The key the previous build gave an item is kept whatever has changed since (its title
  // corrected, a second author read): the key is a name a writer's text cites, not a summary of
  // the metadata; a work added beside it takes the next free letter (userreview19a finding 2).
  for (const c of own) {
    const old = oldKey.get(c.id);
    if (keys.has(c.id) || !old || taken.has(old) || !bibtexSafeKey(old)) continue;
    keys.set(c.id, old);
    taken.add(old);
  }
  for (const key of reserved.keys()) taken.add(key);
  // bases already given lettered (`keller2023Negotiatinga`): a newcomer of that base takes the
  // next letter, not the bare base, which would read as the lettered works' unlettered sibling
  const lettered = new Set<string>();
  for (const key of taken) for (let n = 1; n <= 3 && n < key.length; n++) if (/^[a-z]+$/.test(key.slice(-n))) lettered.add(key.slice(0, -n));
  const groups = new Map<string, CslItem[]>();
  for (const c of own) {
    if (keys.has(c.id) || copies.has(c.id)) continue;
    const base = baseCitationKey(c);
    groups.set(base, [...(groups.get(base) ?? []), c]);
  }
  for (const [base, group] of groups) {
    group.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    let n = 0;
    for (const c of group) {
      let key = group.length === 1 && !taken.has(base) && !lettered.has(base) ? base : '';
      while (!key || taken.has(key)) key = `${base}${suffix(n++)}`;
      keys.set(c.id, key);
      taken.add(key);
    }
  }
  // A second file of a work already keyed takes the next free suffix, so the key the first file
  // had (and that writing may already cite) does not change when a copy is added.
  for (const c of own) {
    if (keys.has(c.id)) continue;
    const base = baseCitationKey(c);
    // the bare base key stays unused where works sharing it were lettered
    let key = groups.has(base) && groups.get(base)!.length > 1 ? '' : base;
    for (let n = 0; !key || taken.has(key); n++) key = `${base}${suffix(n)}`;
    keys.set(c.id, key);
    taken.add(key);
  }
  // a copy of a work is that work: one key (its own key of an earlier build is retired by the caller)
  for (const c of items) {
    const work = shareWith.get(c.id);
    if (work === undefined) continue;
    const key = keys.get(work);
    if (key !== undefined) keys.set(c.id, key);
    else throw new Error(`${c.id} shares the key of ${work}, which is not among the items`);
  }
  for (const c of conflicts) {
    const now = keys.get(c.other);
    history.conflicts?.push(now !== undefined ? { ...c, now } : c);
  }
  return keys;
}

/**
 * Whether a key given by a catalogue can be every format's key as it is: ASCII letters, digits
 * and `_`, with the punctuation pandoc allows inside a key (`:.-+?<>/`) but not at its end, as
 * BibTeX, biber, RIS and pandoc all read it. Zotero's and Better BibTeX's keys are; a key with a
 * space, comma, brace or accent is not, and the item gets the product's key instead.
 */
export const bibtexSafeKey = (key: unknown): key is string => typeof key === 'string' && /^[A-Za-z0-9_](?:[A-Za-z0-9_:.+?<>/-]*[A-Za-z0-9_])?$/.test(key) && key.length <= 120;

/** a, b, …, z, aa, ab, … */
function suffix(n: number): string {
  return n < 26 ? String.fromCharCode(97 + n) : suffix(Math.floor(n / 26) - 1) + suffix(n % 26);
}

/** The item's citation key: the one assigned at index time, else its base key. */
export const citationKey = (csl: CslItem): string => (typeof csl['citation-key'] === 'string' && csl['citation-key'] ? csl['citation-key'] : baseCitationKey(csl));

/** Where a quoted passage sits in its source. */
export interface PassageLocation {
  page: string | null;
  pageEnd?: string | null;
  para?: number;
  /** page and pageEnd count the file's pages: no printed number is known there */
  pageIsPhysical?: boolean;
}

/**
 * Where a span of a passage is: the pages its own characters [start, end) are on, from the
 * passage's page breaks. A quote wholly on the second page of a passage running over two is
 * "p. 2", and "pp. 1–2" only where its words cross the turn. Without breaks (not known, or a
 * passage on one page) the passage's own location.
 */
export function spanLocation(p: PassageLocation & { pageBreaks?: readonly PageBreak[] }, span: { start: number; end: number }): PassageLocation {
  if (!p.page || !p.pageBreaks?.length) return p;
  let first = p.page;
  let last = p.page;
  for (const b of p.pageBreaks) {
    if (b.offset <= span.start) first = b.page;
    if (b.offset < span.end) last = b.page;
  }
  return { page: first, pageEnd: last === first ? null : last, ...(p.para ? { para: p.para } : {}), ...(p.pageIsPhysical ? { pageIsPhysical: true } : {}) };
}

/**
 * A CSL locator: the page or page range, else the paragraph number of an unpaginated source. A
 * paged passage carries a paragraph number only where the document prints it (a UN report's
 * "3."): that is how such a document is cited, whatever page the paragraph is on.
 */
export function locatorOf(p: PassageLocation): { label: 'page' | 'paragraph'; locator: string } | null {
  if (p.page && p.para) return { label: 'paragraph', locator: String(p.para) };
  if (p.page) return { label: 'page', locator: p.pageEnd && p.pageEnd !== p.page ? `${p.page}–${p.pageEnd}` : p.page };
  if (p.para) return { label: 'paragraph', locator: String(p.para) };
  return null;
}

/**
 * The locator as a note says it: "p. 9", "pp. 20–21", "para. 12" (APA 7 §8.28); "PDF p. 48"
 * where only the file's own page is known; "p. 4, para. 12" for a printed paragraph on a page;
 * "" when unknown.
 */
export function locatorLabel(p: PassageLocation): string {
  const l = locatorOf(p);
  if (!l) return '';
  if (l.label === 'paragraph') {
    // A printed paragraph on a known page keeps its page beside it: the citation follows the
    // document's own practice (UN reports by paragraph), the reader still finds the page.
    return p.page ? `${pageLabel(p.page, p)}, para. ${l.locator}` : `para. ${l.locator}`;
  }
  return pageLabel(p.page ?? '', p);
}

/** "p. 9", "pp. 20–21", "PDF p. 48": the page a passage starts on, to the one it ends on. */
function pageLabel(page: string, p: PassageLocation): string {
  const pages = p.pageEnd && p.pageEnd !== page ? `${page}–${p.pageEnd}` : page;
  return `${p.pageIsPhysical ? 'PDF ' : ''}${pages.includes('–') ? 'pp.' : 'p.'} ${pages}`;
}
