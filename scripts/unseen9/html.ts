import type { SeedTruth, Source } from '../unseen/source.js';
import { esc } from '../unseen/html-layouts.js';
import { isTitleNote } from '../unseen2/layout.js';
import { unSymbol, type Layout9 } from './latex-layouts.js';

// The fifth layout of the ninth set: a Security Council-style report printed by Chromium's
// page.pdf from HTML with CSS columns. The first page opens with the organisation's line and
// the document symbol (S/2024/123) above the organ's name, "Distr.: General" and the date, then
// the title; the body runs in two CSS columns, each paragraph numbered in line ("12. The
// Council …"), sections numbered I., II. and A., B., items lettered (a), (b); the symbol heads
// every page and the foot is in small capitals (font-variant), with the page number.

export const UN_LAYOUT: Layout9 = {
  name: 'un-report-cols-chromium-a4',
  shape: 'un-chromium',
  paper: 'A4',
  columns: 2,
  notes: 'end',
  notesHeading: 'Notes',
  hyphenated: false,
  authorsApart: false,
  running: (s) => ({
    header: unSymbol(s.truth),
    folio: 'foot',
    description: 'UN style: the document symbol at the head of every page, the organisation in small capitals and the page number in the foot; paragraphs numbered in line, two CSS columns',
  }),
};

const roman = (n: number) => ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI'][n - 1] ?? String(n);
const letter = (n: number) => String.fromCharCode(96 + ((n - 1) % 26) + 1);

/** Each body block's number as the page prints it: paragraphs 1., 2., …; items (a), (b), …; headings I., A., 1. */
export function unNumbers(s: Source): Map<number, string> {
  const out = new Map<number, string>();
  let para = 0;
  let item = 0;
  const heads = [0, 0, 0, 0];
  const top = Math.min(...s.body.filter((b) => b.type === 'heading').map((b) => b.level ?? 1), 9);
  s.body.forEach((b, i) => {
    if (b.type === 'paragraph') {
      out.set(i, `${++para}.`);
      item = 0;
    } else if (b.type === 'list-item') out.set(i, `(${letter(++item)})`);
    else if (b.type === 'heading') {
      const lv = Math.min(3, Math.max(1, (b.level ?? 1) - top + 1));
      heads[lv]++;
      for (let k = lv + 1; k < heads.length; k++) heads[k] = 0;
      out.set(i, lv === 1 ? `${roman(heads[1])}.` : lv === 2 ? `${String.fromCharCode(64 + heads[2])}.` : `${heads[3]}.`);
      item = 0;
    } else item = 0;
  });
  return out;
}

const CSS = `
  @page { size: A4; margin: 2.2cm 2cm 2.4cm; }
  body { font: 10pt/1.35 "Liberation Serif", serif; margin: 0; overflow-wrap: anywhere; }
  .first { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 1.5pt solid #000; padding-bottom: 3pt; }
  .first .org { font: bold 13pt "Liberation Sans", sans-serif; } .first .sym { font: 18pt "Liberation Sans", sans-serif; }
  .organ { display: flex; justify-content: space-between; margin: 8pt 0 18pt; border-bottom: 0.5pt solid #000; padding-bottom: 6pt; }
  .organ .name { font: bold 20pt "Liberation Sans", sans-serif; } .organ .distr { font: 9pt/1.3 "Liberation Serif", serif; text-align: left; }
  h1 { font: bold 15pt/1.25 "Liberation Serif", serif; margin: 0 0 6pt; } .byline { margin: 0 0 16pt; font-size: 11pt; }
  main { column-count: 2; column-gap: 0.7cm; text-align: justify; }
  p { margin: 0 0 6pt; } h2 { font: bold 11pt "Liberation Serif", serif; margin: 10pt 0 4pt; break-after: avoid; } h3, h4 { font: bold italic 10pt "Liberation Serif", serif; margin: 8pt 0 3pt; break-after: avoid; }
  .item { padding-left: 2.2em; text-indent: -1.6em; margin-left: 0; }
  blockquote { margin: 4pt 0 6pt 1.5em; font-size: 9.5pt; }
  .pull { font: italic 11pt/1.3 "Liberation Serif", serif; margin: 6pt 0; border-left: 2pt solid #000; padding-left: 6pt; }
  .box { border: 0.6pt solid #000; padding: 4pt 6pt; margin: 6pt 0; break-inside: avoid; font-size: 9.5pt; } .box h4 { margin: 0 0 3pt; }
  .ref { padding-left: 1.2em; text-indent: -1.2em; margin: 0 0 2pt; font-size: 9pt; }
  .note { font-size: 8.5pt; margin: 0 0 3pt; }
`;

export function unHtml(s: Source): string {
  const nums = unNumbers(s);
  const sup = (n: string) => `<sup>${esc(n)}</sup>`;
  const out: string[] = [];
  s.body.forEach((b, i) => {
    const marks = (s.notesOf.get(i) ?? []).filter((n) => !isTitleNote(n)).map((n) => sup(n.n ?? '')).join('');
    const n = nums.get(i);
    switch (b.type) {
      case 'heading': {
        const h = Math.min((b.level ?? 1) + 1, 4);
        out.push(`<h${h}>${esc(n ?? '')}\u2002${esc(b.text)}</h${h}>`);
        break;
      }
      case 'paragraph':
        out.push(`<p>${esc(n ?? '')}\u2002${esc(b.text)}${marks}</p>`);
        break;
      case 'list-item':
        out.push(`<p class="item">${esc(n ?? '')}\u2002${esc(b.text)}${marks}</p>`);
        break;
      case 'quote':
        out.push(b.role === 'pull-quote' ? `<p class="pull">${esc(b.text)}</p>` : `<blockquote>${esc(b.text)}${marks}</blockquote>`);
        break;
      case 'box': {
        const parts = (b.parts ?? []).filter((p) => p.type !== 'heading').map((p) => `<p>${p.type === 'list-item' ? `${esc(p.n ?? '•')} ` : ''}${esc(p.text)}</p>`);
        out.push(`<div class="box"><h4>${esc(b.label ?? '')}</h4>${parts.join('')}</div>`);
        break;
      }
      case 'reference':
        out.push(`<p class="ref">${esc(b.text)}</p>`);
        break;
      default:
        out.push(`<p>${esc(b.text)}${marks}</p>`);
    }
  });
  const notes = s.notes.length ? `<h2>${esc(UN_LAYOUT.notesHeading ?? 'Notes')}</h2>${s.notes.map((n) => `<p class="note">${esc(n.n ?? '')} ${esc(n.text)}</p>`).join('')}` : '';
  const t = s.truth;
  const first = `<div class="first"><span class="org">United Nations</span><span class="sym">${esc(unSymbol(t))}</span></div>
<div class="organ"><span class="name">Security Council</span><span class="distr">Distr.: General<br>${esc(s.date)}<br>Original: English</span></div>
<h1>${esc(t.title)}</h1><p class="byline">${esc(s.byline)}</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${CSS}</style></head><body>${first}<main>${out.join('\n')}${notes}</main></body></html>`;
}

/** Chromium's header and footer: the symbol at the head, the organisation in small caps and the folio at the foot. */
export function unHeader(s: Source): string {
  return `<div style="font:8px 'Liberation Sans',sans-serif;width:100%;margin:0 2cm;text-align:right">${esc(unSymbol(s.truth))}</div>`;
}
export function unFooter(): string {
  return `<div style="font:8px 'Liberation Serif',serif;width:100%;margin:0 2cm;display:flex;justify-content:space-between;font-variant:small-caps;letter-spacing:0.03em"><span>United Nations Security Council</span><span class="pageNumber"></span></div>`;
}

/** The truth: numbers on the blocks (the markers a reader cites), the first page's lines as front matter. */
export function amendUn(s: Source, truth: SeedTruth): SeedTruth {
  const nums = unNumbers(s);
  const byText = new Map<string, string[]>();
  s.body.forEach((b, i) => {
    const n = nums.get(i);
    const k = `${b.type}\u0000${b.text}`;
    if (n && b.type !== 'heading') byText.set(k, [...(byText.get(k) ?? []), n]);
  });
  const blocks = truth.blocks.map((b) => {
    const q = byText.get(`${b.type}\u0000${b.text}`);
    return q?.length ? { ...b, n: q.shift() } : b;
  });
  // Printed as a Security Council document: no journal, series, volume or DOI on its pages, so
  // the truth claims none of them (the metadata check asks only for what the page prints).
  const { journal: _j, volume: _v, issue: _i, pages: _p, doi: _d, series: _s, ...rest } = truth;
  return { ...rest, type: 'report', number: unSymbol(s.truth), front_matter: ['United Nations', unSymbol(s.truth), 'Security Council', 'Distr.: General', s.date, 'Original: English', s.truth.title, s.byline], producer: 'chromium page.pdf (CSS columns)', blocks };
}
