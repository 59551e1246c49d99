import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOCUMENTS13, type Document13 } from './unseen13/documents.js';
import { FIGURE13, LAYOUTS13, TABLE13, type Layout13 } from './unseen13/layouts.js';

// A thirteenth fresh set (issue 14, branch pdf43): five working papers written for it
// (scripts/unseen13/documents.ts) typeset the ways researchers' papers are — LaTeX article in
// two columns, multicol, amsart, natbib author-year, lualatex with an OpenType font, pandoc's
// PDF of a Markdown report (scripts/unseen13/layouts.ts). The truth is written from the
// documents, never from the PDFs. Needs pdflatex, lualatex (texlive-latex-extra) and pandoc.
//   npx tsx scripts/make-unseen13-variants.ts [OUT_DIR] [LAYOUT_FILTER]

interface Block13 {
  type: string;
  text: string;
  n?: string;
  role?: string;
}

function truthBlocks(d: Document13, l: Layout13): Block13[] {
  const blocks: Block13[] = [];
  // amsart runs 'Abstract.' into the paragraph; the others set it as a heading.
  if (l.name !== 'amsart') blocks.push({ type: 'heading', text: 'Abstract' });
  blocks.push({ type: 'paragraph', text: d.abstract });
  d.sections.forEach((s, i) => {
    blocks.push({ type: 'heading', text: s.heading });
    s.paras.forEach((p, j) => {
      blocks.push({ type: 'paragraph', text: p.replace(/\[\[\d+\]\]/g, '') });
      for (const m of p.matchAll(/\[\[(\d+)\]\]/g)) blocks.push({ type: 'footnote', n: m[1], text: d.notes[m[1]] });
      if (l.floats && i === 1 && j === 0) {
        blocks.push({ type: 'table', text: [`Table 1: ${TABLE13.caption}`, ...TABLE13.head, ...TABLE13.rows.flat()].join(' ') });
        blocks.push({ type: 'paragraph', role: 'caption', text: `Figure 1: ${FIGURE13}` });
      }
    });
  });
  const refsName = l.name === 'twocolumn-smallcaps-names' ? 'Bibliography' : 'References';
  blocks.push({ type: 'heading', text: refsName });
  d.refs.forEach((r, i) => blocks.push({ type: 'reference', text: r.text, ...(l.numbered ? { n: String(i + 1) } : {}) }));
  return blocks;
}

function truth(d: Document13, l: Layout13) {
  const id = `${d.key}.${l.name}`;
  return {
    id,
    file: `${id}.pdf`,
    title: d.title,
    authors: d.authors,
    year: d.year,
    month: d.month,
    type: 'report',
    language: 'en',
    layout: l.description,
    engine: l.engine,
    furniture: {
      running_header: l.head === 'short' ? d.short : null,
      running_footer: null,
      page_numbers: 'footer',
    },
    front_matter: [d.title, d.authors.join(' and '), ...(l.name === 'amsart' || l.engine.startsWith('pandoc') ? [] : [d.affiliation]), `${d.month} ${d.year}`],
    conventions: [
      'blocks are in reading order; footnote blocks follow the paragraph that calls them.',
      'text is whitespace-normalised, without note marks, soft hyphens or reference numbers (numbers are in "n").',
      'running heads, page numbers and the title block (front_matter) are not blocks.',
    ],
    blocks: truthBlocks(d, l),
  };
}

function build(l: Layout13, out: string): void {
  const d = DOCUMENTS13[l.doc];
  const id = `${d.key}.${l.name}`;
  const work = mkdtempSync(join(tmpdir(), 'unseen13-'));
  const md = l.engine.startsWith('pandoc');
  const src = join(work, md ? 'paper.md' : 'paper.tex');
  writeFileSync(src, l.source(d));
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
  if (l.engine === 'pandoc') run('pandoc', ['paper.md', '-o', 'paper.pdf']);
  else if (l.engine === 'pandoc-lualatex') run('pandoc', ['paper.md', '--pdf-engine=lualatex', '-V', 'classoption=twocolumn', '-V', 'mainfont=DejaVu Serif', '-o', 'paper.pdf']);
  else for (let i = 0; i < 2; i++) run(l.engine, ['-interaction=nonstopmode', '-halt-on-error', 'paper.tex']);
  copyFileSync(join(work, 'paper.pdf'), join(out, `${id}.pdf`));
  copyFileSync(src, join(out, `${id}.${md ? 'md' : 'tex'}`));
  writeFileSync(join(out, `${id}.truth.json`), JSON.stringify(truth(d, l), null, 1) + '\n');
  console.log(id);
}

const out = process.argv[2] ?? 'test/fixtures/pdf-unseen13';
const filter = process.argv[3];
mkdirSync(out, { recursive: true });
for (const l of LAYOUTS13) if (!filter || l.name.includes(filter)) build(l, out);
