import type { Block, Source } from './source.js';

// Layouts pdfTeX makes from plain TeX (the LaTeX packages are not installed here): Computer
// Modern Type 1 fonts with their ligatures, TeX's own hyphenation (ASCII hyphens at line ends),
// footnotes at the foot of the page or of each column, capitals running heads with the folio
// in the outer corner, and a journal's citation lines at the head of the first page.

export interface TexLayout {
  name: string;
  paper: 'letter' | 'a4';
  columns: 1 | 2;
}

export const TEX_LAYOUTS: TexLayout[] = [
  { name: 'tex1col-letter', paper: 'letter', columns: 1 },
  { name: 'tex2col-a4', paper: 'a4', columns: 2 },
];

const CHARS: Record<string, string> = {
  '\\': '$\\backslash$', '{': '$\\{$', '}': '$\\}$', $: '\\$', '&': '\\&', '%': '\\%', '#': '\\#', _: '\\_', '~': '$\\sim$', '^': '\\^{}',
  '<': '$<$', '>': '$>$', '|': '$|$', '"': "''", '‘': '`', '’': "'", '“': '``', '”': "''", '–': '--', '—': '---', '…': '\\dots{}',
  é: "\\'e", è: '\\`e', á: "\\'a", ó: "\\'o", í: "\\'\\i{}", ü: '\\"u', ö: '\\"o', ç: '\\c c', ñ: '\\~n', '•': '$\\bullet$', '\u00a0': '~',
};

/** TeX for a run of text; long tokens (URLs) may break after a slash or dot. */
export function tex(s: string): string {
  return s
    .split(/(\s+)/)
    .map((tok) => {
      const t = [...tok].map((c) => CHARS[c] ?? (c.charCodeAt(0) > 126 ? '' : c)).join('');
      return tok.length > 22 || /^https?:/.test(tok) ? t.replace(/([/.])(?=\S)/g, '$1\\allowbreak{}') : t;
    })
    .join('');
}

function preamble(s: Source, L: TexLayout): string {
  const [w, h] = L.paper === 'letter' ? ['8.5in', '11in'] : ['210mm', '297mm'];
  const full = L.paper === 'letter' ? '6.5in' : '170mm';
  const textHeight = L.paper === 'letter' ? '8.9in' : '240mm';
  const surnames = s.truth.authors.map((a) => a.split(/\s+/).pop() ?? a).join(' and ');
  const first = s.truth.journal ? `\\hbox to\\fullhsize{\\sevenrm ${tex(s.masthead[0])}\\hfil}\\hbox to\\fullhsize{\\sevenrm ${tex(s.masthead[1])}\\hfil}` : `\\hbox to\\fullhsize{\\sevenrm ${tex(s.masthead[0] ?? '')}\\hfil}`;
  return String.raw`\pdfoutput=1 \pdfpagewidth=${w} \pdfpageheight=${h}
\hoffset=${L.paper === 'letter' ? '0in' : '-5.4mm'} \voffset=0in
\newdimen\fullhsize \fullhsize=${full} \hsize=${L.columns === 2 ? `${L.paper === 'letter' ? '3.15in' : '82mm'}` : full} \vsize=${textHeight}
\parindent=1.2em \parskip=0pt plus 0.5pt \tolerance=2000 \emergencystretch=1.5em \hbadness=10000 \vbadness=10000 \hfuzz=2pt
\font\titlefont=cmbx12 at 17pt \font\sc=cmcsc10 \font\eightrm=cmr8 \font\ninerm=cmr9 \font\nineit=cmti9 \font\ninebf=cmbx9 \font\sectfont=cmbx10 at 11pt
\font\headfont=cmr7
\def\runningodd{${tex(s.truth.title.toUpperCase())}}
\def\runningeven{${tex(surnames.toUpperCase())}}
\headline={\ifnum\pageno=1 \vbox to 0pt{\vss${first}}\else\ifodd\pageno \hfil{\headfont\runningodd}\hfil\llap{\tenrm\folio}\else\rlap{\tenrm\folio}\hfil{\headfont\runningeven}\hfil\fi\fi}
\footline={\ifnum\pageno=1 \hfil{\eightrm\folio}\hfil\else\hfil\fi}
\def\notetext#1{{\eightrm\baselineskip=9.5pt #1\par}}
\def\sect#1{\par\ifdim\lastskip<12pt\removelastskip\bigskip\fi\noindent{\sectfont #1}\par\nobreak\smallskip\noindent}
\def\subsect#1{\par\ifdim\lastskip<8pt\removelastskip\medskip\fi\noindent{\sc #1}\par\nobreak\smallskip\noindent}
\def\subsubsect#1{\par\ifdim\lastskip<6pt\removelastskip\smallskip\fi\noindent{\it #1}\par\nobreak\noindent}
\def\pull#1{\par\medskip{\leftskip=1.5em \rightskip=1.5em plus 2em \noindent\it #1\par}\medskip}
\def\quoted#1{\par\smallskip{\leftskip=1.5em \ninerm\baselineskip=11pt\noindent #1\par}\smallskip}
\long\def\boxed#1#2{\par\medskip\hrule\smallskip{\noindent\ninebf #1\par}\nobreak{\ninerm\baselineskip=11pt\parindent=0pt\parskip=3pt #2\par}\smallskip\hrule\medskip}
\def\reference#1{{\ninerm\baselineskip=11pt\hangindent=1.5em\hangafter=1\noindent #1\par}}
\def\li#1#2#3{{\leftskip=#1\parindent=0pt\noindent\llap{#2\enspace}#3\par}}
\def\fn#1#2{\footnote{$^{#1}$}{\notetext{#2}}}
`;
}

const TWO_COLUMNS = String.raw`
\let\lr=L \newbox\leftcolumn \newbox\titlebox
\def\fullline{\hbox to\fullhsize}
\def\makeheadline{\vbox to0pt{\vskip-22.5pt\fullline{\vbox to8.5pt{}\the\headline}\vss}\nointerlineskip}
\def\makefootline{\baselineskip=24pt\fullline{\the\footline}}
\def\columnbox{\leftline{\pagebody}}
\def\doubleformat{\shipout\vbox{\makeheadline\ifnum\pageno=1 \box\titlebox\fi\fullline{\box\leftcolumn\hfil\columnbox}\makefootline}\advancepageno}
\output={\if L\lr\global\setbox\leftcolumn=\columnbox\global\let\lr=R\else\doubleformat\global\let\lr=L\global\vsize=\fullvsize\fi\ifnum\outputpenalty>-20000 \else\dosupereject\fi}
`;

function titleBlock(s: Source, columns: 1 | 2): string {
  const lines = String.raw`{\titlefont ${tex(s.truth.title)}\par}\bigskip{\twelverm ${tex(s.byline)}\par}\smallskip{\tenrm ${tex(s.date)}\par}\bigskip\bigskip`;
  const setup = String.raw`\font\twelverm=cmr12 `;
  if (columns === 1) return `${setup}{\\parindent=0pt\\raggedright\\hsize=\\fullhsize ${lines}}`;
  return String.raw`${setup}\newdimen\fullvsize \fullvsize=\vsize
\setbox\titlebox=\vbox{\hsize=\fullhsize\parindent=0pt\raggedright ${lines}}
\advance\vsize by -\ht\titlebox \advance\vsize by -\dp\titlebox`;
}

function block(b: Block, notes: string): string {
  switch (b.type) {
    case 'heading':
      return ((b.level ?? 1) <= 1 ? '\\sect' : b.level === 2 ? '\\subsect' : '\\subsubsect') + `{${tex(b.text)}}`;
    case 'quote':
      return b.role === 'pull-quote' ? `\\pull{${tex(b.text)}}` : `\\quoted{${tex(b.text)}${notes}}`;
    case 'box':
      return `\\boxed{${tex(b.label ?? '')}}{${(b.parts ?? []).filter((p) => p.type !== 'heading').map((p) => (p.type === 'list-item' ? `${tex(p.n ?? '')} ` : '') + tex(p.text)).join('\\par ')}}`;
    case 'reference':
      return `\\reference{${tex(b.text)}}`;
    case 'list-item':
      return `\\li{${((b.depth ?? 1) * 1.5).toFixed(1)}em}{${tex(b.n ?? '')}${b.ordered ? '.' : ''}}{${tex(b.text)}${notes}}`;
    default:
      return `${tex(b.text)}${notes}\\par`;
  }
}

export function texSource(s: Source, L: TexLayout): string {
  const body = s.body.map((b, i) => block(b, (s.notesOf.get(i) ?? []).map((n) => `\\fn{${tex(n.n ?? '')}}{${tex(n.text)}}`).join('')));
  const end = L.columns === 2 ? '\\par\\vfill\\eject\\if R\\lr \\null\\vfill\\eject\\fi\\end' : '\\bye';
  return [preamble(s, L), L.columns === 2 ? TWO_COLUMNS : '', titleBlock(s, L.columns), ...body, end].join('\n');
}
