import type { Block, Source } from '../unseen/source.js';
import { isTitleNote, seriesName, surnames, type Layout } from './layout.js';

// Real LaTeX (pdfLaTeX with the standard classes and packages), as journals and academics
// produce it: `article` in two columns with the title and abstract spanning them, numbered
// sections, \footnote at the foot of each column, Latin Modern, British hyphenation and
// hyperref writing the Info title; and a one-column `report` in Times on US Letter with a
// title page, fancyhdr running heads and feet, unnumbered sections and the notes at the end.

export interface LatexLayout extends Layout {
  cls: 'article' | 'report';
}

export const LATEX_LAYOUTS: LatexLayout[] = [
  {
    name: 'latex-article-2col-a4',
    cls: 'article',
    paper: 'A4',
    columns: 2,
    notes: 'foot',
    hyphenated: true,
    authorsApart: true,
    abstract: { heading: 'Abstract' },
    running: () => ({ folio: 'foot', description: 'plain page style: the page number centred in the foot of every page, no running head' }),
    pdfInfo: (s) => ({ Title: s.truth.title, Author: s.truth.authors.join(', ') }),
  },
  {
    name: 'latex-report-1col-letter',
    cls: 'report',
    paper: 'Letter',
    columns: 1,
    notes: 'end',
    notesHeading: 'Notes',
    hyphenated: true,
    authorsApart: true,
    running: (s) => ({
      header: surnames(s),
      footer: seriesName(s),
      folio: 'head',
      description: "fancyhdr after the title page: the authors' surnames in italic left and the page number right in the head, over a rule; the series or journal name centred in the foot; the title page has neither",
    }),
  },
];

const CHARS: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', $: '\\$', '&': '\\&', '%': '\\%', '#': '\\#', _: '\\_', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}',
  '<': '\\textless{}', '>': '\\textgreater{}', '|': '\\textbar{}', '•': '\\textbullet{}', '\u00a0': '~', '…': '\\dots{}',
};

/** LaTeX for a run of text; long tokens (URLs) may break after a slash or dot. */
export function latex(s: string): string {
  const esc = (t: string) => [...t].map((c) => CHARS[c] ?? c).join('');
  return s
    .split(/(\s+)/)
    .map((tok) => {
      // A URL breaks after its punctuation or within a long run of letters, as \url would;
      // another long token (a path, a run of slashes) after a slash or dot.
      const at = /:\/\/|www\./.test(tok) ? /([/.=?_&#%~-]|[A-Za-z]{12})(?=\S)/g : tok.length > 22 ? /([/.])(?=\S)/g : null;
      return at ? tok.replace(at, '$1\u0000').split('\u0000').map(esc).join('\\allowbreak{}') : esc(tok);
    })
    .join('');
}

function preamble(s: Source, L: LatexLayout): string {
  const paper = L.paper === 'A4' ? 'a4paper' : 'letterpaper';
  const opts = L.cls === 'article' ? `${paper},twocolumn,10pt` : `${paper},11pt`;
  const fonts = L.cls === 'article' ? '\\usepackage{lmodern}' : '\\usepackage{mathptmx}';
  const geometry = L.cls === 'article' ? 'margin=18mm,top=20mm,columnsep=7mm' : 'margin=1in,headheight=14pt';
  const { header, footer } = L.running(s);
  const heads =
    L.cls === 'report'
      ? String.raw`\usepackage{fancyhdr}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\itshape ${latex(header ?? '')}}\fancyhead[R]{\small\thepage}
\fancyfoot[C]{\footnotesize ${latex(footer ?? '')}}
\renewcommand{\headrulewidth}{0.4pt}`
      : '';
  const info = L.pdfInfo ? 'pdfusetitle,' : '';
  return String.raw`\documentclass[${opts}]{${L.cls}}
\pdfinfoomitdate=1 \pdftrailerid{} \pdfsuppressptexinfo=-1 \pdfcompresslevel=9 \pdfobjcompresslevel=2
\setlength{\emergencystretch}{2em}
\usepackage[T1]{fontenc}
${fonts}
\usepackage[british]{babel}
\usepackage[${geometry}]{geometry}
\usepackage{framed}
${heads}
\usepackage[${info}hidelinks,hyperfootnotes=false]{hyperref}
\newcommand\fn[2]{\begingroup\renewcommand\thefootnote{#1}\footnote{#2}\addtocounter{footnote}{-1}\endgroup}
\newcommand\en[1]{\textsuperscript{#1}}
\newenvironment{pull}{\par\medskip\hrule\smallskip\begin{center}\large\itshape}{\end{center}\smallskip\hrule\medskip}
\newcommand\reference[1]{{\small\setlength{\parindent}{0pt}\hangindent=1.5em\hangafter=1 #1\par}}
`;
}

function titleBlock(s: Source, L: LatexLayout): string {
  const thanks = s.notes.filter(isTitleNote).map((n) => `\\thanks{${latex(n.text)}}`).join('');
  const masthead = s.masthead.map((m) => `{\\footnotesize ${latex(m)}\\par}`).join('');
  const authors = s.truth.authors.map(latex).join(' \\and ');
  if (L.cls === 'report') {
    // A title page of its own: the masthead at the head, \maketitle's block below. The report
    // class numbers a \thanks 1 on its title page; the source marks the author's note *.
    return String.raw`\title{${masthead}\vspace{3cm}${latex(s.truth.title)}}\author{${authors}${thanks}}\date{${latex(s.date)}}
\begin{document}
\renewcommand\thefootnote{\fnsymbol{footnote}}
\maketitle
\renewcommand\thefootnote{\arabic{footnote}}`;
  }
  // A \thanks inside \twocolumn's spanning block is lost with the box it is set in: the
  // author gets the mark and the note is set after it, at the foot of the first column.
  const abstract = s.body.find((b) => b.type === 'paragraph');
  const marks = s.notes.filter(isTitleNote).map((n) => `\\textsuperscript{${latex(n.n ?? '')}}`).join('');
  const texts = s.notes.filter(isTitleNote).map((n) => `\\begingroup\\renewcommand\\thefootnote{${latex(n.n ?? '')}}\\footnotetext{${latex(n.text)}}\\endgroup`).join('');
  return String.raw`\title{${latex(s.truth.title)}}\author{${authors}${marks}}\date{${latex(s.date)}}
\begin{document}
\twocolumn[
\begin{@twocolumnfalse}
${masthead}
\maketitle
\begin{abstract}
${latex(abstract?.text ?? '')}
\end{abstract}
\bigskip
\end{@twocolumnfalse}
]
${texts}`;
}

type Env = 'itemize' | 'enumerate';

function section(b: Block, starred: boolean): string {
  const star = starred ? '*' : '';
  const cmd = (b.level ?? 1) <= 1 ? 'section' : b.level === 2 ? 'subsection' : 'subsubsection';
  return `\\${cmd}${star}{${latex(b.text)}}`;
}

function box(b: Block, env = 'framed'): string {
  const parts = (b.parts ?? []).filter((p) => p.type !== 'heading');
  const out: string[] = [];
  let inList = false;
  for (const p of parts) {
    if (p.type === 'list-item' && !inList) out.push('\\begin{itemize}');
    if (p.type !== 'list-item' && inList) out.push('\\end{itemize}');
    inList = p.type === 'list-item';
    out.push(inList ? `\\item[${latex(p.n ?? '•')}] ${latex(p.text)}` : `${latex(p.text)}\\par`);
  }
  if (inList) out.push('\\end{itemize}');
  return `\\begin{${env}}\\small\\noindent\\textbf{${latex(b.label ?? '')}}\\par\\smallskip\n${out.join('\n')}\n\\end{${env}}`;
}

export function latexSource(s: Source, L: LatexLayout): string {
  return [preamble(s, L), titleBlock(s, L), ...latexBody(s, L, { starred: L.cls === 'report' }), '\\end{document}'].join('\n');
}

/**
 * The body of a LaTeX document after its title block, for any class: sections (starred when
 * unnumbered), lists, quotes, boxes (`framed`, or the `box` environment a layout defines),
 * references, and notes as `\fn` footnotes or collected under the notes heading at the end.
 * `endnote` sets one collected note (by default `1.` in a box, then its text).
 */
export function latexBody(s: Source, L: Layout, o: { starred: boolean; endnote?: (n: string, text: string) => string; boxEnv?: string }): string[] {
  const out: string[] = [];
  const stack: Env[] = [];
  const closeTo = (depth: number) => {
    while (stack.length > depth) out.push(`\\end{${stack.pop()}}`);
  };
  const endnotes: string[] = [];
  const abstract = L.abstract ? s.body.findIndex((b) => b.type === 'paragraph') : -1;
  s.body.forEach((b, i) => {
    if (i === abstract) return;
    const notes = (s.notesOf.get(i) ?? []).filter((n) => !isTitleNote(n));
    const marks = notes
      .map((n) => {
        if (L.notes === 'foot') return `\\fn{${latex(n.n ?? '')}}{${latex(n.text)}}`;
        endnotes.push(o.endnote ? o.endnote(n.n ?? '', n.text) : `\\noindent\\makebox[1.6em][l]{${latex(n.n ?? '')}.}${latex(n.text)}\\par`);
        return `\\en{${latex(n.n ?? '')}}`;
      })
      .join('');
    if (b.type === 'list-item') {
      const depth = b.depth ?? 1;
      closeTo(depth);
      while (stack.length < depth) {
        const env: Env = b.ordered ? 'enumerate' : 'itemize';
        stack.push(env);
        out.push(`\\begin{${env}}`);
      }
      out.push(`\\item[${latex(b.n ?? '•')}${b.ordered ? '.' : ''}] ${latex(b.text)}${marks}`);
      return;
    }
    closeTo(0);
    switch (b.type) {
      case 'heading':
        out.push(section(b, o.starred));
        break;
      case 'quote':
        out.push(b.role === 'pull-quote' ? `\\begin{pull}${latex(b.text)}\\end{pull}` : `\\begin{quote}\\small ${latex(b.text)}${marks}\\end{quote}`);
        break;
      case 'box':
        out.push(box(b, o.boxEnv));
        break;
      case 'reference':
        out.push(`\\reference{${latex(b.text)}}`);
        break;
      default:
        out.push(`${latex(b.text)}${marks}\n`);
    }
  });
  closeTo(0);
  if (endnotes.length) out.push(`\\section*{${L.notesHeading ?? 'Notes'}}\n{\\small\\setlength{\\parskip}{3pt}\n${endnotes.join('\n')}}`);
  return out;
}
