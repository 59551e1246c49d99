import type { Document13 } from './documents.js';

// The thirteenth set's layouts (issue 14, branch pdf43): what researchers' working papers and
// preprints are typeset with — LaTeX's article class in two columns, multicol, amsart, natbib's
// author-year list, lualatex with an OpenType system font, and pandoc's default PDF of a Markdown
// report. Each layout returns its source; the truth is written from the document, not the PDF.

export type Engine13 = 'pdflatex' | 'lualatex' | 'pandoc' | 'pandoc-lualatex';

export interface Layout13 {
  name: string;
  doc: number;
  engine: Engine13;
  /** running head the layout prints on pages after the first (the truth's furniture) */
  head: 'short' | 'none';
  /** the reference list is numbered ([1] …) */
  numbered: boolean;
  /** prints a table and a figure caption */
  floats: boolean;
  description: string;
  source: (d: Document13) => string;
}

const esc = (s: string) => s.replace(/&/g, '\\&').replace(/%/g, '\\%');

export const TABLE13 = {
  caption: 'Settings reviewed and the response each used',
  head: ['Setting', 'Offices', 'Response'],
  rows: [
    ['Camps', '5', 'Cash and vouchers'],
    ['Towns', '6', 'Cash only'],
    ['Remote areas', '3', 'In-kind and cash'],
  ],
};
export const FIGURE13 = 'Timeline of the decisions recorded in the reports, by quarter';

/** A paragraph with its notes called as LaTeX footnotes. */
function texPara(d: Document13, p: string): string {
  return esc(p).replace(/\[\[(\d+)\]\]/g, (_, n: string) => `\\footnote{${esc(d.notes[n])}}`);
}

function texBody(d: Document13, opts: { scHeads?: boolean; floats?: boolean; numbered: boolean; refsName?: string }): string {
  const out: string[] = [];
  d.sections.forEach((s, i) => {
    out.push(`\\section{${opts.scHeads ? `\\textsc{${s.heading}}` : s.heading}}`);
    s.paras.forEach((p, j) => {
      out.push(texPara(d, p), '');
      if (opts.floats && i === 1 && j === 0) {
        out.push(
          '\\begin{table}[t]\\centering\\small',
          `\\caption{${TABLE13.caption}}`,
          '\\begin{tabular}{lrl}\\hline',
          `${TABLE13.head.join(' & ')}\\\\\\hline`,
          ...TABLE13.rows.map((r) => `${r.join(' & ')}\\\\`),
          '\\hline\\end{tabular}\\end{table}',
          '\\begin{figure}[b]\\centering\\framebox[0.9\\columnwidth]{\\rule{0pt}{2.2cm}}',
          `\\caption{${FIGURE13}}\\end{figure}`,
          '',
        );
      }
    });
  });
  if (opts.refsName) out.push(`\\renewcommand{\\refname}{${opts.refsName}}`);
  out.push(`\\begin{thebibliography}{${opts.numbered ? '9' : ''}}`);
  for (const r of d.refs) out.push(opts.numbered ? `\\bibitem{${r.cite}} ${esc(r.text)}` : `\\bibitem[${r.cite}]{${r.cite}} ${esc(r.text)}`);
  out.push('\\end{thebibliography}', '\\end{document}');
  return out.join('\n');
}

const authors = (d: Document13) => d.authors.join(' and ');
const PRE = '\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n';
const heads = (d: Document13, left = '\\small\\itshape') =>
  `\\usepackage{fancyhdr}\n\\pagestyle{fancy}\\fancyhf{}\n\\fancyhead[L]{${left} ${d.short}}\\fancyhead[R]{\\small ${authors(d)}}\\fancyfoot[C]{\\thepage}\n`;
const titleBlock = (d: Document13) => `\\title{${d.title}}\n\\author{${d.authors.join(' \\and ')}\\\\[2pt]\\small ${d.affiliation}}\n\\date{${d.month} ${d.year}}\n`;

function markdown(d: Document13): string {
  const out = ['---', `title: "${d.title}"`, 'author:', ...d.authors.map((a) => `  - ${a}`), `date: ${d.month} ${d.year}`, `abstract: "${d.abstract}"`, '---', ''];
  for (const s of d.sections) {
    out.push(`# ${s.heading}`, '');
    for (const p of s.paras) out.push(p.replace(/\[\[(\d+)\]\]/g, '[^$1]'), '');
  }
  out.push('# References', '');
  for (const r of d.refs) out.push(r.text, '');
  for (const [n, t] of Object.entries(d.notes)) out.push(`[^${n}]: ${t}`, '');
  return out.join('\n');
}

export const LAYOUTS13: Layout13[] = [
  {
    name: 'twocolumn-fancyhdr',
    doc: 0,
    engine: 'pdflatex',
    head: 'short',
    numbered: true,
    floats: false,
    description: 'article [twocolumn, a4paper], microtype, fancyhdr heads (short title left, authors right, folio centred in the foot), footnotes per column, numbered thebibliography',
    source: (d) =>
      `\\documentclass[twocolumn,a4paper,10pt]{article}\n${PRE}\\usepackage{microtype}\n${heads(d)}${titleBlock(d)}\\begin{document}\n\\maketitle\n\\begin{abstract}\n${esc(d.abstract)}\n\\end{abstract}\n` +
      texBody(d, { numbered: true }),
  },
  {
    name: 'twocolumn-spanabstract-floats',
    doc: 0,
    engine: 'pdflatex',
    head: 'short',
    numbered: false,
    floats: true,
    description: 'article [twocolumn, letterpaper]: title and abstract spanning both columns (\\twocolumn[…]), small-capitals section heads, a table and a figure, natbib author-year list',
    source: (d) =>
      `\\documentclass[twocolumn,letterpaper,10pt]{article}\n${PRE}\\usepackage{microtype}\n\\usepackage[authoryear]{natbib}\n${heads(d)}${titleBlock(d)}\\begin{document}\n` +
      `\\twocolumn[\\begin{@twocolumnfalse}\\maketitle\\begin{abstract}\n${esc(d.abstract)}\n\\end{abstract}\\vspace{1em}\\end{@twocolumnfalse}]\n` +
      texBody(d, { numbered: false, scHeads: true, floats: true }),
  },
  {
    name: 'multicol-footnotes',
    doc: 1,
    engine: 'pdflatex',
    head: 'short',
    numbered: true,
    floats: false,
    description: 'article, one-column title and abstract, then multicols{2}; footnotes across the foot under both columns; fancyhdr heads; numbered list',
    source: (d) =>
      `\\documentclass[a4paper,11pt]{article}\n${PRE}\\usepackage{microtype}\n\\usepackage{multicol}\n\\usepackage[margin=2cm]{geometry}\n${heads(d)}${titleBlock(d)}\\begin{document}\n\\maketitle\n\\begin{abstract}\n${esc(d.abstract)}\n\\end{abstract}\n\\begin{multicols}{2}\n` +
      texBody(d, { numbered: true }).replace('\\end{document}', '\\end{multicols}\n\\end{document}'),
  },
  {
    name: 'natbib-onecol-hyphen',
    doc: 1,
    engine: 'pdflatex',
    head: 'short',
    numbered: false,
    floats: false,
    description: 'article one column on a narrow measure (many line-end hyphens), microtype, fancyhdr, natbib author-year list under "References"',
    source: (d) =>
      `\\documentclass[a4paper,11pt]{article}\n${PRE}\\usepackage{microtype}\n\\usepackage[authoryear]{natbib}\n\\usepackage[textwidth=10cm,textheight=20cm]{geometry}\n${heads(d)}${titleBlock(d)}\\begin{document}\n\\maketitle\n\\begin{abstract}\n${esc(d.abstract)}\n\\end{abstract}\n` +
      texBody(d, { numbered: false }),
  },
  {
    name: 'amsart',
    doc: 2,
    engine: 'pdflatex',
    head: 'short',
    numbered: true,
    floats: false,
    description: 'amsart: capitals title and running heads, run-in small-capitals abstract, small-capitals section heads, numbered bibliography',
    source: (d) =>
      `\\documentclass[11pt]{amsart}\n${PRE}\\usepackage{microtype}\n\\title[${d.short}]{${d.title}}\n${d.authors.map((a) => `\\author{${a}}`).join('\n')}\n\\date{${d.month} ${d.year}}\n\\begin{document}\n\\begin{abstract}\n${esc(d.abstract)}\n\\end{abstract}\n\\maketitle\n` +
      texBody(d, { numbered: true }),
  },
  {
    name: 'lualatex-dejavu-twocolumn',
    doc: 2,
    engine: 'lualatex',
    head: 'short',
    numbered: false,
    floats: true,
    description: 'lualatex, fontspec with DejaVu Serif (OpenType/TrueType system font), twocolumn on A4, fancyhdr, a table and a figure, author-year list',
    source: (d) =>
      `\\documentclass[twocolumn,a4paper,10pt]{article}\n\\usepackage{fontspec}\n\\setmainfont{DejaVu Serif}\n\\usepackage{microtype}\n\\usepackage[authoryear]{natbib}\n${heads(d)}${titleBlock(d)}\\begin{document}\n\\maketitle\n\\begin{abstract}\n${esc(d.abstract)}\n\\end{abstract}\n` +
      texBody(d, { numbered: false, floats: true }),
  },
  {
    name: 'pandoc-default',
    doc: 3,
    engine: 'pandoc',
    head: 'none',
    numbered: false,
    floats: false,
    description: 'pandoc -o x.pdf of a Markdown report (pandoc\'s default LaTeX template, pdflatex): notes as footnotes, references as plain paragraphs under a References heading',
    source: markdown,
  },
  {
    name: 'pandoc-lualatex-twocolumn',
    doc: 3,
    engine: 'pandoc-lualatex',
    head: 'none',
    numbered: false,
    floats: false,
    description: 'pandoc --pdf-engine=lualatex -V classoption=twocolumn -V mainfont="DejaVu Serif" of the same kind of Markdown report',
    source: markdown,
  },
  {
    name: 'twocolumn-smallcaps-names',
    doc: 4,
    engine: 'pdflatex',
    head: 'short',
    numbered: true,
    floats: false,
    description: 'article [twocolumn, letterpaper, 11pt], authors in small capitals, capitals running head, footnotes per column, numbered list under "Bibliography"',
    source: (d) =>
      `\\documentclass[twocolumn,letterpaper,11pt]{article}\n${PRE}\\usepackage{microtype}\n${heads(d, '\\small\\scshape')}\\title{${d.title}}\n\\author{\\textsc{${d.authors.join('} \\and \\textsc{')}}\\\\[2pt]\\small ${d.affiliation}}\n\\date{${d.month} ${d.year}}\n\\begin{document}\n\\maketitle\n\\begin{abstract}\n${esc(d.abstract)}\n\\end{abstract}\n` +
      texBody(d, { numbered: true, refsName: 'Bibliography' }),
  },
  {
    name: 'lualatex-lmodern-onecol',
    doc: 4,
    engine: 'lualatex',
    head: 'short',
    numbered: true,
    floats: false,
    description: 'lualatex with Latin Modern OpenType (fontspec default), one column on A5 (a small page: notes and heads on every page), numbered list',
    source: (d) =>
      `\\documentclass[a5paper,10pt]{article}\n\\usepackage{fontspec}\n\\usepackage{microtype}\n\\usepackage[margin=1.6cm]{geometry}\n${heads(d)}${titleBlock(d)}\\begin{document}\n\\maketitle\n\\begin{abstract}\n${esc(d.abstract)}\n\\end{abstract}\n` +
      texBody(d, { numbered: true }),
  },
];
