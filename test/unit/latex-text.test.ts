import assert from 'node:assert/strict';
import { latexByCluster, latexText } from '../../server/export/latex.js';

// latexText copies plain ASCII a run at a time (attack20: letter by letter, it was four fifths of
// a large BibTeX export's CPU); every answer must be the letter-at-a-time one. How much cheaper
// it is belongs to a measurement (docs/measurements.md, attack20), not to a timed test: under
// load a CPU-time ratio here failed a fresh clone's npm test.

describe('latexText: runs of plain ASCII copied whole', () => {
  it('writes what the letter-at-a-time reading writes, on hand-picked and random texts', () => {
    const picked = [
      '',
      'Protection of civilians in 2019: a review',
      'Children <5 years & 50% of {aid} ~ $3 #1 a_b c^d back\\slash |bar|',
      'back} slash {open',
      'État, Ħ, Þ, Đ, ß, æ, Ø, ł, ı',
      'x\u030C and e\u0301 and a\u0308\u0301 marks after ASCII, \u0301 a mark first',
      'ab\u030Ccd “quoted” – dash — em\u00A0space',
      'Кириллица and العربية and 中文',
      'line\nbreak\ttab\r',
    ];
    const alphabet = [...'abcXYZ 09.,;:!?\'"`()[]-+=/@#$%&<>\\^_{}|~\n\t', '\u0301', '\u0308', '\u030C', '\u0327', 'é', 'Ø', 'ß', '–', '“', '\u00A0', 'Ħ', 'Ж', '😀'];
    let seed = 20;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const made = Array.from({ length: 3000 }, () => Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    for (const text of [...picked, ...made]) assert.equal(latexText(text), latexByCluster(text), JSON.stringify(text));
  });
});
