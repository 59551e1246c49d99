import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXED_DATE_ENV as ENV, writeVariants, type Render } from './unseen2/generate.js';
import { LATEX6_LAYOUTS, amend6, latex6Source } from './unseen6/latex-layouts.js';

// A sixth fresh set of layouts (issue 12 leftovers, branch pdf18), scored before any change to
// the extractor (docs/unseen6-diagnosis.md): pdfLaTeX `twocolumn` with footnotes per column and
// a full-width figure* mid-text; a two-column `report` whose running head is the current
// chapter's title; a pull quote in a widened gutter; a first page in one column (title and
// abstract) and the rest in two; hyphenation rewarded at column breaks. The PDFs and truth
// files are committed under test/fixtures/pdf-unseen6 and measured by `npm run eval` and
// test/quality/fidelity.test.ts; run this only to regenerate them. On Debian 12 the tools come from
//   apt-get install -y --no-install-recommends texlive-latex-base texlive-latex-recommended
//     texlive-fonts-recommended lmodern poppler-utils
// (fancyhdr, eso-pic, xcolor, hyperref and babel are texlive-latex-recommended's and -base's;
// nothing from texlive-latex-extra). pdfLaTeX writes the same bytes on every run.
//   npx tsx scripts/make-unseen6-variants.ts [OUT_DIR] [SRC_DIR] [LAYOUT_FILTER]

const latex: Render = (s, work, name) => {
  const L = LATEX6_LAYOUTS.find((x) => name.endsWith(x.name))!;
  writeFileSync(join(work, `${name}.tex`), latex6Source(s, L));
  // Twice: the second run settles the page breaks the first run's notes and heads move.
  for (let i = 0; i < 2; i++) execFileSync('pdflatex', ['-interaction=batchmode', '-halt-on-error', `${name}.tex`], { cwd: work, stdio: 'ignore', env: ENV });
  return join(work, `${name}.pdf`);
};

writeVariants([{ layouts: LATEX6_LAYOUTS, render: latex, tool: 'pdflatex', amend: amend6 }], 'test/fixtures/pdf-unseen6', 'unseen6-').catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
