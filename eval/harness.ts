import type { Passage } from '../core/types.js';
import type { LabelSet } from './label-sets.js';
import { SET_FIELDS } from '../core/facets.js';
import { TAG_TARGETS, evaluateTags, loadLabels, type TagEvaluation } from './tags.js';
import { SEARCH_TARGETS, byClass, loadQueries, scoreQueries, summarise, type QueryScore, type SearchApi } from './search.js';

// Scores every label set (tuning, and held-out when present) with the same code and lays the
// figures side by side. Nothing here chooses a constant: the held-out half is only measured.

export interface SetResult {
  name: LabelSet['name'];
  tags?: TagEvaluation;
  search?: QueryScore[];
}

export async function evaluateSets(sets: LabelSet[], passages: Passage[], api: SearchApi): Promise<SetResult[]> {
  const out: SetResult[] = [];
  for (const s of sets) {
    out.push({
      name: s.name,
      tags: s.tags ? evaluateTags(await loadLabels(s.tags), passages) : undefined,
      search: s.queries ? await scoreQueries(api, await loadQueries(s.queries)) : undefined,
    });
  }
  return out;
}

const f3 = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(3));

/** One row per measure, one column per label set, then the target. */
export function sideBySide(results: SetResult[]): string {
  const head = `| measure | ${results.map((r) => `${r.name}${r.tags ? ` (${r.tags.matched} passages)` : ''}${r.search ? ` (${r.search.length} queries)` : ''}`).join(' | ')} | target |`;
  const lines = [head, `|---|${results.map(() => '---').join('|')}|---|`];
  const row = (name: string, get: (r: SetResult) => number | undefined, target: string) => lines.push(`| ${name} | ${results.map((r) => f3(get(r))).join(' | ')} | ${target} |`);
  for (const facet of SET_FIELDS) row(`${facet} micro-F1`, (r) => r.tags?.facets[facet].micro.f1, `≥ ${TAG_TARGETS[facet]}`);
  row('recommendation F1', (r) => r.tags?.kind.perKind.recommendation?.f1, `≥ ${TAG_TARGETS.recommendation}`);
  row('kind accuracy', (r) => r.tags?.kind.accuracy, '');
  const s = (r: SetResult) => (r.search?.length ? summarise(r.search) : undefined);
  row('search nDCG@10, all hits ranked (perDoc=0)', (r) => s(r)?.ndcg10, `≥ ${SEARCH_TARGETS.ndcg10}`);
  row('search nDCG@10, default grouping', (r) => s(r)?.grouped.ndcg10, `≥ ${SEARCH_TARGETS.groupedNdcg10}`);
  row('search recall@20, all hits ranked', (r) => s(r)?.recall20, '');
  row('search recall@20, default grouping', (r) => s(r)?.grouped.recall20, '');
  row('search MRR, all hits ranked', (r) => s(r)?.rr, '');
  return lines.join('\n');
}

/** nDCG@10 per query class, each set's all-hits and grouped figures side by side. */
export function classTable(results: SetResult[]): string {
  const withSearch = results.filter((r) => r.search?.length);
  const per = new Map(withSearch.map((r) => [r.name, new Map(byClass(r.search!))]));
  const classes = [...new Set(withSearch.flatMap((r) => [...per.get(r.name)!.keys()]))];
  const lines = [
    `| class | ${withSearch.map((r) => `${r.name}: n | nDCG@10 all | nDCG@10 grouped`).join(' | ')} |`,
    `|---|${withSearch.map(() => '---|---|---').join('|')}|`,
  ];
  for (const c of classes) {
    const cells = withSearch.map((r) => {
      const m = per.get(r.name)!.get(c);
      return m ? `${m.queries} | ${f3(m.ndcg10)} | ${f3(m.grouped.ndcg10)}` : '0 | — | —';
    });
    lines.push(`| ${c} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The targets a set misses, named for the summary line. */
export function missedTargets(r: SetResult): string[] {
  const out: string[] = [];
  if (r.tags) {
    for (const facet of SET_FIELDS) if (r.tags.facets[facet].micro.f1 < TAG_TARGETS[facet]) out.push(`${r.name} ${facet}`);
    const rec = r.tags.kind.perKind.recommendation;
    if (rec && rec.f1 < TAG_TARGETS.recommendation) out.push(`${r.name} recommendation`);
  }
  if (r.search?.length) {
    const s = summarise(r.search);
    if (s.ndcg10 < SEARCH_TARGETS.ndcg10) out.push(`${r.name} search nDCG@10`);
    if (s.grouped.ndcg10 < SEARCH_TARGETS.groupedNdcg10) out.push(`${r.name} grouped search nDCG@10`);
  }
  return out;
}

/**
 * Search per engine: each set's nDCG@10 (all hits ranked, default grouping, and per class with
 * all hits ranked) on every engine, `results` per engine name. The engine `auto` picks for the
 * bundled corpus is what the targets are held to; a large library is served by the other.
 */
export function engineTable(results: Map<string, SetResult[]>): string {
  const engines = [...results.keys()];
  const sets = (results.get(engines[0]) ?? []).filter((r) => r.search?.length).map((r) => r.name);
  const classes = [...new Set([...results.values()].flatMap((rs) => rs.flatMap((r) => (r.search ?? []).map((q) => q.class))))];
  const lines = [`| set | engine | n | nDCG@10 all | nDCG@10 grouped | ${classes.join(' | ')} |`, `|---|---|---|---|---|${classes.map(() => '---').join('|')}|`];
  for (const set of sets) {
    for (const engine of engines) {
      const rows = results.get(engine)!.find((r) => r.name === set)?.search ?? [];
      const per = new Map(byClass(rows));
      const s = summarise(rows);
      lines.push(`| ${set} | ${engine} | ${rows.length} | ${f3(s.ndcg10)} | ${f3(s.grouped.ndcg10)} | ${classes.map((c) => (per.has(c) ? f3(per.get(c)!.ndcg10) : '—')).join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

/** Only the search of every set with queries, through another engine's API (for engineTable). */
export async function searchSets(sets: LabelSet[], api: SearchApi): Promise<SetResult[]> {
  const out: SetResult[] = [];
  for (const s of sets) if (s.queries) out.push({ name: s.name, search: await scoreQueries(api, await loadQueries(s.queries)) });
  return out;
}
