import assert from 'node:assert/strict';
import { asciiForm, isPlain } from '../../core/text.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { compileAliases, findMentions } from '../../indexer/tag/mentions.js';
import { ellipticEnd, mayEndElliptic } from '../../indexer/tag/elliptic-gate.js';

// findMentions skips an elliptic form's search (rule 15) where mayEndElliptic says it cannot
// match: that must hold for every form, on the edges of its patterns and on random texts, so
// the skip changes nothing.
describe('the elliptic forms\' gate (rule 15 searches skipped on plain text)', () => {
  const aliases = compileAliases(loadTaxonomy());
  const elliptic = aliases.filter((a) => a.elliptic);
  const gated = elliptic.filter((a) => a.ellipticEnd !== undefined);
  // the pattern as findMentions runs it on plain text, anywhere (no boundary test: stricter)
  const patternMatches = (a: (typeof aliases)[number], text: string) => {
    const re = asciiForm(a.elliptic!());
    re.lastIndex = 0;
    const hit = re.test(text);
    re.lastIndex = 0;
    return hit;
  };
  const check = (text: string) => {
    assert.ok(isPlain(text), text);
    const lower = text.toLowerCase();
    for (const a of gated) if (!mayEndElliptic(lower, a.ellipticEnd!)) assert.equal(patternMatches(a, text), false, `${a.text} in ${JSON.stringify(text)}`);
  };

  it('gates the ASCII forms, and opens where a form matches', () => {
    assert.ok(elliptic.length > 100 && gated.length > 0.9 * elliptic.length, `${gated.length} of ${elliptic.length}`);
    assert.equal(ellipticEnd('Groups'), 'groups');
    assert.equal(ellipticEnd('autorités'), undefined);
    assert.ok(mayEndElliptic('armed forces or groups', 'groups'));
    assert.ok(mayEndElliptic('host and donor governments', 'governments'));
    assert.ok(mayEndElliptic('x and\u00a0 non-state\n groups', 'groups'));
    assert.ok(!mayEndElliptic('armed groups and forces', 'groups'));
    assert.ok(!mayEndElliptic('groups', 'groups'));
    assert.ok(!mayEndElliptic('band groups; sand-or groups', 'groups'));
    assert.ok(!mayEndElliptic('and 2 groups, and x, groups', 'groups'));
  });

  it('never skips a form that matches, on the edges of its patterns', () => {
    const texts = [
      'Boys were recruited by armed forces or groups along the ferry road.',
      'Host and donor governments met; host and  donor-governments; host and donor\ngovernments.',
      'ARMED FORCES OR GROUPS; Armed-forces and groups; armed forces andgroups; armed forces or\u00a0groups.',
      'non-state armed groups, armed forces or groups; and groups; or groups; andor groups; band of groups',
      'local and national authorities, local or international NGOs, national and local-level authorities',
      'and groups', 'or groups', ' or groups', 'x or y-z groups', 'x or y_z groups', 'x or y2 groups', 'x or -- groups',
    ];
    for (const text of texts) check(text);
  });

  it('never skips a form that matches, on random plain texts', () => {
    // the forms' own words, their heads and conjunctions, and separators that collide with them
    const words = [...new Set(gated.flatMap((a) => a.text.toLowerCase().split(/[\s-]+/)))].sort();
    let seed = 38;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const pieces = ['and', 'or', 'And', 'OR', 'band', 'x', 'x-y', '2', ' ', '  ', '-', '\n', '\u00a0', ',', '.', '_'];
    for (let t = 0; t < 1500; t++) {
      const text = Array.from({ length: 3 + rand(12) }, () => (rand(2) ? words[rand(words.length)] : pieces[rand(pieces.length)])).join(rand(3) ? ' ' : '');
      check(text);
    }
  });

  it('never skips a form that matches, on random near-misses of the forms', () => {
    // a form's words in its two shapes, each separator, conjunction and case perturbed
    const heads = [...new Set(gated.map((a) => a.text.split(/[\s-]+/).at(-1)!.toLowerCase()))];
    let seed = 380;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const pick = <T>(xs: readonly T[]) => xs[rand(xs.length)];
    const seps = [' ', ' ', ' ', '  ', '-', '\n', '\u00a0', '', ' - ', '_', ','];
    const conjs = ['and', 'or', 'AND', 'Or', 'band', 'nor', 'an'];
    const cases = (w: string) => pick([w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1)]);
    let open = 0;
    let matched = 0;
    for (let t = 0; t < 3000; t++) {
      const a = pick(gated);
      const parts = a.text.split(/[\s-]+/);
      const front = parts.slice(0, -1).map(cases);
      const tail = rand(2) ? [pick(heads), pick(conjs), parts.at(-1)!] : [pick(conjs), pick(['donor', 'non-state', 'x2', 'Local', '-', 'a-b']), parts.at(-1)!];
      const text = [pick(['', 'the', 'x and']), ...front, ...tail.map(cases), pick(['', 'met', '.'])].reduce((acc, w) => acc + pick(seps) + w);
      const hit = patternMatches(a, text);
      if (mayEndElliptic(text.toLowerCase(), a.ellipticEnd!)) open++;
      else assert.equal(hit, false, `${a.text} in ${JSON.stringify(text)}`);
      if (hit) matched++;
    }
    // the set exercises both answers
    assert.ok(matched > 100 && open < 1000, `${matched} matched, ${open} open`);
  });

  it('finds the same mentions with the gate as without it', () => {
    const ungated = aliases.map(({ ellipticEnd: _end, ...a }) => a);
    const texts = [
      'Boys were recruited by armed forces or groups along the ferry road, as host and donor governments knew.',
      'Armed groups and forces; the national and local authorities; UN agencies and NGOs.',
    ];
    for (const text of texts) assert.deepEqual(findMentions(text, aliases), findMentions(text, ungated), text);
  });
});
