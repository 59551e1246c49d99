import type { DocumentRecord } from '../core/types.js';
import type { ParsedQuery } from './search/query-parser.js';

// A UN report is looked up by its symbol ("S/2024/385"), but the symbol is printed in its
// masthead, which is the document's number (its record), not text of any passage: the search
// found only the meeting note that mentions it, never the report (userreview18, 3). The search
// page names the library's documents whose number, DOI or ISBN a query's identifier is, above
// the passages that write it. The identifiers are the query parser's (one reading of the
// query): one excluded ("-S/2024/385") names no document.

/** The documents whose number, DOI or ISBN one of the query's identifiers is (at most `limit`). */
export function numberedDocuments(documents: Iterable<DocumentRecord>, query: Pick<ParsedQuery, 'identifiers'>, limit = 5): DocumentRecord[] {
  const wanted = new Set((query.identifiers ?? []).map((id) => id.toLowerCase()));
  if (!wanted.size) return [];
  const found: DocumentRecord[] = [];
  for (const d of documents) {
    const own = [d.csl.number, d.csl.DOI, d.csl.ISBN].filter((v): v is string => typeof v === 'string');
    if (own.some((v) => wanted.has(v.trim().toLowerCase()))) found.push(d);
    if (found.length >= limit) break;
  }
  return found;
}
