import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXED_DATE_ENV as ENV, writeVariants, type Render } from './unseen2/generate.js';
import { LATEX5_LAYOUTS, latex5Source, withTable } from './unseen5/latex-layouts.js';
import { MOM_LAYOUTS, momSource } from './unseen5/mom-layouts.js';
import { OCR_LAYOUTS } from './unseen5/ocr-layouts.js';

// A fifth fresh set of layouts, the shapes the fourth had no time for, scored before any change
// to the extractor (docs/unseen5-diagnosis.md): a "Key messages" sidebar panel beside two
// columns, a wide table spanning both columns mid-page (pdfLaTeX), groff -mom in two columns, and an OCR text layer
// (tesseract, words placed one by one). The PDFs and truth files are committed under
// test/fixtures/pdf-unseen5 and measured by `npm run eval` and test/quality/fidelity.test.ts;
// run this only to regenerate them. On Debian 12 the tools come from
//   apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng poppler-utils groff
//     texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended lmodern
// The OCR layer reads test/fixtures/pdf-unseen2's pdfLaTeX articles (scripts/make-unseen2-variants.ts).
// A producer whose program is missing is skipped with a warning.
//   npx tsx scripts/make-unseen5-variants.ts [OUT_DIR] [SRC_DIR] [LAYOUT_FILTER]

const latex: Render = (s, work, name) => {
  const L = LATEX5_LAYOUTS.find((x) => name.endsWith(x.name))!;
  writeFileSync(join(work, `${name}.tex`), latex5Source(s, L));
  // Twice: the second run settles the page breaks the first run's notes and heads move.
  for (let i = 0; i < 2; i++) execFileSync('pdflatex', ['-interaction=batchmode', '-halt-on-error', `${name}.tex`], { cwd: work, stdio: 'ignore', env: ENV });
  return join(work, `${name}.pdf`);
};

const mom: Render = (s, work, name) => {
  const L = MOM_LAYOUTS.find((x) => name.endsWith(x.name))!;
  const pdf = join(work, `${name}.pdf`);
  writeFileSync(pdf, execFileSync('groff', ['-mom', '-Tpdf', '-k', '-P-pa4', '-dpaper=a4'], { input: momSource(s, L), env: ENV, maxBuffer: 64 << 20 }));
  return pdf;
};

const ocr: Render = (s, work, name) => {
  const L = OCR_LAYOUTS.find((x) => name.endsWith(x.name))!;
  const base = join(process.cwd(), 'test/fixtures/pdf-unseen2', `${s.truth.id}.${L.base}.pdf`);
  execFileSync('pdftoppm', ['-r', '300', '-gray', '-png', base, join(work, `${name}.page`)], { env: ENV });
  const pages = readdirSync(work).filter((f) => f.startsWith(`${name}.page`) && f.endsWith('.png')).sort().map((f) => join(work, f));
  writeFileSync(join(work, `${name}.list`), pages.join('\n') + '\n');
  execFileSync('tesseract', [join(work, `${name}.list`), join(work, name), '-l', 'eng', '--dpi', '300', '-c', 'textonly_pdf=1', 'pdf'], { stdio: 'ignore', env: { ...ENV, OMP_THREAD_LIMIT: '1' } });
  return join(work, `${name}.pdf`);
};

writeVariants(
  [
    { layouts: LATEX5_LAYOUTS, render: latex, tool: 'pdflatex', amend: withTable },
    { layouts: MOM_LAYOUTS, render: mom, tool: 'groff' },
    { layouts: OCR_LAYOUTS, render: ocr, tool: 'tesseract' },
  ],
  'test/fixtures/pdf-unseen5',
  'unseen5-',
).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
