import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXED_DATE_ENV as ENV, writeVariants, type Render } from './unseen2/generate.js';
import { WEASY_LAYOUTS, weasyHtml } from './unseen3/weasy-layouts.js';
import { REPORTLAB_LAYOUTS, reportlabSpec } from './unseen3/reportlab-layouts.js';
import { TEX_LAYOUTS, texSource } from './unseen3/tex-layouts.js';

// A third fresh set of layouts, from producers the extractor had never been run on, scored
// before any change to it (docs/unseen3-diagnosis.md): WeasyPrint (CSS Paged Media: margin-box
// running heads, CSS footnotes across the foot under two balanced columns; one ragged column
// with endnotes), ReportLab's platypus (two frames a page, base-14 fonts, endnotes), XeLaTeX
// with KOMA-Script and LuaLaTeX with memoir (OpenType/TrueType fonts through fontspec). The
// PDFs and truth files are committed under test/fixtures/pdf-unseen3 and measured by
// `npm run eval` and test/quality/fidelity.test.ts; run this only to regenerate them. On
// Debian 12 the tools come from
//   apt-get install --no-install-recommends weasyprint python3-reportlab texlive-xetex
//     texlive-luatex texlive-latex-extra (framed, memoir, KOMA) fonts-dejavu fonts-liberation
// A producer whose program is missing is skipped with a warning.
//   npx tsx scripts/make-unseen3-variants.ts [OUT_DIR] [SRC_DIR] [LAYOUT_FILTER]

const weasy: Render = (s, work, name) => {
  const L = WEASY_LAYOUTS.find((x) => name.endsWith(x.name))!;
  writeFileSync(join(work, `${name}.html`), weasyHtml(s, L));
  execFileSync('weasyprint', [join(work, `${name}.html`), join(work, `${name}.pdf`)], { stdio: 'ignore', env: ENV });
  return join(work, `${name}.pdf`);
};

const reportlab: Render = (s, work, name) => {
  const L = REPORTLAB_LAYOUTS.find((x) => name.endsWith(x.name))!;
  writeFileSync(join(work, `${name}.json`), reportlabSpec(s, L));
  // Debian's python3 (python3-reportlab), not whichever python3 comes first on the PATH.
  execFileSync('/usr/bin/python3', [join(import.meta.dirname, 'unseen3', 'reportlab_render.py'), join(work, `${name}.json`), join(work, `${name}.pdf`)], { env: ENV });
  return join(work, `${name}.pdf`);
};

const tex: Render = (s, work, name) => {
  const L = TEX_LAYOUTS.find((x) => name.endsWith(x.name))!;
  writeFileSync(join(work, `${name}.tex`), texSource(s, L));
  // Twice: the second run settles the page breaks the first run's notes and heads move.
  for (let i = 0; i < 2; i++) execFileSync(L.engine, ['-interaction=batchmode', '-halt-on-error', `${name}.tex`], { cwd: work, stdio: 'ignore', env: ENV });
  return join(work, `${name}.pdf`);
};

writeVariants(
  [
    { layouts: WEASY_LAYOUTS, render: weasy, tool: 'weasyprint' },
    { layouts: REPORTLAB_LAYOUTS, render: reportlab, tool: 'python3' },
    { layouts: TEX_LAYOUTS.filter((L) => L.engine === 'xelatex'), render: tex, tool: 'xelatex' },
    { layouts: TEX_LAYOUTS.filter((L) => L.engine === 'lualatex'), render: tex, tool: 'lualatex' },
  ],
  'test/fixtures/pdf-unseen3',
  'unseen3-',
).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
