import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { quickBuildDir } from './quick-build-dir.js';
import { runIndex } from '../indexer/run.js';
import { IndexStore } from '../server/index-store.js';
import { gradesOf, loadQueries, rankMetrics, type LabelledQuery } from '../eval/search.js';
import { runSearch, type SearchHit } from '../server/search/service.js';
import type { FacetFilters, FacetName } from '../server/search/facets.js';
import { ENGINE_NAMES, type EngineName } from '../core/engines/registry.js';
import { cosineOf, loadEmbeddings, type Embeddings } from '../eval/sentence-embeddings.js';
import { isFunctionWord } from '../core/nlp/function-words.js';
import { foldOf, FOLDS } from '../eval/cross-validate.js';

// npx tsx scripts/search-rerank-embeddings.ts --texts-out FILE        (the texts to embed, then stop)
// npx tsx scripts/search-rerank-embeddings.ts --embeddings F32 [--unlooked] [--depth 50]
//
// A sentence encoder's cosine between the query and each passage as a re-ranking factor of the
// words' top candidates (issue 14, meaning41; dense24's protocol with the encoder's vectors in
// place of averaged GloVe): the first `depth` hits of the words' ranking (perDoc 0, as the
// evaluation's "all hits") are re-scored score × (1 + w × f) and cut to 20, for queries of at
// least `minWords` content words, or (gate "question") only for a query written as a question.
// f is either the cosine above zero ("raw") or the cosine's
// z-score among the candidates, above zero ("z"), so a factor does not depend on the encoder's
// cosine scale. Tuning half and the validation sets' looked halves only, unless --unlooked
// (the never-looked halves, scored whole, once, for the one candidate chosen). The bundled
// corpus built as search-quick builds it. The held-out half is never read. --cv: per engine, the
// question-gated variant chosen by 5-fold cross-validation over the questions of the tuning half
// and the looked halves pooled (folds by query id, as eval/search-cv.ts), scored on each held fold.

const at = (flag: string) => process.argv.indexOf(flag);
const arg = (flag: string) => (at(flag) > 0 ? process.argv[at(flag) + 1] : undefined);
const DEPTH = Number(arg('--depth') ?? 50);
const UNLOOKED = process.argv.includes('--unlooked');
if (UNLOOKED && process.argv.includes('--cv')) throw new Error('--cv chooses on the looked questions only: not with --unlooked');

async function storeFor(engine: EngineName): Promise<IndexStore> {
  const indexDir = quickBuildDir(engine);
  if (!existsSync(join(indexDir, 'CURRENT'))) await runIndex({ corpusDir: 'corpus', indexDir, engine, maxPages: 2000, timeoutMs: 60_000, useCache: false });
  const store = new IndexStore(indexDir);
  await store.refresh();
  return store;
}

type Validation = LabelledQuery & { looked?: boolean };
interface QuerySet {
  name: string;
  queries: Validation[];
}

async function querySets(): Promise<QuerySet[]> {
  const sets: QuerySet[] = [{ name: 'tuning', queries: await loadQueries() }];
  for (const [name, file] of [['v1', 'queries.json'], ['v2', 'queries-2.json'], ['v3', 'queries-3.json']]) {
    const path = join('test', 'labels', 'validation', file);
    if (!existsSync(path)) continue;
    const all = (await loadQueries(path)) as Validation[];
    sets.push({ name: `${name} looked`, queries: all.filter((q) => q.looked) });
    if (UNLOOKED) sets.push({ name: `${name} never looked`, queries: all.filter((q) => !q.looked) });
  }
  return sets;
}

function hitsOf(snap: IndexStore['snapshot'], lq: LabelledQuery, size: number): SearchHit[] {
  const filters: FacetFilters = {};
  for (const [f, vals] of Object.entries(lq.filters ?? {})) filters[f as FacetName] = { include: vals ?? [], exclude: [] };
  return runSearch(snap, { q: lq.q, filters, page: 1, size, sort: 'relevance', near: true, perDoc: 0 }).hits;
}

const contentWords = (q: string) => q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && !isFunctionWord(w)).length;

// a question as its asker writes one: a question mark, or a question word or auxiliary first
const QUESTION = /\?\s*$|^\s*(how|what|why|which|who|whom|whose|when|where|does|do|did|is|are|was|were|can|could|should|would|will|has|have)\b/i;

interface Variant {
  name: string;
  kind: 'raw' | 'z';
  weight: number;
  minWords: number;
  questionsOnly?: boolean;
}

function reranked(hits: SearchHit[], q: string, emb: Embeddings, v: Variant): string[] {
  if (v.weight === 0 || contentWords(q) < v.minWords || (v.questionsOnly && !QUESTION.test(q)) || hits.length < 2) return hits.slice(0, 20).map((h) => h.passage.id);
  const qv = emb.of(q);
  const cos = hits.map((h) => cosineOf(qv, emb.of(h.passage.text)));
  const mean = cos.reduce((a, b) => a + b, 0) / cos.length;
  const sd = Math.sqrt(cos.reduce((a, c) => a + (c - mean) ** 2, 0) / cos.length) || 1;
  const factor = (c: number) => 1 + v.weight * Math.max(0, v.kind === 'raw' ? c : (c - mean) / sd);
  // near matches stay below the phrase's hits, as the server places them
  return hits
    .map((h, i) => ({ h, s: h.score * factor(cos[i]), near: h.near ? 1 : 0, i }))
    .sort((a, b) => a.near - b.near || b.s - a.s || a.i - b.i)
    .slice(0, 20)
    .map((x) => x.h.passage.id);
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const f3 = (x: number) => x.toFixed(3);

const sets = await querySets();
const textsOut = arg('--texts-out');
if (textsOut) {
  const texts = new Set<string>();
  for (const engine of ENGINE_NAMES) {
    const store = await storeFor(engine);
    for (const p of store.snapshot.passages.all()) texts.add(p.text);
    store.close();
  }
  // every validation query's words, looked or not: the text alone, no label, is embedded
  for (const file of ['queries.json', 'queries-2.json', 'queries-3.json']) {
    const path = join('test', 'labels', 'validation', file);
    if (existsSync(path)) for (const q of await loadQueries(path)) texts.add(q.q);
  }
  for (const s of sets) for (const q of s.queries) texts.add(q.q);
  writeFileSync(textsOut, JSON.stringify([...texts]));
  console.log(`wrote ${texts.size} texts to ${textsOut}`);
} else {
  const file = arg('--embeddings');
  if (!file) throw new Error('--embeddings F32 or --texts-out FILE');
  const emb = loadEmbeddings(file);
  const variants: Variant[] = [{ name: 'words alone', kind: 'raw', weight: 0, minWords: 0 }];
  const only = arg('--variant');
  for (const kind of ['raw', 'z'] as const)
    for (const weight of kind === 'raw' ? [0.25, 0.5, 1, 2] : [0.1, 0.2, 0.4])
      for (const minWords of [1, 3]) variants.push({ name: `${kind} w${weight} ≥${minWords}`, kind, weight, minWords });
  const gated: Variant[] = [0.1, 0.15, 0.2, 0.3, 0.4].map((weight) => ({ name: `z w${weight} q`, kind: 'z', weight, minWords: 0, questionsOnly: true }));
  variants.push(...gated);
  const chosen = only ? variants.filter((v) => v.name === 'words alone' || v.name === only) : variants;
  for (const engine of ENGINE_NAMES) {
    const store = await storeFor(engine);
    const snap = store.snapshot;
    console.log(`\n${engine} (depth ${DEPTH}; nDCG@10 all hits; questions in brackets)`);
    const prepared = sets.map((s) => ({ s, qs: s.queries.map((q) => ({ q, hits: hitsOf(snap, q, DEPTH), grades: gradesOf(snap, q).grades })) }));
    for (const v of chosen) {
      const parts = prepared.map(({ s, qs }) => {
        const scores = qs.map(({ q, hits, grades }) => ({ cls: q.class ?? 'unclassed', n: rankMetrics(reranked(hits, q.q, emb, v), grades).ndcg10 }));
        const questions = scores.filter((x) => x.cls === 'question').map((x) => x.n);
        return `${s.name} ${f3(mean(scores.map((x) => x.n)))} [${f3(mean(questions))}/${questions.length}]`;
      });
      console.log(`  ${v.name.padEnd(14)} ${parts.join(' | ')}`);
    }
    if (process.argv.includes('--cv')) {
      const questions = prepared.flatMap(({ s, qs }) => qs.filter(({ q }) => QUESTION.test(q.q)).map((x) => ({ ...x, set: s.name, fold: foldOf({ doc: 'query', at: x.q.id }, FOLDS) })));
      const grid = [variants[0], ...gated];
      const score = grid.map((v) => questions.map(({ q, hits, grades }) => rankMetrics(reranked(hits, q.q, emb, v), grades).ndcg10));
      const held = new Map<(typeof questions)[number], number>();
      const picks: string[] = [];
      for (let f = 0; f < FOLDS; f++) {
        const train = (vi: number) => mean(questions.flatMap((x, i) => (x.fold === f ? [] : [score[vi][i]])));
        const best = grid.map((_, vi) => vi).reduce((a, b) => (train(b) > train(a) ? b : a));
        picks.push(grid[best].name);
        questions.forEach((x, i) => x.fold === f && held.set(x, score[best][i]));
      }
      const bySet = [...new Set(questions.map((x) => x.set))].map((name) => {
        const mine = questions.filter((x) => x.set === name);
        return `${name} ${f3(mean(mine.map((x) => rankMetrics(x.hits.slice(0, 20).map((h) => h.passage.id), x.grades).ndcg10)))} -> ${f3(mean(mine.map((x) => held.get(x)!)))} (${mine.length})`;
      });
      console.log(`  5-fold CV over ${questions.length} questions, folds chose ${picks.join(', ')}: ${bySet.join(' | ')}`);
    }
    if (process.argv.includes('--classes'))
      for (const { s, qs } of prepared) {
        const classes = [...new Set(qs.map(({ q }) => q.class ?? 'unclassed'))];
        for (const v of chosen)
          console.log(`  ${s.name} ${v.name}: ${classes.map((c) => `${c} ${f3(mean(qs.filter(({ q }) => (q.class ?? 'unclassed') === c).map(({ q, hits, grades }) => rankMetrics(reranked(hits, q.q, emb, v), grades).ndcg10)))}`).join(', ')}`);
      }
    store.close();
  }
}
