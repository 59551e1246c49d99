import type { Block, SeedTruth, Source } from '../unseen/source.js';
import { latex, latexBody } from '../unseen2/latex-layouts.js';
import { isTitleNote, seriesName, shortTitle, type Layout } from '../unseen2/layout.js';
import { partsTable } from '../unseen5/latex-layouts.js';
import { keyFacts, pullNumbers } from '../unseen8/html-layouts.js';

// A tenth set of layouts (issue pdf23), made to carry what the ninth set's write-up left open
// (docs/measurements.md, pdf22 "Left alone / open"), each in a layout none of the nine sets has,
// all pdfLaTeX:
//  - brief-multicol-spaced: a two-column brief by `multicol` from the first page, the notes
//    across the foot of both columns, the series masthead in letter-spaced capitals (microtype
//    \textls, as designed briefs set their masthead);
//  - report-longhead-callouts: one column with a wide outer margin, the running head naming the
//    current section in a box narrower than the measure (so a long section title wraps onto two
//    lines), pull quotes set as bold callouts in the margin beside the text;
//  - annual-pullnumbers: an annual report: a cover page, then a row of three big pull numbers
//    with their captions and a boxed numbered list ("Key points" 1., 2., 3.) before the text;
//  - landscape-table: a one-column report with a table of wrapped cells on a page turned
//    landscape (pdflscape, /Rotate 90) after the middle paragraph;
//  - twoside-2col-heads: a two-sided, two-column article whose odd pages' head names the current
//    section at the outer edge (wrapping when long), the even pages' head the short title.
// The truth is written from the source (the seed's blocks, transformed as `prepare` says, and
// what `amend10` adds: the pull numbers, the box, the table), never from the PDFs.

export type Shape10 = 'multicol-spaced' | 'longhead-callouts' | 'annual' | 'landscape' | 'twoside';

export interface Layout10 extends Layout {
  shape: Shape10;
  /** the seed's truth as this layout prints it (a block added), before anything is set */
  prepare?: (t: SeedTruth) => SeedTruth;
}

/** The first sentence of a paragraph, as a callout repeats it. */
function firstSentence(text: string): string {
  return /^.{40,220}?[.?!](?=\s|$)/.exec(text)?.[0] ?? text.split(/\s+/).slice(0, 24).join(' ');
}

/**
 * Callouts for a seed that has no pull quotes of its own: the first sentence of the third and
 * of the tenth long paragraph, each set after its paragraph (as a designer pulls a line from the
 * text beside it). A seed with pull quotes keeps its own.
 */
function withCallouts(t: SeedTruth): SeedTruth {
  if (t.blocks.some((b) => b.role === 'pull-quote')) return t;
  const longParas = t.blocks.flatMap((b, i) => (b.type === 'paragraph' && b.text.length > 300 ? [i] : []));
  const at = [longParas[2], longParas[9]].filter((i): i is number => i !== undefined);
  const blocks = [...t.blocks];
  for (const i of [...at].reverse()) {
    // After the paragraph's own notes, so that the notes stay beside the paragraph that calls them.
    let j = i + 1;
    while (blocks[j]?.type === 'footnote') j++;
    blocks.splice(j, 0, { type: 'quote', role: 'pull-quote', text: firstSentence(t.blocks[i].text) });
  }
  return { ...t, blocks };
}

const info = (s: Source) => ({ Title: s.truth.title, Author: s.truth.authors.join(', ') });

export const LAYOUTS10: Layout10[] = [
  {
    name: 'brief-multicol-spaced-a4',
    shape: 'multicol-spaced',
    paper: 'A4',
    columns: 2,
    notes: 'foot',
    notesPlace: 'footnotes across the foot of the page, under both columns (multicol)',
    hyphenated: true,
    running: (s) => ({ footer: shortTitle(s), folio: 'foot', description: 'the short title left and the page number right in the foot; the masthead on page 1 in letter-spaced capitals' }),
    pdfInfo: info,
  },
  {
    name: 'report-longhead-callouts-a4',
    shape: 'longhead-callouts',
    paper: 'A4',
    columns: 1,
    notes: 'foot',
    hyphenated: true,
    authorsApart: true,
    running: (s) => ({
      footer: seriesName(s) ?? shortTitle(s),
      folio: 'head',
      description: "fancyhdr: the current section's title in italic left in a box 0.55 of the measure wide (two lines when the title is long) and the page number right in the head; the series centred in the foot; pull quotes as bold callouts in the right margin",
    }),
    prepare: withCallouts,
    pdfInfo: info,
  },
  {
    name: 'annual-pullnumbers-a4',
    shape: 'annual',
    paper: 'A4',
    columns: 1,
    notes: 'foot',
    hyphenated: true,
    authorsApart: true,
    running: (s) => ({ footer: seriesName(s) ?? shortTitle(s), folio: 'foot', description: 'a cover page; then the series left and the page number right in the foot; a row of three big pull numbers and a boxed numbered list before the text' }),
    pdfInfo: info,
  },
  {
    name: 'landscape-table-a4',
    shape: 'landscape',
    paper: 'A4',
    columns: 1,
    notes: 'foot',
    hyphenated: true,
    authorsApart: false,
    running: (s) => ({ header: shortTitle(s), folio: 'head', description: 'the short title left and the page number right in the head; one page turned landscape (/Rotate 90) for a table of wrapped cells, plain' }),
    pdfInfo: info,
  },
  {
    name: 'twoside-2col-heads-a4',
    shape: 'twoside',
    paper: 'A4',
    columns: 2,
    notes: 'foot',
    hyphenated: true,
    authorsApart: true,
    running: () => ({
      folio: 'head',
      description: "two-sided: the page number at the outer edge of the head; the even pages' head the short title, the odd pages' the current section's title (wrapping onto two lines when long)",
    }),
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

/** A section whose title also goes to the running head (starred sections set no mark of their own). */
function markSections(body: string[]): string[] {
  return body.map((x) => x.replace(/^\\section\*\{(.*)\}$/s, (_m, t: string) => `\\section*{${t}}\\markboth{${t}}{${t}}`));
}

function multicolSpaced(s: Source, L: Layout10): string {
  return [
    String.raw`\documentclass[a4paper,10pt]{article}`,
    DET,
    FONTS,
    String.raw`\usepackage[margin=18mm,top=20mm,bottom=24mm]{geometry}
\usepackage{microtype}
\usepackage{multicol}\setlength{\columnsep}{6mm}
\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[L]{\footnotesize ${latex(shortTitle(s))}}\fancyfoot[R]{\footnotesize\thepage}
\fancypagestyle{plain}{}`,
    COMMON,
    hyperref,
    titleCmds(s),
    '\\begin{document}',
    // The masthead letter-spaced, as designed briefs set the series or journal line.
    `${s.masthead.map((m) => `{\\footnotesize\\textls[320]{${latex(m)}}\\par}`).join('')}\\medskip\\hrule\\bigskip{\\raggedright\\LARGE\\bfseries ${latex(s.truth.title)}\\par}\\medskip{\\large ${latex(s.byline)}${marks(s)}\\par}{\\small ${latex(s.date)}\\par}\\bigskip`,
    titleNotes(s),
    '\\begin{multicols}{2}',
    ...latexBody(s, L, { starred: true }),
    '\\end{multicols}',
    '\\end{document}',
  ].join('\n');
}

/** The pull quotes moved into the margin as bold callouts, beside the last line of the paragraph before them. */
function calloutsInMargin(body: string[]): string[] {
  const out: string[] = [];
  let pending = '';
  for (const x of body) {
    const m = /^\\begin\{pull\}(.*)\\end\{pull\}$/s.exec(x);
    if (!m) {
      out.push(pending && !x.startsWith('\\') ? `\\leavevmode${pending}${x}` : x);
      if (!x.startsWith('\\')) pending = '';
      continue;
    }
    const callout = `\\marginpar{\\raggedright\\small\\bfseries ${m[1]}}`;
    const last = out.length - 1;
    if (last >= 0 && !out[last].startsWith('\\')) out[last] = out[last].replace(/\n?$/, `${callout}\n`);
    else pending += callout;
  }
  return out;
}

function longheadCallouts(s: Source, L: Layout10): string {
  const foot = latex(seriesName(s) ?? shortTitle(s));
  return [
    String.raw`\documentclass[a4paper,11pt]{article}`,
    DET,
    FONTS,
    String.raw`\usepackage[left=24mm,right=62mm,top=30mm,bottom=28mm,headheight=28pt,marginparwidth=44mm,marginparsep=7mm]{geometry}
\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}
\fancyheadoffset[R]{51mm}
\fancyhead[L]{\parbox[b]{0.55\textwidth}{\raggedright\small\itshape\leftmark\strut}}\fancyhead[R]{\small\thepage}
\fancyfoot[C]{\footnotesize ${foot}}
\fancypagestyle{plain}{\fancyhf{}\fancyfoot[C]{\footnotesize ${foot}}\renewcommand{\headrulewidth}{0pt}}`,
    COMMON,
    hyperref,
    titleCmds(s),
    '\\begin{document}',
    `\\thispagestyle{plain}${mastheadTex(s)}\\vspace{1cm}{\\raggedright\\LARGE\\bfseries ${latex(s.truth.title)}\\par}\\bigskip${s.truth.authors.map((a) => `{\\large ${latex(a)}\\par}`).join('')}${marks(s)}\\smallskip{${latex(s.date)}\\par}\\bigskip`,
    titleNotes(s),
    ...calloutsInMargin(markSections(latexBody(s, L, { starred: true }))),
    '\\end{document}',
  ].join('\n');
}

/** The boxed numbered list an annual report opens with: the first sentence of four long paragraphs. */
export function keyPoints(s: Source): string[] {
  return keyFacts(s).slice(0, 4);
}

function annual(s: Source, L: Layout10): string {
  const foot = latex(seriesName(s) ?? shortTitle(s));
  const numbers = pullNumbers(s)
    .map((p) => `\\parbox[t]{0.3\\textwidth}{\\centering{\\fontsize{34}{38}\\selectfont\\bfseries\\color{teal!70!black} ${latex(p.n)}\\par}\\smallskip{\\small ${latex(p.text)}\\par}}`)
    .join('\\hfill');
  const items = keyPoints(s)
    .map((k) => `\\item ${latex(k)}`)
    .join('\n');
  return [
    String.raw`\documentclass[a4paper,11pt]{article}`,
    DET,
    FONTS,
    String.raw`\usepackage[margin=25mm]{geometry}
\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[L]{\footnotesize ${foot}}\fancyfoot[R]{\footnotesize\thepage}
\fancypagestyle{plain}{\fancyhf{}\fancyfoot[L]{\footnotesize ${foot}}\fancyfoot[R]{\footnotesize\thepage}}`,
    COMMON,
    hyperref,
    titleCmds(s),
    '\\begin{document}',
    `\\begin{titlepage}\\raggedright${mastheadTex(s)}\\vspace*{6cm}{\\Huge\\bfseries ${latex(s.truth.title)}\\par}\\vspace{1.5cm}${s.truth.authors.map((a) => `{\\Large ${latex(a)}\\par}`).join('')}${marks(s)}\\vspace{1cm}{\\large ${latex(s.date)}\\par}${titleNotes(s)}\\end{titlepage}`,
    `\\noindent ${numbers}\\par\\bigskip`,
    `\\noindent\\fcolorbox{teal!70!black}{teal!6}{\\parbox{\\dimexpr\\textwidth-2\\fboxsep-2\\fboxrule\\relax}{\\vspace{3pt}{\\large\\bfseries Key points\\par}\\smallskip\\begin{enumerate}\\setlength{\\itemsep}{2pt}\n${items}\n\\end{enumerate}\\vspace{2pt}}}\\bigskip`,
    ...latexBody(s, L, { starred: true }),
    '\\end{document}',
  ].join('\n');
}

/** A table whose cells wrap: each part's opening words beside its counts. */
export function wideTable(s: Source): { caption: string; head: string[]; rows: string[][] } {
  const t = partsTable(s);
  const top = Math.min(...s.body.filter((b) => b.type === 'heading').map((b) => b.level ?? 1), 9);
  // The first paragraph of each part (Opening, then each top-level heading), in the order partsTable counts them.
  const openers: string[] = [];
  let want = true;
  for (const b of s.body) {
    if (b.type === 'heading' && (b.level ?? 1) === top) want = true;
    else if (want && b.type === 'paragraph') {
      openers.push(b.text.split(/\s+/).slice(0, 16).join(' ') + ' …');
      want = false;
    }
  }
  const rows = t.rows.map((r, i) => [r.part, openers[i] ?? '', String(r.paragraphs), String(r.notes), String(r.words)]);
  return { caption: 'Table 1. The paper part by part: how each part opens, its paragraphs, notes and words', head: ['Part', 'Opens with', 'Paragraphs', 'Notes', 'Words'], rows };
}

/** The table as the truth holds it: caption, head, then each row's cells in reading order. */
export function wideTableText(s: Source): string {
  const t = wideTable(s);
  return [t.caption, t.head.join(' '), ...t.rows.map((r) => r.join(' '))].join(' ');
}

/** The body paragraph after which the table page stands: the middle one. */
export function middleParagraph(s: Source): Block {
  const paras = s.body.filter((b) => b.type === 'paragraph');
  return paras[Math.floor(paras.length / 2)];
}

function landscape(s: Source, L: Layout10): string {
  const t = wideTable(s);
  const table = String.raw`\begin{landscape}\thispagestyle{plain}
\begin{center}
{\large\bfseries ${latex(t.caption)}\par}\bigskip
\begin{tabular}{@{}p{2cm}p{10.5cm}rrr@{}}\hline
\textbf{${t.head.join('} & \\textbf{')}}\\\hline
${t.rows.map((r) => r.map(latex).join(' & ') + '\\\\[4pt]').join('\n')}
\hline\end{tabular}
\end{center}
\end{landscape}`;
  const body = latexBody(s, L, { starred: false });
  const mid = latex(middleParagraph(s).text);
  const at = body.findIndex((x) => x.startsWith(mid));
  if (at < 0) throw new Error(`${s.truth.id}: the middle paragraph is not in the body`);
  body.splice(at + 1, 0, table);
  return [
    String.raw`\documentclass[a4paper,11pt]{article}`,
    DET,
    FONTS,
    String.raw`\usepackage[margin=26mm,headheight=14pt]{geometry}
\usepackage{pdflscape}
\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}
\fancyhead[L]{\small ${latex(shortTitle(s))}}\fancyhead[R]{\small\thepage}
\fancypagestyle{plain}{\fancyhf{}\renewcommand{\headrulewidth}{0pt}}`,
    COMMON,
    hyperref,
    titleCmds(s),
    '\\begin{document}',
    `\\thispagestyle{plain}${mastheadTex(s)}\\vspace{8mm}{\\raggedright\\LARGE ${latex(s.truth.title)}\\par}\\medskip{\\large ${latex(s.byline)}${marks(s)}\\par}{${latex(s.date)}\\par}\\bigskip`,
    titleNotes(s),
    ...body,
    '\\end{document}',
  ].join('\n');
}

function twoside(s: Source, L: Layout10): string {
  return [
    String.raw`\documentclass[a4paper,10pt,twoside,twocolumn]{article}`,
    DET,
    FONTS,
    String.raw`\usepackage[margin=18mm,top=24mm,headheight=26pt,columnsep=7mm]{geometry}
\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}
\fancyhead[LE]{\small\thepage\hspace{2em}\itshape ${latex(shortTitle(s))}}
\fancyhead[RO]{\parbox[b]{0.5\textwidth}{\raggedleft\small\itshape\rightmark\strut}\hspace{2em}\small\thepage}
\fancypagestyle{plain}{\fancyhf{}\renewcommand{\headrulewidth}{0pt}\fancyfoot[C]{\small\thepage}}`,
    COMMON,
    hyperref,
    titleCmds(s),
    '\\begin{document}',
    `\\twocolumn[{${mastheadTex(s)}\\vspace{6mm}{\\centering{\\LARGE\\bfseries ${latex(s.truth.title)}\\par}\\medskip${s.truth.authors.map((a) => `{\\large ${latex(a)}\\par}`).join('')}${marks(s)}\\smallskip{${latex(s.date)}\\par}}\\bigskip}]`,
    '\\thispagestyle{plain}',
    titleNotes(s),
    ...markSections(latexBody(s, L, { starred: true })),
    '\\end{document}',
  ].join('\n');
}

export function latex10Source(s: Source, L: Layout10): string {
  switch (L.shape) {
    case 'multicol-spaced':
      return multicolSpaced(s, L);
    case 'longhead-callouts':
      return longheadCallouts(s, L);
    case 'annual':
      return annual(s, L);
    case 'landscape':
      return landscape(s, L);
    case 'twoside':
      return twoside(s, L);
  }
}

/** The truth with what the layout prints beyond the seed's blocks: the pull numbers and the box, the table. */
export function amend10(s: Source, L: Layout10, truth: SeedTruth): SeedTruth {
  const blocks = [...truth.blocks];
  if (L.shape === 'annual') {
    const items = keyPoints(s);
    const box = { type: 'box', role: 'box', label: 'Key points', text: `Key points ${items.join(' ')}`, parts: items.map((k, i) => ({ type: 'list-item', n: String(i + 1), text: k })) } as Block;
    blocks.splice(0, 0, ...pullNumbers(s).map((p) => ({ type: 'paragraph', role: 'pull-number', text: `${p.n} ${p.text}` })), box);
  }
  if (L.shape === 'landscape') {
    const after = middleParagraph(s).text;
    let at = blocks.findIndex((b) => b.type === 'paragraph' && b.text === after);
    // The table follows its paragraph's notes, as the truth keeps notes beside the block that calls them.
    while (blocks[at + 1]?.type === 'footnote') at++;
    blocks.splice(at + 1, 0, { type: 'table', text: wideTableText(s) });
  }
  return { ...truth, blocks };
}
