import { execFileSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { processFile } from '../indexer/process-file.js';

// npx tsx scripts/printed-pages.ts DIR [--verbose]: for each <name>.pdf with a <name>.truth.json
// (test/fixtures/pdf-pages/make-fixtures.py), the document's page labels against the truth's
// cite_as, and each passage's page (and pageEnd) against the page its first (last) words are on
// as pdftotext reads the page: the truth from the file and its source, not from the product.
// --server URL (a server over an index of DIR): for up to --sample N passages a file (those
// running over a page first), the locator the passage page, each export format and the cite
// endpoint give, against the truth: a table of file × format, right/checked.
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const server = opt('--server');
const sample = Number(opt('--sample') ?? 6);
const verbose = args.includes('--verbose');
const dir = args.find((a) => !a.startsWith('--'))!;
const FORMATS = ['page', 'bibtex', 'biblatex', 'ris', 'csl-json', 'csv', 'apa', 'chicago', 'cite'] as const;
const table = new Map<string, Record<string, [number, number]>>();
const unquote = (s: string) => s.replace(/--/g, '–');
/** The locator each format gives one passage, in the product's words ("p. 9", "pp. 20–21", "PDF p. 48"; Chicago's bare "20–21"). */
async function locators(id: string): Promise<Record<string, string | null>> {
  const get = async (path: string) => {
    // (once again where the server closed a kept-alive connection as it was reused; after a
    // pause where its limit of requests a minute was reached)
    for (;;) {
      const r = await fetch(server + path).catch(() => fetch(server + path));
      if (r.status === 429) await new Promise((done) => setTimeout(done, 5000));
      else return r.ok ? r.text() : '';
    }
  };
  const ex = (format: string) => get(`/api/export?format=${format}&ids=${id}`);
  const first = (re: RegExp, s: string) => re.exec(s)?.[1] ?? null;
  const out: Record<string, string | null> = {};
  out.page = first(/<title>[^<]*, ((?:PDF )?pp?\. [^<·]+?) · /, await get(`/passages/${id}`));
  // (a work held in two files says which the quote is from: "p. 4 in FILE.pdf: …")
  out.bibtex = first(/annote = \{((?:PDF )?pp?\. [^:]+?)(?: in [^:]+)?:/, unquote(await ex('bibtex')));
  out.biblatex = first(/annotation = \{((?:PDF )?pp?\. [^:]+?)(?: in [^:]+)?:/, unquote(await ex('biblatex')));
  out.ris = first(/^N1 {2}- ((?:PDF )?pp?\. [^:]+?)(?: in [^:]+)?:/m, await ex('ris'));
  const csl = JSON.parse((await ex('csl-json')) || '[]') as { note?: string }[];
  out['csl-json'] = first(/^((?:PDF )?pp?\. [^:]+?)(?: in [^:]+)?:/, csl[0]?.note ?? '');
  // by the column's name: pdfPage follows locator since ui43
  const csv = parse((await ex('csv')).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
  out.csv = csv[0]?.locator ?? null;
  out.apa = first(/, ((?:PDF )?pp?\. [^)]+)\)\s*$/, (await ex('apa')).trim());
  out.chicago = first(/, ([^,()]+)\)\.?\s*$/, (await ex('chicago')).trim());
  const cite = JSON.parse((await get(`/api/passages/${id}/cite?start=0&end=1`)) || '{}') as { locator?: string };
  out.cite = cite.locator ?? null;
  return out;
}
const alnum = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
interface Truth { pages: number; cite_as: (string | null)[] }
let totals = { labels: 0, labelsRight: 0, passages: 0, right: 0, unplaced: 0 };
for (const name of (await readdir(dir)).filter((n) => n.endsWith('.truth.json')).sort()) {
  const truth = JSON.parse(await readFile(join(dir, name), 'utf8')) as Truth;
  const pdf = name.replace(/\.truth\.json$/, '.pdf');
  const r = await processFile(join(dir, pdf), pdf, [], { maxPages: 2000, timeoutMs: 120_000 });
  const got = r.document?.pageLabels ?? [];
  const labelsRight = truth.cite_as.filter((w, i) => (w ?? null) === (got[i] ?? null)).length;
  // each page's letters and digits, and where each page starts in the whole
  const pageText = Array.from({ length: truth.pages }, (_, i) => alnum(execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), join(dir, pdf), '-'], { encoding: 'utf8' })));
  const starts: number[] = [];
  let all = '';
  for (const t of pageText) {
    starts.push(all.length);
    all += t;
  }
  const pageAt = (offset: number) => starts.filter((s) => s <= offset).length - 1;
  let right = 0;
  let unplaced = 0;
  let checked = 0;
  const wrong: string[] = [];
  for (const p of r.passages ?? []) {
    const text = alnum(p.text);
    // long enough to be found once only (the fixtures' sentences are drawn from few words)
    const head = text.slice(0, 120);
    const tail = text.slice(-120);
    const a = all.indexOf(head);
    const b = all.indexOf(tail, Math.max(0, a));
    if (a < 0 || b < 0 || all.indexOf(head, a + 1) >= 0 || all.indexOf(tail, b + 1) >= 0) {
      unplaced++;
      continue;
    }
    const first = pageAt(a);
    const last = pageAt(b + tail.length - 1);
    const want = { page: truth.cite_as[first] ?? `PDF ${first + 1}`, pageEnd: last !== first ? (truth.cite_as[last] ?? `PDF ${last + 1}`) : null };
    const has = { page: p.pageIsPhysical ? `PDF ${p.page}` : p.page, pageEnd: p.pageEnd ? (p.pageIsPhysical ? `PDF ${p.pageEnd}` : p.pageEnd) : null };
    if (want.page === has.page && want.pageEnd === has.pageEnd) right++;
    else wrong.push(`${p.id} want ${want.page}${want.pageEnd ? '–' + want.pageEnd : ''} has ${has.page}${has.pageEnd ? '–' + has.pageEnd : ''} «${p.text.slice(0, 40)}»`);
    if (server && (checked < sample)) {
      if (p.pageEnd || checked < sample - 3 || (r.passages ?? []).filter((q) => q.pageEnd).length <= 3) {
        checked++;
        const pages = want.pageEnd ? `${want.page.replace(/^PDF /, '')}–${want.pageEnd.replace(/^PDF /, '')}` : want.page.replace(/^PDF /, '');
        const expect = `${want.page.startsWith('PDF') ? 'PDF ' : ''}${want.pageEnd ? 'pp.' : 'p.'} ${pages}`;
        // the cite endpoint cites the passage's first character: its first page alone
        const expectFirst = `${want.page.startsWith('PDF') ? 'PDF ' : ''}p. ${want.page.replace(/^PDF /, '')}`;
        const got = await locators(p.id);
        const row = table.get(pdf) ?? Object.fromEntries(FORMATS.map((f) => [f, [0, 0]]));
        for (const f of FORMATS) {
          const w = f === 'cite' ? expectFirst : f === 'chicago' ? expect.replace(/^(PDF )?pp?\. /, '$1') : expect;
          row[f][1]++;
          if (got[f] === w) row[f][0]++;
          else if (verbose) console.log(`   ${f} ${p.id}: ${got[f]} for ${w}`);
        }
        table.set(pdf, row);
      }
    }
  }
  const n = (r.passages ?? []).length;
  console.log(`${pdf}: labels ${labelsRight}/${truth.pages}; passages ${right}/${n - unplaced} right (${unplaced} not placed)`);
  if (labelsRight < truth.pages) console.log(`   labels read ${JSON.stringify(got)}`);
  if (verbose) for (const w of wrong.slice(0, 8)) console.log('   ' + w);
  totals = { labels: totals.labels + truth.pages, labelsRight: totals.labelsRight + labelsRight, passages: totals.passages + n - unplaced, right: totals.right + right, unplaced: totals.unplaced + unplaced };
}
if (server) {
  console.log(['file', ...FORMATS].join(' | '));
  const sum = Object.fromEntries(FORMATS.map((f) => [f, [0, 0]]));
  for (const [file, row] of table) {
    console.log([file, ...FORMATS.map((f) => `${row[f][0]}/${row[f][1]}`)].join(' | '));
    for (const f of FORMATS) for (const k of [0, 1]) sum[f][k] += row[f][k];
  }
  console.log(['all', ...FORMATS.map((f) => `${sum[f][0]}/${sum[f][1]}`)].join(' | '));
}
console.log(`all: labels ${totals.labelsRight}/${totals.labels}; passages ${totals.right}/${totals.passages} right (${totals.unplaced} not placed)`);
