import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { quickBuildDir } from './quick-build-dir.js';
import { IndexStore } from '../server/index-store.js';
import { gradesOf, loadQueries, type LabelledQuery } from '../eval/search.js';
import { runSearch } from '../server/search/service.js';
import { isStopWord, stem, words } from '../core/analysis.js';
import type { FacetFilters, FacetName } from '../server/search/facets.js';

// npx tsx scripts/search-miss-classes.ts [lunr|fts5]: the misses of the tuning half and the
// validation set's looked queries classified by the passage's traits (not the queries' words):
// relevant passages ranked 1–10, 11–30, beyond 30 or not found, against the non-relevant
// passages in the top 10: length, kind, block type, a top-10 neighbour of the same block, the
// share of the query's content stems held, and whether those held sit in one sentence.
const engine = process.argv[2] ?? 'lunr';
const dir = quickBuildDir(engine);
if (!existsSync(dir)) throw new Error(`no build at ${dir}: run npx tsx scripts/search-quick.ts first`);
const store = new IndexStore(dir);
await store.refresh();
const snap = store.snapshot;
type V = LabelledQuery & { looked?: boolean };
const qs: V[] = [...(await loadQueries()), ...((await loadQueries(join('test', 'labels', 'validation', 'queries.json'))) as V[]).filter((q) => q.looked)];
type Cls = 'rel top10' | 'rel 11-30' | 'rel 31+' | 'rel unfound' | 'nonrel top10';
const rows: { cls: Cls; len: number; kind: string; bt: string; sameBlock: boolean; share: number; oneSentence: boolean; docShare: number; pos: number; secHeld: boolean; tf: number; secSupport: number; rarestHeld: boolean }[] = [];
const sentences = (t: string) => t.split(/(?<=[.!?;:])\s+/);
for (const lq of qs) {
  const filters: FacetFilters = {};
  for (const [f, v] of Object.entries(lq.filters ?? {})) filters[f as FacetName] = { include: v as string[], exclude: [] };
  const r = runSearch(snap, { q: lq.q, filters, page: 1, size: 2000, sort: 'relevance', perDoc: 0, near: true });
  const ids = r.hits.map((h) => h.passage.id);
  const rank = new Map(ids.map((id, i) => [id, i + 1]));
  const { grades } = gradesOf(snap, lq);
  const qstems = [...new Set(words(r.query.correctedQuery ?? lq.q).filter((w) => !isStopWord(w) && !(r.query.ignored ?? []).includes(w)).map(stem))];
  const top10 = ids.slice(0, 10);
  const top300 = ids.slice(0, 300);
  const docCount = new Map<string, number>();
  for (const id of top300) { const d = snap.passages.get(id)?.doc ?? ''; docCount.set(d, (docCount.get(d) ?? 0) + 1); }
  const secCount = new Map<string, number>();
  const secKey = (id: string) => { const p = snap.passages.get(id); return p ? p.doc + '|' + p.section.join('/') : ''; };
  for (const id of top300) secCount.set(secKey(id), (secCount.get(secKey(id)) ?? 0) + 1);
  const df = new Map(qstems.map((s) => [s, top300.filter((id) => words(snap.passages.get(id)?.text ?? '').map(stem).includes(s)).length]));
  const rarest = [...qstems].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0))[0];
  const look = (id: string, cls: Cls) => {
    const p = snap.passages.get(id);
    if (!p) return;
    const ps = new Set(words(p.text).map(stem));
    const held = qstems.filter((s) => ps.has(s));
    const one = held.length >= 2 && sentences(p.text).some((s) => { const ss = new Set(words(s).map(stem)); return held.every((h) => ss.has(h)); });
    const sameBlock = top10.some((o) => o !== id && snap.passages.get(o)?.block === p.block && snap.passages.get(o)?.doc === p.doc);
    const ws = words(p.text).map(stem);
    const tf = ws.filter((w) => qstems.includes(w)).length / Math.max(1, ws.length);
    const sh = new Set(words(p.section.join(' ')).map(stem));
    const n = snap.passages.ofDocument(p.doc).length;
    rows.push({ pos: p.ordinal / Math.max(1, n), secHeld: qstems.some((s) => sh.has(s)), tf, secSupport: (secCount.get(secKey(id)) ?? 0), rarestHeld: qstems.length > 1 && ps.has(rarest), cls, len: words(p.text).length, kind: p.kind, bt: p.blockType, sameBlock, share: qstems.length ? held.length / qstems.length : 1, oneSentence: one, docShare: (docCount.get(p.doc) ?? 0) / Math.max(1, top300.length) });
  };
  for (const [id, g] of grades) {
    if (g <= 0) continue;
    const k = rank.get(id);
    look(id, k === undefined ? 'rel unfound' : k <= 10 ? 'rel top10' : k <= 30 ? 'rel 11-30' : 'rel 31+');
  }
  for (const id of top10) if (!((grades.get(id) ?? 0) > 0)) look(id, 'nonrel top10');
}
const classes: Cls[] = ['rel top10', 'rel 11-30', 'rel 31+', 'rel unfound', 'nonrel top10'];
const med = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : 0; };
const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(0) + '%' : '-');
for (const c of classes) {
  const rs = rows.filter((r) => r.cls === c);
  const kinds = new Map<string, number>();
  for (const r of rs) kinds.set(`${r.kind}/${r.bt}`, (kinds.get(`${r.kind}/${r.bt}`) ?? 0) + 1);
  console.log(`${c.padEnd(13)} n=${String(rs.length).padStart(4)} len median ${med(rs.map((r) => r.len))} (<20 words ${pct(rs.filter((r) => r.len < 20).length, rs.length)}, >120 ${pct(rs.filter((r) => r.len > 120).length, rs.length)}) share held ${(rs.reduce((a, r) => a + r.share, 0) / Math.max(1, rs.length)).toFixed(2)} | held (≥2) in one sentence ${pct(rs.filter((r) => r.oneSentence).length, rs.filter((r) => r.share * 1 > 0).length)} | same block as a top-10 hit ${pct(rs.filter((r) => r.sameBlock).length, rs.length)} | doc share of top 300 ${(rs.reduce((a, r) => a + r.docShare, 0) / Math.max(1, rs.length)).toFixed(2)}`);
  const avg = (f: (r: (typeof rs)[number]) => number) => (rs.reduce((a, r) => a + f(r), 0) / Math.max(1, rs.length)).toFixed(3);
  console.log(`               pos in doc ${avg((r) => r.pos)} heading holds a query word ${avg((r) => +r.secHeld)} query-word density ${avg((r) => r.tf)} section's candidates ${avg((r) => r.secSupport)} rarest (among top 300) held ${avg((r) => +r.rarestHeld)} text holds none ${avg((r) => +(r.share === 0))}`);
  console.log(`               kinds: ${[...kinds].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, n]) => `${k} ${n}`).join(', ')}`);
}
store.close();
