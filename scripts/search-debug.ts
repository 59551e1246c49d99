import { join } from 'node:path';
import { corpusSnapshot, loadQueries, type LabelledQuery } from '../eval/search.js';
import { runSearch } from '../server/search/service.js';
import { lettersOnly } from '../core/text.js';
import type { FacetFilters, FacetName } from '../server/search/facets.js';

// npx tsx scripts/search-debug.ts QUERY_ID…: the top ten for labelled queries, relevant ones marked
// (the tuning half's, and the validation set's looked-at queries: the others are only scored whole).
const { snap, cleanup } = await corpusSnapshot();
const looked = ((await loadQueries(join('test', 'labels', 'validation', 'queries.json'))) as (LabelledQuery & { looked?: boolean })[]).filter((q) => q.looked);
for (const lq of [...(await loadQueries()), ...looked].filter((q) => process.argv.slice(2).includes(q.id))) {
  const filters: FacetFilters = {};
  for (const [f, v] of Object.entries(lq.filters ?? {})) filters[f as FacetName] = { include: v as string[], exclude: [] };
  const r = runSearch(snap, { q: lq.q, filters, page: 1, size: 10, sort: 'relevance', perDoc: 0 });
  console.log(`\n${lq.id}: ${lq.q} ${JSON.stringify(r.query)}`);
  for (const h of r.hits) {
    const g = lq.relevant.find((x) => x.doc === h.passage.doc && lettersOnly(h.passage.text).startsWith(lettersOnly(x.at)))?.grade ?? 0;
    console.log(`  ${g ? '*' + g : '  '} ${h.score.toFixed(2)} [${h.passage.kind}] ${h.passage.text.slice(0, 90)}`);
  }
}
await cleanup();
