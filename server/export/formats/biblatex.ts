import type { CslItem } from '../../../core/types.js';
import { bibtexOfLatex } from '../citation-js.js';
import { latexText } from '../latex.js';
import type { ExportItem, Exporter } from '../types.js';
import { bibtex, bibtexUrl, exportCsl, inLatex, reportInstitution, reportSeriesNumber, titlesFor, withLangid, withPages, withType } from './bibliographic.js';

// biblatex's own data model, for a biber user: `date = {2023-12-10}` (not BibTeX's month macro and
// `day`), `location`, `journaltitle`, `institution`, `urldate`, @online and @report. citation-js
// (plugin-bibtex 0.8) maps CSL to biblatex's fields and types; this module gives it the item as the
// BibTeX export does (LaTeX text, titles braced, pages with "--", `langid`) and puts right what its
// mapping leaves outside biblatex's data model, as `biber --tool --validate-datamodel` reads it.

/**
 * The item as biblatex's entry types hold it. A report's series is its `type` ("Policy Report",
 * printed before the `number`: "Policy Report 7"), as @report has no `series` and needs a `type`
 * ("Report" when the catalogue gives neither genre nor series); a report with a genre of its own
 * keeps the genre as `type` and says its series (and number in it) in `note`, which biblatex
 * prints after the title. A report issued by a body with no publisher named (a UN organ's, as the
 * indexer reads it) has that body as `institution`, which @report requires, as in the BibTeX
 * export (review17-b finding 4). An article has no publisher. A report's edition is biblatex's
 * `version` (set by biblatexEntry: citation-js would write `edition`, which @report lacks). `accessed` is `urldate` only: citation-js repeats it in
 * `note` as "[Online; accessed …]", which every style would print beside biblatex's own
 * "(visited on …)".
 */
function forBiblatex(csl: CslItem): CslItem {
  if (csl.type === 'article-journal') {
    const { publisher: _publisher, ...rest } = csl;
    return rest;
  }
  if (csl.type !== 'report') return csl;
  // a series number with no genre is the report's `number` (review fixrev17b's leftover)
  const out: CslItem = { ...reportSeriesNumber(csl) };
  if (!out.genre) {
    // the report's own kind is needed (@report's mandatory `type`): its series, else "Report"
    out.genre = String(out['collection-title'] || 'Report');
  } else if (out['collection-title']) {
    const series = [out['collection-title'], out['collection-number']].filter(Boolean).join(' ');
    out.note = [out.note, series].filter(Boolean).join('. ');
    delete out['collection-number'];
  }
  delete out['collection-title'];
  return reportInstitution(out);
}

/** One biblatex entry: citation-js's biblatex layout of the LaTeX-encoded item, put into biblatex's data model. */
function biblatexEntry(item: ExportItem): string {
  const csl = forBiblatex(exportCsl(item));
  const { edition, ...rest } = csl;
  const reportEdition = csl.type === 'report' && edition !== undefined && edition !== '' ? edition : undefined;
  let entry = bibtexOfLatex([inLatex(reportEdition === undefined ? csl : (rest as CslItem))], 'biblatex');
  // a chapter in a book is @incollection (booktitle and editor are the book's), as in the BibTeX export
  if (csl.type === 'chapter' && csl['container-title']) entry = entry.replace(/^@inbook\{/, '@incollection{');
  // citation-js writes a genre that is no biblatex type key as `entrysubtype`, which styles do
  // not print; a report's kind is its `type`
  if (csl.type === 'report') entry = entry.replace(/^(\s*)entrysubtype = /m, '$1type = ');
  // the edition is the document's text (front matter, catalog.json) and LaTeX-encoded as every
  // other field, or a `}` in it closes the field and writes fields, entries or commands of its own
  // (review17-b finding 1); a replacement function, as a `$&` in it is no pattern
  if (reportEdition !== undefined) {
    const version = `\n\tversion = {${latexText(String(reportEdition))}},\n}`;
    entry = entry.replace(/\n\}$/, () => version);
  }
  // the access date is `urldate`; its copy in `note` goes (a note of the item's own stays), the
  // line with its own line break: no other blank line is touched, as the quotes in `annotation`
  // are set apart by blank lines (review17-b finding 8)
  entry = entry.replace(/^([ \t]*note = \{)(.*?)\s*\[Online; accessed [^\]\n]*\]\s*(\},\n)/m, (_m, head: string, before: string, tail: string) => (before ? `${head}${before}${tail}` : ''));
  // `language` is a list of languages biblatex prints ("en" at the end of the entry); `langid`
  // (withLangid) is the language the entry is written in, the field biblatex hyphenates by
  entry = entry.replace(/^\s*language = \{[^\n]*\},\n/m, '');
  // howpublished repeating the URL (see the BibTeX export) is left out
  const url = typeof csl.URL === 'string' ? bibtexUrl(csl.URL) : null;
  entry = entry.replace(/^\s*howpublished = \{([^\n]*)\},\n/m, (line, value: string) => (value === url ? '' : line));
  return withLangid(titlesFor(withType(withPages(entry, csl), csl), csl), csl);
}

export const biblatex: Exporter = {
  id: 'biblatex',
  label: 'biblatex (biber)',
  short: 'biblatex',
  contentType: 'application/x-bibtex; charset=utf-8',
  extension: 'bib',
  render: (items) => items.map(biblatexEntry).join('\n\n') + (items.length ? '\n' : ''),
  *pieces(items) {
    for (const [i, item] of items.entries()) yield `${i ? '\n\n' : ''}${biblatexEntry(item)}`;
    if (items.length) yield '\n';
  },
  empty: bibtex.empty,
};
