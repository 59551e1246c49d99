import { readFile, writeFile, mkdir, mkdtemp, rm, copyFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { source, variantTruth, type SeedTruth } from './unseen/source.js';
import { HTML_LAYOUTS, html } from './unseen/html-layouts.js';
import { TEX_LAYOUTS, texSource } from './unseen/tex-layouts.js';

// The seed documents in layouts made by producers the extractor was not written against:
// Chromium's own CSS typesetting (column flow in two and three columns with a spanning title
// and abstract, hyphens: auto, @page margin boxes, side notes, drop cap, small capitals,
// numbered and lettered headings) and pdfTeX (Computer Modern with ligatures, TeX's
// hyphenation, footnotes at the foot of the page or of each column, capitals running heads, a
// journal's citation lines on the first page). The PDFs and truth files are committed under
// test/fixtures/pdf-unseen and measured by `npm run eval`; run this only to regenerate them
// (it needs /usr/bin/chromium and pdftex).
//   npx tsx scripts/make-unseen-variants.ts [OUT_DIR] [SRC_DIR]

const IDS = ['bowden-metcalfe-hough-2020-age-of-caution', 'gilder-2024-peace-operations-human-security', 'metcalfe-hough-2021-collaborative-advocacy'];

async function main(): Promise<void> {
  const out = process.argv[2] ?? 'test/fixtures/pdf-unseen';
  const src = process.argv[3] ?? 'test/fixtures/pdf';
  await mkdir(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage();
  const work = await mkdtemp(join(tmpdir(), 'unseen-'));
  try {
    for (const id of IDS) {
      const truth = JSON.parse(await readFile(join(src, `${id}.truth.json`), 'utf8')) as SeedTruth;
      const s = source(truth);
      for (const L of HTML_LAYOUTS) {
        await page.setContent(html(s, L), { waitUntil: 'load' });
        const name = `${id}.${L.name}`;
        // No <title> and no Info metadata: what the first page prints is all there is.
        await page.pdf({
          path: join(out, `${name}.pdf`),
          preferCSSPageSize: true,
          displayHeaderFooter: Boolean(L.headerTemplate),
          headerTemplate: L.headerTemplate?.(s) ?? '<span></span>',
          footerTemplate: '<span></span>',
        });
        await writeFile(join(out, `${name}.truth.json`), JSON.stringify(variantTruth(truth, L.name), null, 1));
        console.log(`wrote ${name}.pdf`);
      }
      for (const L of TEX_LAYOUTS) {
        const name = `${id}.${L.name}`;
        await writeFile(join(work, `${name}.tex`), texSource(s, L));
        // pdfTeX writes no Info title; the fixed trailer ID keeps a regenerated file byte-identical.
        execFileSync('pdftex', ['-interaction=batchmode', '-halt-on-error', `${name}.tex`], { cwd: work, stdio: 'ignore', env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000', FORCE_SOURCE_DATE: '1' } });
        await copyFile(join(work, `${name}.pdf`), join(out, `${name}.pdf`));
        await writeFile(join(out, `${name}.truth.json`), JSON.stringify(variantTruth(truth, L.name), null, 1));
        console.log(`wrote ${name}.pdf`);
      }
    }
  } finally {
    await browser.close();
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
