import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { readdirSync } from 'node:fs';
import { IndexStore } from '../server/index-store.js';
import { gradesOf, loadQueries, type LabelledQuery } from '../eval/search.js';
import { runSearch } from '../server/search/service.js';
import { stem, words } from '../core/analysis.js';
import { RANKING } from '../server/search/ranking.js';
import { parseQuery } from '../server/search/query-parser.js';
import { answerTypeOf, cuesOf } from '../server/search/answer-types.js';

// npx tsx scripts/answer-cue-misses.ts [lunr|fts5] [λ]: for the tuning half and the validation
// set's looked queries that have an answer type (answer-types.ts), where each relevant passage
// ranks without the cues and with them, and which cues it holds; then the top ten's cues. (Reads
// the build search-quick keeps; the validation set's other queries are never read.)
const engine = process.argv[2] ?? 'lunr';
const lambda = Number(process.argv[3] ?? 0.5);
const dir = readdirSync(tmpdir()).filter((d) => d.startsWith(`policy-passages-search-quick-${engine}-`)).map((d) => join(tmpdir(), d))[0];
const store = new IndexStore(dir);
await store.refresh();
const snap = store.snapshot;
type V = LabelledQuery & { looked?: boolean };
const qs: V[] = [...(await loadQueries()), ...((await loadQueries(join('test', 'labels', 'validation', 'queries.json'))) as V[]).filter((q) => q.looked)];
const run = (q: string, answerCue: number) => runSearch(snap, { q, filters: {}, page: 1, size: 60, sort: 'relevance', perDoc: 0, near: true }, { ...RANKING, answerCue }).hits;
for (const lq of qs) {
  const type = answerTypeOf(parseQuery(lq.q, ['title', 'author', 'section', 'text']));
  if (!type) continue;
  const cues = new Set(cuesOf(type, words(lq.q).map(stem))?.stems ?? []);
  const held = (text: string) => [...new Set(words(text).map(stem).filter((s) => cues.has(s)))];
  const [off, on] = [0, lambda].map((l) => new Map(run(lq.q, l).map((h, i) => [h.passage.id, i + 1])));
  console.log(`\n## ${lq.id} "${lq.q}" → ${type.name}`);
  for (const [id, g] of gradesOf(snap, lq).grades) {
    const text = snap.passages.get(id)?.text ?? '';
    console.log(`  g${g} rank ${off.get(id) ?? '-'} → ${on.get(id) ?? '-'} cues=${held(text).join(',') || '∅'} | ${text.slice(0, 140).replace(/\s+/g, ' ')}`);
  }
  const top = run(lq.q, lambda).slice(0, 10);
  console.log(`  top ten at ${lambda}: ${top.map((h) => `${gradesOf(snap, lq).grades.get(h.passage.id) ?? 0}:${held(h.passage.text).length}`).join(' ')} (grade:cues held)`);
}
store.close();
