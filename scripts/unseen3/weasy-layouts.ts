import type { Source } from '../unseen/source.js';
import { blockHtml, esc } from '../unseen/html-layouts.js';
import { isTitleNote, seriesName, shortTitle, surnames, type Layout } from '../unseen2/layout.js';

// WeasyPrint: HTML and CSS Paged Media typeset by its own engine (Pango, pyphen hyphenation)
// and PDF writer, not a browser's. Page-level running heads and folios in @page margin boxes,
// CSS footnotes (`float: footnote`) gathered across the foot of the page under both columns,
// `columns: 2` balanced under a spanning title block and summary; and one ragged column on
// Letter with the notes collected at the end under Endnotes.

export interface WeasyLayout extends Layout {
  css: string;
}

/** The title up to its colon, as a running head fits it. */

export const WEASY_LAYOUTS: WeasyLayout[] = [
  {
    name: 'weasy-2col-a4-footnotes',
    paper: 'A4',
    columns: 2,
    notes: 'foot',
    notesPlace: "CSS footnotes across the foot of the page, below both columns; the author's note (*) set small under the title block",
    hyphenated: true,
    abstract: { heading: 'Summary' },
    running: (s) => ({
      header: surnames(s),
      folio: 'foot',
      description: "from page 2: the authors' surnames in italic at the left of the head; the page number at the right of the foot of every page",
    }),
    pdfInfo: (s) => ({ Title: s.truth.title, Author: s.truth.authors.join(', ') }),
    css: `
      @page { size: A4; margin: 2cm 1.7cm 2.2cm;
        @top-left { content: RUNNING; font: italic 8pt "DejaVu Serif", serif; }
        @bottom-right { content: counter(page); font: 8pt "DejaVu Serif", serif; }
        @footnote { border-top: 0.5pt solid #000; padding-top: 3pt; } }
      @page :first { @top-left { content: none; } }
      body { font: 9.2pt/1.3 "DejaVu Serif", serif; margin: 0; hyphens: auto; text-align: justify; }
      main { columns: 2; column-gap: 0.6cm; }
      header, .abstract, h2.summary { column-span: all; }
      header { text-align: center; margin-bottom: 10pt; }
      .masthead { font: 7.5pt "DejaVu Sans", sans-serif; margin: 0 0 2pt; text-align: left; }
      h1 { font: bold 18pt/1.2 "DejaVu Sans", sans-serif; margin: 14pt 0 8pt; }
      .byline { font-size: 11pt; margin: 0 0 2pt; } .date { font-size: 9pt; margin: 0 0 8pt; }
      h2.summary { font: bold 8.5pt "DejaVu Sans", sans-serif; text-transform: uppercase; letter-spacing: 0.08em; margin: 0 0 3pt; }
      .abstract { font-size: 8.6pt; margin: 0 2.2cm 12pt; }
      main { counter-reset: h2; } h2 { counter-reset: h3; counter-increment: h2; } h3 { counter-increment: h3; }
      h2.summary { counter-increment: none; } h2:not(.summary)::before { content: counter(h2) "\\2003"; } h3::before { content: counter(h2) "." counter(h3) "\\2003"; }
      h2 { font: bold 10.5pt "DejaVu Sans", sans-serif; margin: 10pt 0 4pt; } h3 { font: bold 9.2pt "DejaVu Sans", sans-serif; margin: 8pt 0 3pt; }
      h4 { font: bold italic 9.2pt "DejaVu Serif", serif; margin: 6pt 0 2pt; }
      h2, h3, h4 { text-align: left; hyphens: manual; }
      p { margin: 0; text-indent: 1em; } h2 + p, h3 + p, h4 + p, .box p, blockquote, .ref, .abstract { text-indent: 0; }
      ul.list { list-style: none; padding: 0; margin: 3pt 0; } ul.list li { margin: 0 0 2pt 1em; text-indent: -1em; }
      .box { border-top: 1pt solid #000; border-bottom: 1pt solid #000; padding: 4pt 0; margin: 8pt 0; font-size: 8.4pt; break-inside: avoid; }
      .box h4 { font: bold 8.4pt "DejaVu Sans", sans-serif; margin: 0 0 3pt; }
      blockquote { font-size: 8.4pt; margin: 4pt 1em; }
      .pull { font: italic 11pt/1.3 "DejaVu Serif", serif; text-align: center; margin: 8pt 0.5em; text-indent: 0; }
      .ref { font-size: 8.2pt; padding-left: 1.2em; text-indent: -1.2em; margin: 0 0 2pt; }
      .fn { float: footnote; font: 7.4pt/1.25 "DejaVu Serif", serif; text-align: left; hyphens: manual; }
      .fn::footnote-call { content: counter(footnote); vertical-align: super; font-size: 6pt; line-height: 0; }
      .fn::footnote-marker { content: attr(data-n) "\\2002"; }
      .affiliation { font-size: 7.6pt; text-align: left; margin: 0 2.2cm 4pt; }
      sup { font-size: 6pt; line-height: 0; }
    `,
  },
  {
    name: 'weasy-1col-letter-endnotes',
    paper: 'Letter',
    columns: 1,
    notes: 'end',
    notesHeading: 'Endnotes',
    notesPlace: "endnotes after the text, under an Endnotes heading, each opening with its raised number; the author's note (*) set small under the title block",
    hyphenated: false,
    authorsApart: true,
    running: (s) => ({
      header: shortTitle(s),
      footer: seriesName(s),
      folio: 'head',
      description: 'from page 2: the title (to its colon) and the page number at the right of the head; the series or journal name at the left of the foot',
    }),
    css: `
      @page { size: Letter; margin: 0.9in 1.1in 0.9in 1.1in;
        @top-right { content: RUNNING "\\2003" counter(page); font: 8pt "DejaVu Sans", sans-serif; }
        @bottom-left { content: FOOT; font: 7.5pt "DejaVu Sans", sans-serif; color: #333; } }
      @page :first { @top-right { content: none; } }
      body { font: 10pt/1.45 "DejaVu Sans", sans-serif; margin: 0; text-align: left; hyphens: manual; }
      header { margin-bottom: 18pt; }
      .masthead { font-size: 8pt; margin: 0 0 2pt; color: #333; }
      h1 { font: bold 20pt/1.2 "DejaVu Sans", sans-serif; margin: 18pt 0 10pt; }
      .author { font-size: 11pt; margin: 0; } .date { font-size: 9pt; margin: 6pt 0 0; }
      h2 { font: bold 13pt "DejaVu Sans", sans-serif; margin: 16pt 0 5pt; } h3 { font: bold 11pt "DejaVu Sans", sans-serif; margin: 12pt 0 4pt; }
      h4 { font: bold 10pt "DejaVu Sans", sans-serif; margin: 8pt 0 2pt; }
      p { margin: 0 0 7pt; }
      ul.list { list-style: none; padding: 0; margin: 4pt 0 7pt; } ul.list li { margin: 0 0 3pt 1.3em; text-indent: -1.3em; }
      .box { background: #e9eef4; border-left: 3pt solid #2b4c7e; padding: 6pt 9pt; margin: 10pt 0; font-size: 9pt; break-inside: avoid; }
      .box h4 { margin: 0 0 4pt; }
      blockquote { font-size: 9pt; margin: 6pt 2em; }
      .pull { font: bold 12.5pt/1.3 "DejaVu Sans", sans-serif; color: #2b4c7e; margin: 10pt 0; }
      .ref { font-size: 9pt; padding-left: 1.5em; text-indent: -1.5em; margin: 0 0 3pt; }
      .note { font-size: 8.5pt; margin: 0 0 3pt; }
      .fn { float: footnote; font: 7.5pt/1.25 "DejaVu Sans", sans-serif; }
      .fn::footnote-call { content: counter(footnote); vertical-align: super; font-size: 6.5pt; line-height: 0; }
      .fn::footnote-marker { content: attr(data-n) "\\2002"; }
      .affiliation { font-size: 8pt; margin: 8pt 0 0; }
      sup { font-size: 6.5pt; line-height: 0; }
    `,
  },
];

const sup = (n: string) => `<sup>${esc(n)}</sup>`;
// WeasyPrint numbers its calls by its own footnote counter (its ::footnote-call takes no
// attr()): reset just before each note, the counter gives the source's number.
const footnote = (n: { n?: string; text: string }) => `<span class="fn" data-n="${esc(n.n ?? '')}" style="counter-reset: footnote ${Number(n.n) - 1}">${esc(n.text)}</span>`;

export function weasyHtml(s: Source, L: WeasyLayout): string {
  const out: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) out.push(`<ul class="list">${list.join('')}</ul>`);
    list = [];
  };
  const endnotes: string[] = [];
  // The summary spans the columns right under the title block, as the first thing read.
  let summary = '';
  const abstract = L.abstract ? s.body.findIndex((b) => b.type === 'paragraph') : -1;
  s.body.forEach((b, i) => {
    const notes = (s.notesOf.get(i) ?? []).filter((n) => !isTitleNote(n));
    const marks = notes
      .map((n) => {
        if (L.notes === 'foot') return footnote(n);
        endnotes.push(`<p class="note">${sup(n.n ?? '')} ${esc(n.text)}</p>`);
        return sup(n.n ?? '');
      })
      .join('');
    if (b.type !== 'list-item') flush();
    if (i === abstract) {
      summary = `<h2 class="summary">${esc(L.abstract?.heading ?? '')}</h2><p class="abstract">${esc(b.text)}${marks}</p>`;
      return;
    }
    if (b.type === 'list-item') {
      list.push(`<li style="margin-left:${(b.depth ?? 1) * 1.1}em">${esc(b.n ?? '•')}${b.ordered ? '.' : ''}\u2002${esc(b.text)}${marks}</li>`);
      return;
    }
    out.push(blockHtml(b, marks));
  });
  flush();
  if (endnotes.length) out.push(`<h2>${esc(L.notesHeading ?? 'Notes')}</h2>${endnotes.join('')}`);
  // The author's own note (affiliation, marked *) is set small under the title block, as some
  // journals print affiliations (WeasyPrint's calls can only count).
  const titleNotes = s.notes.filter(isTitleNote);
  const marks = titleNotes.map((n) => sup(n.n ?? '')).join('');
  const authors = L.authorsApart ? s.truth.authors.map((a, k) => `<p class="author">${esc(a)}${k === 0 ? marks : ''}</p>`).join('') : `<p class="byline">${esc(s.byline)}${marks}</p>`;
  const affiliation = titleNotes.map((n) => `<p class="affiliation">${sup(n.n ?? '')} ${esc(n.text)}</p>`).join('');
  const header = `<header>${s.masthead.map((m) => `<p class="masthead">${esc(m)}</p>`).join('')}<h1>${esc(s.truth.title)}</h1>${authors}<p class="date">${esc(s.date)}</p>${affiliation}</header>`;
  const { header: running, footer } = L.running(s);
  const css = L.css.replace(/RUNNING/g, JSON.stringify(running ?? '')).replace(/FOOT/g, JSON.stringify(footer ?? ''));
  const meta = L.pdfInfo ? `<title>${esc(s.truth.title)}</title><meta name="author" content="${esc(s.truth.authors.join(', '))}">` : '';
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">${meta}<style>${css}</style></head><body><main>${header}${summary}${out.join('\n')}</main></body></html>`;
}
