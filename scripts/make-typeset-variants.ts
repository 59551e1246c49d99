import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Truth } from '../eval/fidelity.js';

// The seed documents typeset line by line in layouts that scripts/make-layout-variants.ts
// cannot make with CSS alone: footnotes at the foot of their column or across the page foot, a
// full-width title block above two columns, chosen line-end hyphens (U+002D, U+2010, U+2011),
// running heads in capitals, a journal's first-page header, US Letter and odd column gaps. The
// browser only draws: line breaks, hyphenation and pagination are done here, so each style
// decides them. Truth files are the seed's, so `npm run eval -- --pdf-dir OUT` measures them.
//   npx tsx scripts/make-typeset-variants.ts [OUT_DIR] [SRC_DIR]

export interface Style {
  name: string;
  /** page size and margins in pt */
  page: { w: number; h: number; top: number; bottom: number; left: number; right: number };
  columns: 1 | 2;
  gap: number;
  body: { font: string; size: number; leading: number };
  heading: string;
  justify: boolean;
  /** first-line indent (LaTeX) instead of space between paragraphs (Word) */
  indent: boolean;
  notes: 'column' | 'page' | 'end';
  /** the character drawn at a line-end word break; '' = never break words */
  hyphen: string;
  /** title, authors and (for journals) the issue line above the columns on page 1, or a cover page */
  titleBlock: 'top' | 'cover';
  /** journal articles: masthead lines on page 1 and capitals running heads */
  journal: boolean;
  foot: 'number' | 'series' | 'page-n';
}

export const STYLES: Style[] = [
  {
    name: 'latex2col',
    page: { w: 612, h: 792, top: 54, bottom: 60, left: 54, right: 54 },
    columns: 2,
    gap: 18,
    body: { font: 'DejaVu Serif', size: 9, leading: 11 },
    heading: 'DejaVu Serif',
    justify: true,
    indent: true,
    notes: 'column',
    hyphen: '\u2010',
    titleBlock: 'top',
    journal: false,
    foot: 'number',
  },
  {
    name: 'word1col',
    page: { w: 595, h: 842, top: 72, bottom: 72, left: 72, right: 72 },
    columns: 1,
    gap: 0,
    body: { font: 'DejaVu Sans Condensed', size: 10.5, leading: 14 },
    heading: 'DejaVu Sans',
    justify: false,
    indent: false,
    notes: 'page',
    hyphen: '',
    titleBlock: 'top',
    journal: false,
    foot: 'page-n',
  },
  {
    name: 'journal2col',
    page: { w: 486, h: 720, top: 50, bottom: 50, left: 40, right: 40 },
    columns: 2,
    gap: 12,
    body: { font: 'DejaVu Serif Condensed', size: 8.5, leading: 10.5 },
    heading: 'DejaVu Sans',
    justify: true,
    indent: true,
    notes: 'page',
    hyphen: '-',
    titleBlock: 'top',
    journal: true,
    foot: 'number',
  },
  {
    name: 'widegap-endnotes',
    page: { w: 612, h: 792, top: 60, bottom: 66, left: 60, right: 60 },
    columns: 2,
    gap: 40,
    body: { font: 'DejaVu Serif', size: 9.5, leading: 12.5 },
    heading: 'DejaVu Sans',
    justify: false,
    indent: false,
    notes: 'end',
    hyphen: '\u2011',
    titleBlock: 'cover',
    journal: false,
    foot: 'series',
  },
];

/**
 * A layout drawn at random from the same parameters (page, columns, type, notes, hyphen,
 * title block, masthead, foot), seeded, for measuring extraction on combinations nobody
 * tuned for: `make-typeset-variants.ts OUT SRC --random N [--seed S]`.
 */
export function randomStyle(seed: number): Style {
  let x = seed * 2654435761 % 4294967296 || 1;
  const next = (): number => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x / 4294967296; };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const page = pick([{ w: 612, h: 792 }, { w: 595, h: 842 }, { w: 486, h: 720 }, { w: 540, h: 756 }]);
  const margin = 36 + Math.round(next() * 40);
  const columns = pick([1, 2, 2] as const);
  const size = Math.round((8 + next() * 3) * 2) / 2;
  const notes = pick(['column', 'page', 'page', 'end'] as const);
  return {
    name: `random${seed}`,
    page: { ...page, top: margin + Math.round(next() * 12), bottom: margin + Math.round(next() * 12), left: margin, right: margin },
    columns,
    gap: columns === 2 ? 10 + Math.round(next() * 30) : 0,
    body: { font: pick(['DejaVu Serif', 'DejaVu Sans', 'DejaVu Serif Condensed', 'Liberation Serif', 'Liberation Sans', 'Liberation Sans Narrow']), size, leading: Math.round(size * (1.15 + next() * 0.25) * 2) / 2 },
    heading: pick(['DejaVu Sans', 'Liberation Sans', 'DejaVu Serif', 'Liberation Serif']),
    justify: next() < 0.6,
    indent: next() < 0.5,
    notes: columns === 1 && notes === 'column' ? 'page' : notes,
    // No soft hyphen: Chromium draws none at a break, and a PDF that shows no hyphen where its
    // text layer has one is not a layout a user meets.
    hyphen: pick(['', '-', '\u2010', '\u2011']),
    titleBlock: pick(['top', 'top', 'cover'] as const),
    journal: next() < 0.3,
    foot: pick(['number', 'series', 'page-n'] as const),
  };
}

interface Job {
  truth: Truth & Record<string, unknown>;
  style: Style;
}

// Runs in the page: a small typesetter that places every line absolutely.
const TYPESETTER = String.raw`
window.typeset = async function ({ truth, style }) {
  const S = style, P = S.page;
  const fonts = [S.body.font, S.heading];
  for (const f of fonts) { await document.fonts.load('10pt "' + f + '"'); await document.fonts.load('bold 10pt "' + f + '"'); await document.fonts.load('italic 10pt "' + f + '"'); }
  const ctx = document.createElement('canvas').getContext('2d');
  const fontCss = (f) => (f.italic ? 'italic ' : '') + (f.bold ? 'bold ' : '') + f.size + 'pt "' + f.family + '"';
  const measure = (text, f) => { ctx.font = fontCss(f); return ctx.measureText(text).width * 0.75; }; // px → pt
  const vowel = /[aeiouy]/i;
  // Greedy line breaking; a word that does not fit is split after a vowel–consonant pair.
  function breakLines(text, f, width, first = 0) {
    const words = text.split(/\s+/).filter(Boolean);
    const lines = [];
    let cur = '';
    let avail = width - first;
    const push = (s, hy) => { lines.push({ text: s, hyphenated: hy }); cur = ''; avail = width; };
    for (let w of words) {
      for (;;) {
        const cand = cur ? cur + ' ' + w : w;
        if (measure(cand, f) <= avail) { cur = cand; break; }
        let split = -1;
        if (S.hyphen && /^[\p{L}’']{7,}[.,;:]?$/u.test(w)) {
          for (let k = w.length - 4; k >= 3; k--) {
            if (!(vowel.test(w[k - 1]) && !vowel.test(w[k]) && /\p{L}/u.test(w[k]))) continue;
            const head = (cur ? cur + ' ' : '') + w.slice(0, k) + S.hyphen;
            if (measure(head, f) <= avail) { split = k; break; }
          }
        }
        if (split > 0) { push((cur ? cur + ' ' : '') + w.slice(0, split) + S.hyphen, true); w = w.slice(split); continue; }
        if (!cur && measure(w, f) > avail) {
          // A word wider than the line (a URL): broken after a slash, dot, hyphen or the like, as
          // LaTeX's url package and Word break them, with no hyphen added; else where it must.
          let k = w.length - 1;
          while (k > 1 && measure(w.slice(0, k), f) > avail) k--;
          const at = Math.max(...['/', '.', '-', '_', '?', '=', '&'].map((c) => w.lastIndexOf(c, k - 1)));
          const cut = at > 0 ? at + 1 : k;
          push(w.slice(0, cut), false);
          w = w.slice(cut);
          continue;
        }
        if (!cur) { cur = w; break; }
        push(cur, false);
      }
    }
    if (cur) lines.push({ text: cur, hyphenated: false });
    return lines;
  }
  const pages = [];
  const colW = S.columns === 2 ? (P.w - P.left - P.right - S.gap) / 2 : P.w - P.left - P.right;
  const fullW = P.w - P.left - P.right;
  const bottomLimit = P.h - P.bottom;
  let page, col, y, top, bottoms;
  const newPage = () => {
    const el = document.createElement('div');
    el.className = 'page';
    document.body.appendChild(el);
    page = { el, n: pages.length + 1, notes: [[], []], pageNotes: [], colEnd: [0, 0] };
    pages.push(page);
    col = 0; top = P.top; y = top; bottoms = [bottomLimit, bottomLimit];
  };
  const draw = (x, yy, text, f, opts = {}) => {
    const d = document.createElement('div');
    d.textContent = text;
    d.style.cssText = 'position:absolute;white-space:pre;left:' + x + 'pt;top:' + (yy - f.size) + 'pt;font:' + fontCss(f) + ';line-height:' + (f.size * 1.2) + 'pt;' + (opts.css || '');
    if (opts.width) d.style.width = opts.width + 'pt';
    page.el.appendChild(d);
    return d;
  };
  const colX = () => P.left + col * (colW + S.gap);
  const nextColumn = () => {
    page.colEnd[col] = y;
    if (S.columns === 2 && col === 0) { col = 1; y = top; } else newPage();
  };
  const room = (h) => { if (y + h > bottoms[col]) nextColumn(); };
  const bodyF = { family: S.body.font, size: S.body.size };
  const noteF = { family: S.body.font, size: Math.round(S.body.size * 0.8 * 10) / 10 };
  const noteLead = noteF.size * 1.2;
  const pendingNotes = [];
  // Notes go to the foot of the column (or page) where their mark is; what does not fit moves on.
  // A note is printed once, where it is first cited: a mark that cites it again (a
  // cross-reference) prints no second copy, as Word and LaTeX do.
  const placedNotes = new Set();
  // Notes keep their order, as every typesetter keeps it: a note that does not fit waits for
  // the next column or page, and the notes cited after it wait behind it.
  function placeNote(n) {
    const w = S.notes === 'column' ? colW : fullW;
    const lines = breakLines(n.n + ' ' + n.text, noteF, w);
    const h = lines.length * noteLead + (page.notes[col].length || page.pageNotes.length ? 2 : 8);
    if (S.notes === 'column') {
      if (!(bottoms[col] - h > y + S.body.leading)) return false;
      bottoms[col] -= h; page.notes[col].push(lines);
    } else {
      const fits = bottoms[0] - h > (col === 0 ? y : page.colEnd[0]) + S.body.leading && (col === 0 || bottoms[1] - h > y + S.body.leading);
      if (!fits) return false;
      bottoms[0] -= h; bottoms[1] -= h; page.pageNotes.push(lines);
    }
    placedNotes.add(n.n);
    return true;
  }
  function flushNotes() {
    while (pendingNotes.length && placeNote(pendingNotes[0])) pendingNotes.shift();
  }
  function reserveNotes(marks) {
    flushNotes();
    for (const n of marks.map((m) => notesByN.get(m)).filter(Boolean)) {
      if (placedNotes.has(n.n) || pendingNotes.includes(n)) continue;
      if (pendingNotes.length || !placeNote(n)) pendingNotes.push(n);
    }
  }
  const notesByN = new Map();
  for (const b of truth.blocks) if (b.type === 'footnote') notesByN.set(b.n, b);

  function paragraph(text, f, opts = {}) {
    const x0 = colX() + (opts.left || 0);
    const width = colW - (opts.left || 0) - (opts.right || 0);
    let lines = breakLines(text, f, width - (opts.hang || 0), opts.first || 0);
    // Note marks after the last word stay inside the column, as a typesetter keeps them: they
    // used to run into the gutter, and a narrow one joined them to the next column's line.
    const sup = { family: f.family, size: f.size * 0.65 };
    const marksW = opts.marks && opts.marks.length ? measure(opts.marks.join(','), sup) + 0.5 : 0;
    const lastW = () => measure(lines[lines.length - 1].text, f) + (lines.length === 1 ? opts.first || 0 : opts.hang || 0);
    if (marksW && lastW() + marksW > width) lines = breakLines(text, f, width - (opts.hang || 0) - marksW, opts.first || 0);
    const lead = opts.lead || S.body.leading * f.size / S.body.size;
    lines.forEach((l, i) => {
      room(lead);
      const x = colX() + (opts.left || 0) + (i === 0 ? opts.first || 0 : opts.hang || 0);
      if (opts.shade) draw(colX() - 4, y + 3, ' ', f, { width: colW + 8, css: 'background:#e3ebf3;height:' + lead + 'pt;top:' + (y - lead + 3) + 'pt' });
      const last = i === lines.length - 1;
      const just = S.justify && !last && !opts.ragged;
      draw(x, y, l.text, f, just ? { width: width - (i === 0 ? opts.first || 0 : opts.hang || 0), css: 'text-align:justify;text-align-last:justify' } : {});
      if (i === 0 && opts.marker) draw(x0 - (opts.markerOut || 0), y, opts.marker, f);
      if (last && opts.marks && opts.marks.length) {
        draw(x + measure(l.text, f) + 0.5, y - f.size * 0.35, opts.marks.join(','), sup);
      }
      y += lead;
      if (last && opts.marks && opts.marks.length && S.notes !== 'end') reserveNotes(opts.marks);
    });
    if (S.notes !== 'end') flushNotes();
  }

  newPage();
  const authors = truth.authors.join(', ');
  const titleF = { family: S.heading, size: 18, bold: true };
  const full = (text, f, lead) => { for (const l of breakLines(text, f, fullW)) { draw(P.left, y, l.text, f); y += lead; } };
  if (S.journal && truth.journal) {
    const small = { family: S.body.font, size: 7.5 };
    draw(P.left, y, truth.journal + ' ' + truth.volume + ' (' + truth.year + ') ' + String(truth.pages).replace('-', '–'), small); y += 10;
    draw(P.left, y, 'doi: ' + truth.doi, small); y += 10;
    draw(P.w - P.right - 60, P.top, 'brill.com/joup', small);
    y += 20;
  } else if (S.titleBlock === 'cover') {
    y = P.h * 0.3;
  }
  if (truth.series && !(S.journal && truth.journal)) { draw(P.left, y, String(truth.series), { family: S.heading, size: 11, bold: true }); y += 24; }
  full(truth.title, titleF, 22);
  y += 6;
  full(authors, { family: S.heading, size: 12 }, 16);
  // the date under the authors (a journal's masthead carries the year instead)
  if (truth.month || !(S.journal && truth.journal)) { draw(P.left, y, (truth.month ? truth.month + ' ' : '') + truth.year, { family: S.heading, size: 10 }); y += 14; }
  y += 18;
  if (S.titleBlock === 'cover') newPage();
  top = y;
  // A note without a mark in the text (the author's * note) sits at the foot of the first page.
  const unmarked = truth.blocks.filter((b) => b.type === 'footnote' && !truth.blocks.some((o) => (o.footnote_refs || []).includes(b.n)));

  let firstBody = true;
  const gapBefore = (h) => { if (y > top + 1) y += h; };
  for (const b of truth.blocks) {
    if (b.type === 'footnote') continue;
    if (b.type === 'heading') {
      const lvl = b.level || 1;
      const f = { family: S.heading, size: [0, 12, 10.5, 9.5][Math.min(3, lvl)] * S.body.size / 9.5, bold: true, italic: lvl >= 3 };
      gapBefore(S.body.leading * 1.2);
      room(f.size * 1.3 + S.body.leading * 3);
      paragraph(b.text, f, { lead: f.size * 1.3, ragged: true });
      y += 3;
      continue;
    }
    if (firstBody && unmarked.length && S.notes !== 'end') { reserveNotes(unmarked.map((n) => n.n)); firstBody = false; }
    const marks = b.footnote_refs || [];
    if (b.type === 'paragraph') {
      if (!S.indent) gapBefore(S.body.leading * 0.5);
      paragraph(b.text, bodyF, { first: S.indent ? S.body.size * 1.5 : 0, marks });
    } else if (b.type === 'list-item') {
      const depth = (b.depth || 1) - 1;
      const m = b.n ? b.n + (/\d/.test(b.n) ? '.' : '') : '•';
      gapBefore(2);
      paragraph(b.text, bodyF, { left: 14 + depth * 12, marker: m, markerOut: 12, marks });
    } else if (b.type === 'quote') {
      gapBefore(S.body.leading * 0.6);
      if (b.role === 'pull-quote') paragraph(b.text, { family: S.body.font, size: S.body.size * 1.3, italic: true }, { ragged: true });
      else paragraph(b.text, { family: S.body.font, size: S.body.size * 0.95 }, { left: 16, right: 16, marks });
      y += S.body.leading * 0.6;
    } else if (b.type === 'box') {
      const f = { family: S.heading, size: S.body.size * 0.9 };
      gapBefore(S.body.leading);
      room(S.body.leading * 4);
      paragraph(b.label || '', { ...f, bold: true }, { shade: true, ragged: true });
      for (const p of (b.parts || []).filter((p) => p.type !== 'heading')) {
        if (p.type === 'list-item') paragraph(p.text, f, { shade: true, left: 10, marker: p.n || '•', markerOut: 9 });
        else paragraph(p.text, f, { shade: true });
      }
      y += S.body.leading;
    } else if (b.type === 'reference') {
      paragraph(b.text, { family: S.body.font, size: S.body.size * 0.9 }, { hang: 12, ragged: true });
    }
  }
  if (S.notes === 'end') {
    const f = { family: S.heading, size: 12 * S.body.size / 9.5, bold: true };
    y += S.body.leading; room(40);
    paragraph('Notes', f, { lead: f.size * 1.3 });
    for (const n of truth.blocks.filter((b) => b.type === 'footnote')) paragraph(n.text, noteF, { left: 12, marker: n.n, markerOut: 12, lead: noteLead });
  } else {
    // Notes still waiting go to the foot of the pages after the text.
    flushNotes();
    while (pendingNotes.length) {
      newPage();
      const waiting = pendingNotes.length;
      flushNotes();
      if (pendingNotes.length === waiting) throw new Error('a note taller than a page');
    }
  }
  // Notes, running heads and page numbers.
  for (const pg of pages) {
    page = pg;
    const drawNotes = (unsorted, x, w) => {
      // in the order of their numbers, as a typesetter sets them (notes carried over come first)
      const num = (lines) => { const m = /^(\d+)\s/.exec(lines[0].text); return m ? Number(m[1]) : -1; };
      const list = [...unsorted].sort((a, b) => num(a) - num(b));
      const h = list.reduce((s, l) => s + l.length * noteLead + 2, 6);
      let yy = bottomLimit - h + noteLead;
      const rule = document.createElement('div');
      rule.style.cssText = 'position:absolute;left:' + x + 'pt;top:' + (yy - noteLead - 1) + 'pt;width:' + Math.min(w, 120) + 'pt;border-top:0.5pt solid #000';
      pg.el.appendChild(rule);
      for (const lines of list) { for (const l of lines) { draw(x, yy, l.text, noteF); yy += noteLead; } yy += 2; }
    };
    if (S.notes === 'column') pg.notes.forEach((list, c) => list.length && drawNotes(list, P.left + c * (colW + S.gap), colW));
    else if (pg.pageNotes.length) drawNotes(pg.pageNotes, P.left, fullW);
    const first = pg.n === 1;
    const small = { family: S.heading, size: 7.5 };
    if (S.journal && !first) {
      const head = pg.n % 2 ? truth.title.toUpperCase() : truth.authors.join(' and ').toUpperCase();
      const num = String(pg.n);
      if (pg.n % 2) { draw(P.left, P.top - 22, head, small); draw(P.w - P.right - measure(num, small), P.top - 22, num, small); }
      else { draw(P.left, P.top - 22, num, small); draw(P.w - P.right - measure(head, small), P.top - 22, head, small); }
    } else if (S.foot === 'page-n' && !first) {
      draw(P.left, P.top - 30, truth.title, { family: S.heading, size: 8, italic: true });
      draw(P.w - P.right - 40, P.h - P.bottom + 30, 'Page ' + pg.n, small);
    } else if (S.foot === 'series' && !(S.titleBlock === 'cover' && first)) {
      const t = pg.n % 2 ? (truth.series || 'Report') + '   ' + pg.n : pg.n + '   ' + (truth.series || 'Report');
      draw(pg.n % 2 ? P.w - P.right - measure(t, small) : P.left, P.h - P.bottom + 30, t, small);
    } else if (S.foot === 'number') draw(P.w / 2 - 4, P.h - P.bottom + 28, String(pg.n), small);
  }
  return pages.length;
};`;

function css(style: Style): string {
  const p = style.page;
  return `@page { size: ${p.w}pt ${p.h}pt; margin: 0 } html, body { margin: 0; padding: 0 }
    .page { position: relative; width: ${p.w}pt; height: ${p.h}pt; overflow: hidden; page-break-after: always; break-after: page }`;
}

async function main(): Promise<void> {
  const out = process.argv[2] ?? '/tmp/pdf-typeset';
  const src = process.argv[3] ?? 'test/fixtures/pdf';
  const only = process.argv[4]?.startsWith('--') ? undefined : process.argv[4]?.split(',');
  await mkdir(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage();
  const at = (flag: string): number | undefined => { const i = process.argv.indexOf(flag); return i > 0 ? Number(process.argv[i + 1]) : undefined; };
  const randomCount = at('--random');
  const firstSeed = at('--seed') ?? 1;
  const styles = randomCount ? Array.from({ length: randomCount }, (_, i) => randomStyle(firstSeed + i)) : STYLES.filter((s) => !only || only.includes(s.name));
  for (const id of ['bowden-metcalfe-hough-2020-age-of-caution', 'gilder-2024-peace-operations-human-security', 'metcalfe-hough-2021-collaborative-advocacy']) {
    const truth = JSON.parse(await readFile(join(src, `${id}.truth.json`), 'utf8')) as Job['truth'];
    for (const style of styles) {
      await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css(style)}</style></head><body></body></html>`);
      await page.evaluate(TYPESETTER);
      const n = await page.evaluate((job) => (window as unknown as { typeset: (j: unknown) => Promise<number> }).typeset(job), { truth, style } as Job);
      const name = `${id}.${style.name}`;
      // No <title>: the Info dictionary has no title, as many exports leave it.
      await page.pdf({ path: join(out, `${name}.pdf`), width: `${style.page.w / 72}in`, height: `${style.page.h / 72}in`, margin: { top: '0', bottom: '0', left: '0', right: '0' }, printBackground: true });
      // The masthead prints journal, volume, year and pages, as Brill's does, but no issue: the
      // truth cannot ask for what the page does not show.
      const printedIssue = style.journal ? undefined : truth.issue;
      await writeFile(join(out, `${name}.truth.json`), JSON.stringify({ ...truth, issue: printedIssue, id: name, variant: style.name, pdf_info: null, prints_metadata: truth.journal ? Boolean(style.journal) : true }, null, 1));
      console.log(`wrote ${name}.pdf (${n} pages)`);
    }
  }
  await browser.close();
}

if (process.argv[1]?.endsWith('make-typeset-variants.ts')) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
