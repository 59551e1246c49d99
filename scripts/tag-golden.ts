import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { listCorpus } from '../indexer/corpus.js';
import { processFile } from '../indexer/process-file.js';
import { Tagger } from '../indexer/tag/tagger.js';
import { loadTaxonomy } from '../core/taxonomy.js';
import { seedPassages } from '../eval/tags.js';
import { loadWritten, writtenPassages, WRITTEN_VALIDATION_FILES } from '../eval/written-tags.js';
import type { Passage } from '../core/types.js';

// The tagger's output held fixed while its code changes for speed.
//
//   npx tsx scripts/tag-golden.ts inputs FILE [CORPUS_DIR]   the documents the tagger is given
//       (segment's passages, before tagging) of the seed corpus, the written validation sets
//       and, if given, every file of a corpus (a gen-corpus.mjs one), saved as JSON: the inputs
//       stay the same whatever the tagger does next
//   npx tsx scripts/tag-golden.ts dump FILE OUT.jsonl   every passage tagged (tagDocument), one
//       JSON line each: everything the tagger stores (tags, kind, evidence, lead-ins, sources)
//   npx tsx scripts/tag-golden.ts compare FILE GOLDEN.jsonl   the same, compared line by line
//       with an earlier dump: exit 1 on any difference, the first few printed
//   npx tsx scripts/tag-golden.ts bench FILE [ROUNDS [SOURCE [DOCS]]]   CPU µs per passage
//       (process.cpuUsage, user + system, best of three), per source (seed, written, gen) or of
//       one, its first DOCS documents: CPU time, since a loaded machine's wall time says little.
//       Under callgrind, the instructions of two runs with ROUNDS 1 and 2 differ by three rounds'
//       tagging (and their copies), a count the load leaves alone
//
// The held-out label set is never read: only test/labels/validation's written sets.

interface Inputs {
  /** per document, where it came from ("seed", "written", "gen") and its untagged passages */
  docs: { source: string; passages: Passage[] }[];
}

/** A tagger that keeps a copy of each document it is given, as given. */
class Recording extends Tagger {
  readonly seen: Passage[][] = [];
  override tagDocument(passages: Passage[]): Passage[] {
    this.seen.push(structuredClone(passages));
    return super.tagDocument(passages);
  }
}

async function makeInputs(file: string, corpus?: string): Promise<void> {
  const taxonomy = loadTaxonomy();
  const docs: Inputs['docs'] = [];
  const take = (source: string, r: Recording) => docs.push(...r.seen.map((passages) => ({ source, passages })));
  const seed = new Recording(taxonomy);
  await seedPassages(seed);
  take('seed', seed);
  const written = new Recording(taxonomy);
  for (const f of WRITTEN_VALIDATION_FILES) writtenPassages(await loadWritten(join(process.cwd(), f)), written);
  take('written', written);
  if (corpus) {
    const gen = new Recording(taxonomy);
    const listing = await listCorpus(resolve(corpus));
    for (const f of listing.files) await processFile(f.abs, f.rel, listing.entries, { maxPages: 2000, tagger: gen });
    take('gen', gen);
  }
  await writeFile(file, JSON.stringify({ docs } satisfies Inputs));
  const count = (s: string) => docs.filter((d) => d.source === s).reduce((n, d) => n + d.passages.length, 0);
  console.log(`${docs.length} documents: seed ${count('seed')}, written ${count('written')}, gen ${count('gen')} passages -> ${file}`);
}

const load = async (file: string): Promise<Inputs> => JSON.parse(await readFile(file, 'utf8')) as Inputs;

function tagAll(inputs: Inputs): string[] {
  const tagger = new Tagger(loadTaxonomy());
  // each document from a copy: the tagger must not see what an earlier round wrote
  return inputs.docs.flatMap((d) => tagger.tagDocument(structuredClone(d.passages)).map((p) => JSON.stringify(p)));
}

async function compare(file: string, golden: string): Promise<number> {
  const want = (await readFile(golden, 'utf8')).split('\n').filter(Boolean);
  const got = tagAll(await load(file));
  let diffs = 0;
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] === got[i]) continue;
    if (++diffs <= 5) console.log(`line ${i + 1}:\n- ${want[i]?.slice(0, 2000)}\n+ ${got[i]?.slice(0, 2000)}`);
  }
  console.log(diffs ? `${diffs} of ${want.length} passages differ` : `identical: ${got.length} passages`);
  return diffs ? 1 : 0;
}

function bench(inputs: Inputs, rounds: number, only?: string, limit = Number.POSITIVE_INFINITY): void {
  const tagger = new Tagger(loadTaxonomy());
  for (const source of [...new Set(inputs.docs.map((d) => d.source))].filter((s) => !only || s === only)) {
    const docs = inputs.docs.filter((d) => d.source === source).map((d) => d.passages).slice(0, limit);
    const n = docs.reduce((a, d) => a + d.length, 0);
    const copies = Array.from({ length: rounds }, () => docs.map((d) => structuredClone(d)));
    // one untimed round: compiled code and cached patterns, as in a worker after its first file
    for (const d of docs) tagger.tagDocument(structuredClone(d));
    const runs: number[] = [];
    for (let r = 0; r < 3; r++) {
      const batch = r === 0 ? copies : Array.from({ length: rounds }, () => docs.map((d) => structuredClone(d)));
      const cpu = process.cpuUsage();
      for (const round of batch) for (const d of round) tagger.tagDocument(d);
      const used = process.cpuUsage(cpu);
      runs.push((used.user + used.system) / (rounds * n));
    }
    console.log(`${source}: ${n} passages × ${rounds}: ${Math.min(...runs).toFixed(0)} µs CPU per passage (runs: ${runs.map((r) => r.toFixed(0)).join(', ')})`);
  }
}

const [mode, file, arg] = process.argv.slice(2);
if (mode === 'inputs') await makeInputs(file, arg);
else if (mode === 'dump') await writeFile(arg, tagAll(await load(file)).join('\n') + '\n');
else if (mode === 'compare') process.exitCode = await compare(file, arg);
else if (mode === 'bench') bench(await load(file), Number(arg ?? 3), process.argv[5], process.argv[6] ? Number(process.argv[6]) : undefined);
else {
  console.error('usage: tag-golden.ts inputs FILE [CORPUS_DIR] | dump FILE OUT.jsonl | compare FILE GOLDEN.jsonl | bench FILE [ROUNDS]');
  process.exitCode = 2;
}
