import assert from 'node:assert/strict';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listCorpus, OUTSIDE_LINK_REASON } from '../../indexer/corpus.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// A shortcut dropped into a shared folder must not publish its target (userreview19b finding 1).
describe('symbolic links in the corpus folder', () => {
  let corpus: string;
  let elsewhere: string;
  before(async () => {
    corpus = await tempDir('links-corpus-');
    elsewhere = await tempDir('links-private-');
    await writeFile(join(elsewhere, 'salaries.txt'), 'Staff salaries 2024\n\nA private line.\n');
    await mkdir(join(elsewhere, 'shared'));
    await writeFile(join(elsewhere, 'shared', 'memo.txt'), 'A memo.\n');
    await writeFile(join(corpus, 'report.txt'), 'A report.\n');
    await mkdir(join(corpus, 'sub'));
    await symlink(join(corpus, 'report.txt'), join(corpus, 'sub', 'inside-link.txt'));
    await symlink(join(elsewhere, 'salaries.txt'), join(corpus, 'salaries.txt'));
    await symlink(join(elsewhere, 'shared'), join(corpus, 'linked-folder'));
  });
  after(() => removeAll(corpus, elsewhere));

  it('lists a link out of the folder (to a file or through a folder) with its reason, no path', async () => {
    const { files } = await listCorpus(corpus);
    const byRel = new Map(files.map((f) => [f.rel, f]));
    assert.equal(byRel.get('salaries.txt')?.problem, OUTSIDE_LINK_REASON);
    assert.equal(byRel.get('linked-folder/memo.txt')?.problem, OUTSIDE_LINK_REASON);
    assert.doesNotMatch(OUTSIDE_LINK_REASON, /\//, 'no server path in a line the About page shows');
  });

  it('reads links inside the folder as before', async () => {
    const { files } = await listCorpus(corpus);
    const inside = files.find((f) => f.rel === 'sub/inside-link.txt');
    assert.ok(inside && !inside.problem && !inside.outside);
  });

  it('reads links out of the folder when asked, marked with their target', async () => {
    const { files } = await listCorpus(corpus, { followLinksOutside: true });
    const salaries = files.find((f) => f.rel === 'salaries.txt');
    assert.ok(salaries && !salaries.problem);
    assert.match(salaries.outside ?? '', /salaries\.txt$/);
  });
});
