import type { Source } from '../unseen/source.js';
import { isTitleNote, seriesName, shortTitle, surnames, type Layout } from '../unseen2/layout.js';
import { latex, latexBody } from '../unseen2/latex-layouts.js';

// The Unicode TeX engines with OpenType and TrueType fonts through fontspec: XeLaTeX (its own
// PDF writer, xdvipdfmx) and LuaLaTeX (LuaTeX's backend), with classes other than the standard
// ones. Their fonts are CID-keyed with ToUnicode maps of their own, not pdfTeX's Type 1 fonts.
// KOMA-Script's scrartcl: one column on A4 in Liberation Serif with sans headings, space
// between paragraphs instead of indents, scrlayer-scrpage heads and feet, notes hanging at the
// page foot, a shaded box. memoir: two ragged-right columns on Letter in DejaVu Sans under a
// spanning title, a ruled running head, notes with raised numbers under Notes at the end.

export interface TexLayout extends Layout {
  engine: 'xelatex' | 'lualatex';
}

export const TEX_LAYOUTS: TexLayout[] = [
  {
    name: 'xelatex-koma-1col-a4',
    engine: 'xelatex',
    paper: 'A4',
    columns: 1,
    notes: 'foot',
    notesPlace: 'footnotes at the foot of the page, hanging from their raised numbers',
    hyphenated: true,
    authorsApart: true,
    running: (s) => ({
      header: shortTitle(s),
      footer: seriesName(s),
      folio: 'head',
      description: 'scrlayer-scrpage from page 2: the title (to its colon) in italic left and the page number right in the head; the series or journal name centred in the foot; page 1 has only the foot',
    }),
    pdfInfo: (s) => ({ Title: s.truth.title, Author: s.truth.authors.join(', ') }),
  },
  {
    name: 'lualatex-memoir-2col-letter-endnotes',
    engine: 'lualatex',
    paper: 'Letter',
    columns: 2,
    notes: 'end',
    notesHeading: 'Notes',
    notesPlace: 'endnotes after the text under a Notes heading, each opening with its raised number; the title note at the foot of the first column',
    hyphenated: true,
    authorsApart: true,
    running: (s) => ({
      header: surnames(s),
      folio: 'head',
      description: "memoir page style from page 2: the authors' surnames left and the page number right in the head over a rule; no foot; page 1 has neither",
    }),
  },
];

const COMMON = String.raw`\usepackage{fontspec}
\usepackage{polyglossia}\setdefaultlanguage[variant=british]{english}
\usepackage{xcolor}\usepackage{framed}\definecolor{shadecolor}{gray}{0.9}
\newcommand\fn[2]{\begingroup\renewcommand\thefootnote{#1}\footnote{#2}\addtocounter{footnote}{-1}\endgroup}
\newcommand\en[1]{\textsuperscript{#1}}
\newenvironment{pull}{\par\medskip\begin{center}\large\itshape}{\end{center}\medskip}
\newcommand\reference[1]{{\small\setlength{\parindent}{0pt}\hangindent=1.5em\hangafter=1 #1\par}}
\setlength{\emergencystretch}{2em}
`;

function kPreamble(s: Source, L: TexLayout): string {
  const { header, footer } = L.running(s);
  return String.raw`\documentclass[a4paper,11pt,parskip=half,headings=small]{scrartcl}
${COMMON}\setmainfont{Liberation Serif}\setsansfont{Liberation Sans}
\usepackage[a4paper,margin=24mm,top=30mm,bottom=28mm]{geometry}
\usepackage[autooneside=false]{scrlayer-scrpage}
\clearpairofpagestyles
\ihead{\small\itshape ${latex(header ?? '')}}\ohead{\small\pagemark}
\cfoot*{\footnotesize ${latex(footer ?? '')}}
\deffootnote[1.6em]{1.6em}{1em}{\textsuperscript{\thefootnotemark}\,}
\usepackage[pdfusetitle,hidelinks,hyperfootnotes=false]{hyperref}
\titlehead{${s.masthead.map((m) => `{\\footnotesize ${latex(m)}}`).join('\\\\')}}
\title{${latex(s.truth.title)}}
\author{${s.truth.authors.map(latex).join(' \\and ')}${s.notes
    .filter(isTitleNote)
    .map((n) => `\\thanks{${latex(n.text)}}`)
    .join('')}}
\date{${latex(s.date)}}
\begin{document}
\maketitle
\thispagestyle{plain.scrheadings}
`;
}

function mPreamble(s: Source, L: TexLayout): string {
  const { header } = L.running(s);
  // \thanks is lost inside the spanning block: the mark goes on the author, the note after it.
  const marks = s.notes.filter(isTitleNote).map((n) => `\\textsuperscript{${latex(n.n ?? '')}}`).join('');
  const texts = s.notes.filter(isTitleNote).map((n) => `\\begingroup\\renewcommand\\thefootnote{${latex(n.n ?? '')}}\\footnotetext{${latex(n.text)}}\\endgroup`).join('');
  return String.raw`\documentclass[letterpaper,10pt,twocolumn,article]{memoir}
${COMMON}\setmainfont{DejaVu Sans}[Scale=0.9]
\setlrmarginsandblock{0.7in}{0.7in}{*}\setulmarginsandblock{0.85in}{0.8in}{*}\setcolsepandrule{0.28in}{0pt}\checkandfixthelayout
\setsecheadstyle{\large\bfseries}\setsubsecheadstyle{\normalsize\bfseries}\setsubsubsecheadstyle{\normalsize\itshape}
\setsecnumdepth{subsection}\renewcommand\thesection{\arabic{section}}
\makepagestyle{run}\makeoddhead{run}{\small ${latex(header ?? '')}}{}{\small\thepage}\makeheadrule{run}{\textwidth}{0.4pt}
\pagestyle{run}\aliaspagestyle{title}{empty}
\usepackage[hidelinks,hyperfootnotes=false]{hyperref}
\usepackage{ragged2e}\setlength{\RaggedRightParindent}{1em}\RaggedRight
\begin{document}
\twocolumn[
\begin{@twocolumnfalse}
{\raggedright ${s.masthead.map((m) => `{\\footnotesize ${latex(m)}\\par}`).join('')}}
\vspace{1.2em}
{\raggedright\LARGE\bfseries ${latex(s.truth.title)}\par}
\vspace{0.8em}
${s.truth.authors.map((a, k) => `{\\large ${latex(a)}${k === 0 ? marks : ''}\\par}`).join('\n')}
\vspace{0.4em}
{\small ${latex(s.date)}\par}
\vspace{2em}
\end{@twocolumnfalse}
]
\thispagestyle{empty}
${texts}
`;
}

export function texSource(s: Source, L: TexLayout): string {
  const koma = L.engine === 'xelatex';
  const body = latexBody(s, L, {
    starred: koma,
    boxEnv: koma ? 'shaded' : 'framed',
    endnote: (n, text) => `\\noindent\\textsuperscript{${latex(n)}}\\,${latex(text)}\\par`,
  });
  return [koma ? kPreamble(s, L) : mPreamble(s, L), ...body, '\\end{document}'].join('\n');
}
