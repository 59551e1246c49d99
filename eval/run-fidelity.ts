import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { processFile } from '../indexer/process-file.js';
import { measureFidelity, type Fidelity, type Truth } from './fidelity.js';

/** Indexes each `<id>.pdf` beside its `<id>.truth.json` without any catalog, as a user's first drop would be. */
export async function fidelityForDir(dir: string): Promise<Fidelity[]> {
  const out: Fidelity[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.truth.json')).sort()) {
    const truth = JSON.parse(await readFile(join(dir, name), 'utf8')) as Truth;
    const pdf = name.replace(/\.truth\.json$/, '.pdf');
    const result = await processFile(join(dir, pdf), pdf, [], { maxPages: 2000, timeoutMs: 120_000 });
    if (!result.document || !result.passages || !result.blocks) throw new Error(`${pdf}: ${result.report.reason}`);
    out.push(measureFidelity(truth, result.document, result.passages, result.blocks));
  }
  return out;
}

export function fidelityTable(rows: Fidelity[]): string {
  const head = ['document', 'blocks', 'recall', 'precision', 'F1', 'headings', 'leaked hdr', 'leaked fn', 'leaked cover', 'title', 'authors', 'year', 'journal/series'];
  const body = rows.map((r) => [
    r.doc.slice(0, 56),
    String(r.truthBlocks),
    r.recall.toFixed(3),
    r.precision.toFixed(3),
    r.f1.toFixed(3),
    `${r.headings.found}/${r.headings.truth}`,
    String(r.leakedFurniture.length),
    String(r.leakedFootnotes.length),
    String(r.leakedCover.length),
    r.metadata.title ? 'ok' : 'WRONG',
    r.metadata.authors ? 'ok' : 'WRONG',
    r.metadata.year ? 'ok' : 'WRONG',
    r.metadata.details.length ? 'WRONG' : 'ok',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  return [fmt(head), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...body.map(fmt)].join('\n');
}
