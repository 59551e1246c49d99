import type { CslDate, CslItem, CslName } from '../../core/types.js';
import { splitNames } from './resolve.js';

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
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) return v.map(stringValue).find((s) => s !== undefined && s.trim() !== '');
  return undefined;
}

function nameValue(v: unknown): CslName | undefined {
  if (typeof v === 'string') return v.trim() ? splitNames(v)[0] ?? { literal: v.trim() } : undefined;
  if (!isRecord(v)) return undefined;
  const name: CslName = {};
  for (const part of NAME_PARTS) {
    const s = stringValue(v[part]);
    if (s?.trim()) name[part] = s;
  }
  return name.family || name.literal ? name : name.given ? { literal: name.given } : undefined;
}

function namesValue(v: unknown): { names?: CslName[]; dropped: number } {
  if (typeof v === 'string') {
    const names = splitNames(v);
    return { names: names.length ? names : undefined, dropped: names.length ? 0 : 1 };
  }
  const list = Array.isArray(v) ? v : [v];
  const names = list.map(nameValue);
  const kept = names.filter((n): n is CslName => n !== undefined);
  return { names: kept.length ? kept : undefined, dropped: names.length - kept.length };
}

/** Date parts as CSL wants them: up to three whole numbers per date, year first, at most two dates (a range). */
function dateParts(v: unknown): (number | string)[][] | undefined {
  if (!Array.isArray(v)) return undefined;
  const dates = (v.every((d) => !Array.isArray(d)) ? [v] : v).slice(0, 2);
  const out: number[][] = [];
  for (const d of dates) {
    if (!Array.isArray(d)) return undefined;
    const parts = d.slice(0, 3).map((x) => (typeof x === 'string' && /^\s*-?\d+\s*$/.test(x) ? Number(x) : x));
    if (!parts.length || !parts.every((x) => typeof x === 'number' && Number.isInteger(x))) return undefined;
    out.push(parts as number[]);
  }
  return out.length ? out : undefined;
}

function dateValue(v: unknown): CslDate | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return { 'date-parts': [[v]] };
  if (typeof v === 'string') {
    const ymd = /^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s*$/.exec(v);
    if (ymd) return { 'date-parts': [ymd.slice(1).filter(Boolean).map(Number)] };
    return v.trim() ? { literal: v.trim() } : undefined;
  }
  if (!isRecord(v)) return undefined;
  const date: CslDate = {};
  const given = v['date-parts'];
  // "date-parts": "2020" or 2020, as a script may write it, is still the date it means
  const parts = typeof given === 'string' || typeof given === 'number' ? dateValue(given)?.['date-parts'] : dateParts(given);
  if (parts) date['date-parts'] = parts;
  for (const key of ['raw', 'literal'] as const) {
    const s = stringValue(v[key]);
    if (s?.trim()) date[key] = s;
  }
  if (!date['date-parts'] && date.raw) return dateValue(date.raw);
  return date['date-parts'] || date.literal ? date : undefined;
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
  for (const field of NAME_FIELDS) {
    if (!(field in raw)) continue;
    const { names, dropped } = namesValue(raw[field]);
    if (names) item[field] = names;
    else delete item[field];
    if (dropped && raw[field] !== null) problems.push(`${dropped} ${field} name${dropped > 1 ? 's' : ''}`);
  }
  for (const field of DATE_FIELDS) {
    if (!(field in raw)) continue;
    const date = dateValue(raw[field]);
    if (date) item[field] = date;
    else {
      delete item[field];
      if (raw[field] !== null) problems.push(`${field} (${describe(raw[field])})`);
    }
  }
  const out = problems.length ? [`entry ${position} (${item.id}): ${problems.join(', ')} not CSL-JSON, left out`] : [];
  // an entry with no id is still matched by the file it names
  if (!id?.trim()) out.push(`entry ${position} has no id: called ${item.id}`);
  return { item: item as CslItem, problems: out };
}
