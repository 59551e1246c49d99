import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXED_DATE_ENV as ENV, writeVariants, type Render } from './unseen2/generate.js';
import { LAYOUTS12, amend12, spec12 } from './unseen12/layouts.js';

// A twelfth fresh set of layouts (issue pdf36), scored before any change to the extractor:
// what the JavaScript PDF libraries of web dashboards and NGO report generators write. pdfkit
// in two columns with a page head drawn by its pageAdded callback and footnotes at each
// column's foot; pdfmake in one column with a table and every list numbered; jsPDF breaking
// each block with splitTextToSize and drawing it line by line under a 'Page n of N' foot;
// pdf-lib placing every word on its own, lines justified by position. All use the standard 14
// fonts (WinAnsi, no ToUnicode map) and write no tagged structure (scripts/unseen12/). The
// truth is written from the source each PDF is drawn from, never from the PDF. The PDFs and
// truth files are committed under test/fixtures/pdf-unseen12 and measured by
// test/quality/fidelity.test.ts; run this only to regenerate them. The libraries are not the
// repo's dependencies: install them elsewhere and name their node_modules in UNSEEN12_MODULES
// (versions used: pdfkit 0.20.2, pdfmake 0.3.11, jspdf 4.2.1, pdf-lib 1.17.1; with them every
// file is written byte for byte the same on each run, the dates being fixed):
//   mkdir -p /tmp/gen && cd /tmp/gen && npm init -y && npm i pdfkit pdfmake jspdf pdf-lib
//   UNSEEN12_MODULES=/tmp/gen/node_modules npx tsx scripts/make-unseen12-variants.ts [OUT_DIR] [SRC_DIR] [LAYOUT_FILTER]

const MODULES = process.env.UNSEEN12_MODULES ?? '/tmp/pdf36/gen/node_modules';

const render: Render = (s, work, name) => {
  const L = LAYOUTS12.find((x) => name.endsWith(x.name))!;
  writeFileSync(join(work, `${name}.json`), spec12(s, L));
  execFileSync('node', [join(import.meta.dirname, 'unseen12', 'render.mjs'), MODULES, join(work, `${name}.json`), join(work, `${name}.pdf`)], { env: ENV, stdio: ['ignore', 'ignore', 'inherit'] });
  return join(work, `${name}.pdf`);
};

writeVariants([{ layouts: LAYOUTS12, render, tool: 'node', amend: amend12 }], 'test/fixtures/pdf-unseen12', 'unseen12-').catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
