import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '../../core/text.js';
import type { CatalogEntry } from '../../indexer/metadata/catalog-entry.js';
import { entriesFollowingRenames } from '../../indexer/renamed-entries.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// review22 b finding 2: a catalogue entry follows its renamed file (userreview22), but only a
// file whose bytes the previous build made that entry's document from: an uncatalogued file
// whose own name slugs to the entry's id is another work.

const entry = (id: string, files: string[] = []): CatalogEntry => ({ item: { id, type: 'report', title: `The catalogue's ${id}` }, source: 'catalog.json', files });

describe('entriesFollowingRenames', () => {
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  async function corpus(files: Record<string, string>): Promise<{ dir: string; hash: (rel: string) => Promise<string> }> {
    const dir = await tempDir();
    dirs.push(dir);
    for (const [rel, text] of Object.entries(files)) await writeFile(join(dir, rel), text);
    return { dir, hash: async (rel) => sha256(await readFile(join(dir, rel))) };
  }
  const listed = (dir: string, rels: string[]) => rels.map((rel) => ({ abs: join(dir, rel), rel }));

  it('follows a catalogued file renamed, and at the next run the file the entry followed', async () => {
    const { dir, hash } = await corpus({ 'report-final.txt': 'The report.' });
    const h = await hash('report-final.txt');
    const entries = [entry('report')];
    // the rename: the previous build read report.txt (matched by its stem)
    // the entry names the file by its path since catalog39 (a same name in another folder is another work)
    const renamed = await entriesFollowingRenames(listed(dir, ['report-final.txt']), entries, { hashOf: new Map([['report', h]]), fileByHash: new Map([[h, 'report.txt']]) });
    assert.deepEqual(renamed.entries[0].files, ['./report-final.txt']);
    assert.deepEqual(renamed.followed, [{ id: 'report', from: 'report.txt', to: 'report-final.txt' }]);
    // the next run: the previous build read report-final.txt as the document `report`
    const later = await entriesFollowingRenames(listed(dir, ['report-final.txt']), entries, { hashOf: new Map([['report', h]]), fileByHash: new Map([[h, 'report-final.txt']]) });
    assert.deepEqual(later.entries[0].files, ['./report-final.txt']);
    assert.deepEqual(later.followed, []);
  });

  it('gives no entry to an uncatalogued file whose own name made the id the entry has', async () => {
    const { dir, hash } = await corpus({ 'Annual Report.txt': 'Our own annual report.' });
    const h = await hash('Annual Report.txt');
    // the catalogue's "annual-report" names a file not in the corpus (yet)
    const entries = [entry('annual-report', ['ar-2023.pdf'])];
    const previous = { hashOf: new Map([['annual-report', h]]), fileByHash: new Map([[h, 'Annual Report.txt']]) };
    const r = await entriesFollowingRenames(listed(dir, ['Annual Report.txt']), entries, previous);
    assert.deepEqual(r.entries, entries);
    // nor when that file is renamed
    const { dir: dir2 } = await corpus({ 'annual-report-2.txt': 'Our own annual report.' });
    const moved = await entriesFollowingRenames(listed(dir2, ['annual-report-2.txt']), entries, previous);
    assert.deepEqual(moved.entries, entries);
  });

  it('reads no file from a path the previous build read another document from (finding 9: only new paths are hashed)', async () => {
    // other.txt was another note in the previous build; it is not read again to look for the
    // renamed report (were it read, its bytes, the report's now, would take the entry)
    const { dir, hash } = await corpus({ 'other.txt': 'The report.' });
    const h = await hash('other.txt');
    const r = await entriesFollowingRenames(listed(dir, ['other.txt']), [entry('report')], { hashOf: new Map([['report', h], ['other', 'x']]), fileByHash: new Map([[h, 'report.txt'], ['x', 'other.txt']]) });
    assert.deepEqual(r.followed, []);
  });
});
