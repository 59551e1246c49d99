import { readFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processFile } from '../indexer/process-file.js';
import { ExtractionCache } from '../indexer/cache.js';
import { codeIdentity } from '../indexer/code-identity.js';

// npx tsx scripts/page-labels.ts [--cache DIR] [--json FILE] DIR…: printed page numbers read from
// each <id>.pdf against its <id>.truth.json's printed_page_numbers (pages right / pages), the
// passages cited by physical page, and a hash of each document's passages (text and page) so two
// runs show which documents a change moved (--json writes them).
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const cacheDir = opt('--cache');
const jsonOut = opt('--json');
const cache = cacheDir ? new ExtractionCache(cacheDir) : undefined;
// the code's identity in the cache key, as an index's workers give it: without it a reader
// changed since the cache was filled was served its old reading, and two runs compared nothing
const codeId = cache ? codeIdentity(fileURLToPath(new URL('../indexer/file-worker.ts', import.meta.url))) : undefined;
const out: Record<string, { right: number; pages: number; physical: number; hash: string }> = {};
for (const dir of args) {
  let right = 0;
  let pages = 0;
  let physical = 0;
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.truth.json')).sort()) {
    const truth = JSON.parse(await readFile(join(dir, name), 'utf8')) as { printed_page_numbers?: (string | null)[] };
    const pdf = name.replace(/\.truth\.json$/, '.pdf');
    const r = await processFile(join(dir, pdf), pdf, [], { maxPages: 2000, timeoutMs: 120_000, cache, codeId });
    const want = truth.printed_page_numbers ?? [];
    const got = r.document?.pageLabels ?? [];
    const ok = want.filter((w, i) => (w ?? null) === (got[i] ?? null)).length;
    const phys = (r.passages ?? []).filter((p) => p.pageIsPhysical).length;
    const hash = createHash('sha256').update(JSON.stringify((r.passages ?? []).map((p) => [p.text, p.page, p.pageEnd ?? null]))).digest('hex').slice(0, 12);
    out[join(dir, pdf)] = { right: ok, pages: want.length, physical: phys, hash };
    if (ok < want.length) console.log(`  ${pdf}: ${ok}/${want.length} pages right; read ${JSON.stringify(got)}`);
    right += ok;
    pages += want.length;
    physical += phys;
  }
  console.log(`${dir}: printed numbers ${right}/${pages} pages right, ${physical} passages cited by physical page`);
}
if (jsonOut) await import('node:fs/promises').then((fs) => fs.writeFile(jsonOut, JSON.stringify(out, null, 1)));
