import assert from 'node:assert/strict';
import { cleanText } from '../../indexer/stages/repair.js';

// hostile31: a run of combining marks is sorted by NFC (and NFKD after it) in time quadratic in
// its length; cleanText keeps 30 marks on a letter (Unicode's stream-safe limit, UAX #15).
describe('repair on runs of combining marks (hostile31)', () => {
  it('keeps accents and short runs as NFC makes them, and cuts a long run to 30 marks in one pass', () => {
    assert.equal(cleanText('Co\u0302te d’Ivoire'), 'Côte d’Ivoire');
    const thirty = 'a' + '\u0301\u0323'.repeat(15);
    assert.equal(cleanText(thirty), thirty.normalize('NFC'));
    // 200,000 marks of two alternating classes: 8 s or more of CPU in NFC before
    const start = process.cpuUsage();
    const out = cleanText('a' + '\u0301\u0323'.repeat(100000) + ' b');
    const used = process.cpuUsage(start);
    assert.equal(out, ('a' + '\u0301\u0323'.repeat(15)).normalize('NFC') + ' b');
    assert.ok((used.user + used.system) / 1000 < 1000, `${(used.user + used.system) / 1000} ms`);
  });
});
