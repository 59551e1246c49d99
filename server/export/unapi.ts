import type { DocumentRecord } from '../../core/types.js';
import type { PassageStore } from '../../core/passage-store.js';
import { escapeFor } from './quote.js';
import { exporterFor } from './registry.js';
import { safeItem } from './safe-item.js';
import type { ExportItem } from './types.js';

// unAPI 1.0 (https://web.archive.org/web/2011/http://unapi.info/specs/): pages name their items
// in <abbr class="unapi-id" title="…"> and link the server; a client asks which formats an
// item comes in and fetches one. Zotero's unAPI translator runs before its COinS and Embedded
// Metadata ones and imports the format it prefers — RIS, listed here, which carries what COinS
// and meta tags cannot: a report's series (T2 → Series Title), place, and each quote as a note.

const FORMATS = [
  { name: 'ris', docs: 'http://www.refman.com/support/risformat_intro.asp' },
  { name: 'bibtex', docs: 'http://www.bibtex.org/Format/' },
  { name: 'csl-json', docs: 'https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html' },
] as const;

export interface UnapiAnswer {
  status: number;
  type: string;
  body: string;
}

function formatsXml(id?: string): string {
  const list = FORMATS.map((f) => `  <format name="${f.name}" type="${exporterFor(f.name)!.contentType.replace(/;.*/, '')}" docs="${f.docs}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<formats${id === undefined ? '' : ` id="${escapeFor(id, 'html')}"`}>\n${list.join('\n')}\n</formats>\n`;
}

/** The item an unAPI id names: a document, or a passage (its document with that quote). */
export function unapiItem(snap: { passages: Pick<PassageStore, 'get'>; documents: ReadonlyMap<string, DocumentRecord> }, id: string, base: string): ExportItem | undefined {
  const p = snap.passages.get(id);
  const d = snap.documents.get(p ? p.doc : id);
  if (!d) return undefined;
  return safeItem({ csl: d.csl, passages: p ? [p] : [], links: new Map(p ? [[p.id, `${base}/passages/${p.id}`]] : []) });
}

/** The answer to GET /unapi?id=&format=, with the statuses the specification gives. */
export function unapi(query: Record<string, unknown>, lookup: (id: string) => ExportItem | undefined): UnapiAnswer {
  const xml = 'application/xml; charset=utf-8';
  const id = typeof query.id === 'string' && query.id ? query.id : undefined;
  const format = typeof query.format === 'string' && query.format ? query.format : undefined;
  if (id === undefined) return { status: 200, type: xml, body: formatsXml() };
  const item = lookup(id);
  if (!item) return { status: 404, type: 'text/plain; charset=utf-8', body: `no item ${id}` };
  if (format === undefined) return { status: 300, type: xml, body: formatsXml(id) };
  const exporter = FORMATS.some((f) => f.name === format) ? exporterFor(format) : undefined;
  if (!exporter) return { status: 406, type: 'text/plain; charset=utf-8', body: `format must be one of ${FORMATS.map((f) => f.name).join(', ')}` };
  return { status: 200, type: exporter.contentType, body: exporter.render([item]) };
}
