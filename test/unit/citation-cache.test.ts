import assert from 'node:assert/strict';
import { cached, citationCacheSize } from '../../server/cite.js';

describe('the citation cache', () => {
  it('keeps at most its limit, dropping the least recently used, and empties on a new build', () => {
    let made = 0;
    const make = (k: string) => () => `${k}!${++made}`;
    for (const k of ['a', 'b', 'c']) cached('b1', k, make(k), 3);
    assert.equal(cached('b1', 'a', make('a'), 3), 'a!1', 'a hit is served, not made again');
    cached('b1', 'd', make('d'), 3); // b is the least recently used now
    assert.equal(citationCacheSize(), 3);
    assert.equal(cached('b1', 'c', make('c'), 3), 'c!3');
    assert.equal(cached('b1', 'b', make('b'), 3), 'b!5', 'b was dropped and is made again');
    cached('b2', 'a', make('a'), 3);
    assert.equal(citationCacheSize(), 1);
  });
});
