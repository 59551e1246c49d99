import type { CslItem } from '../../../core/types.js';
import { Cite } from '../citation-js.js';
import type { ExportItem, Exporter } from '../types.js';

// Bibliographic formats hold one record per document however many of its passages were
// chosen; the pages and quotes go into the record's note.

function withNote(item: ExportItem): CslItem {
  const notes = item.passages.map((p) => `${p.page ? `p. ${p.page}: ` : ''}“${p.text}”`);
  const csl: CslItem = { ...item.csl };
  if (notes.length) csl.note = [item.csl.note, ...notes].filter(Boolean).join('\n');
  return csl;
}

export const bibtex: Exporter = {
  id: 'bibtex',
  label: 'BibTeX',
  contentType: 'application/x-bibtex; charset=utf-8',
  extension: 'bib',
  render: (items) => (items.length ? new Cite(items.map(withNote)).format('bibtex', { format: 'text' }) : ''),
};

export const ris: Exporter = {
  id: 'ris',
  label: 'RIS',
  contentType: 'application/x-research-info-systems; charset=utf-8',
  extension: 'ris',
  render: (items) => {
    if (!items.length) return '';
    // citation-js wraps long values onto continuation lines, which RIS readers take for
    // garbage: each tag's value goes back on one line.
    const out: string[] = [];
    for (const line of new Cite(items.map(withNote)).format('ris').split(/\r?\n/)) {
      if (/^[A-Z][A-Z0-9] {2}- /.test(line) || line === '' || !out.length) out.push(line);
      else out[out.length - 1] += line;
    }
    return out.join('\r\n');
  },
};

export const cslJson: Exporter = {
  id: 'csl-json',
  label: 'CSL-JSON',
  contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
  extension: 'json',
  render: (items) => JSON.stringify(items.map(withNote), null, 2),
};
