import { gradesOf, loadQueries, rankInProcess, rankMetrics } from '../eval/search.js';
import { lookedValidationQueries, openQuickBuild, type LookedQuery } from './quick-build-reader.js';
import { runSearch } from '../server/search/service.js';
import { RANKING } from '../server/search/ranking.js';
import { isStopWord, stem, words } from '../core/analysis.js';
import { isFunctionWord } from '../core/nlp/function-words.js';
import type { FacetFilters, FacetName } from '../server/search/facets.js';

// npx tsx scripts/question-miss-causes.ts [lunr|fts5] [--below=0.9] [--looked]: each relevant
// passage ranked below ten for a question of the tuning half (--looked: of the first two
// validation sets' looked halves instead; never an unlooked or held-out query) put in one class
// of cause, first that applies, and the grade-weighted count per class:
//   dropped     a word the question dropped as framing is in the passage (not a function word)
//   heading     a searched word it lacks is in its section path
//   variant     a searched word it lacks is there in another form: a passage word of 5+ letters
//               sharing the first 5 letters of the searched word, with another stem
//   vocabulary  a searched word it lacks, none of the above
//   far apart   it holds every searched word, the closest run holding them all > proximityWindow
//   ranking     it holds every searched word, close together
// A rough sieve (the variant test takes "structural" for "struggle" sometimes): read the lines.
const engine = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'lunr';
const below = Number(process.argv.find((a) => a.startsWith('--below='))?.slice(8) ?? 0.9);
const store = await openQuickBuild(engine);
const snap = store.snapshot;
const qs: LookedQuery[] = (process.argv.includes('--looked') ? await lookedValidationQueries() : await loadQueries()).filter((q) => q.class === 'question');

/** The fewest words from one searched stem to another that hold every searched stem (Infinity: not all held). */
function closestRun(stems: string[], wanted: string[]): number {
  let best = Infinity;
  for (let i = 0; i < stems.length; i++) {
    if (!wanted.includes(stems[i])) continue;
    const seen = new Set<string>();
    for (let j = i; j < stems.length && j - i < best; j++) {
      if (wanted.includes(stems[j])) seen.add(stems[j]);
      if (seen.size === wanted.length) {
        best = j - i + 1;
        break;
      }
    }
  }
  return best;
}

const tally = new Map<string, number>();
for (const lq of qs) {
  const { grades } = gradesOf(snap, lq);
  const ranked = rankInProcess(snap, lq, RANKING);
  const ndcg = rankMetrics(ranked, grades).ndcg10;
  if (ndcg >= below) continue;
  const filters: FacetFilters = {};
  for (const [f, v] of Object.entries(lq.filters ?? {})) filters[f as FacetName] = { include: v as string[], exclude: [] };
  const r = runSearch(snap, { q: lq.q, filters, page: 1, size: 10, sort: 'relevance', perDoc: 0 });
  const ignored = new Set(r.query.ignored ?? []);
  const searched = [...new Set(words(r.query.correctedQuery ?? lq.q).filter((w) => !isStopWord(w) && !ignored.has(w)).map(stem))];
  const dropped = [...ignored].filter((w) => !isFunctionWord(w) && !isStopWord(w)).map(stem);
  const rank = new Map(ranked.map((id, i) => [id, i + 1]));
  console.log(`\n## ${lq.id} ${ndcg.toFixed(3)} "${lq.q}" searched=${searched.join(',')} dropped=${dropped.join(',') || '-'}`);
  for (const [id, grade] of [...grades].sort((a, b) => (rank.get(a[0]) ?? 1e9) - (rank.get(b[0]) ?? 1e9))) {
    const at = rank.get(id);
    if (at !== undefined && at <= 10) continue;
    const p = snap.passages.get(id);
    if (!p) continue;
    const pw = words(p.text);
    const ps = pw.map(stem);
    const held = new Set(ps);
    const missing = searched.filter((s) => !held.has(s));
    const heading = new Set(words((p.section ?? []).join(' ')).map(stem));
    const droppedHeld = dropped.filter((s) => held.has(s));
    const inHeading = missing.filter((s) => heading.has(s));
    const variants = missing.flatMap((s) => pw.filter((w) => w.length >= 5 && s.length >= 5 && w.startsWith(s.slice(0, 5)) && stem(w) !== s).slice(0, 1));
    const run = missing.length ? Infinity : closestRun(ps, searched);
    const cls = droppedHeld.length ? 'dropped' : inHeading.length ? 'heading' : variants.length ? 'variant' : missing.length ? 'vocabulary' : run > RANKING.proximityWindow ? 'far apart' : 'ranking';
    tally.set(cls, (tally.get(cls) ?? 0) + grade);
    const why = cls === 'dropped' ? droppedHeld.join(',') : cls === 'heading' ? inHeading.join(',') : cls === 'variant' ? variants.join(',') : missing.length ? `lacks ${missing.join(',')}` : `run ${run}`;
    console.log(`   g${grade} rank=${at ?? '-'} ${cls} (${why}) [${p.kind}, ${pw.length} words] ${(p.section ?? []).join(' > ').slice(0, 50)} | ${p.text.replace(/\s+/g, ' ').slice(0, 110)}`);
  }
}
console.log(`\n${engine}: relevant passages outside the top ten, grade-weighted, by class: ${[...tally].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`);
store.close();
