import { readFile, writeFile, mkdir, mkdtemp, rm, copyFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { source, type SeedTruth } from './unseen/source.js';
import { SEED_IDS, FIXED_DATE_ENV, pageCount } from './unseen2/generate.js';
import { forLayout, variantTruth } from './unseen2/layout.js';
import { LAYOUTS11, amend11, latex11Source } from './unseen11/latex-layouts.js';

// An eleventh fresh set of layouts (issue pdf29), scored before any change to the extractor:
// a three-column newsletter, a sidebar box spanning two columns, footnotes continued onto the
// next page, a text layer spaced as OCR sets one, landscape pages mixed with portrait under
// accented author names (scripts/unseen11/latex-layouts.ts, all pdfLaTeX). The truth is
// written from the source each PDF is printed from, never from the PDF. The PDFs and truth
// files are committed under test/fixtures/pdf-unseen11 and measured by
// test/quality/fidelity.test.ts; run this only to regenerate them (needs pdflatex with
// texlive-latex-extra).
//   npx tsx scripts/make-unseen11-variants.ts [OUT_DIR] [SRC_DIR] [LAYOUT_FILTER]

async function main(): Promise<void> {
  const out = process.argv[2] ?? 'test/fixtures/pdf-unseen11';
  const src = process.argv[3] ?? 'test/fixtures/pdf';
  const only = process.argv[4];
  await mkdir(out, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), 'unseen11-'));
  try {
    for (const id of SEED_IDS) {
      const seedTruth = JSON.parse(await readFile(join(src, `${id}.truth.json`), 'utf8')) as SeedTruth;
      for (const L of LAYOUTS11) {
        if (only && !L.name.includes(only)) continue;
        const s = forLayout(source(L.prepare ? L.prepare(seedTruth) : seedTruth), L);
        const name = `${id}.${L.name}`;
        const pdf = join(work, `${name}.pdf`);
        writeFileSync(join(work, `${name}.tex`), latex11Source(s, L));
        // Three runs: the marks, the heads and the notes' page breaks settle.
        for (let i = 0; i < 3; i++) execFileSync('pdflatex', ['-interaction=batchmode', '-halt-on-error', `${name}.tex`], { cwd: work, stdio: 'ignore', env: FIXED_DATE_ENV });
        await copyFile(pdf, join(out, `${name}.pdf`));
        const truth = amend11(s, L, variantTruth(s, L, pageCount(pdf)));
        await writeFile(join(out, `${name}.truth.json`), JSON.stringify(truth, null, 1) + '\n');
        console.log(`wrote ${name}.pdf`);
      }
    }
  } finally {
    if (!process.env.KEEP_WORK) await rm(work, { recursive: true, force: true });
    else console.log(`sources kept in ${work}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
