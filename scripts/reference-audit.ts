import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { processFile } from '../indexer/process-file.js';
import { lettersOnly } from '../core/text.js';

// Reference lists as a reader sees them against the entries the build makes: for every PDF
// fixture whose truth file has a References section (and the corpus text of the same report,
// against that truth), the reader's entries (truth blocks under the heading) are compared with
// the build's reference passages. "lost or merged": a reader's entry no build entry starts with
// (cut off, or run into the one before); "foreign": build entry text in no reader's entry (a
// note, a running head or a heading read as an entry). A long entry segmented into two
// passages is neither. `npx tsx scripts/reference-audit.ts [FILTER] [--show]`

type Truth = { blocks: { type: string; text: string }[] };
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const HEADING = /^(\d+\.?\s*|[A-Z]\.\s*)?references$/i;

async function sources(): Promise<[string, string[]][]> {
  const out: [string, string[]][] = [];
  const seed = JSON.parse(await readFile('test/fixtures/pdf/metcalfe-hough-2021-collaborative-advocacy.truth.json', 'utf8')) as Truth;
  out.push(['corpus/metcalfe-hough-2021-collaborative-advocacy.txt', seed.blocks.filter((b) => b.type === 'reference').map((b) => flat(b.text))]);
  for (const d of ['pdf', 'pdf-variants', 'pdf-typeset', 'pdf-unseen', 'pdf-unseen2', 'pdf-unseen3']) {
    for (const f of (await readdir(join('test/fixtures', d))).filter((x) => x.endsWith('.truth.json'))) {
      const truth = JSON.parse(await readFile(join('test/fixtures', d, f), 'utf8')) as Truth;
      const i = truth.blocks.findIndex((b) => b.type === 'heading' && HEADING.test(b.text.trim()));
      if (i < 0) continue;
      const entries: string[] = [];
      for (const b of truth.blocks.slice(i + 1)) {
        if (b.type === 'heading') break;
        if (b.type === 'paragraph' || b.type === 'list-item' || b.type === 'reference') entries.push(flat(b.text));
      }
      out.push([join('test/fixtures', d, f.replace('.truth.json', '.pdf')), entries]);
    }
  }
  return out;
}

const show = process.argv.includes('--show');
const filter = process.argv.slice(2).find((a) => !a.startsWith('--'));
let total = 0;
let lost = 0;
let foreign = 0;
for (const [file, entries] of await sources()) {
  if (filter && !file.includes(filter)) continue;
  const r = await processFile(file, basename(file), [], { maxPages: 100, timeoutMs: 120_000 });
  const built = (r.passages ?? []).filter((p) => p.blockType === 'reference').map((p) => lettersOnly(p.text));
  const keys = entries.map((e) => lettersOnly(e));
  const lostHere = entries.filter((_, j) => !built.some((p) => p.startsWith(keys[j].slice(0, 40))));
  const foreignHere = built.filter((p) => !keys.some((k) => k.includes(p.slice(0, 40))));
  total += entries.length;
  lost += lostHere.length;
  foreign += foreignHere.length;
  console.log(`${file}: reader ${entries.length}, build ${built.length}, lost or merged ${lostHere.length}, foreign ${foreignHere.length}`);
  if (show) for (const e of [...lostHere.map((x) => `  lost: ${x.slice(0, 100)}`), ...foreignHere.map((x) => `  foreign: ${x.slice(0, 100)}`)]) console.log(e);
}
console.log(`total: reader ${total}, lost or merged ${lost}, foreign ${foreign}`);
