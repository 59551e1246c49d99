import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../../indexer/worker-bundle.js';

// A file worker runs from a bundle of its sources, reused while a manifest says the sources
// are as the bundle was made from them (indexer/worker-bundle.ts). userreview17 saw an index
// run publish metadata as the sources read before a change: a manifest had recorded a source's
// new stamp beside a bundle of its old text.
describe('worker bundle (indexer/worker-bundle.ts)', () => {
  let root: string;
  const entry = () => join(root, 'entry.ts');
  const dep = () => join(root, 'dep.ts');
  const setRule = (rule: string, when: number) => {
    writeFileSync(dep(), `export const rule = '${rule}';\n`);
    utimesSync(dep(), when / 1000, when / 1000);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'worker-bundle-'));
    writeFileSync(entry(), "import { rule } from './dep.js';\nexport const used = rule;\n");
    const past = (Date.now() - 60_000) / 1000;
    utimesSync(entry(), past, past);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reuses a bundle while its sources are unchanged, and bundles again when one changes', () => {
    setRule('old', Date.now() - 60_000);
    const first = build(entry(), root)!;
    assert.ok(existsSync(join(root, '.cache', 'entry.json')));
    assert.equal(build(entry(), root), first);
    setRule('new', Date.now() - 30_000);
    const second = build(entry(), root)!;
    assert.notEqual(second, first);
    assert.match(readFileSync(second, 'utf8'), /"new"/);
  });

  it('does not record a bundle whose source changed after the build began', () => {
    // The stamp a change during the build leaves: a time after the build's start, recorded
    // after esbuild read the old text. The same size, so that only the time tells them apart.
    const during = Date.now() + 60_000;
    setRule('old', during);
    const first = build(entry(), root)!;
    assert.match(readFileSync(first, 'utf8'), /"old"/);
    setRule('new', during);
    const second = build(entry(), root)!;
    assert.match(readFileSync(second, 'utf8'), /"new"/, 'the next run took the bundle of the old text');
  });
});

describe('code identity in the extraction cache key (indexer/code-identity.ts)', () => {
  it("is a bundle's content hash, or changes with any of the indexer's files", async () => {
    const { codeIdentity, compute } = await import('../../indexer/code-identity.js');
    assert.equal(codeIdentity('/p/.cache/worker-0123456789abcdef/entry.mjs'), '0123456789abcdef');
    const root = mkdtempSync(join(tmpdir(), 'code-id-'));
    try {
      for (const dir of ['indexer/readers', 'core']) mkdirSync(join(root, dir), { recursive: true });
      writeFileSync(join(root, 'core', 'text.js'), 'export const a = 1;\n');
      writeFileSync(join(root, 'indexer', 'readers', 'pdf.js'), "export const rule = 'old';\n");
      const before = codeIdentity(join(root, 'indexer', 'file-worker.js'));
      writeFileSync(join(root, 'indexer', 'readers', 'pdf.js'), "export const rule = 'new';\n");
      // the next run computes it again
      assert.notEqual(compute(join(root, 'indexer', 'file-worker.js')), before);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('names the sources, not the way they run: npm run index and the server\'s first start share a cache', async () => {
    const { sourceIdentity } = await import('../../indexer/code-identity.js');
    const root = mkdtempSync(join(tmpdir(), 'code-src-'));
    try {
      assert.equal(sourceIdentity(root), null, 'no sources, no identity: the run falls back to its own code');
      for (const dir of ['indexer/readers', 'core']) mkdirSync(join(root, dir), { recursive: true });
      writeFileSync(join(root, 'indexer', 'cli.ts'), 'export {};\n');
      writeFileSync(join(root, 'indexer', 'readers', 'pdf.ts'), "export const rule = 'old';\n");
      const before = sourceIdentity(root);
      assert.match(before ?? '', /^[0-9a-f]{16}$/);
      // a compiled tree beside the sources is not what names them
      mkdirSync(join(root, 'dist', 'indexer'), { recursive: true });
      writeFileSync(join(root, 'dist', 'indexer', 'cli.js'), 'export {};\n');
      assert.equal(sourceIdentity(root), before);
      writeFileSync(join(root, 'indexer', 'readers', 'pdf.ts'), "export const rule = 'new';\n");
      const edited = sourceIdentity(root);
      assert.notEqual(edited, before);
      // a word list the readers consult is code too: an edited list reads first pages anew
      mkdirSync(join(root, 'lexicon'));
      writeFileSync(join(root, 'lexicon', 'given-names.txt'), 'Robert\n');
      const listed = sourceIdentity(root);
      assert.notEqual(listed, edited);
      writeFileSync(join(root, 'lexicon', 'given-names.txt'), 'Robert\nFelicity\n');
      assert.notEqual(sourceIdentity(root), listed);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
