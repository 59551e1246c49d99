import { stringify } from 'csv-stringify/sync';
import { issuedYear, nameInverted } from '../../../core/csl.js';
import type { Exporter } from '../types.js';

// One row per passage, for spreadsheets: the quote with its page and section, its tags, and
// the fields of its document.


export const csv: Exporter = {
  id: 'csv',
  label: 'CSV (one row per passage)',
  contentType: 'text/csv; charset=utf-8',
  extension: 'csv',
  passageRows: true,
  render: (items) =>
    stringify(
      items.flatMap((item) =>
        item.passages.map((p) => ({
          quote: p.text,
          page: p.page ?? '',
          section: p.section.join(' > '),
          kind: p.kind,
          actors: p.actors.join('; '),
          themes: p.themes.join('; '),
          places: p.places.join('; '),
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
        })),
      ),
      { header: true, columns: ['quote', 'page', 'section', 'kind', 'actors', 'themes', 'places', 'passage', 'link', 'document', 'title', 'authors', 'year', 'type', 'container', 'publisher', 'doi', 'url'], bom: true, record_delimiter: 'windows' },
    ),
};
