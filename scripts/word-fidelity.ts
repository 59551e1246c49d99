import { execFileSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { processFile } from '../indexer/process-file.js';
import { lettersOnly } from '../core/text.js';
import { measureFidelity, type Truth } from '../eval/fidelity.js';

// Word-level fidelity of a folder of `<id>.pdf` + `<id>.truth.json` (issue 14, branch pdf43):
// eval/fidelity.ts's block F1 and leaks, and what block F1 cannot see because it compares letters
// only — words lost, words joined (two truth words read as one) or split (one read as two, as a
// ligature or a line-end hyphen leaves them), truth blocks read out of order, passages whose page
// does not hold their opening words, and reference passages against the truth's entries.
//   npx tsx scripts/word-fidelity.ts DIR [--verbose]

const words = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

function pageText(pdf: string, page: number): string {
  return lettersOnly(execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' }));
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  const verbose = process.argv.includes('--verbose');
  if (!dir) throw new Error('usage: word-fidelity.ts DIR [--verbose]');
  const rows: string[][] = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.truth.json')).sort()) {
    const truth = JSON.parse(await readFile(join(dir, name), 'utf8')) as Truth;
    const pdf = join(dir, name.replace(/\.truth\.json$/, '.pdf'));
    const r = await processFile(pdf, name.replace(/\.truth\.json$/, '.pdf'), [], { maxPages: 2000, timeoutMs: 120_000 });
    if (!r.document || !r.passages || !r.blocks) throw new Error(`${pdf}: ${r.report.reason}`);
    const f = measureFidelity(truth, r.document, r.passages, r.blocks);
    const body = truth.blocks.filter((b) => b.type !== 'heading');
    const vocab = new Set(body.flatMap((b) => words(b.text)));
    const truthSeq = body.flatMap((b) => words(b.text));
    const got = r.passages.flatMap((p) => words(p.text));
    const gotCount = new Map<string, number>();
    for (const w of got) gotCount.set(w, (gotCount.get(w) ?? 0) + 1);
    // Words lost: truth words (with multiplicity) the passages do not hold.
    const need = new Map<string, number>();
    for (const w of truthSeq) need.set(w, (need.get(w) ?? 0) + 1);
    let lost = 0;
    const lostWords: string[] = [];
    for (const [w, n] of need) {
      const short = n - (gotCount.get(w) ?? 0);
      if (short > 0) {
        lost += short;
        lostWords.push(w);
      }
    }
    // Joined or split: passage words not in the truth's vocabulary.
    const pairs = new Set<string>();
    for (let i = 0; i + 1 < truthSeq.length; i++) pairs.add(truthSeq[i] + truthSeq[i + 1]);
    const joined: string[] = [];
    const split: string[] = [];
    const other: string[] = [];
    for (let i = 0; i < got.length; i++) {
      const w = got[i];
      if (vocab.has(w)) continue;
      if (pairs.has(w)) joined.push(w);
      else if (i + 1 < got.length && vocab.has(w + got[i + 1])) split.push(`${w}|${got[i + 1]}`);
      else if (i > 0 && vocab.has(got[i - 1] + w)) continue;
      else other.push(w);
    }
    // Reading order: each truth paragraph's first passage, inversions between neighbours.
    const keys = r.passages.map((p) => lettersOnly(p.text));
    const at = body
      .filter((b) => b.type === 'paragraph')
      .map((b) => {
        const k = lettersOnly(b.text).slice(0, 40);
        return keys.findIndex((t) => t.includes(k));
      })
      .filter((i) => i >= 0);
    let inversions = 0;
    for (let i = 1; i < at.length; i++) if (at[i] < at[i - 1]) inversions++;
    // Page: the passage's opening words are on the page it says it starts on.
    const pages = new Map<number, string>();
    let wrongPage = 0;
    for (const p of r.passages) {
      if (!p.physicalPage) continue;
      if (!pages.has(p.physicalPage)) pages.set(p.physicalPage, pageText(pdf, p.physicalPage));
      const opening = lettersOnly(p.text).slice(0, 30);
      if (!(pages.get(p.physicalPage) ?? '').includes(opening)) wrongPage++;
    }
    const refsTruth = truth.blocks.filter((b) => b.type === 'reference').length;
    const refsGot = r.passages.filter((p) => p.blockType === 'reference').length;
    rows.push([
      truth.id.slice(0, 62),
      f.f1.toFixed(3),
      String(truthSeq.length),
      String(lost),
      String(joined.length),
      String(split.length),
      String(other.length),
      String(inversions),
      `${wrongPage}/${r.passages.length}`,
      String(f.leakedFurniture.length + f.leakedFootnotes.length + f.leakedCover.length),
      `${refsGot}/${refsTruth}`,
      f.metadata.title && f.metadata.authors && f.metadata.year ? 'ok' : `${f.metadata.title ? '' : 'T'}${f.metadata.authors ? '' : 'A'}${f.metadata.year ? '' : 'Y'}`,
    ]);
    if (verbose) {
      console.log(`\n## ${truth.id}`);
      if (lostWords.length) console.log('lost:', lostWords.slice(0, 30).join(' '));
      if (joined.length) console.log('joined:', joined.join(' '));
      if (split.length) console.log('split:', split.join(' '));
      if (other.length) console.log('other:', other.slice(0, 30).join(' '));
      for (const m of f.missed) console.log('missed', m);
      for (const w of f.wrong) console.log('wrong ', w);
      for (const l of [...f.leakedFurniture, ...f.leakedFootnotes, ...f.leakedCover]) console.log('leak  ', l);
      console.log('metadata', JSON.stringify(f.metadata.got));
    }
  }
  const head = ['document', 'F1', 'words', 'lost', 'joined', 'split', 'other', 'order inv', 'wrong page', 'leaks', 'ref passages', 'meta'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((b) => b[i].length)));
  const fmt = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  console.log([fmt(head), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(fmt)].join('\n'));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
