import type { Block, SeedTruth, Source } from '../unseen/source.js';
import { latex, latexBody } from '../unseen2/latex-layouts.js';
import { isTitleNote, type Layout } from '../unseen2/layout.js';

// Two shapes of the two-column report page users send and pdfLaTeX can make: a "Key messages"
// panel in a third, narrower column beside the two text columns on the first page, on a tinted
// background of its own (the report's summary, set as a sidebar: eso-pic puts it on the page,
// the text columns are narrowed to leave it room); and a wide table spanning both columns in
// the middle of a page (multicol closed above it and opened again below), with the notes across
// the foot of the page under both columns.

export interface Latex5Layout extends Layout {
  shape: 'sidebar' | 'wide-table';
}

export const LATEX5_LAYOUTS: Latex5Layout[] = [
  {
    name: 'latex-sidebar-2col-a4',
    shape: 'sidebar',
    paper: 'A4',
    columns: 2,
    notes: 'foot',
    hyphenated: true,
    authorsApart: true,
    abstract: { heading: 'Key messages' },
    running: () => ({ folio: 'foot', description: 'plain page style: the page number centred in the foot of every page, no running head' }),
    pdfInfo: (s) => ({ Title: s.truth.title, Author: s.truth.authors.join(', ') }),
  },
  {
    name: 'latex-widetable-2col-a4',
    shape: 'wide-table',
    paper: 'A4',
    columns: 2,
    notes: 'foot',
    notesPlace: 'footnotes across the foot of the page, under both columns (multicol)',
    hyphenated: true,
    authorsApart: true,
    abstract: { heading: 'Abstract' },
    running: () => ({ folio: 'foot', description: 'plain page style: the page number centred in the foot of every page, no running head' }),
    pdfInfo: (s) => ({ Title: s.truth.title, Author: s.truth.authors.join(', ') }),
  },
];

interface Row {
  part: string;
  paragraphs: number;
  notes: number;
  words: number;
}

/** The table the wide-table layout adds: the paper part by part (split at its top headings), at most eight rows. */
export function partsTable(s: Source): { caption: string; head: string[]; rows: Row[] } {
  const top = Math.min(...s.body.filter((b) => b.type === 'heading').map((b) => b.level ?? 1), 9);
  const rows: Row[] = [{ part: 'Opening', paragraphs: 0, notes: 0, words: 0 }];
  s.body.forEach((b, i) => {
    if (b.type === 'heading' && (b.level ?? 1) === top) rows.push({ part: `Part ${rows.length}`, paragraphs: 0, notes: 0, words: 0 });
    const r = rows[rows.length - 1];
    if (b.type !== 'heading') r.paragraphs++;
    r.notes += (s.notesOf.get(i) ?? []).filter((n) => !isTitleNote(n)).length;
    r.words += b.text.split(/\s+/).filter(Boolean).length;
  });
  return { caption: 'Table 1. The paper part by part: its paragraphs, notes and words', head: ['Part', 'Paragraphs', 'Notes', 'Words'], rows: rows.filter((r) => r.paragraphs).slice(0, 8) };
}

/** The table as the truth holds it: caption, head and rows in reading order. */
export function tableText(s: Source): string {
  const t = partsTable(s);
  return [t.caption, t.head.join(' '), ...t.rows.map((r) => `${r.part} ${r.paragraphs} ${r.notes} ${r.words}`)].join(' ');
}

/** The body paragraph after which the wide table stands: the middle one. */
function tableAfter(s: Source): Block {
  const paras = s.body.filter((b) => b.type === 'paragraph');
  return paras[Math.floor(paras.length / 2)];
}

/** The truth with the table put after the paragraph it follows. */
export function withTable(s: Source, L: Layout, truth: SeedTruth): SeedTruth {
  if ((L as Latex5Layout).shape !== 'wide-table') return truth;
  const after = tableAfter(s).text;
  const at = truth.blocks.findIndex((b) => b.type === 'paragraph' && b.text === after);
  const blocks = [...truth.blocks];
  blocks.splice(at + 1, 0, { type: 'table', text: tableText(s) });
  return { ...truth, blocks };
}

function preamble(s: Source, L: Latex5Layout): string {
  const geometry = L.shape === 'sidebar' ? 'left=16mm,right=64mm,top=20mm,bottom=22mm,columnsep=6mm' : 'margin=18mm,top=20mm';
  return String.raw`\documentclass[a4paper,${L.shape === 'sidebar' ? 'twocolumn,' : ''}10pt]{article}
\pdfinfoomitdate=1 \pdftrailerid{} \pdfsuppressptexinfo=-1 \pdfcompresslevel=9 \pdfobjcompresslevel=2
\setlength{\emergencystretch}{2em}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[british]{babel}
\usepackage[${geometry}]{geometry}
\usepackage[table]{xcolor}
\usepackage{multicol,eso-pic}
% a box between rules (framed.sty is texlive-latex-extra's; this breaks across pages as it does)
\newenvironment{framed}{\par\medskip\hrule\smallskip}{\par\smallskip\hrule\medskip}
\setlength{\columnsep}{6mm}
\usepackage[pdfusetitle,hidelinks,hyperfootnotes=false]{hyperref}
\newcommand\fn[2]{\begingroup\renewcommand\thefootnote{#1}\footnote{#2}\addtocounter{footnote}{-1}\endgroup}
\newcommand\en[1]{\textsuperscript{#1}}
\newenvironment{pull}{\par\medskip\hrule\smallskip\begin{center}\large\itshape}{\end{center}\smallskip\hrule\medskip}
\newcommand\reference[1]{{\small\setlength{\parindent}{0pt}\hangindent=1.5em\hangafter=1 #1\par}}
\title{${latex(s.truth.title)}}\author{${s.truth.authors.map(latex).join(' \\and ')}${s.notes.filter(isTitleNote).map((n) => `\\textsuperscript{${latex(n.n ?? '')}}`).join('')}}\date{${latex(s.date)}}
\begin{document}
`;
}

function titleNotes(s: Source): string {
  return s.notes.filter(isTitleNote).map((n) => `\\begingroup\\renewcommand\\thefootnote{${latex(n.n ?? '')}}\\footnotetext{${latex(n.text)}}\\endgroup`).join('');
}

function table(s: Source): string {
  const t = partsTable(s);
  const rows = t.rows.map((r) => `${r.part} & ${r.paragraphs} & ${r.notes} & ${r.words}\\\\`).join('\n');
  return String.raw`\end{multicols}
\begin{center}\small
\textbf{${latex(t.caption)}}\par\smallskip
\rowcolors{2}{black!6}{white}
\begin{tabular*}{\textwidth}{@{\extracolsep{\fill}}lrrr}\hline
\textbf{${t.head.join('} & \\textbf{')}}\\\hline
${rows}
\hline\end{tabular*}
\end{center}
\begin{multicols}{2}`;
}

export function latex5Source(s: Source, L: Latex5Layout): string {
  const first = s.body.find((b) => b.type === 'paragraph');
  const masthead = s.masthead.map((m) => `{\\footnotesize ${latex(m)}\\par}`).join('');
  const body = latexBody(s, L, { starred: false });
  if (L.shape === 'sidebar') {
    // The panel's box runs from the top margin to the bottom one, its text from the top.
    const panel = String.raw`\AddToShipoutPictureFG*{\put(\LenToUnit{\dimexpr\paperwidth-58mm\relax},\LenToUnit{22mm}){\colorbox{black!10}{\parbox[b][\dimexpr\paperheight-42mm-2\fboxsep\relax][t]{46mm}{\footnotesize\raggedright\textbf{\normalsize Key messages}\par\medskip ${latex(first?.text ?? '')}}}}}`;
    return [preamble(s, L), panel, `\\twocolumn[\\begin{@twocolumnfalse}${masthead}\\maketitle\\bigskip\\end{@twocolumnfalse}]`, titleNotes(s), ...body, '\\end{document}'].join('\n');
  }
  const mid = latex(tableAfter(s).text);
  const at = body.findIndex((x) => x.startsWith(mid));
  if (at < 0) throw new Error(`${s.truth.id}: the table's paragraph is not in the body`);
  body.splice(at + 1, 0, table(s));
  const abstract = `\\begin{abstract}\n${latex(first?.text ?? '')}\n\\end{abstract}`;
  return [preamble(s, L), masthead, '\\maketitle', titleNotes(s), abstract, '\\begin{multicols}{2}', ...body, '\\end{multicols}', '\\end{document}'].join('\n');
}
