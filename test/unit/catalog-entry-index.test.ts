import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { matchEntry, pinEntries, type CatalogEntry } from '../../indexer/metadata/catalog-entry.js';
import { entriesRead } from '../../indexer/document-cache.js';

// matchEntry looks a file's candidates up in an index of the entries by id, folder and stem,
// path tail, name and stem; it used to ask every entry. The scan is kept here as the oracle:
// on generated catalogues mixing every kind of name (folder paths, "./" paths, outside paths,
// bare names, ids as stems, ambiguous names, one id in both catalogues), each file must take
// the entry the scan took, and read the same entries.

const { basename, dirname, extname } = posix;
const stemOf = (path: string) => basename(path, extname(path));
const isAbsolute = (named: string) => named.startsWith('/');
const hasFolder = (named: string) => !isAbsolute(named) && named.includes('/');
const inCorpus = (named: string) => named.replace(/^\.\//, '');
const sameName = (file: string, name: string) => basename(file) === name || stemOf(file) === stemOf(name);

function scanNames(entry: CatalogEntry, named: string, file: string): boolean {
  if (hasFolder(named)) {
    const path = inCorpus(named);
    return path === file || (dirname(path) === dirname(file) && stemOf(path) === stemOf(file));
  }
  if (isAbsolute(named) && named.endsWith(`/${file}`)) return true;
  const name = basename(named);
  return sameName(file, name) && !entry.ambiguous?.includes(name);
}

function scanMatch(entries: CatalogEntry[], file: string): CatalogEntry | undefined {
  const stem = stemOf(file);
  return entries.find((e) => e.item.id === stem && !e.ambiguous?.includes(stem)) ?? entries.find((e) => e.files.some((f) => scanNames(e, f, file)));
}

function scanRead(entries: CatalogEntry[], file: string): CatalogEntry[] {
  const entry = scanMatch(entries, file);
  if (!entry) return [];
  return [entry, ...entries.filter((e) => e !== entry && e.item.id === entry.item.id && e.source !== entry.source)];
}

/** mulberry32: the same catalogue at every run */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generated(seed: number, n: number): { entries: CatalogEntry[]; files: string[] } {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const folders = ['', '2019', '2020', 'notes', 'a/b', 'a/b/c', 'x.y'];
  const stems = Array.from({ length: Math.ceil(n / 3) }, (_, i) => pick(['report', 'brief', 'annex', 'r', 'Report Final', 'x.tar', '.hidden', 'e']) + (r() < 0.8 ? `-${i % 50}` : ''));
  const exts = ['.pdf', '.txt', '.PDF', '.md', ''];
  const pathOf = () => {
    const folder = pick(folders);
    return (folder ? `${folder}/` : '') + pick(stems) + pick(exts);
  };
  const files = [...new Set(Array.from({ length: n }, pathOf))];
  const named = (): string => {
    const path = r() < 0.7 ? pick(files) : pathOf();
    switch (Math.floor(r() * 7)) {
      case 0: return path;
      case 1: return `./${path}`;
      case 2: return basename(path);
      case 3: return `/home/ann/Zotero/storage/X${Math.floor(r() * 9)}/${path}`;
      case 4: return `/home/ann/${basename(path)}`;
      case 5: return `files/12/${basename(path)}`;
      default: return stemOf(path) + pick(exts);
    }
  };
  const entries: CatalogEntry[] = Array.from({ length: n }, (_, i) => {
    const id = r() < 0.3 ? stemOf(pick(files)) : r() < 0.1 ? `e${i % 7}` : `e${i}`;
    const count = Math.floor(r() * 3);
    const names = Array.from({ length: count }, named);
    // as pinEntries marks them, and also where it would not (an outside path's tail still names its file)
    const ambiguous = r() < 0.2 ? [...names.map((f) => basename(f)), id].filter(() => r() < 0.6) : [];
    return { item: { id, type: 'report' }, source: r() < 0.3 ? 'catalog.bib' : 'catalog.json', files: names, ...(ambiguous.length ? { ambiguous } : {}) };
  });
  entries.sort((a, b) => (a.source === b.source ? 0 : a.source === 'catalog.json' ? -1 : 1));
  return { entries, files };
}

describe('catalogue entries looked up by key, not scanned', () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`every file takes the entry the scan took and reads the same entries (generated catalogue, seed ${seed}), pinned and not`, () => {
      const { entries, files } = generated(seed, 700);
      const pinned = pinEntries(entries, files).entries;
      let taken = 0;
      for (const list of [entries, pinned]) {
        for (const file of [...files, 'elsewhere/none.pdf', 'report-1', '.hidden-2']) {
          const want = scanMatch(list, file);
          assert.equal(matchEntry(list, file), want, `${file} (seed ${seed})`);
          assert.deepEqual(entriesRead(list, file), scanRead(list, file), `${file} (seed ${seed})`);
          if (want) taken++;
        }
      }
      // the catalogue exercises both answers, not only "none"
      assert.ok(taken > files.length / 2, `${taken} of ${files.length * 2} files took an entry`);
    });
  }

  it('a list is frozen at its first look-up: an entry added later is an error, not a file silently left without it', () => {
    const entries: CatalogEntry[] = [{ item: { id: 'a', type: 'report' }, source: 'catalog.json', files: [] }];
    assert.equal(matchEntry(entries, 'x/a.pdf')?.item.id, 'a');
    assert.throws(() => entries.push({ item: { id: 'b', type: 'report' }, source: 'catalog.json', files: [] }), TypeError);
  });
});
