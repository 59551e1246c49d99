import { execFileSync } from 'node:child_process';
import { writeFileSync as writeFileSyncText } from 'node:fs';
import { join } from 'node:path';
import { FIXED_DATE_ENV as ENV, writeVariants, type Render } from './unseen2/generate.js';
import { LATEX_LAYOUTS, latexSource } from './unseen2/latex-layouts.js';
import { GROFF_LAYOUTS, groffSource } from './unseen2/groff-layouts.js';
import { WRITER_LAYOUTS, writerSource } from './unseen2/writer-layouts.js';

// A second set of layouts from producers the extractor had never been run on when it was
// made, scored before any change to the extractor: pdfLaTeX with the standard classes (two
// columns with footnotes per column under a spanning title and abstract; a report with
// fancyhdr heads and endnotes), groff -ms through gropdf and through Ghostscript, and
// LibreOffice Writer. The PDFs and truth files are committed under test/fixtures/pdf-unseen2
// and measured by `npm run eval` and test/quality/fidelity.test.ts; run this only to
// regenerate them. On Debian 12 the tools come from
//   apt-get install --no-install-recommends texlive-latex-base texlive-latex-recommended
//     texlive-latex-extra (framed) texlive-fonts-recommended lmodern groff (gropdf, -ms)
//     ghostscript libreoffice-writer-nogui
// A producer whose program is missing is skipped with a warning. pdfLaTeX and gropdf write the
// same bytes on every run; Ghostscript and Writer stamp an ID or date, so their PDFs differ
// byte-wise (not in text) when regenerated.
//   npx tsx scripts/make-unseen2-variants.ts [OUT_DIR] [SRC_DIR] [LAYOUT_FILTER]

const latex: Render = (s, work, name) => {
  const L = LATEX_LAYOUTS.find((x) => name.endsWith(x.name))!;
  writeFileSyncText(join(work, `${name}.tex`), latexSource(s, L));
  // Twice: the second run settles the page breaks the first run's notes and heads move.
  for (let i = 0; i < 2; i++) execFileSync('pdflatex', ['-interaction=batchmode', '-halt-on-error', `${name}.tex`], { cwd: work, stdio: 'ignore', env: ENV });
  return join(work, `${name}.pdf`);
};

const groff: Render = (s, work, name) => {
  const L = GROFF_LAYOUTS.find((x) => name.endsWith(x.name))!;
  const src = join(work, `${name}.ms`);
  writeFileSyncText(src, groffSource(s, L));
  const pdf = join(work, `${name}.pdf`);
  const paper = L.paper === 'A4' ? 'a4' : 'letter';
  if (L.writer === 'gropdf') {
    execFileSync('sh', ['-c', `groff -k -ms -Tpdf -dpaper=${paper} -P-p${paper} "${src}" > "${pdf}"`], { env: ENV });
  } else {
    const ps = join(work, `${name}.ps`);
    execFileSync('sh', ['-c', `groff -k -ms -Tps -dpaper=${paper} -P-p${paper} "${src}" > "${ps}"`], { env: ENV });
    execFileSync('ps2pdf', [`-sPAPERSIZE=${paper}`, '-dPDFSETTINGS=/prepress', ps, pdf], { env: ENV });
  }
  return pdf;
};

const writer: Render = (s, work, name) => {
  const L = WRITER_LAYOUTS.find((x) => name.endsWith(x.name))!;
  writeFileSyncText(join(work, `${name}.fodt`), writerSource(s, L));
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/lo-profile`, '--convert-to', 'pdf', '--outdir', work, join(work, `${name}.fodt`)], { stdio: 'ignore', env: ENV });
  return join(work, `${name}.pdf`);
};


async function main(): Promise<void> {
  await writeVariants(
    [
      { layouts: LATEX_LAYOUTS, render: latex, tool: 'pdflatex' },
      { layouts: GROFF_LAYOUTS, render: groff, tool: 'groff' },
      { layouts: WRITER_LAYOUTS, render: writer, tool: 'soffice' },
    ],
    'test/fixtures/pdf-unseen2',
    'unseen2-',
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
