import { existsSync } from 'node:fs';
import { quickBuildDir } from './quick-build-dir.js';
import { join } from 'node:path';
import { runIndex } from '../indexer/run.js';
import { IndexStore } from '../server/index-store.js';
import { gradesOf, loadQueries, rankInProcess, rankMetrics, type LabelledQuery } from '../eval/search.js';
import { ENGINE_NAMES, isEngineName, type EngineName } from '../core/engines/registry.js';
import { RANKING, type RankingOptions } from '../server/search/ranking.js';
import { crossValidateRanking } from '../eval/search-cv.js';
import { FOLDS } from '../eval/cross-validate.js';

// npx tsx scripts/search-quick.ts [-v] [--class=question] [--engine=lunr|fts5] [--rebuild] [--set=softMatch=0.3,…] [--cv=titleMatch,…]
//
// The search figures of `npm run eval -- --tuning-only` (nDCG@10, all hits ranked and with the
// default grouping, per query class) for the tuning half and the validation set, in seconds
// rather than minutes, and for each engine (the evaluation measures only the one `auto` picks
// for the bundled corpus, lunr; a large library is served by FTS5): searched in process, with
// the bundled corpus indexed once per engine and the build kept in the system's temporary
// folder until the indexer, core, corpus or taxonomy change (their files' sizes and times name
// it). A change to the server's search is measured again without indexing. The validation set is
// split into the queries read one by one while designing changes ("looked") and the others,
// which are only ever scored as a whole; -v lists every query's figures, which for the
// validation sets' unlooked queries it leaves out. The second validation set
// (validation/queries-2.json) and the third (queries-3.json) are reported the same way, then the
// tuning half and the first two sets as one mean. The held-out half is never read. --cv: the
// 5-fold cross-validation of some ranking constants on the tuning half (eval/search-cv.ts), per engine.

const verbose = process.argv.includes('-v');
const onlyClass = process.argv.find((a) => a.startsWith('--class='))?.slice('--class='.length);
const engineArg = process.argv.find((a) => a.startsWith('--engine='))?.slice('--engine='.length);
if (engineArg !== undefined && !isEngineName(engineArg)) throw new Error(`--engine: one of ${ENGINE_NAMES.join(', ')}`);
const engines: EngineName[] = engineArg ? [engineArg] : [...ENGINE_NAMES];
// --set=name=value,name=value: ranking constants other than RANKING's, to try them
const set: Record<string, number> = { ...RANKING };
for (const kv of (process.argv.find((a) => a.startsWith('--set='))?.slice('--set='.length) ?? '').split(',').filter(Boolean)) {
  const [k, v] = kv.split('=');
  if (!(k in set) || !Number.isFinite(Number(v))) throw new Error(`--set: ${k} is not a ranking constant, or ${v} not a number`);
  set[k] = Number(v);
}
const options = set as RankingOptions;
const cv = process.argv.find((a) => a.startsWith('--cv='))?.slice('--cv='.length).split(',').filter(Boolean);

/** The bundled corpus indexed for an engine, loaded as the server loads it (the build kept while the sources stay the same). */
async function snapshotFor(engine: EngineName): Promise<IndexStore> {
  const indexDir = quickBuildDir(engine);
  if (!existsSync(join(indexDir, 'CURRENT')) || process.argv.includes('--rebuild')) {
    console.log(`indexing the corpus for ${engine} into ${indexDir} …`);
    await runIndex({ corpusDir: 'corpus', indexDir, engine, maxPages: 2000, timeoutMs: 60_000, useCache: false });
  }
  const store = new IndexStore(indexDir);
  await store.refresh();
  return store;
}

interface Row {
  id: string;
  cls: string;
  looked: boolean;
  all: number;
  grouped: number;
  recall: number;
  q: string;
}

function score(snap: IndexStore['snapshot'], lq: LabelledQuery, looked: boolean): Row {
  const { grades } = gradesOf(snap, lq);
  // as the evaluation asks the JSON API: perDoc=0, then the server's default (3 per document, grouped only when the hits span many)
  const m = rankMetrics(rankInProcess(snap, lq, options), grades);
  const all = m.ndcg10;
  const grouped = rankMetrics(rankInProcess(snap, lq, options, { perDoc: 3, autoGroup: true }), grades).ndcg10;
  return { id: lq.id, cls: lq.class ?? 'unclassed', looked, all, grouped, recall: m.recall20, q: lq.q };
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const f3 = (x: number) => x.toFixed(3);

function report(name: string, rows: Row[], listable: (r: Row) => boolean): void {
  const classes = [...new Set(rows.map((r) => r.cls))];
  console.log(`${name} (${rows.length}): all hits ${f3(mean(rows.map((r) => r.all)))}, grouped ${f3(mean(rows.map((r) => r.grouped)))}, recall@20 ${f3(mean(rows.map((r) => r.recall)))} | ${classes.map((c) => `${c} ${f3(mean(rows.filter((r) => r.cls === c).map((r) => r.all)))} (${rows.filter((r) => r.cls === c).length})`).join(', ')}`);
  if (verbose) for (const r of rows) if (listable(r) && (!onlyClass || r.cls === onlyClass)) console.log(`  ${r.id.padEnd(44)} ${r.cls.padEnd(9)} ${f3(r.all)} ${f3(r.grouped)}  ${r.q}`);
}

type Validation = LabelledQuery & { looked?: boolean };
const tuningQueries = await loadQueries();
// The validation sets, each written blind and split into halves by class before its first
// search: the first (4 December), the second and third (6 December, issue 14). A set not in
// this clone is left out.
const validationSets: { name: string; queries: Validation[] }[] = [];
for (const [name, file] of [['validation', 'queries.json'], ['validation 2', 'queries-2.json'], ['validation 3', 'queries-3.json']]) {
  const path = join('test', 'labels', 'validation', file);
  if (existsSync(path)) validationSets.push({ name, queries: (await loadQueries(path)) as Validation[] });
}
for (const engine of engines) {
  const store = await snapshotFor(engine);
  const snap = store.snapshot;
  console.log(`\n${engine}`);
  const tuning = tuningQueries.map((q) => score(snap, q, true));
  report('tuning', tuning, () => true);
  const scored: Row[][] = [];
  for (const { name, queries } of validationSets) {
    const rows = queries.map((q) => score(snap, q, !!q.looked));
    scored.push(rows);
    report(name, rows, () => false);
    report('  looked at', rows.filter((r) => r.looked), () => true);
    report('  never looked at', rows.filter((r) => !r.looked), () => false);
  }
  // tuning + the first two validation sets as one figure (as every session since 6 December
  // morning has quoted it), so that a change is judged on all of them at once
  if (scored.length >= 2) report('all three sets', [...tuning, ...scored[0], ...scored[1]], () => false);
  if (cv?.length) {
    const { inSample, constants } = crossValidateRanking(snap, tuningQueries, FOLDS, cv);
    for (const c of constants) console.log(`5-fold ${c.option}: current ${c.current} (in-sample ${f3(inSample)}), folds chose ${c.chosen.join(', ')}, cross-validated ${f3(c.crossValidated)}`);
  }
  store.close();
}
