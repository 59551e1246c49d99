import { gradesOf, loadQueries, rankInProcess, rankMetrics } from '../eval/search.js';
import { lookedValidationQueries, openQuickBuild, type LookedQuery } from './quick-build-reader.js';
import { runSearch } from '../server/search/service.js';
import { RANKING } from '../server/search/ranking.js';
import { isStopWord, stem, words } from '../core/analysis.js';
import type { FacetFilters, FacetName } from '../server/search/facets.js';

// npx tsx scripts/question-misses.ts [lunr|fts5] [--class=question] [--below=0.95]: the questions
// of the tuning half and of the validation sets' looked halves (never an unlooked query), each
// as the search read it (the words dropped as framing, corrections, the answer type, the words
// searched) with its top ten beside their grades and the relevant passages outside them, with
// which of the searched words each holds: what classifying a miss by cause needs to read.
// (Reads the build search-quick keeps.)
const engine = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'lunr';
const cls = process.argv.find((a) => a.startsWith('--class='))?.slice(8) ?? 'question';
const below = Number(process.argv.find((a) => a.startsWith('--below='))?.slice(8) ?? 0.95);
const store = await openQuickBuild(engine);
const snap = store.snapshot;
const qs: LookedQuery[] = [...(await loadQueries()), ...(await lookedValidationQueries())].filter((q) => q.class === cls);
const clip = (s: string, n: number) => s.replace(/\s+/g, ' ').slice(0, n);
for (const lq of qs) {
  const { grades } = gradesOf(snap, lq);
  const ndcg = rankMetrics(rankInProcess(snap, lq, RANKING), grades).ndcg10;
  if (ndcg >= below) continue;
  const filters: FacetFilters = {};
  for (const [f, v] of Object.entries(lq.filters ?? {})) filters[f as FacetName] = { include: v as string[], exclude: [] };
  const r = runSearch(snap, { q: lq.q, filters, page: 1, size: 2000, sort: 'relevance', perDoc: 0 });
  const ignored = new Set(r.query.ignored ?? []);
  const qstems = [...new Set(words(r.query.correctedQuery ?? lq.q).filter((w) => !isStopWord(w) && !ignored.has(w)).map(stem))];
  console.log(`\n## ${lq.id} ${ndcg.toFixed(3)} "${lq.q}"\n   ignored=[${[...ignored].join(' ')}] searched=${qstems.join(',')} answer=${r.query.answerType?.type ?? '-'} expansions=${(r.query.expansions ?? []).join('|')} corrections=${JSON.stringify(r.query.corrections ?? {})} total=${r.total}`);
  const held = (text: string) => {
    const ps = new Set(words(text).map(stem));
    return qstems.filter((s) => ps.has(s)).join(',') || '∅';
  };
  r.hits.slice(0, 10).forEach((h, i) => console.log(`  ${String(i + 1).padStart(2)} g${grades.get(h.passage.id) ?? '-'} [${h.passage.kind}] {${held(h.passage.text)}} ${clip(h.passage.text, 150)}`));
  const rank = new Map(r.hits.map((h, i) => [h.passage.id, i + 1]));
  for (const [id, g] of [...grades].sort((a, b) => (rank.get(a[0]) ?? 1e9) - (rank.get(b[0]) ?? 1e9))) {
    const at = rank.get(id);
    if (at !== undefined && at <= 10) continue;
    const p = snap.passages.get(id);
    console.log(`   miss g${g} rank=${at ?? '-'} [${p?.kind}] {${held(p?.text ?? '')}} ${clip((p?.section ?? []).join(' > '), 50)} | ${clip(p?.text ?? '', 200)}`);
  }
}
store.close();
