import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runIndex } from '../../indexer/run.js';
import { IndexStore, type Snapshot } from '../../server/index-store.js';
import { searchRequest, type QueryInput } from '../../server/http/params.js';
import { HttpError } from '../../server/http/errors.js';
import { runSearch } from '../../server/search/service.js';
import { Budget } from '../../server/search/budget.js';
import { searchJson } from '../../server/records.js';
import { FACETS } from '../../server/search/facets.js';
import type { EngineName } from './service-fixture.js';
import { tempDir } from './tmp.js';

// What GET /api/search does (routes/api.ts), in process, with its CPU counted: the property
// fuzz needs the answer and the cost of one request without HTTP around it.

/** The bundled corpus built for one engine, and its snapshot. */
export const bundledSnapshot = (engine: EngineName): Promise<Snapshot> => corpusSnapshot(engine, join(process.cwd(), 'corpus'));

/** A corpus folder built for one engine, and its snapshot. */
export async function corpusSnapshot(engine: EngineName, corpusDir: string): Promise<Snapshot> {
  const indexDir = await tempDir(`fuzz-${engine}-`);
  await runIndex({ corpusDir, indexDir, maxPages: 2000, timeoutMs: 60_000, useCache: true, engine });
  const store = new IndexStore(indexDir);
  await store.refresh();
  return store.snapshot;
}

/** Each facet's values, by facet name. */
export function facetsOf(snap: Snapshot): Record<string, string[]> {
  return Object.fromEntries(FACETS.map((f) => [f, [...(snap.facets.labels.get(f)?.keys() ?? [])]]));
}

export function facetValuesOf(snap: Snapshot): string[] {
  return FACETS.flatMap((f) => [...(snap.facets.labels.get(f)?.keys() ?? [])]);
}

export interface Outcome {
  status: number;
  /** the JSON answer as sent, or the error's message */
  body: string;
  cpuMs: number;
}

/**
 * One request as the route serves it: a 400 for what searchRequest refuses, else the JSON.
 * `unlimited` replaces the route's time budget, so the answer does not depend on the machine's
 * load (the same answer twice) and the CPU counted is the whole search's, not what the budget let through.
 */
export function searchOnce(snap: Snapshot, query: QueryInput, { unlimited = true } = {}): Outcome {
  const t0 = process.cpuUsage();
  let status = 200;
  let body: string;
  try {
    const sr = searchRequest(query, snap);
    if (unlimited) sr.budget = Budget.unlimited();
    body = JSON.stringify(searchJson(snap, sr, runSearch(snap, sr)));
  } catch (error) {
    // anything but an HttpError is what the route would have answered 500
    if (!(error instanceof HttpError)) throw error;
    status = error.status;
    body = error.message;
  }
  const d = process.cpuUsage(t0);
  return { status, body, cpuMs: (d.user + d.system) / 1000 };
}

/** A well-formed answer: a 4xx with a message, or the JSON the spec describes with its numbers in range. */
export function assertWellFormed(o: Outcome, label: string): void {
  if (o.status !== 200) {
    assert.ok(o.status >= 400 && o.status < 500, `${label}: status ${o.status}`);
    assert.ok(o.body.length > 0 && o.body.length < 2000, `${label}: message "${o.body.slice(0, 200)}"`);
    return;
  }
  const j = JSON.parse(o.body) as { total: number; page: number; size: number; hits: { score: number; near?: boolean; passage: { id: string } }[]; query: { q: string; warnings?: string[] }; facets: Record<string, unknown> };
  assert.ok(Number.isInteger(j.total) && j.total >= 0, `${label}: total ${j.total}`);
  assert.ok(Number.isInteger(j.page) && j.page >= 1 && Number.isInteger(j.size) && j.size >= 1, `${label}: page ${j.page} size ${j.size}`);
  // hits marked near (a rare phrase's words apart, filling its first page) are not in the total
  assert.ok(Array.isArray(j.hits) && j.hits.length <= j.size && j.hits.filter((h) => !h.near).length <= j.total, `${label}: ${j.hits.length} hits of ${j.total}, size ${j.size}`);
  for (const h of j.hits) assert.ok(Number.isFinite(h.score) && typeof h.passage.id === 'string', `${label}: hit ${JSON.stringify(h).slice(0, 200)}`);
  assert.equal(typeof j.query.q, 'string', label);
  for (const w of j.query.warnings ?? []) assert.ok(typeof w === 'string' && w.length > 0 && w.length < 2000, `${label}: warning ${String(w).slice(0, 200)}`);
  assert.equal(typeof j.facets, 'object', label);
}
