import { readFileSync } from 'node:fs';
import { IndexStore } from '../server/index-store.js';
import { runSearch } from '../server/search/service.js';

// npx tsx scripts/search20-probes.ts INDEX_DIR… [--all]: issue 14's query-understanding probes
// (test/search/probes/search20-probes.json, written before any was run) against built libraries,
// each probe's correction, hit count and suggestions, and what differs from what a researcher
// expects ("✗"). --all prints the probes that meet their expectation too.

interface Probe {
  cls: string;
  q: string;
  expect: { fix?: Record<string, string>; hits?: 'some' | 'none'; suggest?: boolean };
}
const { probes } = JSON.parse(readFileSync('test/search/probes/search20-probes.json', 'utf8')) as { probes: Probe[] };
const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const all = process.argv.includes('--all');

for (const dir of dirs) {
  const store = new IndexStore(dir);
  await store.refresh();
  const snap = store.snapshot;
  let wrong = 0;
  console.log(`\n# ${dir}`);
  for (const p of probes) {
    const t0 = process.cpuUsage();
    const r = runSearch(snap, { q: p.q, filters: {}, page: 1, size: 10, sort: 'relevance', perDoc: 0 });
    const cpu = process.cpuUsage(t0);
    const fix = r.query.corrections ?? {};
    const problems: string[] = [];
    if (p.expect.fix && JSON.stringify(fix) !== JSON.stringify(p.expect.fix)) problems.push(`fix ${JSON.stringify(fix)} ≠ ${JSON.stringify(p.expect.fix)}`);
    if (p.expect.hits === 'some' && r.total === 0) problems.push('no hits');
    if (p.expect.hits === 'none' && r.total > 0) problems.push(`${r.total} hits`);
    if (p.expect.suggest && r.total === 0 && !r.query.suggestions?.length) problems.push('no suggestion');
    if (problems.length) wrong++;
    if (!problems.length && !all) continue;
    const sugg = (r.query.suggestions ?? []).map((s) => `${s.q}(${s.total})`).join(', ');
    const related = (r.query.related ?? []).join(', ');
    console.log(
      `${problems.length ? '✗' : '✓'} [${p.cls}] ${p.q} → ${r.total} hits${Object.keys(fix).length ? ` fix ${JSON.stringify(fix)}` : ''}${sugg ? ` sugg: ${sugg}` : ''}${related ? ` related: ${related}` : ''}${r.query.expansions ? ` exp: ${r.query.expansions.join('|')}` : ''} (${((cpu.user + cpu.system) / 1000).toFixed(0)} ms)${problems.length ? `  — ${problems.join('; ')}` : ''}`,
    );
  }
  console.log(`${wrong} of ${probes.length} probes not as expected`);
  store.snapshot.close();
}
