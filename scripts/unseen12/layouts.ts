import type { Block, SeedTruth, Source } from '../unseen/source.js';
import { isTitleNote, shortTitle, type Layout } from '../unseen2/layout.js';
import { partsTable, tableText } from '../unseen5/latex-layouts.js';

// The twelfth set's layouts (issue pdf36): what the JavaScript PDF libraries behind web
// dashboards and report generators write — pdfkit, pdfmake, jsPDF and pdf-lib, all with the
// standard 14 fonts in WinAnsi and no ToUnicode map, no tagged structure, lines (or words)
// placed by the caller. This file writes the spec scripts/unseen12/render.mjs draws: plain
// text, the notes each block calls, the table pdfmake's layout adds.

export interface Layout12 extends Layout {
  /** which library draws it, and so which function of render.mjs */
  lib: 'pdfkit' | 'pdfmake' | 'jspdf' | 'pdf-lib';
}

const headFolio = (s: Source) => ({
  header: shortTitle(s),
  folio: 'head' as const,
  description: 'from page 2: the title (to its colon) at the left of the head and the page number at the right, over a rule, drawn by a pageAdded callback',
});

export const LAYOUTS12: Layout12[] = [
  {
    name: 'pdfkit-2col-header-a4',
    lib: 'pdfkit',
    paper: 'A4',
    columns: 2,
    notes: 'foot',
    hyphenated: false,
    running: headFolio,
    pdfInfo: (s) => ({ Title: s.truth.title, Author: s.truth.authors.join(', ') }),
  },
  {
    name: 'pdfmake-table-list-a4',
    lib: 'pdfmake',
    paper: 'A4',
    columns: 1,
    notes: 'end',
    notesHeading: 'Notes',
    hyphenated: false,
    running: (s) => ({
      footer: shortTitle(s),
      folio: 'foot',
      description: "on every page: the title (to its colon) at the left of the foot and the page number at the right, from pdfmake's footer callback",
    }),
    pdfInfo: (s) => ({ Title: s.truth.title }),
  },
  {
    name: 'jspdf-lines-letter',
    lib: 'jspdf',
    paper: 'Letter',
    columns: 1,
    notes: 'end',
    notesHeading: 'Notes',
    hyphenated: false,
    running: () => ({ footer: 'Page', folio: 'foot', description: "on every page: 'Page n of N' centred in the foot, drawn after the text on each page in turn" }),
  },
  {
    name: 'pdflib-justified-letter',
    lib: 'pdf-lib',
    paper: 'Letter',
    columns: 1,
    notes: 'foot',
    hyphenated: false,
    running: (s) => ({
      footer: shortTitle(s),
      folio: 'foot',
      description: 'on every page: the title (to its colon) centred in the foot with the page number after an en dash',
    }),
  },
];

type Kind = 'h1' | 'h2' | 'h3' | 'para' | 'item' | 'quote' | 'pull' | 'ref' | 'box' | 'table';
interface SpecBlock {
  kind: Kind;
  text: string;
  marks?: string[];
  /** the notes this block calls, set at the foot of its page (or column) */
  notes?: { n: string; text: string }[];
  depth?: number;
  marker?: string;
  ordered?: boolean;
  label?: string;
  parts?: string[];
  rows?: string[][];
}

const flat = (t: string) => t.replace(/\s+/g, ' ').trim();

function specBlock(b: Block): SpecBlock {
  switch (b.type) {
    case 'heading':
      return { kind: `h${Math.min(b.level ?? 1, 3)}` as Kind, text: flat(b.text) };
    case 'list-item':
      return { kind: 'item', text: flat(b.text), depth: b.depth ?? 1, marker: b.ordered ? `${b.n ?? '1'}.` : '•', ordered: Boolean(b.ordered) };
    case 'quote':
      return { kind: b.role === 'pull-quote' ? 'pull' : 'quote', text: flat(b.text) };
    case 'box':
      return { kind: 'box', text: '', label: flat(b.label ?? ''), parts: (b.parts ?? []).filter((p) => p.type !== 'heading').map((p) => flat(p.text)) };
    case 'reference':
      return { kind: 'ref', text: flat(b.text) };
    default:
      return { kind: 'para', text: flat(b.text) };
  }
}

/** The paragraph the pdfmake layout's table follows: the middle one (as unseen5's table). */
function tableAfter(s: Source): number {
  const paras = s.body.flatMap((b, i) => (b.type === 'paragraph' ? [i] : []));
  return paras[Math.floor(paras.length / 2)];
}

export function spec12(s: Source, L: Layout12): string {
  const titleNotes = s.notes.filter(isTitleNote).map((n) => ({ n: n.n ?? '*', text: flat(n.text) }));
  const endnotes: { n: string; text: string }[] = [...titleNotes];
  const after = L.lib === 'pdfmake' ? tableAfter(s) : -1;
  const blocks: SpecBlock[] = [];
  s.body.forEach((b, i) => {
    const called = (s.notesOf.get(i) ?? []).filter((n) => !isTitleNote(n)).map((n) => ({ n: n.n ?? '', text: flat(n.text) }));
    const sb = specBlock(b);
    if (called.length) sb.marks = called.map((n) => n.n);
    if (L.notes === 'foot') sb.notes = called;
    else endnotes.push(...called);
    blocks.push(sb);
    if (i === after) {
      const t = partsTable(s);
      blocks.push({ kind: 'table', text: t.caption, rows: [t.head, ...t.rows.map((r) => [r.part, String(r.paragraphs), String(r.notes), String(r.words)])] });
    }
  });
  const { header, footer } = L.running(s);
  return JSON.stringify({
    layout: L.lib,
    paper: L.paper,
    masthead: s.masthead,
    title: s.truth.title,
    byline: s.byline,
    titleMarks: titleNotes.map((n) => n.n),
    titleNotes: L.notes === 'foot' ? titleNotes : [],
    date: s.date,
    head: header ?? '',
    foot: footer ?? '',
    info: L.pdfInfo?.(s) ?? {},
    blocks,
    notesHeading: L.notesHeading ?? '',
    endnotes: L.notes === 'end' ? endnotes : [],
  });
}

/** What the pdfmake layout prints beyond the seed: the table after the middle paragraph. */
export function amend12(s: Source, L: Layout, truth: SeedTruth): SeedTruth {
  if ((L as Layout12).lib !== 'pdfmake') return truth;
  const after = s.body[tableAfter(s)].text;
  const at = truth.blocks.findIndex((b) => b.type === 'paragraph' && b.text === after);
  const blocks = [...truth.blocks];
  blocks.splice(at + 1, 0, { type: 'table', text: tableText(s) });
  return { ...truth, blocks };
}
