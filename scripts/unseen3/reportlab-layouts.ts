import type { Block, Source } from '../unseen/source.js';
import { esc } from '../unseen/html-layouts.js';
import { isTitleNote, shortTitle, type Layout } from '../unseen2/layout.js';

// ReportLab's platypus (scripts/unseen3/reportlab_render.py), the Python library many
// generated reports come from: its own line breaking with pyphen hyphenation (ASCII hyphens),
// two frames a page under a title frame on page 1, furniture drawn on the canvas, the base-14
// Times and Helvetica not embedded, boxes as shaded tables split row by row, and the notes
// (the author's note too) numbered `1.` under Notes at the end. This file writes the spec the
// Python script reads: the text already as ReportLab's paragraph markup.

export const REPORTLAB_LAYOUTS: Layout[] = [
  {
    name: 'reportlab-2col-letter-endnotes',
    paper: 'Letter',
    columns: 2,
    notes: 'end',
    notesHeading: 'Notes',
    notesPlace: "endnotes after the text under a Notes heading, each opening with its number and a full stop (the author's note with its *)",
    hyphenated: true,
    running: (s) => ({
      header: shortTitle(s),
      folio: 'foot',
      description: 'from page 2: the title (to its colon) in italic centred in the head over a rule; the page number centred in the foot of every page',
    }),
    pdfInfo: (s) => ({ Title: s.truth.title }),
  },
];

type Kind = 'h1' | 'h2' | 'h3' | 'para' | 'item' | 'quote' | 'pull' | 'ref' | 'note' | 'box';
interface SpecBlock {
  kind: Kind;
  text: string;
  depth?: number;
  marker?: string;
  label?: string;
  parts?: string[];
}

const sup = (n: string) => `<super>${esc(n)}</super>`;

function specBlock(b: Block, marks: string): SpecBlock {
  switch (b.type) {
    case 'heading':
      return { kind: `h${Math.min(b.level ?? 1, 3)}` as Kind, text: esc(b.text) };
    case 'list-item':
      return { kind: 'item', text: esc(b.text) + marks, depth: b.depth ?? 1, marker: `${b.n ?? '•'}${b.ordered ? '.' : ''}` };
    case 'quote':
      return { kind: b.role === 'pull-quote' ? 'pull' : 'quote', text: esc(b.text) + marks };
    case 'box':
      return { kind: 'box', text: '', label: esc(b.label ?? ''), parts: (b.parts ?? []).filter((p) => p.type !== 'heading').map((p) => (p.type === 'list-item' ? `${esc(p.n ?? '•')} ` : '') + esc(p.text)) };
    case 'reference':
      return { kind: 'ref', text: esc(b.text) };
    default:
      return { kind: 'para', text: esc(b.text) + marks };
  }
}

export function reportlabSpec(s: Source, L: Layout): string {
  const notes: SpecBlock[] = s.notes.filter(isTitleNote).map((n) => ({ kind: 'note', text: `${esc(n.n ?? '')} ${esc(n.text)}` }));
  const blocks = s.body.map((b, i) => {
    const called = (s.notesOf.get(i) ?? []).filter((n) => !isTitleNote(n));
    for (const n of called) notes.push({ kind: 'note', text: `${esc(n.n ?? '')}. ${esc(n.text)}` });
    return specBlock(b, called.map((n) => sup(n.n ?? '')).join(''));
  });
  const { header } = L.running(s);
  const byline = s.truth.authors.map(esc).join(' and ') + s.notes.filter(isTitleNote).map((n) => sup(n.n ?? '')).join('');
  return JSON.stringify({
    paper: L.paper,
    hyphenate: L.hyphenated,
    masthead: s.masthead.map(esc),
    title: esc(s.truth.title),
    byline,
    date: esc(s.date),
    head: header ?? '',
    info: L.pdfInfo?.(s) ?? {},
    blocks: [...blocks, { kind: 'h1', text: esc(L.notesHeading ?? 'Notes') }, ...notes],
  });
}
