import assert from 'node:assert/strict';
import { healthForClients, withoutServerPaths } from '../../server/public-text.js';

// userreview19b finding 2: /api/health and the 503 pages had named paths on the server.
describe('withoutServerPaths', () => {
  it('makes paths in the index directory relative to it, and names the directory without its path', () => {
    assert.equal(
      withoutServerPaths("build X not loaded: ENOENT: no such file or directory, stat '/srv/ngo/index/builds/X/aliases.json'", '/srv/ngo/index'),
      "build X not loaded: ENOENT: no such file or directory, stat 'builds/X/aliases.json'",
    );
    assert.equal(withoutServerPaths('nothing published in /srv/ngo/index', '/srv/ngo/index'), 'nothing published in the index directory');
  });

  it('cuts any other absolute path to its last part, and leaves URLs and plain words alone', () => {
    assert.equal(withoutServerPaths('indexing /home/officer/library failed: run npm run index', '/srv/index'), 'indexing …/library failed: run npm run index');
    assert.equal(withoutServerPaths('see http://example.org/a/b and read in part'), 'see http://example.org/a/b and read in part');
    assert.equal(withoutServerPaths("EIO: i/o error, read '/mnt/x/y.pdf'"), "EIO: i/o error, read '…/y.pdf'");
  });

  it('rewrites only a health answer that has a reason', () => {
    const index = { id: 'b', builtAt: 't', documents: 1, passages: 1, verified: true };
    assert.deepEqual(healthForClients({ status: 'ok', index }, '/srv/index'), { status: 'ok', index });
    assert.deepEqual(healthForClients({ status: 'unavailable', reason: 'see /srv/index/report.json' }, '/srv/index'), { status: 'unavailable', reason: 'see report.json' });
  });
});
