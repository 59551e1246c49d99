import type { Block, SeedTruth, Source } from '../unseen/source.js';
import { latex, latexBody } from '../unseen2/latex-layouts.js';
import { isTitleNote, shortTitle, surnames, type Layout } from '../unseen2/layout.js';
import { partsTable, tableText } from '../unseen5/latex-layouts.js';

// Five shapes of page none of the first six sets has, as TeX's own classes and packages set
// them: three columns by `multicol` (title and abstract spanning them, the notes across the
// foot of all three); a KOMA-Script `scrreprt` whose head is the current chapter's title
// and whose lowest headings stand in the margin beside their paragraph; a `memoir` book set by
// LuaLaTeX with a rotated (landscape) table page and notes free to continue on the next page;
// a UN-style report, every paragraph numbered (1., 2., …) and its items lettered ((a), (b), …)
// under a document symbol; and a title page that is only a picture, the title and authors
// in the PDF's Info dictionary and the year in an imprint on its back.

export type Latex7Shape = 'multicol3' | 'koma-margin' | 'memoir-landscape' | 'un-paras' | 'image-title';

export interface Latex7Layout extends Layout {
  shape: Latex7Shape;
  engine: 'pdflatex' | 'lualatex';
}

const plain = () => ({ folio: 'foot' as const, description: 'plain page style: the page number centred in the foot of every page, no running head' });
const info = (s: Source) => ({ Title: s.truth.title, Author: s.truth.authors.join(', ') });

/** The symbol a UN-style document carries at its head, one per seed. */
export function symbol(s: Source): string {
  const n = [...s.truth.id].reduce((a, c) => (a * 31 + c.charCodeAt(0)) % 900, 7) + 100;
  return `HPG/${s.truth.year}/${n}`;
}

export const LATEX7_LAYOUTS: Latex7Layout[] = [
  {
    name: 'latex-multicol3-a4',
    shape: 'multicol3',
    engine: 'pdflatex',
    paper: 'A4',
    columns: 3,
    notes: 'foot',
    notesPlace: 'footnotes across the foot of the page, under all three columns',
    hyphenated: true,
    authorsApart: true,
    abstract: { heading: 'Abstract' },
    running: plain,
    pdfInfo: info,
  },
  {
    name: 'koma-margin-report-a4',
    shape: 'koma-margin',
    engine: 'pdflatex',
    paper: 'A4',
    columns: 1,
    notes: 'foot',
    hyphenated: true,
    authorsApart: true,
    running: (s) => ({
      footer: surnames(s),
      folio: 'head',
      description:
        "KOMA-Script scrlayer-scrpage: the current chapter's title left and the page number right in the head (so the head changes per chapter), the authors' surnames centred in the foot; a chapter's first page plain (page number centred in the foot); a title page of its own; the lowest headings set in the right margin beside their paragraph",
    }),
    pdfInfo: info,
  },
  {
    name: 'memoir-landscape-lualatex-a4',
    shape: 'memoir-landscape',
    engine: 'lualatex',
    paper: 'A4',
    columns: 1,
    notes: 'foot',
    notesPlace: 'footnotes at the foot of the page, a long one continued on the next page (\\interfootnotelinepenalty=0)',
    hyphenated: true,
    authorsApart: true,
    running: (s) => ({
      header: shortTitle(s),
      folio: 'head',
      description: 'memoir: the short title in italic left and the page number right in the head over a rule; the title page and the rotated table page plain; one page turned landscape (/Rotate 90) for a table',
    }),
    pdfInfo: info,
  },
  {
    name: 'un-numbered-paras-a4',
    shape: 'un-paras',
    engine: 'pdflatex',
    paper: 'A4',
    columns: 1,
    notes: 'foot',
    hyphenated: false,
    authorsApart: false,
    running: (s) => ({
      header: symbol(s),
      folio: 'foot',
      description: 'UN style: the document symbol at the head of every page (flush right), the page number centred in the foot; every paragraph numbered 1., 2., … in the left margin, items lettered (a), (b), … and (i), (ii), …; sections numbered I., II., … and A., B., …',
    }),
    pdfInfo: info,
  },
  {
    name: 'latex-imagetitle-a4',
    shape: 'image-title',
    engine: 'pdflatex',
    paper: 'A4',
    columns: 1,
    notes: 'foot',
    hyphenated: true,
    authorsApart: true,
    running: () => ({ folio: 'foot', description: 'a cover that is one picture (no text layer), then an imprint page, then the text; the page number centred in the foot from the imprint on' }),
    pdfInfo: info,
  },
];

/** The imprint the back of an image cover prints: the only printed text with the year. */
export function imprint(s: Source): string {
  return `First published ${s.date}. Copyright © ${s.truth.year} the authors.`;
}

const roman = (n: number) => ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'][n - 1] ?? String(n);
const letter = (n: number) => String.fromCharCode(96 + ((n - 1) % 26) + 1);

/** The UN numbering of a body block: paragraphs 1., 2., …; top-level items (a), (b), …, deeper ones (i), (ii), …. */
function unNumbers(s: Source): Map<number, string> {
  const out = new Map<number, string>();
  let para = 0;
  const items = [0, 0, 0];
  s.body.forEach((b, i) => {
    if (b.type === 'paragraph') {
      out.set(i, `${++para}.`);
      items.fill(0);
    } else if (b.type === 'list-item') {
      const d = Math.min(b.depth ?? 1, 2);
      items[d]++;
      if (d === 1) items[2] = 0;
      out.set(i, d === 1 ? `(${letter(items[1])})` : `(${roman(items[2])})`);
    } else if (b.type !== 'heading') items.fill(0);
  });
  return out;
}

/** The truth with what the layout prints beyond the seed: the table, the paragraph numbers, the imprint. */
export function amend7(s: Source, L: Layout, truth: SeedTruth): SeedTruth {
  const shape = (L as Latex7Layout).shape;
  if (shape === 'memoir-landscape') {
    const after = middle(s).text;
    const at = truth.blocks.findIndex((b) => b.type === 'paragraph' && b.text === after);
    const blocks = [...truth.blocks];
    blocks.splice(at + 1, 0, { type: 'table', text: tableText(s) });
    return { ...truth, blocks };
  }
  if (shape === 'un-paras') {
    // The numbers are the markers a reader cites (para. 12), kept as `n` as list items keep theirs.
    const nums = unNumbers(s);
    const byText = new Map<string, string[]>();
    s.body.forEach((b, i) => {
      const n = nums.get(i);
      if (n) byText.set(`${b.type}\u0000${b.text}`, [...(byText.get(`${b.type}\u0000${b.text}`) ?? []), n]);
    });
    const blocks = truth.blocks.map((b) => {
      const q = byText.get(`${b.type}\u0000${b.text}`);
      return q?.length ? { ...b, n: q.shift() } : b;
    });
    return { ...truth, front_matter: [symbol(s), ...(truth.front_matter ?? [])], blocks };
  }
  if (shape === 'image-title') {
    // The cover's lines are a picture: nothing of them can be read but what the Info dictionary says.
    return { ...truth, prints_metadata: false, front_matter: [...(truth.front_matter ?? []), imprint(s)], cover_is_image: true };
  }
  return truth;
}

/** The body paragraph in the middle, after which the rotated table page stands. */
function middle(s: Source): Block {
  const paras = s.body.filter((b) => b.type === 'paragraph');
  return paras[Math.floor(paras.length / 2)];
}

const DETERMINISTIC: Record<Latex7Layout['engine'], string> = {
  pdflatex: String.raw`\pdfinfoomitdate=1 \pdftrailerid{} \pdfsuppressptexinfo=-1 \pdfcompresslevel=9 \pdfobjcompresslevel=2`,
  // LuaTeX: no creation or modification date, no trailer ID, no PTEX keys (bits 1, 2, 32, 64, 512).
  lualatex: String.raw`\pdfvariable suppressoptionalinfo \numexpr 1+2+32+64+512\relax \pdfvariable compresslevel=9 \pdfvariable objcompresslevel=2`,
};

const COMMON = String.raw`\setlength{\emergencystretch}{2em}
% a box between rules (memoir has its own framed: a box drawn round)
\ifdefined\framed\else\newenvironment{framed}{\par\medskip\hrule\smallskip}{\par\smallskip\hrule\medskip}\fi
\newcommand\en[1]{\textsuperscript{#1}}
\newenvironment{pull}{\par\medskip\hrule\smallskip\begin{center}\large\itshape}{\end{center}\smallskip\hrule\medskip}
\newcommand\reference[1]{{\small\setlength{\parindent}{0pt}\hangindent=1.5em\hangafter=1 #1\par}}`;

const FN = String.raw`\newcommand\fn[2]{\begingroup\renewcommand\thefootnote{#1}\footnote{#2}\addtocounter{footnote}{-1}\endgroup}`;

function titleNotes(s: Source): string {
  return s.notes.filter(isTitleNote).map((n) => `\\begingroup\\renewcommand\\thefootnote{${latex(n.n ?? '')}}\\footnotetext{${latex(n.text)}}\\endgroup`).join('');
}
const marks = (s: Source) => s.notes.filter(isTitleNote).map((n) => `\\textsuperscript{${latex(n.n ?? '')}}`).join('');
const mastheadTex = (s: Source) => s.masthead.map((m) => `{\\footnotesize ${latex(m)}\\par}`).join('');
const hyperref = String.raw`\usepackage[pdfusetitle,hidelinks,hyperfootnotes=false]{hyperref}`;
const titleCmds = (s: Source, authorSep = ' \\and ') => `\\title{${latex(s.truth.title)}}\\author{${s.truth.authors.map(latex).join(authorSep)}${marks(s)}}\\date{${latex(s.date)}}`;

/** Top headings become chapters, the rest one level up (a report's parts). */
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

function multicol3(s: Source, L: Latex7Layout): string {
  const first = s.body.find((b) => b.type === 'paragraph');
  const body = latexBody(s, L, { starred: false });
  return [
    String.raw`\documentclass[a4paper,10pt]{article}`,
    DETERMINISTIC.pdflatex,
    String.raw`\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[british]{babel}
\usepackage[margin=15mm,top=18mm,bottom=20mm]{geometry}
\usepackage{multicol}\setlength{\columnsep}{5mm}\setlength{\columnseprule}{0.3pt}
\usepackage{xcolor}`,
    COMMON,
    FN,
    hyperref,
    titleCmds(s),
    '\\begin{document}',
    // multicols' optional argument is set across all three columns, above them.
    // article's \\maketitle opens with \\newpage: above it the masthead would stand on a page of its own
    `\\long\\def\\spanhead{${mastheadTex(s)}\\begin{center}{\\LARGE ${latex(s.truth.title)}\\par}\\vskip 1.5em{\\large ${s.truth.authors.map((a) => `\\begin{tabular}[t]{c}${latex(a)}\\end{tabular}`).join('\\hskip 3em')}${marks(s)}\\par}\\vskip 1em{\\large ${latex(s.date)}\\par}\\end{center}\\begin{abstract}\n${latex(first?.text ?? '')}\n\\end{abstract}\\bigskip}`,
    '\\begin{multicols}{3}[\\spanhead]',
    titleNotes(s),
    ...body,
    '\\end{multicols}',
    '\\end{document}',
  ].join('\n');
}

function komaMargin(s: Source, L: Latex7Layout): string {
  const low = Math.max(...s.body.filter((b) => b.type === 'heading').map((b) => b.level ?? 1));
  const top = Math.min(...s.body.filter((b) => b.type === 'heading').map((b) => b.level ?? 1));
  // The lowest headings (below the chapters and their sections) stand in the margin: \minisec-like side heads.
  let body = latexBody(s, L, { starred: false });
  body = asChapters(s, body);
  const sideCmd = low - top >= 2 ? (top === 1 ? '\\subsection{' : '\\section{') : null;
  if (sideCmd) body = body.map((x) => (x.startsWith(sideCmd) ? `\\side{${x.slice(sideCmd.length)}` : x));
  const authors = s.truth.authors.map(latex).join(' \\and ');
  return [
    String.raw`\documentclass[a4paper,11pt,oneside,headings=small,titlepage=true]{scrreprt}`,
    DETERMINISTIC.pdflatex,
    String.raw`\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[british]{babel}
\usepackage[left=22mm,right=62mm,top=26mm,bottom=26mm,marginparwidth=42mm,marginparsep=7mm,headheight=15pt]{geometry}
\usepackage[automark,headsepline]{scrlayer-scrpage}
\clearpairofpagestyles
\ihead{\normalfont\small\itshape\leftmark}\ohead{\normalfont\small\pagemark}
\cfoot[\pagemark]{\normalfont\footnotesize ${latex(surnames(s))}}
\renewcommand*{\chaptermarkformat}{}
\renewcommand*{\chapterpagestyle}{plain.scrheadings}
\setcounter{secnumdepth}{0}
\deffootnote{1.5em}{1em}{\makebox[1.5em][l]{\thefootnotemark}}
% a side head: bold, ragged, in the right margin beside the first line of the paragraph after it
% (\marginpar in horizontal mode, so it stands at that line, not at the one before)
\newcommand\side[1]{\par\noindent\marginpar{\raggedright\small\bfseries #1}\ignorespaces}
\usepackage{xcolor}`,
    COMMON,
    FN,
    hyperref,
    `\\titlehead{${mastheadTex(s)}}\\title{${latex(s.truth.title)}}\\author{${authors}${marks(s)}}\\date{${latex(s.date)}}`,
    '\\begin{document}',
    '\\maketitle',
    titleNotes(s),
    ...body,
    '\\end{document}',
  ]
    .join('\n')
    .replace(/\\side\{([^\n]*)\}\n/g, (_m, h: string) => `\\side{${h}}`);
}

function landscapeTable(s: Source): string {
  const t = partsTable(s);
  const rows = t.rows.map((r) => `${r.part} & ${r.paragraphs} & ${r.notes} & ${r.words}\\\\`).join('\n');
  return String.raw`\begin{landscape}\thispagestyle{plain}
\begin{center}\large
\textbf{${latex(t.caption)}}\par\bigskip
\begin{tabular*}{\linewidth}{@{\extracolsep{\fill}}lrrr}\hline
\textbf{${t.head.join('} & \\textbf{')}}\\\hline
${rows}
\hline\end{tabular*}
\end{center}
\end{landscape}`;
}

function memoirLandscape(s: Source, L: Latex7Layout): string {
  const body = latexBody(s, L, { starred: false });
  const mid = latex(middle(s).text);
  const at = body.findIndex((x) => x.startsWith(mid));
  if (at < 0) throw new Error(`${s.truth.id}: the middle paragraph is not in the body`);
  body.splice(at + 1, 0, landscapeTable(s));
  return [
    String.raw`\documentclass[a4paper,11pt,oneside,article]{memoir}`,
    DETERMINISTIC.lualatex,
    String.raw`\usepackage{fontspec}\usepackage[british]{babel}
\settrimmedsize{\stockheight}{\stockwidth}{*}\setlrmarginsandblock{28mm}{28mm}{*}\setulmarginsandblock{28mm}{30mm}{*}\checkandfixthelayout
\usepackage{pdflscape}
\makepagestyle{pp}\makeoddhead{pp}{\small\itshape ${latex(shortTitle(s))}}{}{\small\thepage}\makeheadrule{pp}{\textwidth}{0.4pt}
\pagestyle{pp}
\setsecnumdepth{subsection}
% notes may run on to the next page at any line, as long ones do in law reviews
\interfootnotelinepenalty=0
\usepackage{xcolor}`,
    COMMON,
    FN,
    hyperref,
    titleCmds(s),
    // memoir's \\maketitle opens a new page: the masthead goes into the title block itself
    `\\pretitle{${mastheadTex(s)}\\vskip 2em\\begin{center}\\LARGE}`,
    '\\begin{document}',
    '\\maketitle\\thispagestyle{plain}',
    titleNotes(s),
    ...body,
    '\\end{document}',
  ].join('\n');
}

function unParas(s: Source, L: Latex7Layout): string {
  const nums = unNumbers(s);
  const heads = [0, 0, 0, 0];
  const ROMAN = (n: number) => roman(n).toUpperCase();
  const top = Math.min(...s.body.filter((b) => b.type === 'heading').map((b) => b.level ?? 1), 9);
  const out: string[] = [];
  s.body.forEach((b, i) => {
    const notes = (s.notesOf.get(i) ?? []).filter((n) => !isTitleNote(n));
    const m = notes.map((n) => `\\fn{${latex(n.n ?? '')}}{${latex(n.text)}}`).join('');
    const n = nums.get(i);
    if (b.type === 'heading') {
      const lv = Math.max(1, (b.level ?? 1) - top + 1);
      heads[lv]++;
      for (let k = lv + 1; k < heads.length; k++) heads[k] = 0;
      const mark = lv === 1 ? `${ROMAN(heads[1])}.` : lv === 2 ? `${String.fromCharCode(64 + heads[2])}.` : `${heads[3]}.`;
      out.push(`\\unhead{${lv}}{${mark}}{${latex(b.text)}}`);
    } else if (b.type === 'paragraph' && n) out.push(`\\unpara{${n}}{${latex(b.text)}${m}}`);
    else if (b.type === 'list-item' && n) out.push(`\\unitem{${Math.min(b.depth ?? 1, 2)}}{${n}}{${latex(b.text)}${m}}`);
    else out.push(...latexBody({ ...s, body: [b], notesOf: new Map([[0, notes]]) }, { ...L, abstract: undefined }, { starred: true }));
  });
  const authors = s.truth.authors.map(latex).join(' and ');
  return [
    String.raw`\documentclass[a4paper,10pt]{article}`,
    DETERMINISTIC.pdflatex,
    String.raw`\usepackage[T1]{fontenc}\usepackage{lmodern}\renewcommand\familydefault{\sfdefault}\usepackage[british]{babel}
\usepackage[left=30mm,right=25mm,top=28mm,bottom=28mm,headheight=14pt]{geometry}
\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}
\fancyhead[R]{\small\bfseries ${latex(symbol(s))}}\fancyfoot[C]{\small\thepage}
\renewcommand{\headrulewidth}{0.4pt}
\fancypagestyle{plain}{\fancyhf{}\fancyfoot[C]{\small\thepage}\renewcommand{\headrulewidth}{0pt}}
\raggedright\setlength{\parindent}{0pt}\setlength{\parskip}{6pt}
% a numbered paragraph: the whole paragraph indented 10 mm, its number in that indent
\newcommand\unpara[2]{\par{\leftskip=10mm\noindent\llap{\makebox[10mm][l]{#1}}#2\par}}
\newcommand\unitem[3]{\par{\leftskip=\dimexpr10mm+#1\dimexpr 8mm\relax\relax\noindent\llap{\makebox[8mm][l]{#2}}#3\par}}
\newcommand\unhead[3]{\par\medskip{\leftskip=10mm\noindent\llap{\makebox[10mm][l]{\bfseries #2}}\ifnum#1=1 \large\fi\bfseries #3\par}\nobreak\smallskip}`,
    COMMON,
    FN,
    hyperref,
    titleCmds(s, ' and '),
    '\\begin{document}',
    String.raw`\thispagestyle{plain}
\noindent\makebox[\textwidth][r]{\LARGE\bfseries ${latex(symbol(s))}}\par\smallskip\hrule\smallskip
${mastheadTex(s)}{\footnotesize ${latex(s.date)}\par}\bigskip
{\leftskip=10mm\noindent{\Large\bfseries ${latex(s.truth.title)}\par}\medskip{\normalsize ${authors}${marks(s)}\par}}\bigskip\hrule\bigskip`,
    titleNotes(s),
    ...out,
    '\\end{document}',
  ].join('\n');
}

/** The cover, set on its own and then turned into a picture (scripts/make-unseen7-variants.ts). */
export function coverSource(s: Source): string {
  const authors = s.truth.authors.map((a) => `{\\Large ${latex(a)}\\par}`).join('\\medskip');
  return String.raw`\documentclass[a4paper,11pt]{article}
${DETERMINISTIC.pdflatex}
\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[margin=0mm]{geometry}\usepackage{xcolor}
\pagestyle{empty}
\begin{document}
\noindent\colorbox{black!80}{\parbox[t][\paperheight][t]{\dimexpr\paperwidth-2\fboxsep}{\color{white}\vspace*{3cm}
\hspace*{2cm}\parbox{\dimexpr\paperwidth-4cm}{\raggedright
{\small ${s.masthead.map(latex).join('\\par ')}\par}\vspace{5cm}
{\fontsize{30}{36}\selectfont\bfseries ${latex(s.truth.title)}\par}\vspace{2cm}
${authors}\vspace{1cm}{\large ${latex(s.date)}\par}}}}
\end{document}`;
}

function imageTitle(s: Source, L: Latex7Layout, cover: string): string {
  const body = latexBody(s, L, { starred: true });
  const authors = s.truth.authors.map(latex).join(', ');
  return [
    String.raw`\documentclass[a4paper,11pt]{article}`,
    DETERMINISTIC.pdflatex,
    String.raw`\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[british]{babel}
\usepackage[margin=25mm]{geometry}\usepackage{graphicx,eso-pic,xcolor}`,
    COMMON,
    FN,
    // No \title: hyperref writes the Info dictionary from these alone.
    `\\usepackage[hidelinks,hyperfootnotes=false,pdftitle={${latex(s.truth.title)}},pdfauthor={${authors}}]{hyperref}`,
    '\\begin{document}',
    `\\thispagestyle{empty}\\AddToShipoutPictureBG*{\\put(0,0){\\includegraphics[width=\\paperwidth,height=\\paperheight]{${cover}}}}\\mbox{}\\newpage`,
    `\\vspace*{\\fill}{\\small\\noindent ${latex(imprint(s))}\\par}${titleNotes(s)}\\newpage`,
    ...body,
    '\\end{document}',
  ].join('\n');
}

export function latex7Source(s: Source, L: Latex7Layout, cover = ''): string {
  switch (L.shape) {
    case 'multicol3':
      return multicol3(s, L);
    case 'koma-margin':
      return komaMargin(s, L);
    case 'memoir-landscape':
      return memoirLandscape(s, L);
    case 'un-paras':
      return unParas(s, L);
    case 'image-title':
      return imageTitle(s, L, cover);
  }
}
