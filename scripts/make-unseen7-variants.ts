import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXED_DATE_ENV as ENV, writeVariants, type Render } from './unseen2/generate.js';
import { LATEX7_LAYOUTS, amend7, coverSource, latex7Source } from './unseen7/latex-layouts.js';

// A seventh fresh set of layouts (issue 20, branch pdf20), scored before any change to the
// extractor: three columns by multicol, a KOMA-Script report with per-chapter heads and side
// heads in the margin, a memoir book by LuaLaTeX with a landscape table page and notes that
// run on, a UN-style report of numbered paragraphs and lettered items under a document
// symbol, and a cover that is only a picture (title and authors in the Info dictionary). The
// PDFs and truth files are committed under test/fixtures/pdf-unseen7 and measured by
// test/quality/fidelity.test.ts; run this only to regenerate them. On Debian 12 the tools are
//   apt-get install -y --no-install-recommends texlive-latex-base texlive-latex-recommended
//     texlive-latex-extra texlive-fonts-recommended texlive-luatex lmodern poppler-utils
// (memoir, KOMA-Script and pdflscape come with texlive-latex-extra / -recommended).
//   npx tsx scripts/make-unseen7-variants.ts [OUT_DIR] [SRC_DIR] [LAYOUT_FILTER]

const render: Render = (s, work, name) => {
  const L = LATEX7_LAYOUTS.find((x) => name.endsWith(x.name))!;
  const run = (engine: string, file: string) => execFileSync(engine, ['-interaction=batchmode', '-halt-on-error', file], { cwd: work, stdio: 'ignore', env: ENV });
  let cover = '';
  if (L.shape === 'image-title') {
    // The cover set on its own, then rasterised: the PDF holds it as a picture with no text.
    writeFileSync(join(work, `${name}.cover.tex`), coverSource(s));
    run('pdflatex', `${name}.cover.tex`);
    execFileSync('pdftoppm', ['-r', '110', '-png', '-singlefile', `${name}.cover.pdf`, `${name}.cover`], { cwd: work, env: ENV });
    cover = `${name}.cover.png`;
  }
  writeFileSync(join(work, `${name}.tex`), latex7Source(s, L, cover));
  // Twice: the second run settles the page breaks the first run's notes and heads move.
  for (let i = 0; i < 2; i++) run(L.engine, `${name}.tex`);
  return join(work, `${name}.pdf`);
};

writeVariants([{ layouts: LATEX7_LAYOUTS, render, tool: 'pdflatex', amend: amend7 }], 'test/fixtures/pdf-unseen7', 'unseen7-').catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
