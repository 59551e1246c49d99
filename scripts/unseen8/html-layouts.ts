import type { Block, SeedTruth, Source } from '../unseen/source.js';
import { esc } from '../unseen/html-layouts.js';
import { figureCaption } from '../unseen6/latex-layouts.js';
import { seriesName, shortTitle, type Layout } from '../unseen2/layout.js';

// An eighth set of layouts (issue pdf21), of producers and shapes the seven sets before it do
// not have, all typeset by Chromium from HTML made to look like each producer:
//  - word-toc: what Word or LibreOffice Writer prints for a report: a cover page, a table of
//    contents with dot leaders and page numbers, headings numbered and tab-aligned ("2.1<tab>"),
//    a Calibri-like sans at 11 pt with space after each paragraph, endnotes under a short
//    separator rule, "Page n of m" at the foot;
//  - annual-cover: an annual report: a full-bleed coloured cover, a row of big pull numbers with
//    their captions, pull quotes in colour, the series and folio at the foot;
//  - journal-figure: a two-column journal article whose figure and caption span both columns
//    mid-text (so a paragraph runs from the columns above the figure into those below it, and
//    pages open mid-paragraph), the journal's name and folio in a running head;
//  - briefing-keyfacts: a briefing whose every page has a left sidebar of "Key facts" (the same
//    panel repeated, as a master page's frame is), a narrow justified measure hyphenated at
//    nearly every second line, endnotes;
//  - roman-rtl: a report whose front matter (cover and summary) is numbered in roman and whose
//    body starts again at 1 in arabic (two page sequences joined), with a paragraph quoting two
//    people by their Arabic names in Arabic script inside the English text, endnotes.

export interface Html8Layout extends Layout {
  shape: 'word-toc' | 'annual-cover' | 'journal-figure' | 'briefing-keyfacts' | 'roman-rtl';
  /** Chromium's header and footer templates (Word's header and footer), when the layout has them */
  headerTemplate?: (s: Source) => string;
  footerTemplate?: (s: Source) => string;
}

const surnamesCaps = (s: Source) => s.truth.authors.map((a) => a.split(/\s+/).pop() ?? a).join(' and ');

export const HTML8_LAYOUTS: Html8Layout[] = [
  {
    name: 'word-toc-a4',
    shape: 'word-toc',
    paper: 'A4',
    columns: 1,
    notes: 'end',
    notesHeading: 'Endnotes',
    hyphenated: false,
    running: (s) => ({ header: shortTitle(s), folio: 'foot', description: 'the short title at the head of each page but the cover, "Page n of m" at the foot' }),
    headerTemplate: (s) => `<div style="font:8px 'Liberation Sans',sans-serif;width:100%;margin:0 2.54cm;text-align:right;color:#444">${esc(shortTitle(s))}</div>`,
    footerTemplate: () => `<div style="font:8px 'Liberation Sans',sans-serif;width:100%;margin:0 2.54cm;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
  },
  {
    name: 'annual-cover-a4',
    shape: 'annual-cover',
    paper: 'A4',
    columns: 1,
    notes: 'end',
    notesHeading: 'Notes',
    hyphenated: false,
    running: (s) => ({ footer: seriesName(s) ?? surnamesCaps(s), folio: 'foot', description: 'the series (or authors) and the page number at the foot of each page but the cover' }),
  },
  {
    name: 'journal-figure-2col-a4',
    shape: 'journal-figure',
    paper: 'A4',
    columns: 2,
    notes: 'end',
    notesHeading: 'Notes',
    hyphenated: true,
    running: (s) => ({ header: seriesName(s) ?? shortTitle(s), folio: 'head', description: 'the journal (or series) and the page number at the head of every page' }),
    headerTemplate: (s) =>
      `<div style="font:italic 8px 'Liberation Serif',serif;width:100%;margin:0 1.9cm;display:flex;justify-content:space-between"><span>${esc(seriesName(s) ?? shortTitle(s))}</span><span class="pageNumber"></span></div>`,
  },
  {
    name: 'briefing-keyfacts-letter',
    shape: 'briefing-keyfacts',
    paper: 'Letter',
    columns: 1,
    notes: 'end',
    notesHeading: 'Endnotes',
    hyphenated: true,
    running: () => ({ folio: 'foot', description: 'the page number at the foot of each page; a Key facts panel down the left of every page' }),
    footerTemplate: () => `<div style="font:8px 'DejaVu Sans',sans-serif;width:100%;text-align:center"><span class="pageNumber"></span></div>`,
  },
  {
    name: 'roman-rtl-a4',
    shape: 'roman-rtl',
    paper: 'A4',
    columns: 1,
    notes: 'end',
    notesHeading: 'Notes',
    hyphenated: true,
    abstract: { heading: 'Summary' },
    running: (s) => ({ footer: seriesName(s) ?? shortTitle(s), folio: 'foot', description: 'the series (or short title) and the page number at the foot: i, ii on the front matter, 1, 2 … from the first body page' }),
  },
];

/** Big numbers an annual report sets in a row on its second page, with the words under each (made up for the layout). */
export function pullNumbers(s: Source): { n: string; text: string }[] {
  const paras = s.body.filter((b) => b.type === 'paragraph').length;
  return [
    { n: String(paras), text: 'paragraphs of analysis in this paper' },
    { n: String(s.body.filter((b) => b.type === 'heading').length), text: 'sections and subsections' },
    { n: String(s.truth.year), text: 'the year of publication' },
  ];
}

/** The Key facts panel: the first sentence of each of the first four long paragraphs. */
export function keyFacts(s: Source): string[] {
  return s.body
    .filter((b) => b.type === 'paragraph' && b.text.length > 120)
    .slice(0, 4)
    .map((b) => /^.{30,200}?[.?!](?=\s|$)/.exec(b.text)?.[0] ?? b.text.split(/\s+/).slice(0, 20).join(' '));
}

/** Two people quoted by their names in Arabic script, as an English report about Syria or Yemen would. */
export const RTL_PARAGRAPH =
  'Two colleagues interviewed for this paper, ليلى حداد (Layla Haddad) of a Syrian relief network and عمر الخطيب (Omar al-Khatib) of a Yemeni rights group, described the same bargain: their organisations stayed silent in public so that their staff could stay in the field.';

/** The truth with what the layout adds to the seed's blocks. */
export function amend8(s: Source, L: Layout, truth: SeedTruth): SeedTruth {
  const shape = (L as Html8Layout).shape;
  const blocks = [...truth.blocks];
  const afterPara = (k: number) => {
    let seen = 0;
    return blocks.findIndex((b) => b.type === 'paragraph' && ++seen === k) + 1;
  };
  if (shape === 'annual-cover') blocks.splice(0, 0, ...pullNumbers(s).map((p) => ({ type: 'paragraph', role: 'pull-number', text: `${p.n} ${p.text}` })));
  if (shape === 'journal-figure') blocks.splice(afterPara(figureAfter(s) + 1), 0, { type: 'paragraph', role: 'caption', text: figureCaption(s) });
  if (shape === 'briefing-keyfacts') {
    const facts = keyFacts(s);
    blocks.splice(0, 0, { type: 'box', label: 'Key facts', text: `Key facts ${facts.join(' ')}`, parts: facts.map((f) => ({ type: 'list-item', text: f })) } as Block);
  }
  if (shape === 'roman-rtl') blocks.splice(afterPara(3), 0, { type: 'paragraph', text: RTL_PARAGRAPH });
  const extra: Record<string, unknown> = {};
  if (shape === 'word-toc') extra.toc = tocEntries(s).map((e) => ({ text: e.text, level: e.level }));
  if (shape === 'word-toc') extra.front_matter = [...(truth.front_matter ?? []), 'Contents'];
  return { ...truth, ...extra, producer: 'chromium (HTML made to look like the layout’s producer)', blocks };
}

/** The paragraph (by count) the journal's figure follows: two fifths of the way in. */
export function figureAfter(s: Source): number {
  return Math.floor(s.body.filter((b) => b.type === 'paragraph').length * 0.4);
}

/** Headings numbered as Word's multilevel list numbers them: 1, 1.1, 1.1.1. */
export function headingNumbers(s: Source): Map<number, string> {
  const out = new Map<number, string>();
  const c = [0, 0, 0];
  s.body.forEach((b, i) => {
    if (b.type !== 'heading') return;
    const l = Math.min(b.level ?? 1, 3) - 1;
    c[l]++;
    for (let k = l + 1; k < 3; k++) c[k] = 0;
    out.set(i, c.slice(0, l + 1).map((x) => Math.max(x, 1)).join('.'));
  });
  return out;
}

export function tocEntries(s: Source): { text: string; level: number; n: string; at: number }[] {
  const nums = headingNumbers(s);
  return s.body.flatMap((b, i) => (b.type === 'heading' && (b.level ?? 1) <= 2 ? [{ text: b.text, level: b.level ?? 1, n: nums.get(i) ?? '', at: i }] : []));
}
