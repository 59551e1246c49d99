import type { CslItem, CslName, Passage } from '../../../core/types.js';
import { bibtexMonth, citationKey, issuedMonth, locatorLabel } from '../../../core/csl.js';
import { bibtexOfLatex, citeJs } from '../citation-js.js';
import { bibtexTitle, latexText } from '../latex.js';
import type { ExportItem, Exporter } from '../types.js';
import { oneLineDeep } from '../safe-item.js';
import { NOTE_LABEL, inQuotes } from '../quote.js';

// Bibliographic formats hold one record per document however many of its passages were
// chosen. The record's id is the item's citation key in every format (core/csl.ts), and the
// quotes go where reference managers keep annotations, never where styles print notes:
// CSL-JSON `annote`, BibTeX `annote`, one RIS `N1` per quote (Zotero makes each a child note).
// CSL-JSON carries them in `note` too: Zotero's CSL-JSON import drops `annote` and keeps `note`
// as the item's Extra field, and none of the styles in styles/ prints `note`.

/**
 * One chosen passage as an annotation: its locator, then the quote. A passage read from another
 * file of the work (`file`: a PDF copy) says which: its page is that file's, and "PDF p. 1"
 * beside the .txt's "para. 5" in one entry left the reader to guess which file counts it.
 */
export function quoteNote(p: Passage, file?: string, note?: string): string {
  const where = [locatorLabel(p), file ? `in ${file}` : ''].filter(Boolean).join(' ');
  // the user's own note on it (the reading list's) after the quote, marked as theirs
  return `${where ? `${where}: ` : ''}${inQuotes(p.text)}${note ? ` — ${NOTE_LABEL} ${note}` : ''}`;
}

/** The item's quotes as notes, each naming its file where it is a copy's, with the user's note on it. */
const quoteNotes = (item: ExportItem): string[] => item.passages.map((p) => quoteNote(p, item.files?.get(p.id), item.notes?.get(p.id)));

/** The item as it leaves the product: keyed by its citation key, its quotes in `annote`. */
export function exportCsl(item: ExportItem): CslItem {
  const key = citationKey(item.csl);
  // each field on one line, as safeItem makes it, also for a caller that skipped safeItem: RIS
  // and BibTeX are read a line at a time (review16-b finding 1); the quotes' breaks are kept
  const csl: CslItem = { ...oneLineDeep(item.csl), id: key, 'citation-key': key };
  const quotes = quoteNotes(item);
  if (quotes.length) csl.annote = [item.csl.annote, ...quotes].filter(Boolean).join('\n\n');
  return csl;
}

/**
 * Fields as the BibTeX/biblatex data model has them. A report has no series: biber rejects
 * `series` in @report, plain.bst ignores it and prints "Technical report". A report series goes
 * in `type` — what plain.bst prints in place of "Technical report", what biblatex prints as the
 * report's type and what Zotero imports as the report type. An article has no publisher (biber:
 * "Invalid field 'publisher' for entrytype 'article'").
 */
function forBibtex(csl: CslItem): CslItem {
  if (csl.type === 'article-journal') {
    const { publisher: _publisher, ...rest } = csl;
    return rest;
  }
  if (csl.type !== 'report') return csl;
  return reportSeries(reportSeriesNumber(reportEdition(reportInstitution(csl))));
}

function reportSeries(csl: CslItem): CslItem {
  if (!csl['collection-title'] || csl.genre) return csl;
  const { 'collection-title': series, ...rest } = csl;
  return { ...rest, genre: String(series) };
}

/**
 * A report issued by a body with no publisher named (a UN organ's report, a network's) has that
 * body as its institution, which @techreport requires (biber: "Missing mandatory field
 * 'institution'"; plain.bst: "empty institution"); citation-js writes the publisher there.
 */
export function reportInstitution(csl: CslItem): CslItem {
  if (csl.publisher) return csl;
  const [only, ...more] = csl.author ?? [];
  if (only?.literal && !more.length) return { ...csl, publisher: only.literal };
  // a report by persons: the issuing body the record names (CSL `authority`, which citation-js
  // drops), else none. A series ("HPG Working Paper") names no body, so it is not used, and no
  // institution is made up (biber then warns of the missing field; plain.bst of an empty one)
  return typeof csl.authority === 'string' && csl.authority ? { ...csl, publisher: csl.authority } : csl;
}

/**
 * A report numbered in its series with no genre ("Policy Report No. 7": collection-title and
 * collection-number): the series is its `type` and the series number its `number`, as
 * @techreport and @report print them ("Policy Report 7"); citation-js drops collection-number.
 * A report with a number of its own keeps it, and says its series number in `note`.
 */
export function reportSeriesNumber(csl: CslItem): CslItem {
  const { 'collection-number': seriesNumber, ...rest } = csl;
  if (csl.genre || !csl['collection-title'] || seriesNumber === undefined || seriesNumber === '') return csl;
  if (rest.number === undefined || rest.number === '') return { ...rest, number: String(seriesNumber) };
  return { ...rest, note: [rest.note, `${String(csl['collection-title'])} ${String(seriesNumber)}`].filter(Boolean).join('. ') };
}

const ORDINAL = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

/**
 * A report has no edition in BibTeX or biblatex (biber: "Invalid field 'edition' for entrytype
 * 'report'"): "2nd edition" goes in its note, which both print.
 */
function reportEdition(csl: CslItem): CslItem {
  if (csl.edition === undefined || csl.edition === '') return csl;
  const { edition, ...rest } = csl;
  const text = /^\d+$/.test(String(edition)) ? `${ORDINAL(Number(edition))} edition` : String(edition);
  return { ...rest, note: [rest.note, text].filter(Boolean).join('. ') };
}

/** CSL rich text (<i>, <span class="nocase">…): left as citation-js writes it in LaTeX. */
const RICH_TEXT = /<\/?(i|b|sc|sup|sub|span)\b[^>]*>/;

/**
 * The title (and a chapter's book title) written by bibtexTitle from the Unicode text: each
 * capitalised word braced whole, accented letters as balanced special characters. Not `type`:
 * pandoc reads it verbatim and would print the braces (plain.bst lower-cases it instead).
 */
export function titlesFor(entry: string, csl: CslItem): string {
  const fields: [string, unknown][] = [['title', csl.title], ['booktitle', csl['container-title']]];
  for (const [field, value] of fields) {
    if (typeof value !== 'string' || !value || RICH_TEXT.test(value)) continue;
    entry = entry.replace(new RegExp(`^(\\s*${field} = \\{).*(\\},?)$`, 'm'), (_m, head: string, tail: string) => head + bibtexTitle(value) + tail);
  }
  return entry;
}

/** Fields BibTeX holds verbatim (url, doi) or that are no text; every other string is LaTeX-encoded. */
const VERBATIM = new Set(['id', 'citation-key', 'type', 'URL', 'DOI', 'ISBN', 'ISSN', 'PMID', 'PMCID', 'language']);

/**
 * A URL (or DOI, ISBN …) as BibTeX's verbatim fields hold it: braces percent-encoded (%7B,
 * %7D), the URL's own escape for them and the DOI handbook's in URIs, as a `}` would close
 * the field early and a `{` leave it open to the end of the file.
 */
export const bibtexUrl = (url: string): string => url.replace(/\{/g, '%7B').replace(/\}/g, '%7D');
/** Keys and the type are the exporter's own, never a user's text. */
const OWN = new Set(['id', 'citation-key', 'type']);

/** The item with its text in LaTeX (latexText), names part by part, for citation-js to lay out. */
export function inLatex(csl: CslItem): CslItem {
  const encode = (v: unknown): unknown => {
    if (typeof v === 'string') return latexText(v);
    if (Array.isArray(v)) return v.map(encode);
    // names part by part; dates (date-parts, raw) as they are
    if (v && typeof v === 'object' && !('date-parts' in v) && !('raw' in v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
    return v;
  };
  const field = (k: string, v: unknown): unknown => (!VERBATIM.has(k) ? encode(v) : typeof v === 'string' && !OWN.has(k) ? bibtexUrl(v) : v);
  return Object.fromEntries(Object.entries(csl).map(([k, v]) => [k, field(k, v)])) as CslItem;
}

/** One BibTeX entry: citation-js's layout of the LaTeX-encoded item, with the titles braced, the month as a macro and fields the entry type has. */
function bibtexEntry(item: ExportItem): string {
  const csl = forBibtex(exportCsl(item));
  const month = issuedMonth(csl);
  const day = month ? Number(csl.issued?.['date-parts']?.[0]?.[2]) : NaN;
  // citation-js writes the month as a braced number ("11"), which plain.bst prints as such, or
  // with the day ("may 1"), which it prints as "may 1 2019"; the standard macro (nov) prints as
  // the month's name in every style, and the day goes in `day`, which biber reads into the date
  // (2019-05-01) as pandoc does, and plain.bst leaves out
  let entry = bibtexOfLatex([inLatex(csl)]);
  // A chapter in a book is BibTeX's @incollection (its booktitle and editor are the book's), as
  // Zotero exports a book section; citation-js wrote @inbook, a part of a book whose `title` is
  // the book's: plain.bst printed the chapter's title as the book's, in italics, and left out the
  // book's title and editor ("can't use both author and editor fields")
  if (csl.type === 'chapter' && csl['container-title']) entry = entry.replace(/^@inbook\{/, '@incollection{');
  if (month) {
    const days = Number.isInteger(day) && day >= 1 && day <= 31 ? `\n$1day = {${day}},` : '';
    entry = entry.replace(/^(\s*)month = \{[^}\n]*\},$/m, `$1month = ${bibtexMonth(month)},${days}`);
  }
  // citation-js doubles the first hyphen of the LaTeX-encoded page field, so an en dash already
  // written "--" became "---" (an em dash: "xii---xiv") and a second range kept its single
  // hyphen ("3-17"): the field is written again from the item's page, each range's dash, hyphen
  // or en dash as BibTeX's "--"
  entry = withPages(entry, csl);
  // citation-js repeats the URL as howpublished (a field only @misc and @booklet have): left
  // out. It is printed text: plain.bst copies it into the .bbl, where \url{} fails in a
  // document without url or hyperref ("Undefined control sequence"), and pandoc and biblatex
  // read it as the publisher and print the URL twice. `url` holds it for every style that
  // prints URLs (plainurl, biblatex, pandoc); plain.bst prints none.
  const url = typeof csl.URL === 'string' ? bibtexUrl(csl.URL) : null;
  entry = entry.replace(/^\s*howpublished = \{([^\n]*)\},\n/m, (line, value: string) => (!/^@(misc|booklet)\{/.test(entry) || value === url ? '' : line));
  return withSortKey(withLangid(titlesFor(withType(entry, csl), csl), csl), csl);
}

/**
 * The report's kind (`type`, from the CSL genre or series) as its Unicode text, unbraced: pandoc
 * reads `type` verbatim and printed citation-js's braces and escapes ("Sahel {Policy} {Institute}
 * {Working} {Paper} 14", an accent as `{\'E}tude`; userreview19a finding 7). BibTeX and biber
 * read the text as it is (UTF-8, as the titles' accented letters outside LaTeX's names are). A
 * kind holding a LaTeX special character keeps citation-js's escaped line.
 */
export function withType(entry: string, csl: CslItem): string {
  const kind = typeof csl.genre === 'string' ? csl.genre.normalize('NFC').trim() : '';
  if (!kind || /[{}\\$#%&_~^]/.test(kind)) return entry;
  return entry.replace(/^(\s*type = \{).*(\},?)$/m, (_m, head: string, tail: string) => head + kind + tail);
}

/**
 * BibTeX's `key` for a work with no author and no editor (an undated field note, a UN
 * document catalogued without its organ): plain.bst sorts such an entry by `key` ("to sort, need
 * author or key in …" otherwise) and author-year styles (apalike, natbib's plainnat) print it as
 * the citation's label, so it is the title, which APA and Chicago also cite and sort such a work
 * by. Not in biblatex's export: its sorting (nyt) falls back to the title itself.
 */
export function withSortKey(entry: string, csl: CslItem): string {
  if (csl.author?.length || csl.editor?.length || typeof csl.title !== 'string' || !csl.title || /^\s*key = /m.test(entry)) return entry;
  return entry.replace(/\n\}$/, `\n\tkey = {${latexText(csl.title)}},\n}`);
}

/** The page field written again from the item's page (see bibtexEntry): each range's dash as "--". */
export function withPages(entry: string, csl: CslItem): string {
  if (typeof csl.page !== 'string' || !csl.page) return entry;
  const pages = latexText(csl.page.replace(/\s*[-\u2010-\u2015]+\s*/g, '\u2013'));
  return entry.replace(/^(\s*)pages = \{.*\},$/m, (_m, indent: string) => `${indent}pages = {${pages}},`);
}

/** biblatex's (babel's) names of the languages a record may carry, by their ISO 639-1 code. */
const LANGID: Record<string, string> = { en: 'english', fr: 'french', es: 'spanish', pt: 'portuguese', de: 'ngerman', it: 'italian', nl: 'dutch', ar: 'arabic', ru: 'russian' };

/**
 * The record's language as biblatex's `langid`, which citation-js does not write: biblatex then
 * hyphenates the title as that language and, with its `autolang` option, leaves a French title's
 * case as written. A language biblatex has no name for is left out.
 */
export function withLangid(entry: string, csl: CslItem): string {
  const code = typeof csl.language === 'string' ? csl.language.trim().toLowerCase() : '';
  // a code (`fr`, `fr-FR`), or a babel name already (`french`, as an index built before
  // catalog.bib's langid was read as a code holds it): a French title is then not title-cased
  const langid = LANGID[code.split(/[-_]/)[0]] ?? (Object.values(LANGID).includes(code) ? code : undefined);
  if (!langid || /^\s*langid = /m.test(entry)) return entry;
  return entry.replace(/\n\}$/, `\n\tlangid = {${langid}},\n}`);
}

export const bibtex: Exporter = {
  id: 'bibtex',
  label: 'BibTeX',
  short: 'BibTeX',
  contentType: 'application/x-bibtex; charset=utf-8',
  extension: 'bib',
  render: (items) => items.map(bibtexEntry).join('\n\n') + (items.length ? '\n' : ''),
  *pieces(items) {
    // each entry stands alone: its key was made unique across the corpus at index time
    for (const [i, item] of items.entries()) yield `${i ? '\n\n' : ''}${bibtexEntry(item)}`;
    if (items.length) yield '\n';
  },
  // BibTeX reads nothing outside an @entry, so a line without @ is a comment (% for biber's sake)
  empty: (text) => `% ${text.replace(/@/g, ' ').replace(/\s+/g, ' ')}\n`,
};

export const ris: Exporter = {
  id: 'ris',
  label: 'RIS',
  short: 'RIS',
  contentType: 'application/x-research-info-systems; charset=utf-8',
  extension: 'ris',
  render: (items) => items.map(risRecord).join(''),
  *pieces(items) {
    for (const item of items) yield risRecord(item);
  },
};

/**
 * RIS's date as the specification writes it, YYYY/MM/DD/ with the month and day in two digits
 * (citation-js wrote 2022/3//, which readers that split on fixed widths misread); null for a
 * date with no year in date-parts (a literal), left as citation-js wrote it.
 */
function risDate(csl: CslItem): string | null {
  const [y, m, d] = csl.issued?.['date-parts']?.[0] ?? [];
  if (y === undefined || y === null || y === '') return null;
  const two = (x: unknown) => (x === undefined || x === null || x === '' ? '' : String(x).padStart(2, '0'));
  return `${y}/${two(m)}/${two(d)}/`;
}

/** A CSL name with the parts CSL-JSON may give beside family, given and literal. */
type FullName = CslName & { suffix?: string; 'non-dropping-particle'?: string; 'dropping-particle'?: string };

/**
 * One RIS name line from the CSL name, never from text citation-js serialised, which cannot
 * tell an organisation "OCHA, Somalia" from a person. RIS writes "Lastname, Firstname,
 * Suffix" and has no corporate-author tag, so a name of one piece — an organisation
 * (`literal`), or a family name alone — ends with a comma: the convention EndNote reads as a
 * single-field (corporate) name. Zotero's RIS import (zotero/translators RIS.js, processTag)
 * takes the text before the first comma as the last name and the rest as the first name,
 * making the name single-field only when nothing follows that comma; citation-js and bibutils
 * split at commas too, and no escape survives (Zotero decodes &#44; before it splits). So a
 * comma inside an organisation's name is written as the fullwidth comma (U+FF0C, a comma
 * under Unicode compatibility normalisation): "OCHA， Somalia," stays one name in Zotero,
 * EndNote and citation-js, where "OCHA, Somalia" became family "OCHA", given "Somalia".
 * bibutils drops a trailing comma and reads organisations only from its list (ris2xml -as FILE).
 */
function risName(name: FullName): string {
  const part = (...xs: (string | undefined)[]) => xs.filter((x) => x && x.trim()).join(' ');
  const family = part(name['non-dropping-particle'], name.family);
  const given = part(name.given, name['dropping-particle']);
  if (family && given) return [family, given, name.suffix].filter(Boolean).join(', ');
  const whole = family || given || name.literal || '';
  return whole.trim() ? `${whole.replace(/,/g, '\uFF0C')},` : '';
}

/** Whether a CSL value is a list of names (author, editor, container-author, …). */
const isNameList = (v: unknown): v is FullName[] =>
  Array.isArray(v) && v.length > 0 && v.every((n) => n && typeof n === 'object' && ('family' in n || 'given' in n || 'literal' in n));

/**
 * The item with each name replaced by a placeholder citation-js writes as it is (a literal of
 * private-use characters), and the names they stand for, so that each RIS name line is
 * written from its CSL name by risName.
 */
function namesHeld(csl: CslItem): { held: CslItem; names: FullName[] } {
  const names: FullName[] = [];
  const held = Object.fromEntries(
    Object.entries(csl).map(([k, v]) => [k, isNameList(v) ? v.map((n) => ({ literal: `\uE000${names.push(n) - 1}\uE001` })) : v]),
  ) as CslItem;
  return { held, names };
}

/**
 * A report's series number where RIS readers look for a report's number. citation-js writes
 * CSL collection-number as NV, the number of volumes; Zotero's RIS import (zotero/translators
 * RIS.js fieldMap) reads a report's number from SN (reportNumber), its series from T2
 * (seriesTitle) and its type from M3, and has no series number for a report, so NV was lost
 * or became a note. The series number becomes the report's number (SN), as the BibTeX export
 * does; a report with a number of its own keeps it and says its series number in the note.
 */
export function risReportNumber(csl: CslItem): CslItem {
  if (csl.type !== 'report') return csl;
  const { 'collection-number': seriesNumber, ...rest } = csl;
  if (seriesNumber === undefined || seriesNumber === '') return csl;
  if (rest.number === undefined || rest.number === '') return { ...rest, number: String(seriesNumber) };
  const series = [csl['collection-title'], seriesNumber].filter((x) => x !== undefined && x !== '').map(String).join(' ');
  return { ...rest, note: [rest.note, series].filter(Boolean).join('. ') };
}

/** One RIS record: citation-js's, with the full key as ID, the page range split, the date in
 * two-digit months and days, one-piece names marked, the publisher of an article kept and one
 * N1 per quote. */
function risRecord(item: ExportItem): string {
  const csl = risReportNumber(exportCsl(item));
  const { annote: _quotes, note, ...rest } = csl;
  const { held, names } = namesHeld(rest as CslItem);
  // citation-js wraps long values onto continuation lines, which RIS readers take for
  // garbage: each tag's value goes back on one line.
  const lines: string[] = [];
  for (const line of new (citeJs())([held]).format('ris').split(/\r?\n/)) {
    if (/^[A-Z][A-Z0-9] {2}- /.test(line) || !lines.length) lines.push(line);
    else if (line !== '') lines[lines.length - 1] += line;
  }
  const out: string[] = [];
  const written = new Set<number>();
  for (const line of lines) {
    const [tag, value] = [line.slice(0, 2), line.slice(6)];
    if (tag === 'ER') continue;
    // a name's placeholder: the line written from the CSL name (anywhere it appears, in case
    // citation-js puts a name in a tag other than the creator tags)
    const held = /^\uE000(\d+)\uE001$/.exec(value.trim());
    if (held) {
      written.add(Number(held[1]));
      const name = risName(names[Number(held[1])]);
      if (name) out.push(`${tag}  - ${name}`);
      continue;
    }
    if (tag === 'ID') out.push(`ID  - ${csl.id}`);
    else if (tag === 'DA' && risDate(csl)) out.push(`DA  - ${risDate(csl)}`);
    else if (tag === 'SP' && /^[^-–]+[-–][^-–]+$/.test(value)) {
      const [sp, ep] = value.split(/[-–]/);
      out.push(`SP  - ${sp.trim()}`, `EP  - ${ep.trim()}`);
    } else out.push(line);
  }
  // citation-js writes an editor only for the types whose RIS spec names one (A2 of a chapter,
  // A3 of a book): an edited report or document, its names its editors only, went out with no
  // name at all (review32). ED is the editor's tag Zotero, EndNote and citation-js read for any type.
  for (const e of (held as CslItem).editor ?? []) {
    const i = Number(/^\uE000(\d+)\uE001$/.exec(e.literal ?? '')?.[1]);
    const name = Number.isInteger(i) && !written.has(i) ? risName(names[i]) : '';
    if (name) out.push(`ED  - ${name}`);
  }
  if (csl.publisher && !out.some((l) => l.startsWith('PB  - '))) out.push(`PB  - ${csl.publisher}`);
  for (const n of [note, ...quoteNotes(item)]) if (typeof n === 'string' && n) out.push(`N1  - ${n.replace(/[\s\u0085]*[\r\n\u0085\u2028\u2029][\s\u0085]*/g, ' ')}`);
  out.push('ER  - ', '');
  return out.join('\r\n');
}

/** The CSL-JSON record: exportCsl's, its quotes also after the item's own `note` (Zotero's Extra). */
function cslJsonRecord(item: ExportItem): CslItem {
  const csl = exportCsl(item);
  const quotes = quoteNotes(item);
  if (quotes.length) csl.note = [item.csl.note, ...quotes].filter(Boolean).join('\n\n');
  return csl;
}

export const cslJson: Exporter = {
  id: 'csl-json',
  label: 'CSL-JSON',
  short: 'CSL-JSON',
  contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
  extension: 'json',
  render: (items) => JSON.stringify(items.map(cslJsonRecord), null, 2),
  *pieces(items) {
    if (!items.length) return yield '[]';
    // the same text as render's: each record indented as an element of the array
    for (const [i, item] of items.entries()) yield `${i ? ',\n' : '[\n'}${JSON.stringify(cslJsonRecord(item), null, 2).replace(/^/gm, '  ')}`;
    yield '\n]';
  },
};
