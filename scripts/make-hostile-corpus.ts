import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assemblePdf, cjkPdf, jbig2Bomb, manyPages } from '../test/helpers/hostile-files.js';

// A stress corpus for the indexer, in the spirit of a public PDF test collection: good PDFs
// among broken, image-only, JBIG2, very long, encrypted, CJK and form PDFs, and texts in odd
// encodings. Deterministic for a given N. Index it with
//   npx tsx scripts/make-hostile-corpus.ts /tmp/pdf-hostile 1000
//   npm run index -- --corpus /tmp/pdf-hostile --out /tmp/pdf-hostile-index --no-cache --quiet

const [out = '/tmp/pdf-hostile', count = '1000'] = process.argv.slice(2);
const n = Number(count);
const fixtures = join(process.cwd(), 'test', 'fixtures');

let seed = 12;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

const read = (dir: string) => async () => (await readdir(dir)).filter((f) => f.endsWith('.pdf')).map((f) => join(dir, f));
const good = [...(await read(join(fixtures, 'pdf'))()), ...(await read(join(fixtures, 'pdf-variants'))())];
const goodBytes = await Promise.all(good.map((f) => readFile(f)));
const bad = (name: string) => readFile(join(fixtures, 'pdf', 'bad', name));
const [imageOnly, encrypted, ownerOnly] = await Promise.all([bad('image-only-no-text.pdf'), bad('encrypted-user-password.pdf'), bad('encrypted-owner-password-only.pdf')]);
const corpusText = await readFile(join(process.cwd(), 'corpus', 'gilder-2024-peace-operations-human-security.txt'), 'utf8');

/** Bytes after %%EOF change the hash (so no cached extraction is reused) and nothing else. */
const variant = (data: Buffer, i: number) => Buffer.concat([data, Buffer.from(`\n% copy ${i}\n`)]);

function formPdf(i: number): Buffer {
  const content = 'BT /F1 12 Tf 72 720 Td (Application for a humanitarian access permit, form ' + i + ') Tj ET\nBT /F1 10 Tf 72 690 Td (Name of the organisation:) Tj ET';
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] /NeedAppearances true >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R /Annots [5 0 R] >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Annot /Subtype /Widget /FT /Tx /T (org) /V (Norwegian Refugee Council) /Rect [220 680 500 700] /P 3 0 R >>',
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), Buffer.from(content), Buffer.from('\nendstream')]),
  ]);
}

const kinds: { name: string; ext: string; make: (i: number) => Buffer }[] = [
  { name: 'good', ext: 'pdf', make: (i) => variant(goodBytes[i % goodBytes.length], i) },
  { name: 'good', ext: 'pdf', make: (i) => variant(goodBytes[(i * 7) % goodBytes.length], i) },
  { name: 'truncated', ext: 'pdf', make: (i) => { const g = goodBytes[i % goodBytes.length]; return g.subarray(0, Math.floor(g.length * (0.1 + random() * 0.8))); } },
  { name: 'garbage', ext: 'pdf', make: () => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(Array.from({ length: 2000 + Math.floor(random() * 20000) }, () => Math.floor(random() * 256))), Buffer.from('\n%%EOF\n')]) },
  { name: 'image-only', ext: 'pdf', make: (i) => variant(imageOnly, i) },
  { name: 'jbig2', ext: 'pdf', make: (i) => jbig2Bomb(20000 + (i % 5) * 10000) },
  { name: 'long', ext: 'pdf', make: () => manyPages(50 + Math.floor(random() * 1500)) },
  // every encrypted file's index is odd (7 mod 14): alternate by round, so both kinds occur
  { name: 'encrypted', ext: 'pdf', make: (i) => variant(Math.floor(i / 14) % 2 ? encrypted : ownerOnly, i) },
  { name: 'cjk', ext: 'pdf', make: (i) => variant(cjkPdf(), i) },
  { name: 'form', ext: 'pdf', make: formPdf },
  { name: 'latin1', ext: 'txt', make: () => Buffer.from(corpusText.replace(/[^\t\n\x20-\xff]/g, '-'), 'latin1') },
  { name: 'utf16', ext: 'txt', make: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(corpusText, 'utf16le')]) },
  { name: 'empty', ext: 'pdf', make: () => Buffer.alloc(0) },
  { name: 'not-a-pdf', ext: 'pdf', make: () => Buffer.from('<html><body>404 Not Found</body></html>') },
];

await mkdir(out, { recursive: true });
const counts: Record<string, number> = {};
for (let i = 0; i < n; i++) {
  const kind = kinds[i % kinds.length];
  counts[kind.name] = (counts[kind.name] ?? 0) + 1;
  await writeFile(join(out, `${String(i).padStart(4, '0')}-${kind.name}.${kind.ext}`), kind.make(i));
}
console.log(`${n} files in ${out}:`, counts);
