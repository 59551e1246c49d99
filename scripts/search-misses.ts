import { gradesOf, loadQueries } from '../eval/search.js';
import { lookedValidationQueries, openQuickBuild, type LookedQuery } from './quick-build-reader.js';
import { runSearch } from '../server/search/service.js';
import { isStopWord, stem, words } from '../core/analysis.js';
import type { FacetFilters, FacetName } from '../server/search/facets.js';
import { sectionField } from '../core/search-fields.js';

// npx tsx scripts/search-misses.ts [lunr|fts5]: for the tuning half and the validation sets' looked
// queries, each relevant passage missed from the top 20: its grade, its rank (or unmatched),
// and which of the query's content words it holds. (Reads the build search-quick keeps.)
const engine = process.argv[2] ?? 'lunr';
// --tuning-only: the tuning half alone (no validation query); --full: whole passages, not 220 characters
const tuningOnly = process.argv.includes('--tuning-only');
const full = process.argv.includes('--full');
const store = await openQuickBuild(engine);
const snap = store.snapshot;
const qs: LookedQuery[] = [...(await loadQueries()), ...(tuningOnly ? [] : await lookedValidationQueries())];
for (const lq of qs) {
  const filters: FacetFilters = {};
  for (const [f, v] of Object.entries(lq.filters ?? {})) filters[f as FacetName] = { include: v as string[], exclude: [] };
  const r = runSearch(snap, { q: lq.q, filters, page: 1, size: 2000, sort: 'relevance', perDoc: 0, near: true });
  const rank = new Map(r.hits.map((h, i) => [h.passage.id, i + 1]));
  const { grades } = gradesOf(snap, lq);
  const qstems = [...new Set(words(r.query.correctedQuery ?? lq.q).filter((w) => !isStopWord(w) && !(r.query.ignored ?? []).includes(w)).map(stem))];
  const missed = [...grades].filter(([id]) => !((rank.get(id) ?? 99999) <= 20));
  if (!missed.length) continue;
  console.log(`\n## ${lq.id} [${lq.class}] "${lq.q}" stems=${qstems.join(',')} total=${r.total} missed ${missed.length}/${grades.size}`);
  for (const [id, g] of missed) {
    const passage = snap.passages.get(id);
    const text = passage?.text ?? '';
    const ps = new Set(words(text).map(stem));
    const held = qstems.filter((s) => ps.has(s));
    const cs = new Set(words(passage ? sectionField(passage) : '').map(stem));
    const inContext = qstems.filter((s) => !ps.has(s) && cs.has(s));
    // a query word not held whose first five letters start a word of the passage: a sibling the stemmer keeps apart
    const pw = [...new Set(words(text))];
    const sib = qstems.filter((s) => !ps.has(s) && s.length >= 5).map((s) => [s, pw.find((w) => w.startsWith(s.slice(0, 5)))]).filter(([, w]) => w).map(([s, w]) => `${s}~${w}`);
    console.log(`  g${g} rank=${rank.get(id) ?? '-'} held=${held.join(',') || '∅'} ${sib.length ? 'sib=' + sib.join(',') : ''}${inContext.length ? ' ctx=' + inContext.join(',') : ''}${passage?.leadIn ? ' LEADIN' : ''} [${passage?.kind}] ${passage?.section?.slice(0, 40) ?? ''} | ${text.slice(0, full ? 1200 : 220).replace(/\s+/g, ' ')}`);
  }
}
store.close();
