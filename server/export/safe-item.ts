import type { CslItem } from '../../core/types.js';
import type { ExportItem } from './types.js';
import { webUrl } from '../../core/csl.js';
import { closeBidi } from './bidi.js';

// What an export (or unAPI, or a passage page's citation) gives of a document is made safe to
// open once, here, for every format: a field cannot reverse the text after it, cannot start a
// line of its own, and a URL is a web address.

/** Line breaks as a line-based format's reader may split on them (CR, LF, NEL, LS, PS). */
const LINE_BREAKS = /[\r\n\u0085\u2028\u2029]+/g;

/** A CSL value with `f` applied to each string in it (names part by part, dates' numbers as they are). */
function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, f)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)])) as T;
  return value;
}

const oneLine = (s: string): string => s.replace(LINE_BREAKS, ' ');

/**
 * A CSL value with each string's line breaks made one space: RIS (and BibTeX, the text export)
 * are read a line at a time, so a title, name or publisher holding "\nUR  - javascript:…" or
 * "\nER  - \nTY  - …" wrote its own tags and records (review16-b finding 1).
 */
export const oneLineDeep = <T>(value: T): T => mapStrings(value, oneLine);

/** The item's metadata made safe: a URL that is no web address left out (webUrl), each field on one line, its direction controls closed. */
export function safeCsl(csl: CslItem): CslItem {
  const { URL: _url, ...rest } = csl;
  // the item as it is (its fields in their order) where its URL, if any, is a web address
  return mapStrings(csl.URL === undefined || webUrl(csl) ? csl : rest, (v) => closeBidi(oneLine(v)));
}

/** An export's item with safeCsl's metadata and its quotes' direction controls closed. */
export function safeItem(item: ExportItem): ExportItem {
  return {
    ...item,
    csl: safeCsl(item.csl),
    passages: item.passages.map((p) => (closeBidi(p.text) === p.text ? p : { ...p, text: closeBidi(p.text) })),
    // a copy's file name goes into its quote's note: one line, its direction controls closed
    ...(item.files ? { files: new Map([...item.files].map(([id, file]) => [id, closeBidi(oneLine(file))])) } : {}),
    // a note is the user's own text, but it goes into line-based files too: one line, controls closed
    ...(item.notes ? { notes: new Map([...item.notes].map(([id, note]) => [id, closeBidi(oneLine(note).trim())])) } : {}),
  };
}
