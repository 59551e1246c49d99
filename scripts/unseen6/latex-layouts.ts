import type { Block, SeedTruth, Source } from '../unseen/source.js';
import { latex, latexBody } from '../unseen2/latex-layouts.js';
import { isTitleNote, surnames, type Layout } from '../unseen2/layout.js';

// Five shapes of the two-column page as pdfLaTeX sets them with the standard classes, none of
// them in the first five sets: `twocolumn` with footnotes at the foot of each column and a
// full-width figure (figure*: standard LaTeX sets it at the top of the next page, mid-text); a
// `report` in two columns whose running head is the current chapter's title (so it changes
// per chapter) over a constant foot; a pull quote set in a widened gutter between the
// columns; a first page in one column (title block and abstract) and the rest in two; and
// hyphenation favoured at column breaks (\brokenpenalty below zero), so words split across them.

export interface Latex6Layout extends Layout {
  shape: 'float' | 'chapters' | 'gutter-quote' | 'one-then-two' | 'column-hyphens';
}

const plain = () => ({ folio: 'foot' as const, description: 'plain page style: the page number centred in the foot of every page, no running head' });
const info = (s: Source) => ({ Title: s.truth.title, Author: s.truth.authors.join(', ') });

export const LATEX6_LAYOUTS: Latex6Layout[] = [
  { name: 'latex-float-2col-a4', shape: 'float', paper: 'A4', columns: 2, notes: 'foot', hyphenated: true, authorsApart: true, abstract: { heading: 'Abstract' }, running: plain, pdfInfo: info },
  {
    name: 'latex-chapters-2col-a4',
    shape: 'chapters',
    paper: 'A4',
    columns: 2,
    notes: 'foot',
    hyphenated: true,
    authorsApart: true,
    running: (s) => ({
      footer: surnames(s),
      folio: 'head',
      description: "fancyhdr: the current chapter's number and title left and the page number right in the head (so the head changes per chapter), the authors' surnames centred in the foot; a chapter's first page plain (page number centred in the foot); a title page of its own",
    }),
    pdfInfo: info,
  },
  { name: 'latex-gutterquote-2col-a4', shape: 'gutter-quote', paper: 'A4', columns: 2, notes: 'foot', hyphenated: true, authorsApart: true, abstract: { heading: 'Abstract' }, running: plain, pdfInfo: info },
  {
    name: 'latex-onethentwo-a4',
    shape: 'one-then-two',
    paper: 'A4',
    columns: 2,
    notes: 'foot',
    notesPlace: 'footnotes at the foot of each column (pages 2 on)',
    hyphenated: true,
    authorsApart: true,
    abstract: { heading: 'Abstract' },
    running: plain,
    pdfInfo: info,
  },
  { name: 'latex-colhyphens-2col-a4', shape: 'column-hyphens', paper: 'A4', columns: 2, notes: 'foot', hyphenated: true, authorsApart: true, abstract: { heading: 'Abstract' }, running: plain, pdfInfo: info },
];

/** The body paragraph in the middle, after which the float stands and from which a pull quote is made. */
function middle(s: Source): Block {
  const paras = s.body.filter((b) => b.type === 'paragraph');
  return paras[Math.floor(paras.length / 2)];
}

export function figureCaption(s: Source): string {
  const heads = s.body.filter((b) => b.type === 'heading').length;
  return `Figure 1. How the paper is built: ${s.body.filter((b) => b.type === 'paragraph').length} paragraphs under ${heads} headings, drawn part by part`;
}

/** The pull quote the gutter holds: the seed's first one, or else the middle paragraph's first sentence. */
export function gutterQuote(s: Source): { text: string; own: boolean } {
  const q = s.body.find((b) => b.type === 'quote' && b.role === 'pull-quote');
  if (q) return { text: q.text, own: true };
  const m = /^.{40,220}?[.?!](?=\s|$)/.exec(middle(s).text);
  return { text: m ? m[0] : middle(s).text.split(/\s+/).slice(0, 24).join(' '), own: false };
}

/** The truth with what the layout adds: the figure's caption, or a pull quote made for the gutter. */
export function amend6(s: Source, L: Layout, truth: SeedTruth): SeedTruth {
  const shape = (L as Latex6Layout).shape;
  const add: Block | undefined =
    shape === 'float' ? { type: 'paragraph', role: 'caption', text: figureCaption(s) } : shape === 'gutter-quote' && !gutterQuote(s).own ? { type: 'quote', role: 'pull-quote', text: gutterQuote(s).text } : undefined;
  if (!add) return truth;
  const after = middle(s).text;
  const at = truth.blocks.findIndex((b) => b.type === 'paragraph' && b.text === after);
  const blocks = [...truth.blocks];
  blocks.splice(at + 1, 0, add);
  return { ...truth, blocks };
}

function preamble(s: Source, L: Latex6Layout): string {
  const cls = L.shape === 'chapters' ? 'report' : 'article';
  const twocol = L.shape === 'one-then-two' ? '' : 'twocolumn,';
  const geometry =
    L.shape === 'gutter-quote' ? 'margin=16mm,top=20mm,columnsep=34mm' : L.shape === 'column-hyphens' ? 'margin=24mm,top=22mm,columnsep=8mm' : L.shape === 'chapters' ? 'margin=18mm,top=24mm,headheight=14pt,columnsep=7mm' : 'margin=18mm,top=20mm,columnsep=7mm';
  const heads =
    L.shape === 'chapters'
      ? String.raw`\usepackage{fancyhdr}
\pagestyle{fancy}\fancyhf{}
\renewcommand\chaptermark[1]{\markboth{\thechapter.\ #1}{}}
\fancyhead[L]{\small\itshape\nouppercase{\leftmark}}\fancyhead[R]{\small\thepage}
\fancyfoot[C]{\footnotesize ${latex(surnames(s))}}
\renewcommand{\headrulewidth}{0.4pt}
\makeatletter
% a chapter's head as a numbered line, as reports set it (no "Chapter 1" line of its own)
\def\@makechapterhead#1{\vspace*{10pt}{\parindent0pt\raggedright\LARGE\bfseries\thechapter\quad #1\par\nobreak\vspace{18pt}}}
\makeatother`
      : '';
  // Hyphens welcome, and a column break after a hyphenated line rewarded rather than charged.
  const hyph = L.shape === 'column-hyphens' ? String.raw`\hyphenpenalty=0 \brokenpenalty=-400 \setlength{\parskip}{0pt plus 2pt}` : '';
  return String.raw`\documentclass[a4paper,${twocol}10pt]{${cls}}
\pdfinfoomitdate=1 \pdftrailerid{} \pdfsuppressptexinfo=-1 \pdfcompresslevel=9 \pdfobjcompresslevel=2
\setlength{\emergencystretch}{2em}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[british]{babel}
\usepackage[${geometry}]{geometry}
\usepackage{xcolor,eso-pic}
\newenvironment{framed}{\par\medskip\hrule\smallskip}{\par\smallskip\hrule\medskip}
${heads}
\usepackage[pdfusetitle,hidelinks,hyperfootnotes=false]{hyperref}
${hyph}
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

/** A drawn figure with no text in it (bars by part, as an image would be) and its caption, across both columns. */
function figure(s: Source): string {
  const bars = s.body
    .filter((b) => b.type === 'heading')
    .slice(0, 10)
    .map((b, i) => `\\put(${8 + i * 16},0){\\color{black!${30 + (i % 3) * 20}}\\rule{10mm}{${6 + ((b.text.length * 7) % 30)}mm}}`)
    .join('');
  return String.raw`\begin{figure*}[t]\centering
\fbox{\setlength{\unitlength}{1mm}\begin{picture}(170,40)${bars}\end{picture}}
\par\medskip{\small ${latex(figureCaption(s))}\par}
\end{figure*}`;
}

/** The pull quote, placed on the page its paragraph ends on, in the middle of the widened gutter. */
function inGutter(text: string): string {
  return String.raw`\AddToShipoutPictureFG*{\put(\LenToUnit{\dimexpr0.5\paperwidth-14mm\relax},\LenToUnit{0.42\paperheight}){\parbox[b]{28mm}{\centering\hrule\smallskip\small\itshape\raggedright ${latex(text)}\par\smallskip\hrule}}}`;
}

/** The body as a report in chapters: top headings become chapters, the rest one level up. */
function asChapters(s: Source, body: string[]): string[] {
  const top = Math.min(...s.body.filter((b) => b.type === 'heading').map((b) => b.level ?? 1), 9);
  const up: [RegExp, string][] = [
    [/^\\section\*?\{/, '\\chapter{'],
    [/^\\subsection\*?\{/, top === 1 ? '\\section{' : '\\chapter{'],
    [/^\\subsubsection\*?\{/, top === 1 ? '\\subsection{' : '\\section{'],
  ];
  return body.map((x) => {
    for (const [re, to] of up) if (re.test(x)) return x.replace(re, to);
    return x;
  });
}

/** A report's title page of its own: the series line at the head, title, authors and date below. */
function titlePage(s: Source, masthead: string): string {
  const authors = s.truth.authors.map((a) => `{\\large ${latex(a)}\\par}`).join('\\smallskip');
  const marks = s.notes.filter(isTitleNote).map((n) => `\\textsuperscript{${latex(n.n ?? '')}}`).join('');
  return String.raw`\begin{titlepage}\onecolumn
${masthead}\vspace{3cm}
{\centering{\LARGE\bfseries ${latex(s.truth.title)}\par}\vspace{1.5cm}${authors}${marks}\vspace{1cm}{\large ${latex(s.date)}\par}}
\end{titlepage}\twocolumn`;
}

export function latex6Source(s: Source, L: Latex6Layout): string {
  const first = s.body.find((b) => b.type === 'paragraph');
  const masthead = s.masthead.map((m) => `{\\footnotesize ${latex(m)}\\par}`).join('');
  let body = latexBody(s, L, { starred: false });
  const abstract = `\\begin{abstract}\n${latex(first?.text ?? '')}\n\\end{abstract}`;
  const end = '\\end{document}';
  const mid = latex(middle(s).text);
  const at = body.findIndex((x) => x.startsWith(mid));
  if (at < 0) throw new Error(`${s.truth.id}: the middle paragraph is not in the body`);
  switch (L.shape) {
    case 'chapters':
      body = asChapters(s, body);
      return [preamble(s, L), titlePage(s, masthead), titleNotes(s), ...body, end].join('\n');
    case 'one-then-two':
      // One column for the title block and abstract on page 1; \twocolumn starts page 2 in two.
      return [preamble(s, L), masthead, '\\maketitle', titleNotes(s), abstract, '\\twocolumn', ...body, end].join('\n');
    case 'float':
      body.splice(at + 1, 0, figure(s));
      break;
    case 'gutter-quote': {
      const q = gutterQuote(s);
      if (q.own) {
        const own = body.findIndex((x) => x.startsWith(`\\begin{pull}${latex(q.text)}`));
        body[own] = inGutter(q.text);
      } else body[at] = `${body[at].trimEnd()}${inGutter(q.text)}\n`;
      break;
    }
    default:
      break;
  }
  return [preamble(s, L), `\\twocolumn[\\begin{@twocolumnfalse}${masthead}\\maketitle${abstract}\\bigskip\\end{@twocolumnfalse}]`, titleNotes(s), ...body, end].join('\n');
}
