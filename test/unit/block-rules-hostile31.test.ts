import assert from 'node:assert/strict';
import { joinLine, joinLines } from '../../indexer/stages/block-rules.js';

// hostile31: a web address broken over thousands of lines is one token; joinLine read it back
// from its end at every line, quadratic in the address's length.
describe('joining lines of a long broken web address (hostile31)', () => {
  it('joins line by line as joinLines joins the block, in one pass', () => {
    const lines = ['Smith, J. (2020) ‘A report’. London: ODI (https://example.org/', ...Array.from({ length: 8000 }, (_, i) => `segment${i}abcdefghijklmnop-`), 'end.pdf).', 'Next entry and words', 'more words'];
    const start = process.cpuUsage();
    let text = lines[0];
    for (const line of lines.slice(1)) text = joinLine(text, line);
    const used = process.cpuUsage(start);
    assert.equal(text, joinLines(lines));
    assert.ok(text.includes('segment7998abcdefghijklmnop-segment7999abcdefghijklmnop-end.pdf).'));
    // 200 kB of address: several seconds of CPU before
    assert.ok((used.user + used.system) / 1000 < 2500, `${(used.user + used.system) / 1000} ms`);
    // a text joined before is read afresh, not from the carried token
    assert.equal(joinLine('see https://a.org/x-', 'y'), 'see https://a.org/x-y');
    assert.equal(joinLine('plain words', 'next'), 'plain words next');
  });

  it('joins as the joinLine before it on random lines', () => {
    // the old joinLine, reading the whole text's last token at every line
    const oldJoin = (text: string, next: string) => {
      const token = /\S*$/.exec(text)![0];
      const url = /(https?:|www\.|\/)/.test(token);
      return text + (url && /[-/._=?&%]$/.test(token) && !/^[(\s]/.test(next) ? '' : ' ') + next;
    };
    const pieces = ['https:', 'http', 's:', '//', 'www', '.', 'a', '-', '/', ' ', '(x', 'word', '=', '?', '%', '&', '_'];
    let seed = 31;
    const r = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 3000; n++) {
      const lines = Array.from({ length: 1 + Math.floor(r() * 6) }, () => Array.from({ length: 1 + Math.floor(r() * 4) }, () => pieces[Math.floor(r() * pieces.length)]).join(''));
      let a = lines[0];
      let b = lines[0];
      for (const l of lines.slice(1)) {
        a = joinLine(a, l);
        b = oldJoin(b, l);
      }
      assert.equal(a, b, JSON.stringify(lines));
      if (lines[0]) assert.equal(joinLines(lines), b, JSON.stringify(lines));
    }
  });
});
