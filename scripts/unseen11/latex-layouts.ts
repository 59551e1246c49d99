import type { SeedTruth, Source } from '../unseen/source.js';
import { latex, latexBody } from '../unseen2/latex-layouts.js';
import { isTitleNote, seriesName, shortTitle, type Layout } from '../unseen2/layout.js';
import { keyPoints } from '../unseen10/latex-layouts.js';

// An eleventh set of layouts (issue pdf29), none of them in the ten sets before it, all pdfLaTeX:
//  - newsletter-3col: a newsletter in three columns (multicol) from the first page, the notes
//    across the foot of all three;
//  - sidebar-span: a two-column article with a framed "At a glance" sidebar spanning both
//    columns at the top of its second page (figure*), a numbered list inside;
//  - notes-continued: one column whose footnote area is held to a few lines (\dimen\footins),
//    so that a long note is broken and goes on at the foot of the next page;
//  - ocr-spacing: a one-column report set as a scanned page re-typeset by OCR prints it: the
//    letters tracked apart (microtype), word spaces loose and uneven, ragged right (paragraphs
//    still indented: ragged2e's default of none would print no paragraph break at all);
//  - mixed-landscape-accented: a portrait first half, then landscape pages of two columns (the
//    page itself wider, not rotated), the authors' names with diacritics, no Info dictionary.
// The truth is written from the source (the seed's blocks as `prepare` changes them, and the
// sidebar from `amend11`), never from the PDFs.

export type Shape11 = 'newsletter' | 'sidebar' | 'notes-continued' | 'ocr' | 'mixed';

export interface Layout11 extends Layout {
  shape: Shape11;
  /** the seed's truth as this layout prints it, before anything is set */
  prepare?: (t: SeedTruth) => SeedTruth;
}

/** A diacritic on the first vowel of each name part: names as a European byline prints them. */
export function accented(name: string): string {
  const marks: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü' };
  return name
    .split(/(\s+|-)/)
    .map((w) => (/^\s+$|^-$/.test(w) ? w : w.replace(/[aeiou]/, (v) => marks[v] ?? v)))
    .join('');
}

const withAccentedAuthors = (t: SeedTruth): SeedTruth => ({ ...t, authors: t.authors.map(accented) });

const info = (s: Source) => ({ Title: s.truth.title, Author: s.truth.authors.join(', ') });

export const LAYOUTS11: Layout11[] = [
  {
    name: 'newsletter-3col-a4',
    shape: 'newsletter',
    paper: 'A4',
    columns: 3,
    notes: 'foot',
    notesPlace: 'footnotes across the foot of the page, under all three columns (multicol)',
    hyphenated: true,
    running: (s) => ({ header: seriesName(s) ?? shortTitle(s), folio: 'head', description: 'the series (or short title) left and the page number right in the head, a rule under it' }),
    pdfInfo: info,
  },
  {
    name: 'sidebar-span-a4',
    shape: 'sidebar',
    paper: 'A4',
    columns: 2,
    notes: 'foot',
    hyphenated: true,
    authorsApart: true,
    running: (s) => ({ footer: shortTitle(s), folio: 'foot', description: 'the short title left and the page number right in the foot; a framed sidebar across both columns at the top of page 2' }),
    pdfInfo: info,
  },
  {
    name: 'notes-continued-a4',
    shape: 'notes-continued',
    paper: 'A4',
    columns: 1,
    notes: 'foot',
    hyphenated: true,
    running: (s) => ({ header: shortTitle(s), folio: 'head', description: 'the short title left and the page number right in the head; a long footnote broken and continued at the foot of the next page' }),
    pdfInfo: info,
  },
  {
    name: 'ocr-spacing-a4',
    shape: 'ocr',
    paper: 'A4',
    columns: 1,
    notes: 'foot',
    hyphenated: false,
    running: (s) => ({ footer: seriesName(s) ?? shortTitle(s), folio: 'foot', description: 'the series centred and the page number right in the foot; letters tracked apart and word spaces uneven, as an OCR text layer' }),
    pdfInfo: info,
  },
  {
    name: 'mixed-landscape-accented-a4',
    shape: 'mixed',
    paper: 'A4',
    columns: 1,
    notes: 'foot',
    hyphenated: true,
    authorsApart: true,
    running: (s) => ({ footer: shortTitle(s), folio: 'foot', description: 'the short title left and the page number right in the foot; the second half on landscape pages in two columns; accented author names; no Info dictionary' }),
    prepare: withAccentedAuthors,
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
const hyperref = (withInfo: boolean) => String.raw`\usepackage[${withInfo ? 'pdfusetitle,' : ''}hidelinks,hyperfootnotes=false]{hyperref}`;
const titleNotes = (s: Source) => s.notes.filter(isTitleNote).map((n) => `\\begingroup\\renewcommand\\thefootnote{${latex(n.n ?? '')}}\\footnotetext{${latex(n.text)}}\\endgroup`).join('');
const marks = (s: Source) => s.notes.filter(isTitleNote).map((n) => `\\textsuperscript{${latex(n.n ?? '')}}`).join('');
const mastheadTex = (s: Source) => s.masthead.map((m) => `{\\footnotesize ${latex(m)}\\par}`).join('');
const titleCmds = (s: Source) => `\\title{${latex(s.truth.title)}}\\author{${s.truth.authors.map(latex).join(' \\and ')}}\\date{${latex(s.date)}}`;
const authorLines = (s: Source) => s.truth.authors.map((a) => `{\\large ${latex(a)}\\par}`).join('');

function preamble(s: Source, cls: string, geometry: string, furniture: string, withInfo = true): string[] {
  return [`\\documentclass[${cls}]{article}`, DET, FONTS, `\\usepackage[${geometry}]{geometry}`, furniture, COMMON, hyperref(withInfo), titleCmds(s)];
}

function newsletter(s: Source, L: Layout11): string {
  const head = latex(seriesName(s) ?? shortTitle(s));
  return [
    ...preamble(
      s,
      'a4paper,9pt',
      'margin=14mm,top=22mm,headheight=12pt',
      String.raw`\usepackage{multicol}\setlength{\columnsep}{5mm}\setlength{\columnseprule}{0.3pt}
\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.6pt}
\fancyhead[L]{\footnotesize\bfseries ${head}}\fancyhead[R]{\footnotesize\thepage}
\fancypagestyle{plain}{\fancyhf{}\renewcommand{\headrulewidth}{0pt}}`,
    ),
    '\\begin{document}',
    `\\thispagestyle{plain}${mastheadTex(s)}\\medskip{\\raggedright\\Huge\\bfseries ${latex(s.truth.title)}\\par}\\medskip{\\large ${latex(s.byline)}${marks(s)}\\par}{\\small ${latex(s.date)}\\par}\\medskip\\hrule\\bigskip`,
    titleNotes(s),
    '\\begin{multicols}{3}',
    ...latexBody(s, L, { starred: true }),
    '\\end{multicols}',
    '\\end{document}',
  ].join('\n');
}

function sidebarBox(s: Source): string {
  const items = keyPoints(s)
    .map((k) => `\\item ${latex(k)}`)
    .join('\n');
  return String.raw`\begin{figure*}[t]\noindent\fcolorbox{black}{black!5}{\parbox{\dimexpr\textwidth-2\fboxsep-2\fboxrule\relax}{\vspace{3pt}{\large\bfseries At a glance\par}\smallskip\begin{enumerate}\setlength{\itemsep}{2pt}
${items}
\end{enumerate}\vspace{2pt}}}\end{figure*}`;
}

function sidebar(s: Source, L: Layout11): string {
  const body = latexBody(s, L, { starred: true });
  // Called beside the first paragraph: figure* floats to the top of the next page.
  const first = body.findIndex((x) => !x.startsWith('\\'));
  body.splice(first + 1, 0, sidebarBox(s));
  return [
    ...preamble(
      s,
      'a4paper,10pt,twocolumn',
      'margin=18mm,columnsep=7mm',
      String.raw`\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[L]{\footnotesize ${latex(shortTitle(s))}}\fancyfoot[R]{\footnotesize\thepage}
\fancypagestyle{plain}{\fancyhf{}\fancyfoot[L]{\footnotesize ${latex(shortTitle(s))}}\fancyfoot[R]{\footnotesize\thepage}}`,
    ),
    '\\begin{document}',
    `\\twocolumn[{${mastheadTex(s)}\\vspace{6mm}{\\raggedright{\\LARGE\\bfseries ${latex(s.truth.title)}\\par}\\medskip${authorLines(s)}${marks(s)}\\smallskip{${latex(s.date)}\\par}}\\bigskip}]`,
    '\\thispagestyle{plain}',
    titleNotes(s),
    ...body,
    '\\end{document}',
  ].join('\n');
}

function notesContinued(s: Source, L: Layout11): string {
  return [
    ...preamble(
      s,
      'a4paper,11pt',
      'margin=28mm,headheight=14pt',
      // The note area held to six lines: a longer note is broken and goes on at the next page's foot.
      String.raw`\dimen\footins=6\baselineskip\interfootnotelinepenalty=0
\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}
\fancyhead[L]{\small ${latex(shortTitle(s))}}\fancyhead[R]{\small\thepage}
\fancypagestyle{plain}{\fancyhf{}\renewcommand{\headrulewidth}{0pt}}`,
    ),
    '\\begin{document}',
    `\\thispagestyle{plain}${mastheadTex(s)}\\vspace{8mm}{\\raggedright\\LARGE ${latex(s.truth.title)}\\par}\\medskip{\\large ${latex(s.byline)}${marks(s)}\\par}{${latex(s.date)}\\par}\\bigskip`,
    titleNotes(s),
    ...latexBody(s, L, { starred: false }),
    '\\end{document}',
  ].join('\n');
}

function ocr(s: Source, L: Layout11): string {
  const foot = latex(seriesName(s) ?? shortTitle(s));
  return [
    ...preamble(
      s,
      'a4paper,11pt',
      'margin=25mm',
      // Tracked letters and loose, uneven word spaces: the look of a text layer an OCR engine laid over a scan.
      String.raw`\usepackage[tracking=true]{microtype}\SetTracking{encoding=*}{60}
\usepackage{ragged2e}
\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[C]{\footnotesize ${foot}}\fancyfoot[R]{\footnotesize\thepage}
\fancypagestyle{plain}{\fancyhf{}\fancyfoot[C]{\footnotesize ${foot}}\fancyfoot[R]{\footnotesize\thepage}}`,
    ),
    '\\begin{document}',
    '\\setlength{\\RaggedRightParindent}{1.5em}\\RaggedRight\\spaceskip=0.6em plus 0.5em minus 0.1em\\xspaceskip=0.9em plus 0.4em',
    `\\thispagestyle{plain}${mastheadTex(s)}\\vspace{8mm}{\\LARGE\\bfseries ${latex(s.truth.title)}\\par}\\medskip${authorLines(s)}${marks(s)}{${latex(s.date)}\\par}\\bigskip`,
    titleNotes(s),
    ...latexBody(s, L, { starred: true }),
    '\\end{document}',
  ].join('\n');
}

function mixed(s: Source, L: Layout11): string {
  const body = latexBody(s, L, { starred: true });
  // The second half on landscape pages: the page itself turned wide (a new page size), the measure
  // and the page's frame set anew for it (geometry cannot change the paper mid-document), in two columns.
  const half = body.findIndex((x, i) => i >= body.length / 2 && x.startsWith('\\section'));
  const at = half > 0 ? half : Math.floor(body.length / 2);
  body.splice(at, 0, '\\landscapepages');
  return [
    ...preamble(
      s,
      'a4paper,11pt',
      'margin=25mm',
      String.raw`\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[L]{\footnotesize ${latex(shortTitle(s))}}\fancyfoot[R]{\footnotesize\thepage}
\fancypagestyle{plain}{\fancyhf{}\fancyfoot[L]{\footnotesize ${latex(shortTitle(s))}}\fancyfoot[R]{\footnotesize\thepage}}
\makeatletter\newcommand\landscapepages{\clearpage\pdfpagewidth=297mm\pdfpageheight=210mm\paperwidth=297mm\paperheight=210mm
\textwidth=261mm\textheight=150mm\global\vsize\textheight\global\@colht\textheight\global\@colroom\textheight\headwidth=\textwidth
\oddsidemargin=\dimexpr18mm-1in\relax\evensidemargin=\oddsidemargin\topmargin=\dimexpr12mm-1in\relax\columnsep=8mm\twocolumn}\makeatother`,
      false,
    ),
    '\\begin{document}',
    `\\thispagestyle{plain}${mastheadTex(s)}\\vspace{8mm}{\\raggedright\\LARGE\\bfseries ${latex(s.truth.title)}\\par}\\medskip${authorLines(s)}${marks(s)}\\smallskip{${latex(s.date)}\\par}\\bigskip`,
    titleNotes(s),
    ...body,
    '\\end{document}',
  ].join('\n');
}

export function latex11Source(s: Source, L: Layout11): string {
  switch (L.shape) {
    case 'newsletter':
      return newsletter(s, L);
    case 'sidebar':
      return sidebar(s, L);
    case 'notes-continued':
      return notesContinued(s, L);
    case 'ocr':
      return ocr(s, L);
    case 'mixed':
      return mixed(s, L);
  }
}

/** The truth with what the layout prints beyond the seed's blocks: the sidebar after the first paragraph. */
export function amend11(s: Source, L: Layout11, truth: SeedTruth): SeedTruth {
  if (L.shape !== 'sidebar') return truth;
  const blocks = [...truth.blocks];
  const items = keyPoints(s);
  const box = { type: 'box', role: 'box', label: 'At a glance', text: `At a glance ${items.join(' ')}`, parts: items.map((k, i) => ({ type: 'list-item', n: String(i + 1), text: k })) };
  let at = blocks.findIndex((b) => b.type === 'paragraph');
  while (blocks[at + 1]?.type === 'footnote') at++;
  blocks.splice(at + 1, 0, box);
  return { ...truth, blocks };
}
