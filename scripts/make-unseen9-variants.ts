import { readFile, writeFile, mkdir, mkdtemp, rm, copyFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { source, type SeedTruth } from './unseen/source.js';
import { SEED_IDS, FIXED_DATE_ENV, pageCount } from './unseen2/generate.js';
import { forLayout, variantTruth } from './unseen2/layout.js';
import { LAYOUTS9, amend9, latex9Source, type Layout9 } from './unseen9/latex-layouts.js';
import { UN_LAYOUT, amendUn, unFooter, unHeader, unHtml } from './unseen9/html.js';

// A ninth fresh set of layouts (issue pdf22), scored before any change to the extractor: a
// policy brief with a full-width summary box over two columns, a review copy with line numbers
// in the margin, a report with a two-page contents and per-section running heads in small
// capitals, an NGO report in French typography (« », spaced dashes, hyphenated compounds) with
// notes that run on to the next page (all pdfLaTeX, scripts/unseen9/latex-layouts.ts), and a
// Security Council-style report with in-line paragraph numbers in two CSS columns printed by
// Chromium (scripts/unseen9/html.ts). The truth is written from the source each PDF is printed
// from (the seed's blocks as the layout's `prepare` transforms them), never from the PDF. The
// PDFs and truth files are committed under test/fixtures/pdf-unseen9 and measured by
// test/quality/fidelity.test.ts; run this only to regenerate them (needs pdflatex with
// texlive-latex-extra and /usr/bin/chromium).
//   npx tsx scripts/make-unseen9-variants.ts [OUT_DIR] [SRC_DIR] [LAYOUT_FILTER]

async function main(): Promise<void> {
  const out = process.argv[2] ?? 'test/fixtures/pdf-unseen9';
  const src = process.argv[3] ?? 'test/fixtures/pdf';
  const only = process.argv[4];
  await mkdir(out, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), 'unseen9-'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage();
  try {
    for (const id of SEED_IDS) {
      const seedTruth = JSON.parse(await readFile(join(src, `${id}.truth.json`), 'utf8')) as SeedTruth;
      for (const L of [...LAYOUTS9, UN_LAYOUT] as Layout9[]) {
        if (only && !L.name.includes(only)) continue;
        const s = forLayout(source(L.prepare ? L.prepare(seedTruth) : seedTruth), L);
        const name = `${id}.${L.name}`;
        const pdf = join(work, `${name}.pdf`);
        if (L.shape === 'un-chromium') {
          await page.setContent(unHtml(s), { waitUntil: 'load' });
          // No <title> and no Info metadata: what the pages print is all there is.
          await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true, displayHeaderFooter: true, headerTemplate: unHeader(s), footerTemplate: unFooter() });
        } else {
          writeFileSync(join(work, `${name}.tex`), latex9Source(s, L));
          // Three runs: the contents, the marks and the notes' page breaks settle.
          for (let i = 0; i < 3; i++) execFileSync('pdflatex', ['-interaction=batchmode', '-halt-on-error', `${name}.tex`], { cwd: work, stdio: 'ignore', env: FIXED_DATE_ENV });
        }
        await copyFile(pdf, join(out, `${name}.pdf`));
        const truth = variantTruth(s, L, pageCount(pdf));
        const amended = L.shape === 'un-chromium' ? amendUn(s, truth) : amend9(s, L, truth);
        await writeFile(join(out, `${name}.truth.json`), JSON.stringify(amended, null, 1) + '\n');
        console.log(`wrote ${name}.pdf`);
      }
    }
  } finally {
    await browser.close();
    if (!process.env.KEEP_WORK) await rm(work, { recursive: true, force: true });
    else console.log(`sources kept in ${work}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
