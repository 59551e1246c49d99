import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Snapshot } from '../../server/index-store.js';
import { parseQuery } from '../../server/search/query-parser.js';
import { SEARCH_FIELDS } from '../../core/search-fields.js';
import { pagingParams, QUERY_CLASSES, searchParams, type QueryClass } from './query-arbitraries.js';
import { assertWellFormed, facetsOf, facetValuesOf, searchOnce } from './search-in-process.js';

// The properties every generated request must keep (fuzz30): no throw but a 4xx, a well-formed
// answer, CPU under a bound, the same answer twice, and nothing left behind for the next request.

const FIELDS = SEARCH_FIELDS.map((f) => f.name);

/**
 * CPU one search of the bundled corpus (4 documents, ~300 passages) may take, parse to JSON.
 * The route's time budget is 1,000 ms on a library of any size; here, with the budget lifted,
 * a search of the whole bundled corpus costs a few milliseconds, so 250 ms leaves room for a
 * loaded machine's GC and cold paths and still catches a step that grows faster than linearly
 * (a 10,000-character query is 20× the 500 the parser reads).
 */
export const CPU_BOUND_MS = 250;

export type ClassName = QueryClass | 'params' | 'paging';

/** Every class, in the order the test and scripts/fuzz-queries.ts run them: one list, so a new class reaches both. */
export const CLASS_NAMES: readonly ClassName[] = ['unicode', 'syntax', 'runs', 'long', 'params', 'fields', 'paging'];

export interface ClassReport {
  runs: number;
  worstCpuMs: number;
  worstInput: string;
  statuses: Record<number, number>;
}

/** One property run over one class on one snapshot; `report` collects the worst CPU seen. */
export function classProperty(snap: Snapshot, name: ClassName, report: ClassReport, cpuBoundMs = CPU_BOUND_MS): fc.IPropertyWithHooks<[Record<string, unknown>]> {
  const arb: fc.Arbitrary<Record<string, unknown>> =
    name === 'params' ? searchParams(facetValuesOf(snap)) : name === 'paging' ? pagingParams(facetsOf(snap)) : QUERY_CLASSES[name].map((q) => ({ q }));
  return fc.property(arb, (query) => {
    const label = `${name} ${JSON.stringify(query).slice(0, 300)}`;
    if (typeof query.q === 'string') {
      const t0 = process.cpuUsage();
      const parsed = parseQuery(query.q, FIELDS);
      const d = process.cpuUsage(t0);
      assert.ok(Array.isArray(parsed.terms) && Array.isArray(parsed.warnings), label);
      assert.ok((d.user + d.system) / 1000 < cpuBoundMs, `${label}: parse took ${(d.user + d.system) / 1000} ms CPU`);
    }
    const first = searchOnce(snap, query);
    assertWellFormed(first, label);
    const second = searchOnce(snap, query);
    assert.equal(second.status, first.status, `${label}: status twice`);
    assert.equal(second.body, first.body, `${label}: answer twice`);
    // the cheaper of the two: the first may pay a cold path (a lazily built map) once
    const cpu = Math.min(first.cpuMs, second.cpuMs);
    report.runs++;
    report.statuses[first.status] = (report.statuses[first.status] ?? 0) + 1;
    if (cpu > report.worstCpuMs) Object.assign(report, { worstCpuMs: cpu, worstInput: label });
    assert.ok(cpu < cpuBoundMs, `${label}: ${cpu.toFixed(1)} ms CPU`);
  });
}

/** A few fixed requests whose answers must not change however many generated ones ran between. */
export const PROBES: Record<string, unknown>[] = [
  { q: 'protection of civilians' },
  { q: '"humanitarian access"' },
  { q: 'protectoin' },
  { q: 'what does the UN say about advocacy' },
  { q: 'peace NOT security', sort: 'date' },
  { q: 'advoc*', perDoc: '0' },
  { q: '' },
];

export function probeAnswers(snap: Snapshot): string[] {
  return PROBES.map((p) => searchOnce(snap, p).body);
}

export const emptyReport = (): ClassReport => ({ runs: 0, worstCpuMs: 0, worstInput: '', statuses: {} });
