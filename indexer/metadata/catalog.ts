import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { CslItem, CslName } from '../../core/types.js';
import type { CatalogEntry } from './catalog-entry.js';
import { cleanCatalogItem } from './catalog-item.js';
import { titlesWithoutBraces } from './tex-braces.js';
import { supportedExtensions } from '../readers/registry.js';

// The two catalog formats a user may drop next to their files: CSL-JSON (catalog.json) and
// BibTeX as Zotero exports it (catalog.bib). Both become CSL-JSON items keyed for matching.

export { matchEntry, pinEntries, type CatalogEntry } from './catalog-entry.js';

// File names a catalog field may hold: any name ending in an extension some reader registers.
// A name may have folders ("2019/report.pdf", Zotero's "C\\:\\Users\\…\\report.pdf"): they are kept,
// with `/` between them, so an entry names the file of one folder (catalog-entry.ts). A name may
// have spaces ("Annual Report 2019.pdf"): the run from the field's start or its last `;`, `:`,
// `{` or line break is kept whole, and pinEntries takes the longest tail of it after a space that
// names a corpus file ("file: see the Annual Report 2019.pdf" names "Annual Report 2019.pdf").
// Cut at the last space, it was "2019.pdf", which named nothing or another file (review39).
// A run is at most NAME_MAX characters before its extension: a long note with no separator would
// otherwise be scanned to its end from every character (quadratic), for a name no file has.
const NAME_MAX = 400;
const namePattern = (extensions: readonly string[]) => new RegExp(`([^\\s;:{},"'(](?:[^;:{}\\r\\n]{0,${NAME_MAX}}?)(?:${extensions.map((e) => e.replace('.', '\\.')).join('|')}))(?![\\w])`, 'gi');
const FILE_NAME = namePattern(supportedExtensions);
// Document types no reader takes (a Word draft, Zotero's "Snapshot.html"): an entry naming only
// such a file is absent for that reason, and its report line says so rather than asking for the
// name as it is on disk, which it already is (review43).
const UNREAD_NAME = namePattern(['.docx', '.doc', '.odt', '.rtf', '.html', '.htm', '.epub', '.pptx', '.ppt', '.xlsx', '.xls', '.djvu'].filter((e) => !supportedExtensions.includes(e)));
const namesBy = (pattern: RegExp, value: unknown): string[] => (typeof value === 'string' ? [...value.matchAll(pattern)].map((m) => m[1].replace(/[\\/]+/g, '/')) : []);
const fileNames = (value: unknown): string[] => namesBy(FILE_NAME, value);
// A web address in a note ("Online at https://reliefweb.int/report/foo.html") names a page, not
// a file the folder could hold: an entry with only that is a catalogue's usual absent entry, not
// one to "save as PDF". A file: address is a file's.
const WEB_ADDRESS = /\b(?:(?!file:)[a-z][a-z\d+.-]*:\/\/|www\.)\S+/giu;
/** The entry's files of a type not read, when it names no other (`unread`), for absent-entries' line. */
const unreadOnly = (files: readonly string[], ...fields: unknown[]): { unread?: string[] } => {
  const unread = files.length ? [] : fields.flatMap((f) => namesBy(UNREAD_NAME, typeof f === 'string' ? f.replace(WEB_ADDRESS, ' ') : f));
  return unread.length ? { unread } : {};
};

/**
 * The entries of a catalog.json. An entry or field that is not CSL-JSON is left out and named in
 * `problems`, the rest kept; only a file that is not JSON, or not a list of entries, is refused.
 */
export function parseCatalogJson(text: string, problems: string[] = []): CatalogEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`catalog.json is not valid JSON: ${(error as Error).message}`);
  }
  const list = Array.isArray(raw) ? raw : (raw as { items?: unknown })?.items;
  if (!Array.isArray(list)) throw new Error('catalog.json is not a CSL-JSON array (a list of items, or an object with one under "items")');
  const entries: CatalogEntry[] = [];
  list.forEach((entry: unknown, i) => {
    const { item, problems: left } = cleanCatalogItem(entry, i + 1);
    problems.push(...left);
    // a title's BibTeX braces (`{ICRC}`) are markup, not text (user32 finding 11)
    if (!item) return;
    const files = [...fileNames(item.file), ...fileNames(item.note)];
    entries.push({ item: titlesWithoutBraces(item), source: 'catalog.json', files, ...unreadOnly(files, item.file, item.note) });
  });
  return entries;
}

export function parseCatalogBib(text: string): CatalogEntry[] {
  // citation-js drops Zotero's `file` field, so the file names are read from the raw entries.
  const filesByKey = new Map<string, string>();
  for (const m of text.matchAll(/@\w+\s*\{\s*([^,\s]+)\s*,([\s\S]*?)(?=\n@|\s*$)/g)) {
    const file = /\bfile\s*=\s*\{([^}]*)\}/i.exec(m[2]);
    if (file) filesByKey.set(m[1], file[1]);
  }
  const data = new Cite(text).data;
  return data.map((d) => {
    const { _graph: _ignored, ...item } = d as Record<string, unknown>;
    const key = String(item['citation-key'] ?? item.id);
    const files = [...fileNames(filesByKey.get(key)), ...fileNames(item.note)];
    return { item: bibItem({ ...(item as CslItem), id: key }), source: 'catalog.bib', files, ...unreadOnly(files, filesByKey.get(key), item.note) };
  });
}

/** biblatex's (babel's) language names, as Zotero writes `langid`, by their BCP 47 code. */
const BABEL: Record<string, string> = {
  english: 'en', american: 'en-US', british: 'en-GB', french: 'fr', spanish: 'es', portuguese: 'pt', brazilian: 'pt-BR', german: 'de', ngerman: 'de', italian: 'it', dutch: 'nl', arabic: 'ar', russian: 'ru',
};

/** Whether a name has one part and no other: a family name alone. */
const familyAlone = (n: CslName): boolean => typeof n.family === 'string' && Object.keys(n).every((k) => k === 'family');

/**
 * A catalog.bib item as CSL-JSON has it. citation-js reads Zotero's organisation author
 * `{{Civilian Protection Watch}}` as a family name with spaces and no given name, a shape
 * BibTeX's name splitting can give only to a braced name: it is the organisation's `literal`,
 * as CSL-JSON, Zotero's CSL import and citeproc read an organisation (userreview19a finding 8).
 * `langid = {french}` becomes `language: "french"`: the BCP 47 code (`fr`) is what CSL
 * processors and the exports read (finding 6).
 */
function bibItem(item: CslItem): CslItem {
  const out = composed(item) as CslItem;
  for (const role of ['author', 'editor'] as const) {
    const names = out[role];
    if (Array.isArray(names)) out[role] = names.map((n) => (familyAlone(n) && /\s/.test(n.family!.trim()) ? { literal: n.family!.trim() } : n));
  }
  const language = typeof out.language === 'string' ? BABEL[out.language.trim().toLowerCase()] : undefined;
  if (language) out.language = language;
  // citation-js turns the entry type into a genre (`@techreport` → "techreport", `@phdthesis`
  // → "phdthesis"): biblatex's localisation keys, which pandoc printed as "[Techreport]" and
  // plain.bst as "techreport" once exported again. A report's entry type says no more than
  // `type: report` already does; a thesis's key is biblatex's English term.
  if (typeof out.genre === 'string') {
    const key = out.genre.trim().toLowerCase();
    if (key in BIBLATEX_TYPE_KEYS) {
      const term = BIBLATEX_TYPE_KEYS[key];
      if (term) out.genre = term;
      else delete out.genre;
    }
  }
  return out;
}

/** biblatex's `type` keys by the term its English strings print ('' for none worth a genre). */
const BIBLATEX_TYPE_KEYS: Record<string, string> = {
  techreport: '', resreport: '', report: '', mathesis: "Master's thesis", phdthesis: 'PhD thesis', candthesis: 'Candidate thesis',
};

/**
 * Every string of an item in one Unicode form. LaTeX's `{\'\i}` (í, as BibTeX users write an
 * accent on an i) comes out of citation-js as a dotless ı and a combining acute: printed as
 * "Garcı́a", unmatched by a search for "García", and fatal to pdfLaTeX's inputenc in an export
 * (U+0301 is not set up for LaTeX). The dotless letter under a combining mark is the dotted one
 * the accent replaces the dot of; NFC then composes it (í, U+00ED).
 */
function composed(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/[ıȷ](?=[\u0300-\u036f])/g, (c) => (c === 'ı' ? 'i' : 'j')).normalize('NFC');
  if (Array.isArray(value)) return value.map(composed);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, composed(v)]));
  return value;
}
