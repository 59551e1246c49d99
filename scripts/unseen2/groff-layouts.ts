import type { Block, Source } from '../unseen/source.js';
import { isTitleNote, seriesName, shortTitle, surnames, type Layout } from './layout.js';

// groff's -ms macros, the Unix troff tradition (manuals, technical reports), written out by two
// different PDF writers: gropdf (groff -Tpdf) and Ghostscript (groff -Tps | ps2pdf). Times,
// troff's own hyphenation, .2C columns under a spanning title and abstract with .FS/.FE notes
// at the foot of each column; one column on Letter with numbered headings (.NH), the folio
// centred in the head as ms sets it, and the series or journal with the authors in the foot.

export interface GroffLayout extends Layout {
  writer: 'gropdf' | 'ps2pdf';
}

export const GROFF_LAYOUTS: GroffLayout[] = [
  {
    name: 'groff-ms-2col-a4',
    writer: 'gropdf',
    paper: 'A4',
    columns: 2,
    notes: 'foot',
    hyphenated: true,
    authorsApart: true,
    // ms sets .AB's text without its ABSTRACT heading when there is no cover page (.RP)
    abstract: {},
    running: (s) => ({ header: shortTitle(s).toUpperCase(), folio: 'head', description: 'from page 2: the title in capitals left and the page number right in the head; no foot' }),
  },
  {
    name: 'groff-ms-1col-letter',
    writer: 'ps2pdf',
    paper: 'Letter',
    columns: 1,
    notes: 'foot',
    hyphenated: true,
    authorsApart: true,
    running: (s) => ({
      footer: surnames(s),
      folio: 'head',
      description: "from page 2: the page number centred in the head as '- n -'; on every page the series or journal name left and the authors' surnames right in the foot",
    }),
  },
];

const CHARS: Record<string, string> = { '\\': '\\e', '…': '...', '\u00a0': '\\ ' };

/** troff text: backslashes escaped, and a line that would start with a control character guarded. */
export function troff(s: string): string {
  return [...s].map((c) => CHARS[c] ?? c).join('').replace(/^([.'])/, '\\&$1').replace(/\n([.'])/g, '\n\\&$1');
}

/** A string for .ds: no line breaks, and a leading quote kept. */
const ds = (s: string) => `"${troff(s).replace(/"/g, '\\(dq')}`;

function preamble(s: Source, L: GroffLayout): string {
  const width = L.paper === 'A4' ? '17c' : '6.5i';
  const offset = L.paper === 'A4' ? '2c' : '1i';
  const { header, footer } = L.running(s);
  const heads =
    L.columns === 2
      ? `.ds LH ${ds(header ?? '')}\n.ds CH\n.ds RH %\n.ds LF\n.ds CF\n.ds RF`
      : `.ds LH\n.ds CH \\- % \\-\n.ds RH\n.ds LF ${ds(seriesName(s) ?? '')}\n.ds CF\n.ds RF ${ds(footer ?? '')}`;
  return [
    `.nr PS ${L.columns === 2 ? 10 : 11}`,
    `.nr VS ${L.columns === 2 ? 12 : 13.5}`,
    `.nr LL ${width}`,
    `.nr PO ${offset}`,
    '.nr HM 2c',
    '.nr FM 2.2c',
    '.nr PD 0.3v',
    '.nr FL \\n[LL]*97/100',
    '.nr GROWPS 2',
    '.nr PSINCR 1.5p',
    heads,
    '.ND',
  ].join('\n');
}

function titleBlock(s: Source, L: GroffLayout): string {
  const thanks = s.notes.filter(isTitleNote);
  const out: string[] = [];
  for (const m of s.masthead) out.push('.LP', '.ps 8', troff(m), '.ps');
  out.push('.TL', troff(s.truth.title));
  for (const a of s.truth.authors) out.push('.AU', `${troff(a)}${thanks.length && a === s.truth.authors[0] ? '\\*{*\\*}' : ''}`);
  out.push('.AI', troff(s.date));
  if (L.abstract) {
    const abstract = s.body.find((b) => b.type === 'paragraph');
    out.push('.AB', troff(abstract?.text ?? ''), '.AE');
  }
  if (L.columns === 2) out.push('.2C');
  for (const n of thanks) out.push('.FS *', troff(n.text), '.FE');
  return out.join('\n');
}

function heading(b: Block, L: GroffLayout): string {
  const level = Math.min(b.level ?? 1, 3);
  // Two columns: unnumbered bold headings (.SH) grow with the level; one column: numbered (.NH).
  return L.columns === 2 ? `.SH ${4 - level}\n${troff(b.text)}` : `.NH ${level}\n${troff(b.text)}`;
}

function box(b: Block): string {
  const parts = (b.parts ?? []).filter((p) => p.type !== 'heading');
  const body = parts.map((p) => (p.type === 'list-item' ? `.IP "${troff(p.n ?? '\\(bu')}" 2n\n${troff(p.text)}` : `.LP\n${troff(p.text)}`));
  return ['.B1', '.LP', `\\fB${troff(b.label ?? '')}\\fP`, ...body, '.B2'].join('\n');
}

export function groffSource(s: Source, L: GroffLayout): string {
  const out: string[] = [preamble(s, L), titleBlock(s, L)];
  const abstract = L.abstract ? s.body.findIndex((b) => b.type === 'paragraph') : -1;
  let depth = 0;
  let afterHeading = false;
  s.body.forEach((b, i) => {
    if (i === abstract) return;
    const notes = (s.notesOf.get(i) ?? []).filter((n) => !isTitleNote(n));
    const marks = notes.map((n) => `\\u\\s-2${troff(n.n ?? '')}\\s+2\\d`).join('');
    const noteText = notes.map((n) => `.FS ${n.n ?? ''}\n${troff(n.text)}\n.FE`).join('\n');
    if (b.type !== 'list-item') {
      for (; depth > 1; depth--) out.push('.RE');
      depth = 0;
    }
    switch (b.type) {
      case 'heading':
        out.push(heading(b, L));
        break;
      case 'list-item': {
        const d = b.depth ?? 1;
        if (!depth) depth = 1;
        for (; depth < d; depth++) out.push('.RS');
        for (; depth > d; depth--) out.push('.RE');
        out.push(`.IP "${troff(b.n ?? '\\(bu')}${b.ordered ? '.' : ''}" 3n`, `${troff(b.text)}${marks}`);
        break;
      }
      case 'quote':
        out.push(b.role === 'pull-quote' ? `.QP\n\\fI${troff(b.text)}\\fP` : `.QS\n.ps -1\n${troff(b.text)}${marks}\n.ps\n.QE`);
        break;
      case 'box':
        out.push(box(b));
        break;
      case 'reference':
        out.push(`.XP\n${troff(b.text)}`);
        break;
      default:
        out.push(afterHeading ? '.LP' : '.PP', `${troff(b.text)}${marks}`);
    }
    if (noteText) out.push(noteText);
    afterHeading = b.type === 'heading';
  });
  return out.join('\n') + '\n';
}
