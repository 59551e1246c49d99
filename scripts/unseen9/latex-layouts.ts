import type { SeedTruth, Source } from '../unseen/source.js';
import { latex, latexBody } from '../unseen2/latex-layouts.js';
import { isTitleNote, seriesName, shortTitle, type Layout } from '../unseen2/layout.js';

// A ninth set of layouts (issue pdf22), shapes and producers the eight sets before it do not
// have. Four are pdfLaTeX with the packages that make them; the fifth is Chromium (html.ts):
//  - brief-summarybox: a policy brief whose summary stands in a shaded box across the full
//    measure on the first page, the text after it in two columns (multicol), notes across the
//    foot of the page;
//  - review-lineno: a manuscript as sent for review: `lineno` numbers every line in the left
//    margin, one and a half spacing, "Manuscript submitted for review" at the head;
//  - toc2-smallcaps: a report with a title page, a table of contents loose enough to run over
//    two pages (where there are headings enough), numbered sections, and a running head in
//    small capitals that changes with each section (the series at the foot, also in small caps);
//  - french-fnrun: an NGO report typeset in the French manner: guillemets « » with non-breaking
//    spaces inside, spaced en dashes and em dashes, a paragraph thick with hyphenated compounds
//    (pre-existing, inter-state), and notes free to continue on the next page.
// The truth is written from the source (the seed's blocks, transformed as the layout's
// `prepare` says), never from the PDF.

export type Shape9 = 'summarybox' | 'lineno' | 'toc2' | 'french' | 'un-chromium';

export interface Layout9 extends Layout {
  shape: Shape9;
  /** the seed's truth as this layout prints it (text transformed, a paragraph added), before anything is set */
  prepare?: (t: SeedTruth) => SeedTruth;
}

/** Hyphenated compounds, as policy prose is full of them; a narrow measure breaks some at their hyphen. */
export const COMPOUNDS_PARAGRAPH =
  'Much of what follows concerns pre-existing commitments: inter-state agreements, cross-border operations, non-state armed groups, long-term follow-up and self-reliance. Where pre-existing obligations and inter-state mechanisms overlap, decision-makers in policy-making bodies tend to defer to case-by-case arrangements and to short-term, low-profile re-engagement rather than to well-established, rights-based co-ordination.';

/** Curly double quotes as French typography sets them (« text », non-breaking spaces inside); spaced en dashes kept. */
export function frenchQuotes(text: string): string {
  return text.replace(/“\s*/g, '«\u00a0').replace(/\s*”/g, '\u00a0»').replace(/ - /g, ' – ');
}

function addAfterParagraph(t: SeedTruth, k: number, text: string): SeedTruth {
  const blocks = [...t.blocks];
  let seen = 0;
  const at = blocks.findIndex((b) => b.type === 'paragraph' && ++seen === k);
  blocks.splice(at + 1, 0, { type: 'paragraph', text });
  return { ...t, blocks };
}

/** The symbol a UN-style document carries at its head, one per seed (Security Council style). */
export function unSymbol(t: { id: string; year: number }): string {
  const n = [...t.id].reduce((a, c) => (a * 31 + c.charCodeAt(0)) % 900, 11) + 100;
  return `S/${t.year}/${n}`;
}

const info = (s: Source) => ({ Title: s.truth.title, Author: s.truth.authors.join(', ') });

export const LAYOUTS9: Layout9[] = [
  {
    name: 'brief-summarybox-2col-a4',
    shape: 'summarybox',
    paper: 'A4',
    columns: 2,
    notes: 'foot',
    notesPlace: 'footnotes across the foot of the page, under both columns (multicol)',
    hyphenated: true,
    abstract: { heading: 'Summary' },
    running: (s) => ({ footer: seriesName(s) ?? shortTitle(s), folio: 'foot', description: 'the series (or short title) left and the page number right in the foot of every page' }),
    pdfInfo: info,
  },
  {
    name: 'review-lineno-a4',
    shape: 'lineno',
    paper: 'A4',
    columns: 1,
    notes: 'foot',
    hyphenated: true,
    authorsApart: true,
    running: () => ({ header: 'Manuscript submitted for review', folio: 'foot', description: 'a review copy: "Manuscript submitted for review" at the head, the page number centred in the foot, every text line numbered in the left margin (lineno), one and a half spacing' }),
    prepare: (t) => addAfterParagraph(t, 2, COMPOUNDS_PARAGRAPH),
    pdfInfo: info,
  },
  {
    name: 'toc2-smallcaps-a4',
    shape: 'toc2',
    paper: 'A4',
    columns: 1,
    notes: 'foot',
    hyphenated: true,
    authorsApart: true,
    running: (s) => ({
      footer: seriesName(s) ?? shortTitle(s),
      folio: 'head',
      description: "fancyhdr in small capitals: the current section's title left and the page number right in the head (the head changes with each section), the series centred in the foot; a title page, then the contents (two pages where the headings are many)",
    }),
    pdfInfo: info,
  },
  {
    name: 'french-fnrun-a4',
    shape: 'french',
    paper: 'A4',
    columns: 1,
    notes: 'foot',
    notesPlace: 'footnotes at the foot of the page, a long one continued on the next page (\\interfootnotelinepenalty=0)',
    hyphenated: true,
    authorsApart: false,
    running: (s) => ({ header: shortTitle(s), folio: 'foot', description: 'the short title centred in italic at the head, the page number right in the foot; French quotation marks and spaced dashes' }),
    prepare: (t) => {
      const tr = (x: string) => frenchQuotes(x);
      const withQuotes: SeedTruth = { ...t, blocks: t.blocks.map((b) => ({ ...b, text: tr(b.text), ...(b.parts ? { parts: b.parts.map((p) => ({ ...p, text: tr(p.text) })) } : {}) })) };
      return addAfterParagraph(withQuotes, 3, `${COMPOUNDS_PARAGRAPH} The lesson — as one interviewee put it, «\u00a0the price of access is silence\u00a0» — is not new; it was learnt in 1990–1995 and again in 2011–2015.`);
    },
    pdfInfo: info,
  },
];

const DET = String.raw`\pdfinfoomitdate=1 \pdftrailerid{} \pdfsuppressptexinfo=-1 \pdfcompresslevel=9 \pdfobjcompresslevel=2`;

const COMMON = String.raw`\setlength{\emergencystretch}{2em}
\newenvironment{framed}{\par\medskip\hrule\smallskip}{\par\smallskip\hrule\medskip}
\newcommand\en[1]{\textsuperscript{#1}}
\newenvironment{pull}{\par\medskip\hrule\smallskip\begin{center}\large\itshape}{\end{center}\smallskip\hrule\medskip}
\newcommand\reference[1]{{\small\setlength{\parindent}{0pt}\hangindent=1.5em\hangafter=1 #1\par}}
\newcommand\fn[2]{\begingroup\renewcommand\thefootnote{#1}\footnote{#2}\addtocounter{footnote}{-1}\endgroup}`;

const FONTS = String.raw`\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[british]{babel}\usepackage{xcolor}`;
const hyperref = String.raw`\usepackage[pdfusetitle,hidelinks,hyperfootnotes=false]{hyperref}`;
const titleNotes = (s: Source) => s.notes.filter(isTitleNote).map((n) => `\\begingroup\\renewcommand\\thefootnote{${latex(n.n ?? '')}}\\footnotetext{${latex(n.text)}}\\endgroup`).join('');
const marks = (s: Source) => s.notes.filter(isTitleNote).map((n) => `\\textsuperscript{${latex(n.n ?? '')}}`).join('');
const mastheadTex = (s: Source) => s.masthead.map((m) => `{\\footnotesize ${latex(m)}\\par}`).join('');
const titleCmds = (s: Source) => `\\title{${latex(s.truth.title)}}\\author{${s.truth.authors.map(latex).join(' \\and ')}}\\date{${latex(s.date)}}`;

function summarybox(s: Source, L: Layout9): string {
  const first = s.body.find((b) => b.type === 'paragraph');
  return [
    String.raw`\documentclass[a4paper,10pt]{article}`,
    DET,
    FONTS,
    String.raw`\usepackage[margin=18mm,top=20mm,bottom=24mm]{geometry}
\usepackage{multicol}\setlength{\columnsep}{6mm}
\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[L]{\footnotesize ${latex(seriesName(s) ?? shortTitle(s))}}\fancyfoot[R]{\footnotesize\thepage}
\fancypagestyle{plain}{}`,
    COMMON,
    hyperref,
    titleCmds(s),
    '\\begin{document}',
    `${mastheadTex(s)}\\bigskip{\\raggedright\\huge\\bfseries ${latex(s.truth.title)}\\par}\\medskip{\\large ${latex(s.byline)}${marks(s)}\\par}{\\small ${latex(s.date)}\\par}\\bigskip`,
    // The summary box: shaded, across the whole measure, above the columns.
    `\\noindent\\colorbox{black!8}{\\parbox{\\dimexpr\\textwidth-2\\fboxsep\\relax}{\\vspace{4pt}{\\large\\bfseries Summary\\par}\\smallskip\\small ${latex(first?.text ?? '')}\\par\\vspace{4pt}}}\\bigskip`,
    titleNotes(s),
    '\\begin{multicols}{2}',
    ...latexBody(s, L, { starred: true }),
    '\\end{multicols}',
    '\\end{document}',
  ].join('\n');
}

function lineno(s: Source, L: Layout9): string {
  return [
    String.raw`\documentclass[a4paper,11pt]{article}`,
    DET,
    FONTS,
    String.raw`\usepackage[margin=28mm]{geometry}
\usepackage[onehalfspacing]{setspace}
\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyhead[R]{\footnotesize\itshape Manuscript submitted for review}\fancyfoot[C]{\small\thepage}
\fancypagestyle{plain}{\fancyhf{}\fancyhead[R]{\footnotesize\itshape Manuscript submitted for review}\fancyfoot[C]{\small\thepage}}
\usepackage[left]{lineno}\renewcommand\linenumberfont{\normalfont\tiny\sffamily}\setlength\linenumbersep{8mm}`,
    COMMON,
    hyperref,
    titleCmds(s),
    '\\begin{document}',
    '\\linenumbers',
    `${mastheadTex(s)}\\begin{center}{\\LARGE ${latex(s.truth.title)}\\par}\\vskip 1.2em${s.truth.authors.map((a) => `{\\large ${latex(a)}\\par}`).join('')}${marks(s)}\\vskip 0.8em{${latex(s.date)}\\par}\\end{center}\\bigskip`,
    titleNotes(s),
    ...latexBody(s, L, { starred: false }),
    '\\end{document}',
  ].join('\n');
}

function toc2(s: Source, L: Layout9): string {
  const heads = s.body.filter((b) => b.type === 'heading').length;
  // Loose enough that twenty-odd entries run over two pages, as a long report's contents do.
  const spread = heads > 12 ? 2.3 : 1.2;
  const foot = latex(seriesName(s) ?? shortTitle(s));
  return [
    String.raw`\documentclass[a4paper,11pt]{article}`,
    DET,
    FONTS,
    String.raw`\usepackage[margin=27mm,headheight=15pt]{geometry}
\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}
\renewcommand\sectionmark[1]{\markboth{#1}{}}
\fancyhead[L]{\small\textsc{\nouppercase{\leftmark}}}\fancyhead[R]{\small\textsc{\thepage}}
\fancyfoot[C]{\footnotesize\textsc{${foot}}}
\fancypagestyle{plain}{\fancyhf{}\fancyfoot[C]{\footnotesize\textsc{${foot}}}\renewcommand{\headrulewidth}{0pt}}
\setcounter{tocdepth}{3}\setcounter{secnumdepth}{3}`,
    COMMON,
    hyperref,
    titleCmds(s),
    '\\begin{document}',
    `\\begin{titlepage}\\raggedright${mastheadTex(s)}\\vspace*{5cm}{\\Huge\\bfseries ${latex(s.truth.title)}\\par}\\vspace{1.5cm}${s.truth.authors.map((a) => `{\\Large ${latex(a)}\\par}`).join('')}${marks(s)}\\vspace{1cm}{\\large ${latex(s.date)}\\par}${titleNotes(s)}\\end{titlepage}`,
    `{\\linespread{${spread}}\\selectfont\\tableofcontents}\\clearpage`,
    ...latexBody(s, L, { starred: false }),
    '\\end{document}',
  ].join('\n');
}

function french(s: Source, L: Layout9): string {
  return [
    String.raw`\documentclass[a4paper,11pt]{article}`,
    DET,
    FONTS,
    String.raw`\usepackage[left=30mm,right=30mm,top=28mm,bottom=30mm]{geometry}
\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyhead[C]{\small\itshape ${latex(shortTitle(s))}}\fancyfoot[R]{\small\thepage}
\fancypagestyle{plain}{\fancyhf{}\fancyfoot[R]{\small\thepage}}
\DeclareUnicodeCharacter{00AB}{\guillemotleft}\DeclareUnicodeCharacter{00BB}{\guillemotright}
% notes may run on to the next page at any line, as an NGO report's long notes do
\interfootnotelinepenalty=0
\setlength{\parindent}{0pt}\setlength{\parskip}{6pt}`,
    COMMON,
    hyperref,
    titleCmds(s),
    '\\begin{document}',
    `\\thispagestyle{plain}${mastheadTex(s)}\\vspace{1cm}{\\raggedright\\LARGE\\bfseries ${latex(s.truth.title)}\\par}\\medskip{\\large ${latex(s.byline)}${marks(s)}\\par}{${latex(s.date)}\\par}\\bigskip`,
    titleNotes(s),
    ...latexBody(s, L, { starred: true }),
    '\\end{document}',
  ].join('\n');
}

export function latex9Source(s: Source, L: Layout9): string {
  switch (L.shape) {
    case 'summarybox':
      return summarybox(s, L);
    case 'lineno':
      return lineno(s, L);
    case 'toc2':
      return toc2(s, L);
    case 'french':
      return french(s, L);
    case 'un-chromium':
      throw new Error('the UN layout is printed by Chromium (html.ts)');
  }
}

/** The truth with what the layout prints beyond the blocks: the contents' entries. */
export function amend9(s: Source, L: Layout9, truth: SeedTruth): SeedTruth {
  if (L.shape === 'toc2') return { ...truth, front_matter: [...(truth.front_matter ?? []), 'Contents'], toc: s.body.filter((b) => b.type === 'heading').map((b) => ({ text: b.text, level: b.level ?? 1 })) };
  return truth;
}
