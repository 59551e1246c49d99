import { IndexStore } from '../server/index-store.js';
import { runSearch } from '../server/search/service.js';
import { isStopWord } from '../core/analysis.js';
import { isEnglishWord } from '../core/english-words.js';

// npx tsx scripts/search20-typos.ts INDEX_DIR… : how typo correction fares on a library's own
// vocabulary. From the 400 most frequent content words of 5+ letters, one slip each (a seeded
// deletion, insertion, substitution or transposition) that is not itself a word of English or
// of the corpus; each searched alone. Counted: corrected back to the word (or a word of its
// stem), corrected to something else (wrong), left as typed; and a rare word (the corpus holds
// it 1–3 times, not English: debris, or a name) searched alone, corrected or not.

const dirs = process.argv.slice(2);
let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const letters = 'abcdefghijklmnopqrstuvwxyz';
function slip(w: string): string {
  const i = 1 + Math.floor(rand() * (w.length - 2));
  switch (Math.floor(rand() * 4)) {
    case 0: return w.slice(0, i) + w.slice(i + 1);
    case 1: return w.slice(0, i) + letters[Math.floor(rand() * 26)] + w.slice(i);
    case 2: return w.slice(0, i) + letters[Math.floor(rand() * 26)] + w.slice(i + 1);
    default: return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  }
}
for (const dir of dirs) {
  seed = 7;
  const store = new IndexStore(dir);
  await store.refresh();
  const snap = store.snapshot;
  const entries = (snap.vocabulary as unknown as { entries: [string, number][] }).entries;
  const top = [...entries].filter(([w]) => w.length >= 5 && /^[a-z]+$/.test(w) && !isStopWord(w)).sort((a, b) => b[1] - a[1]).slice(0, 400);
  let back = 0, wrong = 0, left = 0, cpu = 0;
  const wrongs: string[] = [];
  const lefts: string[] = [];
  const collided: string[] = [];
  for (const [w] of top) {
    let typo = slip(w);
    for (let k = 0; k < 5 && (typo === w || isEnglishWord(typo)); k++) typo = slip(w);
    if (typo === w || isEnglishWord(typo)) continue;
    if (snap.vocabulary.count(typo) > 0) collided.push(`${typo}:${snap.vocabulary.count(typo)} (${w})`);
    const t0 = process.cpuUsage();
    const r = runSearch(snap, { q: typo, filters: {}, page: 1, size: 10, sort: 'relevance', perDoc: 0 });
    const c = process.cpuUsage(t0);
    cpu += c.user + c.system;
    const fix = r.query.corrections?.[typo];
    if (!fix) {
      left++;
      if (lefts.length < 25) lefts.push(`${typo} (${w}, ${r.total} hits)`);
    }
    else if (fix === w || snap.engine.knows(fix) && snap.engine.knows(w) && stemOf(fix) === stemOf(w)) back++;
    else {
      wrong++;
      if (wrongs.length < 25) wrongs.push(`${typo}→${fix} (meant ${w})`);
    }
  }
  const rare = entries.filter(([w, n]) => n <= 3 && w.length >= 5 && /^[a-z]+$/.test(w) && !isEnglishWord(w));
  // every 1 in (rare / 200) of the rare words, searched alone as typed lower-case
  const step = Math.max(1, Math.floor(rare.length / 200));
  const rareFixed: string[] = [];
  let rareTried = 0;
  for (let i = 0; i < rare.length; i += step) {
    rareTried++;
    const [w] = rare[i];
    const r = runSearch(snap, { q: w, filters: {}, page: 1, size: 10, sort: 'relevance', perDoc: 0 });
    const fix = r.query.corrections?.[w];
    if (fix) rareFixed.push(`${w}:${snap.vocabulary.count(w)}→${fix}:${snap.vocabulary.count(fix)}`);
  }
  // two slips in a word of 8 letters or more
  let back2 = 0, wrong2 = 0, left2 = 0;
  const wrongs2: string[] = [];
  for (const [w] of top.filter(([x]) => x.length >= 8)) {
    const typo = slip(slip(w));
    if (typo === w || isEnglishWord(typo) || snap.vocabulary.count(typo) > 0) continue;
    const fix = runSearch(snap, { q: typo, filters: {}, page: 1, size: 10, sort: 'relevance', perDoc: 0 }).query.corrections?.[typo];
    if (!fix) left2++;
    else if (stem(fix) === stem(w)) back2++;
    else {
      wrong2++;
      if (wrongs2.length < 15) wrongs2.push(`${typo}→${fix} (meant ${w})`);
    }
  }
  console.log(`\n# ${dir}: ${entries.length} vocabulary words, ${rare.length} rare non-English`);
  console.log(`rare words searched alone: ${rareTried}, corrected ${rareFixed.length}: ${rareFixed.slice(0, 40).join(', ')}`);
  console.log(`two slips in a long word: ${back2 + wrong2 + left2}: corrected back ${back2}, to another word ${wrong2}, left ${left2}; wrong: ${wrongs2.join(', ')}`);
  console.log(`slips of frequent words: ${back + wrong + left}: corrected back ${back}, to another word ${wrong}, left ${left}; ${(cpu / 1000 / (back + wrong + left)).toFixed(1)} ms CPU a search`);
  console.log(`  wrong: ${wrongs.join(', ')}`);
  console.log(`  left: ${lefts.join(', ')}`);
  console.log(`  slips the corpus holds as written (${collided.length}): ${collided.join(', ')}`);
  store.snapshot.close();
}
import { stem } from '../core/analysis.js';
function stemOf(w: string): string { return stem(w); }
