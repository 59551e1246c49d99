import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lettersOnly } from '../core/text.js';
import { runIndex } from '../indexer/run.js';
import { IndexStore, type Snapshot } from '../server/index-store.js';
import { runSearch } from '../server/search/service.js';
import type { FacetFilters, FacetName } from '../server/search/facets.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';

// Search quality against the graded queries of test/labels/queries.json: nDCG@10 (gain
// 2^grade − 1), recall@20 and MRR, over passages (no grouping by document).

export interface LabelledQuery {
  id: string;
  q: string;
  filters: Partial<Record<FacetName, string[]>>;
  relevant: { doc: string; at: string; grade: number }[];
}

export interface QueryScore {
  id: string;
  q: string;
  ndcg10: number;
  recall20: number;
  rr: number;
  unmatched: string[];
}

export async function loadQueries(): Promise<LabelledQuery[]> {
  return JSON.parse(await readFile(join(process.cwd(), 'test', 'labels', 'queries.json'), 'utf8')) as LabelledQuery[];
}

/** The bundled corpus indexed into a temporary directory, loaded as the server loads it. */
export async function corpusSnapshot(): Promise<{ snap: Snapshot; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'eval-index-'));
  await runIndex({ corpusDir: join(process.cwd(), 'corpus'), indexDir: dir, maxPages: 2000, timeoutMs: 60_000, useCache: false });
  const store = new IndexStore(dir);
  await store.refresh();
  return { snap: store.snapshot, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

const dcg = (gains: number[]) => gains.reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);

export function scoreQuery(snap: Snapshot, lq: LabelledQuery): QueryScore {
  const grades = new Map<string, number>();
  const unmatched: string[] = [];
  for (const r of lq.relevant) {
    const key = lettersOnly(r.at);
    const p = snap.passages.find((x) => x.doc === r.doc && lettersOnly(x.text).startsWith(key));
    if (p) grades.set(p.id, Math.max(grades.get(p.id) ?? 0, r.grade));
    else unmatched.push(r.at);
  }
  const filters: FacetFilters = {};
  for (const [f, vals] of Object.entries(lq.filters ?? {})) filters[f as FacetName] = { include: vals as string[], exclude: [] };
  const res = runSearch(snap, { q: lq.q, filters, page: 1, size: 20, sort: 'relevance', perDoc: 0 });
  const ranked = res.hits.map((h) => h.passage.id);
  const gains = ranked.slice(0, 10).map((id) => grades.get(id) ?? 0);
  const ideal = [...grades.values()].sort((a, b) => b - a).slice(0, 10);
  const firstRel = ranked.findIndex((id) => (grades.get(id) ?? 0) > 0);
  return {
    id: lq.id,
    q: lq.q,
    ndcg10: ideal.length ? dcg(gains) / dcg(ideal) : 0,
    recall20: grades.size ? ranked.filter((id) => grades.has(id)).length / grades.size : 0,
    rr: firstRel >= 0 ? 1 / (firstRel + 1) : 0,
    unmatched,
  };
}

export function searchTable(rows: QueryScore[]): string {
  const mean = (k: 'ndcg10' | 'recall20' | 'rr') => rows.reduce((s, r) => s + r[k], 0) / rows.length;
  const lines = ['| query | nDCG@10 | recall@20 | RR |', '|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.id}: ${r.q.slice(0, 50) || '(browse)'} | ${r.ndcg10.toFixed(3)} | ${r.recall20.toFixed(3)} | ${r.rr.toFixed(3)} |`);
  lines.push(`| **mean over ${rows.length} queries** | **${mean('ndcg10').toFixed(3)}** | **${mean('recall20').toFixed(3)}** | **${mean('rr').toFixed(3)}** (MRR) |`);
  return lines.join('\n');
}
