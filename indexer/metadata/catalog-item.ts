import type { CslDate, CslItem, CslName } from '../../core/types.js';
import { splitNames } from './resolve.js';
import { checkedParts, dateText } from './date-text.js';
import { nameInverted } from '../../core/csl.js';

// A catalog.json is often written by hand or by a script, not by Zotero: a title as a number,
// an author as one string, a date as "2019-02". Every part of the product reads CSL fields
// with their CSL types (a title is a string), so one wrong type let through had failed the
// whole build at its last step, and one entry the schema refused had dropped the whole
// catalog. Each entry is made right here, field by field: what can be read as the user meant
// is kept in its CSL form, what cannot is left out and named, and the other entries and
// fields stay.

const NAME_FIELDS = [
  'author', 'editor', 'translator', 'container-author', 'collection-editor', 'composer', 'director',
  'editorial-director', 'illustrator', 'interviewer', 'original-author', 'recipient', 'reviewed-author', 'chair',
  'compiler', 'contributor', 'curator', 'executive-producer', 'guest', 'host', 'narrator', 'organizer', 'performer',
  'producer', 'script-writer', 'series-creator',
];
const DATE_FIELDS = ['issued', 'accessed', 'event-date', 'original-date', 'submitted', 'available-date'];
const NAME_PARTS = ['family', 'given', 'literal', 'non-dropping-particle', 'dropping-particle', 'suffix'] as const;
// CSL's standard variables: strings (or numbers, which CSL-JSON allows for the numeric ones and
// which are read as their digits).
const STRING_FIELDS = [
  'title', 'title-short', 'container-title', 'container-title-short', 'collection-title', 'collection-number',
  'publisher', 'publisher-place', 'event', 'event-place', 'event-title', 'original-title', 'original-publisher',
  'original-publisher-place', 'genre', 'medium', 'status', 'version', 'edition', 'volume', 'issue', 'number',
  'number-of-pages', 'number-of-volumes', 'page', 'page-first', 'section', 'chapter-number', 'part', 'DOI', 'ISBN',
  'ISSN', 'PMID', 'PMCID', 'URL', 'call-number', 'archive', 'archive_location', 'archive-place', 'source',
  'language', 'note', 'annote', 'abstract', 'keyword', 'references', 'dimensions', 'jurisdiction', 'authority',
  'citation-key', 'citation-label', 'division', 'scale', 'license',
];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`.slice(0, 40));

/** A string field's value: a string, a number's digits, or the first string of a list (Crossref's API gives titles as lists). */
function stringValue(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  // a whole number past 2^53 as its digits, not "1e+21"
  if (typeof v === 'number' && Number.isFinite(v)) return Number.isInteger(v) && !Number.isSafeInteger(v) ? BigInt(v).toString() : String(v);
  if (Array.isArray(v)) return v.map(stringValue).find((s) => s !== undefined && s.trim() !== '');
  return undefined;
}

/** A name written as one string ("Smith, J.; Doe, A.", "UNHCR"), read as front matter's authors are read. */
function stringNames(v: string, read: CslName[]): CslName[] {
  const names = splitNames(v);
  read.push(...names);
  return names;
}

function nameValue(v: unknown, read: CslName[]): CslName[] {
  if (typeof v === 'string') return stringNames(v, read);
  if (!isRecord(v)) return [];
  const name: CslName = {};
  for (const part of NAME_PARTS) {
    const s = stringValue(v[part]);
    if (s?.trim()) name[part] = s;
  }
  if (name.family || name.literal) return [name];
  if (name.given) return [{ literal: name.given }];
  // {"name": "Ann Smith"}, as front matter and some exporters write a name
  const whole = stringValue(v.name);
  return whole?.trim() ? stringNames(whole, read) : [];
}

/** The names of a name field, how many entries were no name, and the names read from strings (said back to the user). */
function namesValue(v: unknown): { names?: CslName[]; dropped: number; read: CslName[] } {
  const read: CslName[] = [];
  const list = Array.isArray(v) ? v : [v];
  const names = list.map((n) => nameValue(n, read));
  const kept = names.flat();
  return { names: kept.length ? kept : undefined, dropped: names.filter((n) => !n.length).length, read };
}

/** One CSL date's parts: whole numbers (or their digits) up to the first empty part ([2020, ""] is 2020). */
function oneDate(d: unknown): number[] | undefined {
  if (!Array.isArray(d)) return undefined;
  const parts: number[] = [];
  for (const x of d.slice(0, 3)) {
    if (x === '' || x === null) break;
    const n = typeof x === 'string' && /^\s*-?\d+\s*$/.test(x) ? Number(x) : x;
    if (typeof n !== 'number' || !Number.isInteger(n)) return undefined;
    parts.push(n);
  }
  return parts.length ? parts : undefined;
}

interface ReadDate {
  date?: CslDate;
  /** what was wrong in the date ("month 13"), said with what was kept of it */
  wrong?: string;
}

/** Date parts as CSL wants them: up to three whole numbers per date, year first, at most two dates (a range), each checked. */
function dateParts(v: unknown): ReadDate {
  if (!Array.isArray(v)) return {};
  const dates = (v.every((d) => !Array.isArray(d)) ? [v] : v).slice(0, 2);
  const out: number[][] = [];
  let wrong: string | undefined;
  for (const d of dates) {
    const parts = oneDate(d);
    if (!parts) return {};
    const checked = checkedParts(parts);
    wrong ??= checked.wrong;
    if (!checked.parts.length) break;
    out.push(checked.parts);
  }
  return { date: out.length ? { 'date-parts': out } : undefined, wrong };
}

function dateValue(v: unknown): ReadDate {
  if (typeof v === 'number') return Number.isInteger(v) ? dateParts([[v]]) : {};
  if (typeof v === 'string') {
    if (!v.trim()) return {};
    // read as front matter's and a PDF's dates are ("March 2021" is 2021, month 3, for the year facet and sort);
    // what says more than the date ("Spring 2021") is kept as written too, for the citation
    const read = dateText(v);
    const date: CslDate = read.parts.length ? { 'date-parts': [read.parts] } : {};
    if (!read.whole && !read.wrong) date.literal = v.trim();
    return { date: date['date-parts'] || date.literal ? date : undefined, wrong: read.wrong };
  }
  if (!isRecord(v)) return {};
  const given = v['date-parts'];
  // "date-parts": "2020" or 2020, as a script may write it, is still the date it means
  const read = typeof given === 'string' || typeof given === 'number' ? dateValue(given) : dateParts(given);
  const date: CslDate = {};
  if (read.date?.['date-parts']) date['date-parts'] = read.date['date-parts'];
  for (const key of ['raw', 'literal'] as const) {
    const s = stringValue(v[key]);
    if (s?.trim()) date[key] = s;
  }
  if (!date['date-parts'] && date.raw && !read.wrong) return dateValue(date.raw);
  return { date: date['date-parts'] || date.literal ? date : undefined, wrong: read.wrong };
}

export interface CleanedEntry {
  item: CslItem | null;
  /** what could not be read, one phrase each ("title (object)"): reported with the catalog */
  problems: string[];
}

/** One catalog.json entry as a CSL item of the types the product reads, and what was left out of it. */
export function cleanCatalogItem(raw: unknown, position: number): CleanedEntry {
  if (!isRecord(raw)) return { item: null, problems: [`entry ${position} is ${describe(raw)}, not an item: left out`] };
  const problems: string[] = [];
  const item: Record<string, unknown> = { ...raw };
  const id = stringValue(raw.id);
  item.id = id?.trim() ? id : `catalog-entry-${position}`;
  const type = typeof raw.type === 'string' && raw.type.trim() ? raw.type : 'document';
  if (raw.type !== undefined && type !== raw.type) problems.push(`type (${describe(raw.type)})`);
  item.type = type;
  for (const field of STRING_FIELDS) {
    if (!(field in raw) || typeof raw[field] === 'string') continue;
    const s = stringValue(raw[field]);
    if (s === undefined) {
      delete item[field];
      if (raw[field] !== null) problems.push(`${field} (${describe(raw[field])})`);
    } else item[field] = s;
  }
  const read: string[] = [];
  for (const field of NAME_FIELDS) {
    if (!(field in raw)) continue;
    const { names, dropped, read: fromStrings } = namesValue(raw[field]);
    if (names) item[field] = names;
    else delete item[field];
    if (dropped && raw[field] !== null) problems.push(`${dropped} ${field} name${dropped > 1 ? 's' : ''}`);
    // a name given as a string was interpreted: say how, so a wrong reading can be seen and mended
    if (fromStrings.length) read.push(`${field} given as one string, read as ${fromStrings.map((n) => `"${nameInverted(n)}"`).join('; ')}`);
  }
  for (const field of DATE_FIELDS) {
    if (!(field in raw)) continue;
    const { date, wrong } = dateValue(raw[field]);
    if (date) item[field] = date;
    else delete item[field];
    if (wrong) read.push(`${field} ${JSON.stringify(raw[field]).slice(0, 60)} has ${wrong} out of range, ${date?.['date-parts'] ? `read as ${date['date-parts'].map((d) => d.join('-')).join(' to ')}` : 'left out'}`);
    else if (!date && raw[field] !== null) problems.push(`${field} (${describe(raw[field])})`);
  }
  const out = problems.length ? [`entry ${position} (${item.id}): ${problems.join(', ')} not CSL-JSON, left out`] : [];
  for (const line of read) out.push(`entry ${position} (${item.id}): ${line}`);
  // an entry with no id is still matched by the file it names
  if (!id?.trim()) out.push(`entry ${position} has no id: called ${item.id}`);
  return { item: item as CslItem, problems: out };
}
