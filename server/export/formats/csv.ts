import { stringify } from 'csv-stringify/sync';
import { citationKey, issuedYear, locatorLabel, nameInverted } from '../../../core/csl.js';
import type { Passage } from '../../../core/types.js';
import type { ExportItem, Exporter } from '../types.js';
import { TAG_FACETS, tagsOf } from '../../../core/facets.js';

// One row per passage, for spreadsheets: the quote with its page and section, its tags, and
// the fields of its document; then its citation key and locator, so a row can be cited in a
// manuscript beside the .bib or .json of the same list (user32: a text's "para. 12" left the
// page column empty, and no column named the work as the other formats do).


// one column per tag facet (core/facets.ts), named for its passage field, ids joined by "; "
const COLUMNS = ['quote', 'page', 'section', ...TAG_FACETS.map((f) => f.field), 'passage', 'link', 'document', 'title', 'authors', 'year', 'type', 'container', 'publisher', 'doi', 'url', 'note', 'key', 'locator', 'pdfPage'];

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return before
 * one of them) gets a leading apostrophe, as OWASP advises: opening an export must never run
 * a formula a document's text or metadata happened to hold.
 */
export function defuse(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * Every chosen passage with its work, in the order the user asked for them (the reading list's,
 * or the search's ranking) where the selection says it: a student's list sorted by hand had
 * come out grouped by document, each in reading order (userreview29 finding 11).
 */
function inAskedOrder(items: ExportItem[]): [ExportItem, Passage][] {
  const pairs = items.flatMap((item) => item.passages.map((p): [ExportItem, Passage] => [item, p]));
  const at = ([item, p]: [ExportItem, Passage]) => item.order?.get(p.id) ?? 0;
  return pairs.sort((a, b) => at(a) - at(b));
}

const row = (item: ExportItem, p: Passage) =>
  Object.fromEntries(
    Object.entries({
        quote: p.text,
        // the printed pages the quote is on, as a pages field cites them: a range where it runs
        // over a turn. Where the document prints no number the cell is empty, not the file's own
        // page count: a bare "6" there read as printed page 6, while the locator said "PDF p. 6"
        page: p.page && !p.pageIsPhysical ? (p.pageEnd && p.pageEnd !== p.page ? `${p.page}–${p.pageEnd}` : p.page) : '',
        section: p.section.join(' > '),
        ...Object.fromEntries(TAG_FACETS.map((f) => [f.field, tagsOf(p, f).join('; ')])),
        passage: p.id,
        link: item.links.get(p.id) ?? '',
        document: item.csl.id,
        title: item.csl.title ?? '',
        authors: (item.csl.author ?? []).map(nameInverted).join('; '),
        year: String(issuedYear(item.csl) ?? ''),
        type: item.csl.type,
        container: item.csl['container-title'] ?? item.csl['collection-title'] ?? '',
        publisher: item.csl.publisher ?? '',
        doi: item.csl.DOI ?? '',
        url: item.csl.URL ?? '',
        // the user's note on the passage (the reading list's); the columns added since go after
        // it, so every column keeps the place a spreadsheet's formulas know it by
        note: item.notes?.get(p.id) ?? '',
        // the work's key, as BibTeX, RIS and CSL-JSON name it
        key: citationKey(item.csl),
        // how the quote is cited: "p. 9", "pp. 20–21", "para. 12", "PDF p. 48"
        locator: locatorLabel(p),
        // the file's own page the quote starts on, a number whatever the document prints: where
        // a PDF reader opens it (file.pdf#page=6); empty for a text file
        pdfPage: typeof p.physicalPage === 'number' ? String(p.physicalPage) : '',
    }).map(([k, v]) => [k, defuse(String(v))]),
  );

const rows = (items: ExportItem[]) => inAskedOrder(items).map(([item, p]) => row(item, p));

/** Rows in one piece of a streamed file. */
const PIECE_ROWS = 100;

const options = { columns: COLUMNS, record_delimiter: 'windows' } as const;

export const csv: Exporter = {
  id: 'csv',
  label: 'CSV (one row per passage)',
  short: 'CSV',
  contentType: 'text/csv; charset=utf-8',
  extension: 'csv',
  passageRows: true,
  render: (items) => stringify(rows(items), { ...options, header: true, bom: true }),
  *pieces(items) {
    yield stringify([], { ...options, header: true, bom: true });
    const all = inAskedOrder(items);
    for (let i = 0; i < all.length; i += PIECE_ROWS) yield stringify(all.slice(i, i + PIECE_ROWS).map(([item, p]) => row(item, p)), options);
  },
};
