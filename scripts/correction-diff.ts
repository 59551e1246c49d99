import { IndexStore } from '../server/index-store.js';
import { runSearch } from '../server/search/service.js';
import { corpusParagraphs } from './bench-queries.js';
import { rng } from '../test/helpers/fuzz.js';

// npx tsx scripts/correction-diff.ts INDEX_DIR CORPUS_DIR [--n 300] [--seed 7]: typo queries of
// 3–6 words drawn from the corpus (consecutive words of a paragraph, one of five letters or more
// slipped: two letters swapped, one dropped or doubled), each searched count-only; prints the
// query and its correction, one JSON line each. Run from two trees over one build and compare
// the lines to see which corrections a change to typo correction moved (review21c).
const args = process.argv.slice(2);
const opt = (name: string, d: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d);
const [dir, corpus] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const n = opt('--n', 300);
const rnd = rng(opt('--seed', 7));
const paragraphs = await corpusParagraphs(corpus);
const store = new IndexStore(dir);
await store.refresh();
const snap = store.snapshot;
for (let made = 0; made < n; ) {
  const ws = paragraphs[Math.floor(rnd() * paragraphs.length)].text.match(/\p{L}+/gu) ?? [];
  const len = 3 + Math.floor(rnd() * 4);
  if (ws.length < len) continue;
  const at = Math.floor(rnd() * (ws.length - len + 1));
  const words = ws.slice(at, at + len);
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 5);
  if (!long.length) continue;
  const [w, i] = long[Math.floor(rnd() * long.length)];
  const k = 1 + Math.floor(rnd() * (w.length - 2));
  const kind = Math.floor(rnd() * 3);
  const slipped = kind === 0 ? w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2) : kind === 1 ? w.slice(0, k) + w.slice(k + 1) : w.slice(0, k) + w[k] + w.slice(k);
  words[i] = slipped;
  made++;
  const q = words.join(' ');
  const r = runSearch(snap, { q, filters: {}, page: 1, size: 0, sort: 'relevance', perDoc: 0, countOnly: true });
  console.log(JSON.stringify({ q, meant: w, corrected: r.query.correctedQuery ?? null, corrections: r.query.corrections ?? {} }));
}
store.close();
