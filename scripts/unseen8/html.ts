import type { Block, Source } from '../unseen/source.js';
import { blockHtml, esc } from '../unseen/html-layouts.js';
import { seriesName } from '../unseen2/layout.js';
import { RTL_PARAGRAPH, figureAfter, headingNumbers, keyFacts, pullNumbers, tocEntries, type Html8Layout } from './html-layouts.js';
import { figureCaption } from '../unseen6/latex-layouts.js';

// The HTML and CSS each layout of html-layouts.ts is printed from (Chromium's page.pdf).

const BASE = `
  body { overflow-wrap: anywhere; margin: 0; }
  ul.list { list-style: none; padding: 0; margin: 4pt 0; } ul.list li { margin: 0 0 3pt; }
  .box { padding: 5pt 6pt; margin: 8pt 0; break-inside: avoid; background: #eef0f4; } .box h4 { margin: 0 0 3pt; }
  blockquote { margin: 6pt 0 6pt 1.5em; }
  .ref { padding-left: 1.2em; text-indent: -1.2em; margin: 0 0 2pt; }
  .note { margin: 0 0 3pt; }
  h2, h3, h4 { break-after: avoid; }
`;

const CSS: Record<Html8Layout['shape'], string> = {
  'word-toc': `
    @page { size: A4; margin: 2.54cm; }
    body { font: 11pt/1.08 Carlito, "Liberation Sans", sans-serif; }
    .cover { break-after: page; padding-top: 6cm; } .cover .series { font-size: 12pt; color: #2f5496; }
    .cover h1 { font: 26pt "Liberation Sans", sans-serif; color: #1f3864; margin: 10pt 0 16pt; } .cover p { margin: 0 0 4pt; }
    .toc { break-after: page; } .toc h2 { font: 16pt "Liberation Sans", sans-serif; color: #2f5496; margin: 0 0 12pt; }
    .toc .e { display: flex; margin: 0 0 5pt; } .toc .e.l2 { padding-left: 1.1cm; }
    .toc .e .t { flex: none; max-width: 13cm; } .toc .e .d { flex: 1; overflow: hidden; white-space: nowrap; } .toc .e .p { flex: none; padding-left: 2pt; }
    p { margin: 0 0 8pt; }
    h2 { font: 16pt "Liberation Sans", sans-serif; color: #2f5496; margin: 12pt 0 4pt; } h3 { font: 13pt "Liberation Sans", sans-serif; color: #2f5496; margin: 10pt 0 3pt; } h4 { font: italic 11pt "Liberation Sans", sans-serif; color: #2f5496; margin: 8pt 0 2pt; }
    .num { display: inline-block; width: 1.27cm; }
    .pull { font: italic 12pt/1.2 "Liberation Sans", sans-serif; color: #2f5496; border-top: 1pt solid #2f5496; border-bottom: 1pt solid #2f5496; padding: 4pt 0; margin: 8pt 1cm; }
    .notes-rule { width: 5cm; border-top: 0.75pt solid #000; margin: 14pt 0 6pt; } .note { font-size: 10pt; }
  `,
  'annual-cover': `
    @page { size: A4; margin: 2cm 2cm 2.4cm 3.2cm;
      @bottom-left { content: FOOT; font: 8pt "DejaVu Sans", sans-serif; color: #0b3d6e; }
      @bottom-right { content: counter(page); font: bold 9pt "DejaVu Sans", sans-serif; color: #0b3d6e; } }
    @page cover { margin: 0; @bottom-left { content: none; } @bottom-right { content: none; } }
    body { font: 10pt/1.45 "DejaVu Sans", sans-serif; color: #222; }
    .cover { page: cover; break-after: page; height: 297mm; background: #0b3d6e; color: #fff; padding: 7cm 2.4cm 0; box-sizing: border-box; }
    .cover .series { font: bold 11pt "DejaVu Sans", sans-serif; color: #f6c343; text-transform: uppercase; letter-spacing: 0.12em; }
    .cover h1 { font: bold 32pt/1.15 "DejaVu Sans", sans-serif; margin: 14pt 0 22pt; } .cover p { font-size: 13pt; margin: 0 0 5pt; }
    .cover .band { position: absolute; left: 0; right: 0; top: 245mm; height: 52mm; background: #f6c343; }
    .numbers { display: flex; gap: 1cm; margin: 0 0 18pt; border-bottom: 2pt solid #f6c343; padding-bottom: 12pt; }
    .numbers div { flex: 1; } .numbers b { display: block; font: bold 40pt/1 "DejaVu Sans", sans-serif; color: #0b3d6e; } .numbers span { font-size: 9pt; }
    p { margin: 0 0 7pt; }
    h2 { font: bold 15pt "DejaVu Sans", sans-serif; color: #0b3d6e; margin: 14pt 0 5pt; } h3 { font: bold 11.5pt "DejaVu Sans", sans-serif; color: #0b3d6e; margin: 10pt 0 3pt; } h4 { font: bold 10pt "DejaVu Sans", sans-serif; margin: 8pt 0 2pt; }
    .pull { font: bold 16pt/1.25 "DejaVu Sans", sans-serif; color: #c4501b; margin: 12pt 0; }
    .note { font-size: 8pt; }
  `,
  'journal-figure': `
    @page { size: A4; margin: 2.2cm 1.9cm 2cm; }
    body { font: 9.6pt/1.28 "Liberation Serif", serif; }
    main { column-count: 2; column-gap: 0.6cm; text-align: justify; hyphens: auto; -webkit-hyphens: auto; }
    header { column-span: all; margin-bottom: 14pt; } .masthead { font-size: 7.5pt; margin: 0 0 2pt; }
    header h1 { font: bold 18pt/1.2 "Liberation Serif", serif; margin: 10pt 0 6pt; } header p.byline { font-size: 11pt; margin: 0 0 2pt; } header p.date { font-size: 9pt; margin: 0 0 4pt; }
    p { margin: 0; text-indent: 1em; } h2 + p, h3 + p, h4 + p, header + p, figure + p { text-indent: 0; }
    h2 { font: bold 10.5pt "Liberation Serif", serif; margin: 9pt 0 3pt; } h3 { font: italic 10pt "Liberation Serif", serif; margin: 7pt 0 2pt; } h4 { font: italic 9.6pt "Liberation Serif", serif; margin: 6pt 0 2pt; }
    figure { column-span: all; margin: 10pt 0; break-inside: avoid; } figure figcaption { font: 8.5pt/1.25 "Liberation Sans", sans-serif; margin-top: 4pt; text-align: left; }
    .pull { font: italic 11pt/1.3 "Liberation Serif", serif; text-align: center; margin: 6pt 0; text-indent: 0; }
    blockquote { font-size: 9pt; } .note, .ref { font-size: 8pt; text-indent: 0; } .ref { padding-left: 1.2em; text-indent: -1.2em; }
  `,
  'briefing-keyfacts': `
    @page { size: Letter; margin: 0.9in 0.9in 0.9in 0.7in; }
    body { font: 10.5pt/1.38 "DejaVu Serif", serif; padding-left: 2.5in; }
    .facts { position: fixed; left: 0; top: 0; width: 2.1in; background: #e4ecf2; padding: 8pt; font: 8pt/1.35 "DejaVu Sans", sans-serif; box-sizing: border-box; }
    .facts h4 { font: bold 10pt "DejaVu Sans", sans-serif; margin: 0 0 5pt; color: #124; } .facts ul { margin: 0; padding: 0 0 0 1em; } .facts li { margin: 0 0 4pt; }
    main { text-align: justify; hyphens: auto; -webkit-hyphens: auto; }
    header { margin-bottom: 16pt; } .series { font: bold 9pt "DejaVu Sans", sans-serif; text-transform: uppercase; color: #124; }
    header h1 { font: bold 20pt/1.2 "DejaVu Sans", sans-serif; margin: 6pt 0 8pt; text-align: left; } header p { margin: 0 0 2pt; }
    p { margin: 0 0 7pt; }
    h2 { font: bold 13pt "DejaVu Sans", sans-serif; margin: 12pt 0 4pt; text-align: left; } h3 { font: bold 11pt "DejaVu Sans", sans-serif; margin: 9pt 0 3pt; text-align: left; } h4 { font: bold italic 10.5pt "DejaVu Sans", sans-serif; margin: 7pt 0 2pt; }
    .pull { font: italic 12pt/1.3 "DejaVu Serif", serif; margin: 8pt 0; color: #124; }
    .note { font-size: 8.5pt; text-align: left; }
  `,
  'roman-rtl': `
    @page { size: A4; margin: 2.5cm 3cm 2.6cm;
      @bottom-left { content: FOOT; font: 8pt "DejaVu Sans", sans-serif; }
      @bottom-right { content: counter(page, FOLIO); font: 8pt "DejaVu Sans", sans-serif; } }
    @page cover { @bottom-left { content: none; } @bottom-right { content: none; } }
    body { font: 11pt/1.4 "DejaVu Serif", serif; }
    main { text-align: justify; hyphens: auto; -webkit-hyphens: auto; }
    .cover { page: cover; break-after: page; padding-top: 5cm; } .cover .series { font: 10pt "DejaVu Sans", sans-serif; }
    .cover h1 { font: bold 24pt/1.2 "DejaVu Serif", serif; margin: 10pt 0 14pt; text-align: left; } .cover p { margin: 0 0 4pt; text-align: left; }
    h2.summary { margin-top: 0; }
    p { margin: 0 0 8pt; }
    h2 { font: bold 14pt "DejaVu Serif", serif; margin: 14pt 0 5pt; text-align: left; } h3 { font: bold 12pt "DejaVu Serif", serif; margin: 10pt 0 3pt; text-align: left; } h4 { font: italic 11pt "DejaVu Serif", serif; margin: 8pt 0 2pt; }
    .pull { font: italic 13pt/1.3 "DejaVu Serif", serif; margin: 10pt 1cm; }
    .note { font-size: 9pt; text-align: left; }
  `,
};

function titleBlock(s: Source, cls: string): string {
  return `<div class="${cls}">${s.masthead.map((m) => `<p class="series masthead">${esc(m)}</p>`).join('')}${cls === 'cover' && cls ? '' : ''}<h1>${esc(s.truth.title)}</h1><p class="byline">${esc(s.byline)}</p><p class="date">${esc(s.date)}</p>${cls === 'cover' ? '<div class="band"></div>' : ''}</div>`;
}

/** The body blocks as HTML, with what the layout adds among them. */
function bodyHtml(s: Source, L: Html8Layout, from: number, to: number): string {
  const sup = (n: string) => `<sup>${esc(n)}</sup>`;
  const nums = headingNumbers(s);
  const out: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) out.push(`<ul class="list">${list.join('')}</ul>`);
    list = [];
  };
  let paras = 0;
  const paraCount = (b: Block) => (b.type === 'paragraph' ? ++paras : paras);
  for (let i = 0; i < s.body.length; i++) {
    const b = s.body[i];
    const k = paraCount(b);
    if (i < from || i >= to) continue;
    const marks = (s.notesOf.get(i) ?? []).map((n) => sup(n.n ?? '')).join('');
    if (b.type !== 'list-item') flush();
    if (b.type === 'list-item') {
      list.push(`<li style="margin-left:${((b.depth ?? 1) - 1) * 1.3}em">${esc(b.n ?? '•')}${b.ordered ? '.' : ''} ${esc(b.text)}${marks}</li>`);
      continue;
    }
    if (b.type === 'heading' && L.shape === 'word-toc') {
      const h = Math.min((b.level ?? 1) + 1, 4);
      out.push(`<h${h}><span class="num">${nums.get(i) ?? ''}</span>${esc(b.text)}</h${h}>`);
      continue;
    }
    out.push(blockHtml(b, marks));
    if (b.type !== 'paragraph') continue;
    if (L.shape === 'journal-figure' && k === figureAfter(s) + 1) out.push(figure(s));
    if (L.shape === 'roman-rtl' && k === 3) out.push(`<p>${esc(RTL_PARAGRAPH)}</p>`);
  }
  flush();
  return out.join('\n');
}

/** A drawn figure with no text in it (bars, as a picture would be) and its caption across both columns. */
function figure(s: Source): string {
  const bars = s.body
    .filter((b) => b.type === 'paragraph')
    .slice(0, 24)
    .map((b, i) => `<rect x="${i * 20 + 4}" y="${120 - Math.min(110, b.text.length / 12)}" width="14" height="${Math.min(110, b.text.length / 12)}" fill="#4a6fa5"/>`)
    .join('');
  return `<figure><svg width="100%" height="125" viewBox="0 0 490 125" preserveAspectRatio="none"><line x1="0" y1="120" x2="490" y2="120" stroke="#000" stroke-width="0.6"/>${bars}</svg><figcaption>${esc(figureCaption(s))}</figcaption></figure>`;
}

function notes(s: Source, L: Html8Layout): string {
  if (!s.notes.length) return '';
  const rule = L.shape === 'word-toc' ? '<div class="notes-rule"></div>' : '';
  return `<h2 class="notes">${esc(L.notesHeading ?? 'Notes')}</h2>${rule}${s.notes.map((n) => `<p class="note">${esc(n.n ?? '')} ${esc(n.text)}</p>`).join('')}`;
}

function page(css: string, body: string): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><style>${BASE}${css}</style></head><body>${body}</body></html>`;
}

/**
 * Soft hyphens where a word may break (after a vowel and before a consonant, three letters or
 * more either side), as a word processor's or a typesetter's hyphenation marks them: Chromium
 * here has no hyphenation patterns, so hyphens: auto alone would break no word.
 */
export function softHyphens(text: string): string {
  return text.replace(/[A-Za-z]{8,}/g, (w) => w.replace(/(?<=[A-Za-z]{2}[aeiouy])(?=[b-df-hj-np-tv-z][A-Za-z]{2,}[a-z]$|[b-df-hj-np-tv-z][a-z][A-Za-z]*[a-z]{2}$)/g, '\u00ad'));
}

/** The source with soft hyphens in its text, for a layout that hyphenates (the truth keeps the words whole). */
export function hyphenable(s: Source): Source {
  const body = s.body.map((b) => (b.type === 'heading' ? b : { ...b, text: softHyphens(b.text) }));
  return { ...s, body };
}

/** The HTML documents the layout prints, in order: one, or the front matter and the body (two page sequences). */
export function html8(s: Source, L: Html8Layout): string[] {
  const foot = JSON.stringify(seriesName(s) ?? s.truth.title.split(':')[0]);
  const css = CSS[L.shape].replace(/FOOT/g, foot);
  const all = s.body.length;
  switch (L.shape) {
    case 'word-toc': {
      // Page numbers as Word's TOC field would show them: estimated from the text before each heading (about 3,300 characters a page), after the cover and the contents.
      let chars = 0;
      const at = new Map<number, number>();
      s.body.forEach((b, i) => {
        at.set(i, 3 + Math.floor(chars / 3300));
        chars += b.text.length + 120;
      });
      const toc = tocEntries(s)
        .map((e) => `<div class="e l${e.level}"><span class="t"><span class="num">${e.n}</span>${esc(e.text)}</span><span class="d">${' .'.repeat(120)}</span><span class="p">${at.get(e.at) ?? 3}</span></div>`)
        .join('');
      return [page(css, `${titleBlock(s, 'cover')}<div class="toc"><h2>Contents</h2>${toc}</div><main>${bodyHtml(s, L, 0, all)}${notes(s, L)}</main>`)];
    }
    case 'annual-cover': {
      const nums = pullNumbers(s)
        .map((p) => `<div><b>${esc(p.n)}</b><span>${esc(p.text)}</span></div>`)
        .join('');
      return [page(css, `${titleBlock(s, 'cover')}<main><div class="numbers">${nums}</div>${bodyHtml(s, L, 0, all)}${notes(s, L)}</main>`)];
    }
    case 'journal-figure': {
      const head = `<header>${s.masthead.map((m) => `<p class="masthead">${esc(m)}</p>`).join('')}<h1>${esc(s.truth.title)}</h1><p class="byline">${esc(s.byline)}</p><p class="date">${esc(s.date)}</p></header>`;
      return [page(css, `<main>${head}${bodyHtml(s, L, 0, all)}${notes(s, L)}</main>`)];
    }
    case 'briefing-keyfacts': {
      const facts = `<div class="facts"><h4>Key facts</h4><ul>${keyFacts(s)
        .map((f) => `<li>${esc(f)}</li>`)
        .join('')}</ul></div>`;
      const head = `<header>${s.masthead.map((m) => `<p class="series">${esc(m)}</p>`).join('')}<h1>${esc(s.truth.title)}</h1><p>${esc(s.byline)}</p><p>${esc(s.date)}</p></header>`;
      return [page(css, `${facts}<main>${head}${bodyHtml(s, L, 0, all)}${notes(s, L)}</main>`)];
    }
    case 'roman-rtl': {
      // The first paragraph is the summary, on the front matter's second page; the body starts again at page 1.
      const first = s.body.findIndex((b) => b.type === 'paragraph');
      const front = `${titleBlock(s, 'cover')}<main><h2 class="summary">Summary</h2>${bodyHtml(s, L, first, first + 1)}</main>`;
      const body = `<main>${bodyHtml(s, L, 0, first)}${bodyHtml(s, L, first + 1, all)}${notes(s, L)}</main>`;
      return [page(css.replace('FOLIO', 'lower-roman'), front), page(css.replace('FOLIO', 'decimal'), body)];
    }
  }
}
