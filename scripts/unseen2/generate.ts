import { readFile, writeFile, mkdir, mkdtemp, rm, copyFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { source, type SeedTruth, type Source } from '../unseen/source.js';
import { forLayout, variantTruth, type Layout } from './layout.js';

// The loop every set of unseen layouts runs: each seed document through each producer's
// layouts, the PDF and its truth file written side by side (scripts/make-unseen2-variants.ts,
// scripts/make-unseen3-variants.ts).

export const SEED_IDS = ['bowden-metcalfe-hough-2020-age-of-caution', 'gilder-2024-peace-operations-human-security', 'metcalfe-hough-2021-collaborative-advocacy'];
/** Fixed dates, so that a regenerated file differs only where its content does. */
export const FIXED_DATE_ENV = { ...process.env, SOURCE_DATE_EPOCH: '1700000000', FORCE_SOURCE_DATE: '1', TZ: 'UTC' };

export function pageCount(pdf: string): number {
  const m = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }));
  return m ? Number(m[1]) : 0;
}

/** Renders one seed in one layout in the work folder; returns the PDF's path. */
export type Render = (s: Source, work: string, name: string) => string;

export interface Producer {
  layouts: Layout[];
  render: Render;
  /** the program under /usr/bin the producer needs; its layouts are skipped without it */
  tool: string;
  /** what the layout prints beyond the seed's blocks (a table it adds), put into the truth variantTruth makes */
  amend?: (s: Source, L: Layout, truth: SeedTruth) => SeedTruth;
}

/** argv: [OUT_DIR] [SRC_DIR] [LAYOUT_FILTER]; KEEP_WORK=1 keeps the sources. */
export async function writeVariants(producers: Producer[], defaultOut: string, prefix: string): Promise<void> {
  const out = process.argv[2] ?? defaultOut;
  const src = process.argv[3] ?? 'test/fixtures/pdf';
  const only = process.argv[4];
  await mkdir(out, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), prefix));
  try {
    for (const id of SEED_IDS) {
      const s = source(JSON.parse(await readFile(join(src, `${id}.truth.json`), 'utf8')) as SeedTruth);
      for (const { layouts, render, tool, amend } of producers) {
        if (!existsSync(`/usr/bin/${tool}`)) {
          console.warn(`skipped ${tool} layouts: /usr/bin/${tool} is not installed`);
          continue;
        }
        for (const L of layouts) {
          if (only && !L.name.includes(only)) continue;
          const name = `${id}.${L.name}`;
          const pdf = render(forLayout(s, L), work, name);
          await copyFile(pdf, join(out, `${name}.pdf`));
          const truth = variantTruth(s, L, pageCount(pdf));
          await writeFile(join(out, `${name}.truth.json`), JSON.stringify(amend ? amend(s, L, truth) : truth, null, 1) + '\n');
          console.log(`wrote ${name}.pdf`);
        }
      }
    }
  } finally {
    if (!process.env.KEEP_WORK) await rm(work, { recursive: true, force: true });
    else console.log(`sources kept in ${work}`);
  }
}
