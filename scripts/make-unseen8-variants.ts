import { readFile, writeFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { source, type SeedTruth } from './unseen/source.js';
import { SEED_IDS, FIXED_DATE_ENV, pageCount } from './unseen2/generate.js';
import { forLayout, variantTruth } from './unseen2/layout.js';
import { HTML8_LAYOUTS, amend8 } from './unseen8/html-layouts.js';
import { html8, hyphenable } from './unseen8/html.js';

// An eighth fresh set of layouts (issue pdf21), scored before any change to the extractor:
// Word/LibreOffice-like output (cover, contents with dot leaders, numbered headings, endnotes
// under a separator rule), an annual report (full-bleed cover, big pull numbers), a two-column
// journal article with a figure across both columns mid-text, a briefing with a Key facts
// sidebar on every page and hyphens at nearly every other line, and a report numbered in roman
// then arabic with Arabic names in Arabic script in its English text (scripts/unseen8/). All are
// typeset by Chromium (LibreOffice and ConTeXt are not installed here; groff has two sets
// already). The truth is written from the source each PDF is printed from, never from the PDF.
// The PDFs and truth files are committed under test/fixtures/pdf-unseen8 and measured by
// test/quality/fidelity.test.ts; run this only to regenerate them (needs /usr/bin/chromium and
// pdfunite from poppler-utils).
//   npx tsx scripts/make-unseen8-variants.ts [OUT_DIR] [SRC_DIR] [LAYOUT_FILTER]

async function main(): Promise<void> {
  const out = process.argv[2] ?? 'test/fixtures/pdf-unseen8';
  const src = process.argv[3] ?? 'test/fixtures/pdf';
  const only = process.argv[4];
  await mkdir(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage();
  const work = await mkdtemp(join(tmpdir(), 'unseen8-'));
  try {
    for (const id of SEED_IDS) {
      const seed = source(JSON.parse(await readFile(join(src, `${id}.truth.json`), 'utf8')) as SeedTruth);
      for (const L of HTML8_LAYOUTS) {
        if (only && !L.name.includes(only)) continue;
        const s = forLayout(seed, L);
        const name = `${id}.${L.name}`;
        const parts: string[] = [];
        for (const [i, doc] of html8(L.hyphenated ? hyphenable(s) : s, L).entries()) {
          await page.setContent(doc, { waitUntil: 'load' });
          const path = join(work, `${name}.${i}.pdf`);
          // No <title> and no Info metadata: what the pages print is all there is.
          await page.pdf({
            path,
            preferCSSPageSize: true,
            printBackground: true,
            displayHeaderFooter: Boolean(L.headerTemplate ?? L.footerTemplate),
            headerTemplate: L.headerTemplate?.(s) ?? '<span></span>',
            footerTemplate: L.footerTemplate?.(s) ?? '<span></span>',
          });
          parts.push(path);
        }
        const pdf = join(out, `${name}.pdf`);
        // Two page sequences (front matter in roman, the body in arabic) are joined as one file.
        if (parts.length > 1) execFileSync('pdfunite', [...parts, pdf], { env: FIXED_DATE_ENV });
        else await writeFile(pdf, await readFile(parts[0]));
        const truth = amend8(s, L, variantTruth(s, L, pageCount(pdf)));
        await writeFile(join(out, `${name}.truth.json`), JSON.stringify(truth, null, 1) + '\n');
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
