import { readFile, writeFile, mkdir, mkdtemp, rm, copyFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { source, type SeedTruth, type Source } from '../unseen/source.js';
import { SEED_IDS, FIXED_DATE_ENV, pageCount } from './generate.js';
import { forLayout, variantTruth, type Layout } from './layout.js';

/** What one set of pdfLaTeX layouts brings: its layouts, how each is written and what its truth adds. */
export interface LatexSet<L extends Layout & { prepare?: (t: SeedTruth) => SeedTruth }> {
  /** the set's name, for the default output folder (test/fixtures/pdf-NAME) and the work folder */
  name: string;
  layouts: readonly L[];
  latexSource: (s: Source, L: L) => string;
  amend: (s: Source, L: L, truth: SeedTruth) => SeedTruth;
}

// Every pdfLaTeX set prints the three seeds in each of its layouts the same way, and writes the
// truth from the source it printed (never from the PDF): one runner, so a set is its layouts.
//   argv: [OUT_DIR] [SRC_DIR] [LAYOUT_FILTER]
export async function makeLatexVariants<L extends Layout & { prepare?: (t: SeedTruth) => SeedTruth }>(set: LatexSet<L>, argv = process.argv.slice(2)): Promise<void> {
  const out = argv[0] ?? `test/fixtures/pdf-${set.name}`;
  const src = argv[1] ?? 'test/fixtures/pdf';
  const only = argv[2];
  await mkdir(out, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), `${set.name}-`));
  try {
    for (const id of SEED_IDS) {
      const seedTruth = JSON.parse(await readFile(join(src, `${id}.truth.json`), 'utf8')) as SeedTruth;
      for (const L of set.layouts) {
        if (only && !L.name.includes(only)) continue;
        const s = forLayout(source(L.prepare ? L.prepare(seedTruth) : seedTruth), L);
        const name = `${id}.${L.name}`;
        const pdf = join(work, `${name}.pdf`);
        writeFileSync(join(work, `${name}.tex`), set.latexSource(s, L));
        // Three runs: the marks, the heads and the notes' page breaks settle.
        for (let i = 0; i < 3; i++) execFileSync('pdflatex', ['-interaction=batchmode', '-halt-on-error', `${name}.tex`], { cwd: work, stdio: 'ignore', env: FIXED_DATE_ENV });
        await copyFile(pdf, join(out, `${name}.pdf`));
        const truth = set.amend(s, L, variantTruth(s, L, pageCount(pdf)));
        await writeFile(join(out, `${name}.truth.json`), JSON.stringify(truth, null, 1) + '\n');
        console.log(`wrote ${name}.pdf`);
      }
    }
  } finally {
    if (!process.env.KEEP_WORK) await rm(work, { recursive: true, force: true });
    else console.log(`sources kept in ${work}`);
  }
}
