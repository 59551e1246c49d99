import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXED_DATE_ENV as ENV, writeVariants, type Render } from './unseen2/generate.js';
import { ENSCRIPT_LAYOUTS, enscriptText } from './unseen4/enscript-layouts.js';
import { SHEET_LAYOUTS } from './unseen4/sheet-layouts.js';

// A fourth fresh set of layouts, from producers and shapes the extractor had never been run
// on, scored before any change to it (docs/unseen4-diagnosis.md): GNU enscript through
// Ghostscript (plain text in Courier, enscript's page head, notes typed as [n] and gathered at
// the end), pdfjam's 2-up handout (two report pages side by side on a landscape sheet) and a
// two-column article whose pages are stored sideways with /Rotate turning them upright
// (pdfjam --angle 90, then mutool). The PDFs and truth files are committed under
// test/fixtures/pdf-unseen4 and measured by `npm run eval` and test/quality/fidelity.test.ts;
// run this only to regenerate them. On Debian 12 the tools come from
//   apt-get install -y --no-install-recommends enscript ghostscript texlive-extra-utils (pdfjam)
//     texlive-latex-recommended (pdfpages)
//     mupdf-tools texlive-latex-base texlive-latex-recommended texlive-latex-extra
//     texlive-fonts-recommended lmodern
// The sheets re-impose test/fixtures/pdf-unseen2's pdfLaTeX PDFs (scripts/make-unseen2-variants.ts).
// A producer whose program is missing is skipped with a warning.
//   npx tsx scripts/make-unseen4-variants.ts [OUT_DIR] [SRC_DIR] [LAYOUT_FILTER]

const enscript: Render = (s, work, name) => {
  const txt = join(work, `${name}.txt`);
  const ps = join(work, `${name}.ps`);
  const pdf = join(work, `${name}.pdf`);
  writeFileSync(txt, enscriptText(s), 'latin1');
  const header = `${s.truth.title.split(':')[0]}||Page $%`;
  execFileSync('enscript', ['-q', '--media=Letter', '-f', 'Courier@10', '-F', 'Courier@10', '-e', '-b', header, '-o', ps, txt], { env: ENV });
  execFileSync('ps2pdf', ['-sPAPERSIZE=letter', ps, pdf], { env: ENV });
  return pdf;
};

const sheet: Render = (s, work, name) => {
  const L = SHEET_LAYOUTS.find((x) => name.endsWith(x.name))!;
  // The pages as pdfLaTeX set them for the second unseen set (its committed PDF: this machine's
  // TeX need not have fancyhdr), re-imposed here.
  const base = join(process.cwd(), 'test/fixtures/pdf-unseen2', `${s.truth.id}.${L.base}`);
  const pdf = join(work, `${name}.pdf`);
  if (L.sheet === 'nup2x1') {
    execFileSync('pdfjam', ['--quiet', '--nup', '2x1', '--landscape', '--paper', 'letterpaper', '--outfile', pdf, `${base}.pdf`], { cwd: work, env: ENV });
  } else {
    const turned = join(work, `${name}.turned.pdf`);
    execFileSync('pdfjam', ['--quiet', '--angle', '90', '--fitpaper', 'true', '--rotateoversize', 'true', '--outfile', turned, `${base}.pdf`], { cwd: work, env: ENV });
    execFileSync('mutool', ['run', join(import.meta.dirname, 'unseen4', 'rotate.js'), turned, pdf, '90'], { env: ENV });
  }
  return pdf;
};

writeVariants(
  [
    { layouts: ENSCRIPT_LAYOUTS, render: enscript, tool: 'enscript' },
    { layouts: SHEET_LAYOUTS, render: sheet, tool: 'pdfjam' },
  ],
  'test/fixtures/pdf-unseen4',
  'unseen4-',
).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
