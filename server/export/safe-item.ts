import type { ExportItem } from './types.js';
import { webUrl } from '../../core/csl.js';
import { closeBidi, closeBidiDeep } from './bidi.js';

// What an export (or unAPI) gives of a document is made safe to open once, here, for every
// format: a field cannot reverse the text after it, and a URL is a web address.

/** An export's item with the direction controls of its metadata and quotes closed, and a URL that is no web address left out (webUrl). */
export function safeItem(item: ExportItem): ExportItem {
  const { URL: _url, ...rest } = item.csl;
  // the item as it is (its fields in their order) where its URL, if any, is a web address
  const csl = item.csl.URL === undefined || webUrl(item.csl) ? item.csl : rest;
  return { ...item, csl: closeBidiDeep(csl), passages: item.passages.map((p) => (closeBidi(p.text) === p.text ? p : { ...p, text: closeBidi(p.text) })) };
}
