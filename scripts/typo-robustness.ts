// npx tsx scripts/typo-robustness.ts [--seeds 1,2,3] [--kinds longest,content,…] [--engine lunr|fts5] [--files tuning|all|FILE,…] [--show]
//
// How much a slip in a query costs, without new labels: every labelled query without quotes is
// searched as labelled and again with slips of each kind below, in process with all hits ranked
// (the bundled corpus indexed once per engine, in search-quick's build: scripts/quick-build-dir.ts);
// the relevant passages of a query are those of its clean form. Per kind: the queries that admit
// it, nDCG@10 clean and slipped, how often the query shown as corrected ("did you mean", the
// page's correctedQuery) is the clean query (or, for a query of the typo class, the clean query's
// own correction), and how often a correction is shown at all. Last,
// how many clean queries outside the typo class were shown a correction (none should be). Each query's slip comes from a
// generator seeded by the seed, the kind and the query's id, so a kind's slips stay the same when
// another kind is added. Defaults: seeds 1–5, every kind, both engines, the tuning half and the
// validation sets (whose unlooked halves are only ever reported whole: --show lists queries of
// the tuning half and of the validation sets' looked halves only). The held-out half is never read.
//
// Kinds:
//   longest   one slip (two letters swapped, one dropped or one doubled) in the longest word (5+ letters)
//   content   one slip (the same, or a neighbouring key struck) in a random content word of 4+ letters
//   keyboard  a letter of a random content word (4+ letters) replaced by a neighbouring key's
//   two       one slip in each of two content words of a query of 5+ words
//   joined    the space between two words dropped ("humanitarianaccess"), one of them a content word
//   split     a word written as two words the vocabulary has ("counter terrorism", "peace keeping")
//   acronym   a letter doubled or dropped in a word typed as an acronym ("OCHA" → "OCHHA", "OHA")
//   capitals  a dropped space as in `joined`, the joined word typed in capitals ("HUMANITARIANACCESS")
//   across    two letters one apart swapped in a content word of 4+ letters, never the first ("Sirya")
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gradesOf, loadQueries, rankMetrics, type LabelledQuery } from '../eval/search.js';
import { runIndex } from '../indexer/run.js';
import { IndexStore, type Snapshot } from '../server/index-store.js';
import { runSearch } from '../server/search/service.js';
import type { FacetFilters, FacetName } from '../server/search/facets.js';
import { typedAsAcronym } from '../server/search/query-understanding.js';
import { isStopWord } from '../core/analysis.js';
import { keyNeighbours } from '../core/nlp/keyboard.js';
import { ENGINE_NAMES, isEngineName, type EngineName } from '../core/engines/registry.js';
import { quickBuildDir } from './quick-build-dir.js';

const KINDS = ['longest', 'content', 'keyboard', 'two', 'joined', 'split', 'acronym', 'capitals', 'across'] as const;
type Kind = (typeof KINDS)[number];

const args = process.argv.slice(2);
const opt = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const seeds = (opt('seeds') ?? '1,2,3,4,5').split(',').map(Number);
const kinds = (opt('kinds')?.split(',') ?? [...KINDS]) as Kind[];
for (const k of kinds) if (!KINDS.includes(k)) throw new Error(`--kinds: one of ${KINDS.join(', ')}`);
const engineArg = opt('engine');
if (engineArg !== undefined && !isEngineName(engineArg)) throw new Error(`--engine: one of ${ENGINE_NAMES.join(', ')}`);
const engines: EngineName[] = engineArg ? [engineArg] : [...ENGINE_NAMES];
const show = args.includes('--show');
const TUNING = 'test/labels/queries.json';
const VALIDATION = ['queries.json', 'queries-2.json', 'queries-3.json'].map((f) => join('test/labels/validation', f)).filter((f) => existsSync(f));
const filesArg = opt('files') ?? 'all';
const files = filesArg === 'all' ? [TUNING, ...VALIDATION] : filesArg === 'tuning' ? [TUNING] : filesArg === 'validation' ? VALIDATION : filesArg.split(',');
if (files.some((f) => f.includes('heldout'))) throw new Error('the held-out half is not read here');

/** A generator of numbers in [0, 1): a linear congruential one, started from a hash of its key (the same slips on every machine). */
function generator(key: string): () => number {
  let state = 2166136261;
  for (let i = 0; i < key.length; i++) state = Math.imul(state ^ key.charCodeAt(i), 16777619) >>> 0;
  state %= 2 ** 31;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

type Random = () => number;
const pick = <T>(xs: readonly T[], random: Random): T => xs[Math.floor(random() * xs.length)];

/** One slip inside a word, never in its first letter: two letters swapped, one dropped, one doubled, or (with `keys`) one struck on a neighbouring key. */
function slip(word: string, random: Random, keys: boolean): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * (keys ? 4 : 3))) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default:
      return strike(word, random, i);
  }
}

/** The letter at `at` (by default a random one but the first) struck on a neighbouring key, in the letter's case. */
function strike(word: string, random: Random, at?: number): string {
  const i = at ?? 1 + Math.floor(random() * (word.length - 1));
  const near = keyNeighbours(word[i]);
  if (!near.length) return word;
  const k = pick(near, random);
  return word.slice(0, i) + (word[i] === word[i].toUpperCase() ? k.toUpperCase() : k) + word.slice(i + 1);
}

const letters = (w: string) => /^\p{L}+$/u.test(w);
const acronym = (w: string) => letters(w) && w.length >= 3 && typedAsAcronym({ text: w.toLowerCase(), typed: w, presence: 'optional', wildcard: false });
/** a content word as the slips take it: letters only, no stop word, no acronym, `min` letters or more */
const content = (w: string, min: number) => letters(w) && w.length >= min && !isStopWord(w.toLowerCase()) && !acronym(w);
const indices = (ws: string[], ok: (w: string) => boolean) => ws.flatMap((w, i) => (ok(w) ? [i] : []));

/** The query with a slip of one kind, or null when the query admits none of that kind (or has quotes). */
function withSlip(q: string, kind: Kind, random: Random, knows: (w: string) => boolean): string | null {
  if (/["“”]/.test(q)) return null;
  const ws = q.split(/\s+/);
  const put = (at: number, w: string) => ws.map((x, i) => (i === at ? w : x)).join(' ');
  switch (kind) {
    case 'longest': {
      const len = (w: string) => w.replace(/[^\p{L}]/gu, '').length;
      const at = ws.reduce((best, w, i) => (len(w) > len(ws[best]) ? i : best), 0);
      return len(ws[at]) >= 5 ? put(at, slip(ws[at], random, false)) : null;
    }
    case 'content':
    case 'keyboard': {
      const at = indices(ws, (w) => content(w, 4));
      if (!at.length) return null;
      const i = pick(at, random);
      return put(i, kind === 'content' ? slip(ws[i], random, true) : strike(ws[i], random));
    }
    case 'two': {
      const at = indices(ws, (w) => content(w, 4));
      if (ws.length < 5 || at.length < 2) return null;
      const i = pick(at, random);
      const rest = at.filter((x) => x !== i);
      const j = pick(rest, random);
      return ws.map((w, k) => (k === i || k === j ? slip(w, random, true) : w)).join(' ');
    }
    case 'joined':
    case 'capitals': {
      const at = ws.flatMap((w, i) => (i + 1 < ws.length && letters(w) && letters(ws[i + 1]) && (content(w, 3) || content(ws[i + 1], 3)) ? [i] : []));
      if (!at.length) return null;
      const i = pick(at, random);
      const joined = ws[i] + ws[i + 1];
      return [...ws.slice(0, i), kind === 'capitals' ? joined.toUpperCase() : joined, ...ws.slice(i + 2)].join(' ');
    }
    case 'across': {
      const at = indices(ws, (w) => content(w, 4));
      if (!at.length) return null;
      const i = pick(at, random);
      const w = ws[i];
      const k = 1 + Math.floor(random() * (w.length - 3));
      return w[k] === w[k + 2] ? null : put(i, w.slice(0, k) + w[k + 2] + w[k + 1] + w[k] + w.slice(k + 3));
    }
    case 'split': {
      const splits = ws.flatMap((w, i) => {
        if (!content(w, 7)) return [];
        const out: [number, string][] = [];
        for (let k = 3; k <= w.length - 3; k++) if (knows(w.slice(0, k).toLowerCase()) && knows(w.slice(k).toLowerCase()) && !isStopWord(w.slice(0, k).toLowerCase()) && !isStopWord(w.slice(k).toLowerCase())) out.push([i, `${w.slice(0, k)} ${w.slice(k)}`]);
        return out;
      });
      if (!splits.length) return null;
      const [i, two] = pick(splits, random);
      return put(i, two);
    }
    case 'acronym': {
      const at = indices(ws, acronym);
      if (!at.length) return null;
      const i = pick(at, random);
      const w = ws[i];
      const k = 1 + Math.floor(random() * (w.length - 1));
      return put(i, random() < 0.5 ? w.slice(0, k) + w[k] + w.slice(k) : w.slice(0, k) + w.slice(k + 1));
    }
  }
}

/** All hits ranked, as rankInProcess ranks them, and the correction the page would show. */
function searched(snap: Snapshot, lq: LabelledQuery, q: string): { ids: string[]; corrected?: string } {
  const filters: FacetFilters = {};
  for (const [f, vals] of Object.entries(lq.filters ?? {})) filters[f as FacetName] = { include: vals ?? [], exclude: [] };
  const r = runSearch(snap, { q, filters, page: 1, size: 20, sort: 'relevance', near: true, perDoc: 0 });
  return { ids: r.hits.map((h) => h.passage.id), corrected: r.query.correctedQuery };
}

const same = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();
const f3 = (x: number) => x.toFixed(3);

async function storeFor(engine: EngineName): Promise<IndexStore> {
  const indexDir = quickBuildDir(engine);
  if (!existsSync(join(indexDir, 'CURRENT'))) {
    console.log(`indexing the corpus for ${engine} into ${indexDir} …`);
    await runIndex({ corpusDir: 'corpus', indexDir, engine, maxPages: 2000, timeoutMs: 60_000, useCache: false });
  }
  const store = new IndexStore(indexDir);
  await store.refresh();
  return store;
}

const started = process.cpuUsage();
console.log(`seeds ${seeds.join(',')}; per kind: queries × seeds, nDCG@10 clean → slipped (loss), correction shown = clean query, any correction shown`);
for (const engine of engines) {
  const store = await storeFor(engine);
  const snap = store.snapshot;
  const knows = (w: string) => snap.vocabulary.count(w) > 0;
  console.log(`\n${engine}`);
  for (const file of files) {
    const queries = (await loadQueries(file)) as (LabelledQuery & { looked?: boolean })[];
    const split = queries.some((q) => q.looked !== undefined);
    const listable = (q: { looked?: boolean }) => show && (!split || q.looked);
    const cleanRuns = new Map<string, { ndcg: number; corrected?: string }>();
    for (const q of queries) {
      const { grades } = gradesOf(snap, q);
      const r = searched(snap, q, q.q);
      cleanRuns.set(q.id, { ndcg: rankMetrics(r.ids, grades).ndcg10, corrected: r.corrected });
    }
    // a query of the typo class was labelled with its slip: its own correction is the one to restore
    const falseAlarms = queries.filter((q) => q.class !== 'typo' && cleanRuns.get(q.id)?.corrected !== undefined);
    console.log(`${file} (${queries.length} queries; clean queries outside the typo class shown a correction: ${falseAlarms.length}${show && falseAlarms.length ? `: ${falseAlarms.filter(listable).map((q) => `"${q.q}" → "${cleanRuns.get(q.id)?.corrected}"`).join('; ')}` : ''})`);
    const total = { n: 0, clean: 0, slipped: 0, restored: 0, shown: 0 };
    for (const kind of kinds) {
      const row = { n: 0, clean: 0, slipped: 0, restored: 0, shown: 0 };
      for (const seed of seeds) {
        for (const q of queries) {
          const typo = withSlip(q.q, kind, generator(`${seed} ${kind} ${q.id}`), knows);
          if (!typo || same(typo, q.q)) continue;
          const { grades } = gradesOf(snap, q);
          const r = searched(snap, q, typo);
          const a = cleanRuns.get(q.id)?.ndcg ?? 0;
          const b = rankMetrics(r.ids, grades).ndcg10;
          row.n++;
          row.clean += a;
          row.slipped += b;
          if (r.corrected !== undefined) row.shown++;
          if (r.corrected !== undefined && same(r.corrected, cleanRuns.get(q.id)?.corrected ?? q.q)) row.restored++;
          if (listable(q) && b < a - 0.05) console.log(`    ${kind} ${seed}: ${f3(a)} → ${f3(b)}  ${typo}${r.corrected ? `  (shown: ${r.corrected})` : ''}`);
        }
      }
      for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += row[k];
      console.log(`  ${kind.padEnd(9)} ${String(row.n).padStart(4)}  ${f3(row.clean / row.n)} → ${f3(row.slipped / row.n)} (${f3((row.slipped - row.clean) / row.n)})  restored ${f3(row.restored / row.n)}  shown ${f3(row.shown / row.n)}`);
    }
    console.log(`  ${'all'.padEnd(9)} ${String(total.n).padStart(4)}  ${f3(total.clean / total.n)} → ${f3(total.slipped / total.n)} (${f3((total.slipped - total.clean) / total.n)})  restored ${f3(total.restored / total.n)}  shown ${f3(total.shown / total.n)}`);
  }
  store.close();
}
const cpu = process.cpuUsage(started);
console.log(`\nCPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (user ${(cpu.user / 1e6).toFixed(1)}, system ${(cpu.system / 1e6).toFixed(1)})`);
