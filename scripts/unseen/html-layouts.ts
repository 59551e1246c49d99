import type { Block, Source } from './source.js';

// Layouts Chromium's own typesetting makes from HTML and CSS: real column flow (two and three
// columns, a title and abstract spanning them), hyphens: auto, @page margin boxes, counters for
// numbered and lettered headings, a drop cap, side notes in the margin, small capitals.

export interface HtmlLayout {
  name: string;
  format: 'A4' | 'Letter';
  css: string;
  /** first paragraph spans the columns as an abstract */
  abstract: boolean;
  /** notes after the text (in the flow) or floated into the margin beside the paragraph that calls them */
  notes: 'end' | 'side';
  /** a fixed header on every page, drawn by Chromium's header template (capitals) */
  headerTemplate?: (s: Source) => string;
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const caps = (s: string) => esc(s.toUpperCase());

// Long URLs break anywhere: one wider than its column makes Chromium shrink the whole page.
const BASE = `
  body { overflow-wrap: anywhere; }
  .masthead { font-size: 7.5pt; line-height: 1.3; margin: 0 0 10pt; }
  h1 { margin: 0 0 6pt; line-height: 1.15; }
  .byline { font-size: 11pt; margin: 0 0 2pt; } .date { font-size: 9pt; margin: 0 0 14pt; }
  ul.list { list-style: none; padding: 0; margin: 4pt 0; } ul.list li { margin: 0 0 3pt; }
  .box { padding: 5pt 6pt; margin: 8pt 0; break-inside: avoid; }
  .box h4 { margin: 0 0 3pt; }
  blockquote { margin: 5pt 0 5pt 1.5em; }
  .ref { padding-left: 1.2em; text-indent: -1.2em; margin: 0 0 2pt; }
  .note { margin: 0 0 2pt; }
`;

export const HTML_LAYOUTS: HtmlLayout[] = [
  {
    name: 'css3col-letter',
    format: 'Letter',
    abstract: true,
    notes: 'end',
    css: `
      @page { size: Letter; margin: 0.8in 0.6in 0.75in;
        @top-left { content: RUNNING; font: 7pt "DejaVu Sans", sans-serif; font-variant: small-caps; letter-spacing: 0.04em; }
        @top-right { content: counter(page); font: bold 8pt "DejaVu Sans", sans-serif; }
        @bottom-center { content: FOOT; font: 6.5pt "DejaVu Sans", sans-serif; color: #555; } }
      body { font: 8.4pt/1.32 "DejaVu Sans", sans-serif; margin: 0; }
      main { column-count: 3; column-gap: 0.22in; column-rule: 0.4pt solid #bbb; hyphens: auto; -webkit-hyphens: auto; text-align: left; }
      header, .abstract { column-span: all; }
      .abstract { font: italic 10pt/1.35 "DejaVu Serif", serif; margin: 0 0 12pt; border-bottom: 0.6pt solid #000; padding-bottom: 8pt; }
      h1 { font: bold 21pt "DejaVu Serif", serif; }
      main { counter-reset: h2; } h2 { counter-reset: h3; counter-increment: h2; } h3 { counter-increment: h3; }
      h2::before { content: counter(h2) "\\2002"; } h3::before { content: counter(h2) "." counter(h3) "\\2002"; }
      h2 { font: bold 10pt "DejaVu Sans", sans-serif; margin: 9pt 0 3pt; } h3 { font: bold 8.6pt "DejaVu Sans", sans-serif; margin: 7pt 0 2pt; } h4 { font: bold italic 8.4pt "DejaVu Sans", sans-serif; margin: 6pt 0 2pt; }
      p { margin: 0 0 5pt; }
      p.first::first-letter { float: left; font: bold 30pt/0.8 "DejaVu Serif", serif; margin: 3pt 3pt 0 0; }
      .box { background: #eef2e6; font-size: 7.8pt; } .pull { font: bold 10.5pt/1.25 "DejaVu Serif", serif; margin: 8pt 0; padding: 6pt 0; border-top: 2pt solid #222; }
      blockquote { font-size: 7.8pt; } .note, .ref { font-size: 7pt; }
    `,
  },
  {
    name: 'css2col-a4-serif',
    format: 'A4',
    abstract: false,
    notes: 'end',
    headerTemplate: (s) =>
      `<div style="font:7px 'Liberation Serif',serif;width:100%;margin:0 1.8cm;display:flex;justify-content:space-between;letter-spacing:0.06em"><span>${caps(s.truth.authors.map((a) => a.split(/\s+/).pop() ?? a).join(' AND '))}</span><span>${caps(s.truth.title.slice(0, 60))}</span><span class="pageNumber"></span></div>`,
    css: `
      @page { size: A4; margin: 2.1cm 1.8cm 2cm; }
      body { font: 10pt/1.3 "Liberation Serif", serif; margin: 0; }
      main { column-count: 2; column-gap: 0.65cm; hyphens: auto; -webkit-hyphens: auto; text-align: justify; }
      header { column-span: all; text-align: center; margin-bottom: 14pt; }
      h1 { font: 20pt "Liberation Serif", serif; font-variant: small-caps; }
      main { counter-reset: h2; } h2 { counter-reset: h3; counter-increment: h2; } h3 { counter-increment: h3; }
      h2::before { content: counter(h2, upper-alpha) ".\\2002"; } h3::before { content: counter(h2, upper-alpha) "." counter(h3) "\\2002"; }
      h2 { font: 11pt "Liberation Serif", serif; font-variant: small-caps; text-align: center; margin: 10pt 0 4pt; } h3 { font: italic 10pt "Liberation Serif", serif; margin: 8pt 0 3pt; } h4 { font: italic 10pt "Liberation Serif", serif; margin: 6pt 0 2pt; }
      p { margin: 0; text-indent: 1.2em; } h2 + p, h3 + p, h4 + p, header + p { text-indent: 0; }
      .box { border: 0.6pt solid #000; font-size: 9pt; } .box p { text-indent: 0; margin-bottom: 3pt; }
      .pull { font: italic 11pt/1.3 "Liberation Serif", serif; text-align: center; margin: 8pt 0.5em; text-indent: 0; }
      blockquote { font-size: 9pt; } .note, .ref { font-size: 8pt; text-indent: 0; }
      .ref { padding-left: 1.2em; text-indent: -1.2em; }
    `,
  },
  {
    name: 'css1col-sidenotes',
    format: 'A4',
    abstract: false,
    notes: 'side',
    css: `
      @page { size: A4; margin: 2.4cm 1.6cm 2.4cm 2.2cm;
        @top-left { content: RUNNING; font: italic 8pt "Liberation Sans", sans-serif; }
        @bottom-left { content: counter(page); font: 8pt "Liberation Sans", sans-serif; } }
      @page :first { @top-left { content: none; } }
      body { font: 10.5pt/1.45 "Liberation Sans", sans-serif; margin: 0; }
      main { hyphens: auto; -webkit-hyphens: auto; text-align: left; margin-right: 5.6cm; }
      header { break-after: page; padding-top: 5cm; }
      h1 { font: bold 24pt "Liberation Sans", sans-serif; }
      h2 { font: bold 12pt "Liberation Sans", sans-serif; font-variant: small-caps; letter-spacing: 0.03em; margin: 14pt 0 4pt; }
      h3 { font: 11pt "Liberation Sans", sans-serif; font-variant: small-caps; margin: 10pt 0 3pt; } h4 { font: italic 10.5pt "Liberation Sans", sans-serif; margin: 8pt 0 2pt; }
      p { margin: 0 0 7pt; }
      .side { float: right; clear: right; width: 4.8cm; margin-right: -5.6cm; font: 7.5pt/1.3 "Liberation Sans", sans-serif; color: #333; margin-bottom: 4pt; }
      .box { background: #f0f0f0; font-size: 9.5pt; } .pull { font: 13pt/1.3 "Liberation Serif", serif; color: #444; margin: 8pt 0; }
      blockquote { font-size: 9.5pt; } .ref { font-size: 9pt; }
    `,
  },
];

export function blockHtml(b: Block, notes: string): string {
  switch (b.type) {
    case 'heading': {
      const h = Math.min((b.level ?? 1) + 1, 4);
      return `<h${h}>${esc(b.text)}</h${h}>`;
    }
    case 'quote':
      return b.role === 'pull-quote' ? `<p class="pull">${esc(b.text)}</p>` : `<blockquote>${esc(b.text)}${notes}</blockquote>`;
    case 'box': {
      const parts = (b.parts ?? []).filter((p) => p.type !== 'heading').map((p) => `<p>${p.type === 'list-item' ? `${esc(p.n ?? '•')} ` : ''}${esc(p.text)}</p>`);
      return `<div class="box"><h4>${esc(b.label ?? '')}</h4>${parts.join('')}</div>`;
    }
    case 'reference':
      return `<p class="ref">${esc(b.text)}</p>`;
    default:
      return `<p>${esc(b.text)}${notes}</p>`;
  }
}

export function html(s: Source, L: HtmlLayout): string {
  const sup = (n: string) => `<sup>${esc(n)}</sup>`;
  const out: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) out.push(`<ul class="list">${list.join('')}</ul>`);
    list = [];
  };
  let firstPara = true;
  s.body.forEach((b, i) => {
    const notes = s.notesOf.get(i) ?? [];
    const marks = notes.map((n) => sup(n.n ?? '')).join('');
    const side = L.notes === 'side' ? notes.map((n) => `<span class="side">${esc(n.n ?? '')} ${esc(n.text)}</span>`).join('') : '';
    if (b.type !== 'list-item') flush();
    if (b.type === 'list-item') {
      list.push(`<li style="margin-left:${((b.depth ?? 1) - 1) * 1.3}em">${side}${esc(b.n ?? '•')}${b.ordered ? '.' : ''} ${esc(b.text)}${marks}</li>`);
      return;
    }
    if (b.type === 'paragraph' && firstPara) {
      firstPara = false;
      out.push(`${side}<p class="${L.abstract ? 'abstract' : 'first'}">${esc(b.text)}${marks}</p>`);
      return;
    }
    out.push(side + blockHtml(b, marks));
  });
  flush();
  if (L.notes === 'end' && s.notes.length) out.push(`<h2 class="notes">Notes</h2>${s.notes.map((n) => `<p class="note">${esc(n.n ?? '')} ${esc(n.text)}</p>`).join('')}`);
  const running = JSON.stringify(s.truth.title);
  const foot = JSON.stringify(s.masthead[0] ?? s.byline);
  const header = `<header>${s.masthead.map((m) => `<p class="masthead">${esc(m)}</p>`).join('')}<h1>${esc(s.truth.title)}</h1><p class="byline">${esc(s.byline)}</p><p class="date">${esc(s.date)}</p></header>`;
  // Counters reset on main, so the spanning notes heading is not numbered with the sections.
  const css = L.css.replace(/RUNNING/g, running).replace(/FOOT/g, foot);
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><style>${BASE}${css} h2.notes::before { content: none; }</style></head><body><main>${header}${out.join('\n')}</main></body></html>`;
}
