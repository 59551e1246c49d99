import { IndexStore } from '../server/index-store.js';
import { createApp } from '../server/app.js';
import { runSearch, type SearchRequest } from '../server/search/service.js';
import type { Snapshot } from '../server/index-store.js';

// Child process of npm run bench: loads a published index as the server does, times searches
// in process, then serves HTTP on a loopback port for the parent to time over the wire.

export function queryMix(snap: Snapshot, n = 200): Record<string, string | string[]>[] {
  const vocab = (snap.vocabulary as unknown as { byLength: Map<number, [string, number][]> }).byLength;
  const words = [...vocab.values()].flat().filter(([w]) => /^[a-z]{4,}$/.test(w)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const pick = (from: number, to: number, i: number) => words[Math.min(words.length - 1, from + ((i * 7919) % Math.max(1, to - from)))][0];
  const docs = [...snap.documents.keys()];
  const out: Record<string, string | string[]>[] = [];
  for (let i = 0; out.length < n; i++) {
    switch (i % 8) {
      case 0: out.push({ q: pick(20, 300, i) }); break; // a common word
      case 1: out.push({ q: pick(300, 5000, i) }); break; // a middling word
      case 2: out.push({ q: `${pick(20, 1000, i)} ${pick(20, 1000, i + 3)}` }); break;
      case 3: {
        const p = snap.passages.at((i * 104729) % snap.passages.count).text.split(/\s+/).slice(5, 7).join(' ').replace(/[^\p{L}\s]/gu, '');
        out.push({ q: `"${p}"` });
        break;
      }
      case 4: out.push({ q: pick(20, 2000, i), kind: 'finding' }); break;
      case 5: out.push({ q: pick(20, 2000, i), doc: docs[i % docs.length] }); break;
      case 6: { const w = pick(100, 3000, i); out.push({ q: w.slice(0, 2) + w.slice(3) }); break; } // a typo
      default: out.push({ q: '', kind: ['recommendation', 'finding'], year: '2010-2025' }); // browse by facets
    }
  }
  return out;
}

export function toRequest(q: Record<string, string | string[]>): SearchRequest {
  const filters: SearchRequest['filters'] = {};
  for (const f of ['kind', 'doc', 'year'] as const) if (q[f]) filters[f] = { include: ([] as string[]).concat(q[f]), exclude: [] };
  return { q: String(q.q ?? ''), filters, page: 1, size: 20, sort: 'relevance', perDoc: 3 };
}

export function percentiles(ms: number[]): { p50: number; p95: number; p99: number; mean: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))] * 100) / 100;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), mean: Math.round((s.reduce((a, b) => a + b, 0) / s.length) * 100) / 100 };
}

if (process.argv[1]?.endsWith('bench-serve.ts')) {
  const started = performance.now();
  const store = new IndexStore(process.argv[2]);
  await store.refresh();
  const loadMs = Math.round(performance.now() - started);
  const snap = store.snapshot;
  const mix = queryMix(snap);
  for (const q of mix.slice(0, 20)) runSearch(snap, toRequest(q));
  const times: number[] = [];
  for (const q of mix) {
    const t = performance.now();
    runSearch(snap, toRequest(q));
    times.push(performance.now() - t);
  }
  const server = createApp(store).listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    console.log(JSON.stringify({ loadMs, rssMB: Math.round(process.memoryUsage().rss / 1048576), inProcess: percentiles(times), port, mix }));
  });
}
