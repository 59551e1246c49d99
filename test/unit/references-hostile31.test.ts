import assert from 'node:assert/strict';
import type { CslItem, CslName } from '../../core/types.js';
import { lettersOnly } from '../../core/text.js';
import { firstAuthorName, issuedYear } from '../../core/csl.js';
import { editorNames, INVERTED_NAME } from '../../indexer/references/container.js';
import { entryLookup, type AuthorCount } from '../../indexer/references/entry-lookup.js';
import { NOTE_PLAIN, NOTE_QUOTED, parseReferences } from '../../indexer/references/parse.js';
import { PARTICLE } from '../../indexer/references/particles.js';
import { referenceTitle } from '../../indexer/tag/reference-title.js';

// hostile31: the reference reader against text made to be slow. Each super-linear pattern is
// checked twice: the new one answers exactly as the old one on random text (the old kept here
// as it was), and an input at which the old took seconds of CPU now takes a small part of a
// generous bound (process CPU time, not wall time, so a loaded machine does not fail it).

/** A small seeded generator (mulberry32): the same random texts on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function texts(seed: number, tokens: readonly string[], count: number, most: number): string[] {
  const r = random(seed);
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(r() * most) }, () => tokens[Math.floor(r() * tokens.length)]).join(''));
}

function cpuMs(f: () => unknown): number {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const OLD_INVERTED_NAME = new RegExp(String.raw`(?<![\p{L}'’-])(?<![\p{Lu}][\p{L}'’-]*\s)((?:${PARTICLE}\s)*[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)*),\s((?:[\p{Lu}]\.\s?)+)`, 'gu');
const OLD_NOTE_QUOTED = /^(.+?),\s*[‘'“"’‛](.+?)[’'”"]\s*,?\s*(.*)$/;
const OLD_NOTE_PLAIN = /^([\p{Lu}][^,]{2,80}),\s*(.+?)\s*\((.+?)\)\s*(.*)$/u;

/**
 * The entry an in-text citation names, as graph.ts scanned for it before (every entry, each time),
 * with refs40's rule: the exact name's entries where the list has any, and a citation of several
 * authors never an entry of one; and refs41's: a citation of one, an entry of several only where
 * the name has no other entry of the year; and refs42's: a cited name shorter than 8 letters
 * begins an entry's only where it ends a word of it ("Met" no name of "Metcalfeson"); and review43's:
 * one of 8 letters or more goes past no name of 8 ("Metcalfeh" no name of "Metcalfe").
 */
function oldLookup(refs: readonly CslItem[], family: string, year: number, authors: AuthorCount): number {
  const familyKey = (c: CslItem) => lettersOnly(firstAuthorName(c));
  const count = (x: CslItem): AuthorCount => {
    const n = x.author?.length || x.editor?.length || 0;
    return n >= 3 ? 'more' : n === 2 ? 'two' : 'one';
  };
  const words = (x: CslItem) => firstAuthorName(x).split(/[^\p{L}\p{N}]+/u);
  // review43: a cited name of 8 letters or more goes by its first 8 only into a longer name ("Metcalfeson" of "Metcalfe-Hough"), never past a name of 8 ("Metcalfeh" is no Metcalfe's)
  const begins = (x: CslItem) => (family.length >= 8 ? familyKey(x).length > 8 || familyKey(x) === family : family === '' || words(x).some((_, j) => lettersOnly(words(x).slice(0, j + 1).join('')) === family));
  const exact = refs.some((x) => issuedYear(x) === year && familyKey(x) === family);
  let best = -1;
  let bestScore = -1;
  let named = 0;
  refs.forEach((x, i) => {
    if (issuedYear(x) !== year || !familyKey(x).startsWith(family.slice(0, 8)) || !begins(x) || (exact && familyKey(x) !== family)) return;
    if (authors !== 'one' && count(x) === 'one') return;
    named++;
    const score = count(x) === authors ? 1 : 0;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  // refs41: a citation of one author names a work of several only where it is the name's one work of the year
  return authors === 'one' && bestScore === 0 && named > 1 ? -1 : best;
}

const FAMILIES = ['Metcalfe', 'Metcalfe-Hough', 'Metcalfeson', 'Met', 'Bowden', 'Bow', 'Keller', 'UN', 'Zeta'];
const COUNTS: AuthorCount[] = ['one', 'two', 'more'];

function randomEntries(r: () => number, n: number): CslItem[] {
  return Array.from({ length: n }, (_, i) => {
    const names: CslName[] = Array.from({ length: 1 + Math.floor(r() * 4) }, () => ({ family: FAMILIES[Math.floor(r() * FAMILIES.length)], given: 'A.' }));
    const dated = r() < 0.9;
    const item: CslItem = { id: `e${i}`, type: 'report', title: `Work ${i}` };
    if (r() < 0.8) item.author = names;
    else if (r() < 0.5) item.editor = names;
    if (dated) item.issued = { 'date-parts': [[2010 + Math.floor(r() * 4)]] };
    return item;
  });
}

describe('the reference reader on hostile text (hostile31)', () => {
  it('finds the entry a citation names as the scan over every entry did, and in time linear in the list', () => {
    const r = random(31);
    for (let round = 0; round < 200; round++) {
      const refs = randomEntries(r, 1 + Math.floor(r() * 12));
      const find = entryLookup(refs);
      for (const family of [...FAMILIES.map(lettersOnly), 'metcalfeh', 'me', '', 'zz']) {
        for (let year = 2009; year <= 2014; year++) {
          for (const authors of COUNTS) assert.equal(find(family, year, authors), oldLookup(refs, family, year, authors), `${family} ${year} ${authors} in ${JSON.stringify(refs)}`);
        }
      }
    }
    // 20,000 entries by one author in one year, cited 40,000 times: the scan read 8·10⁸ entries
    const many: CslItem[] = Array.from({ length: 20000 }, (_, i) => ({ id: `e${i}`, type: 'report', author: [{ family: 'Smith', given: 'J.' }], issued: { 'date-parts': [[2020]] } }));
    let found = 0;
    const ms = cpuMs(() => {
      const find = entryLookup(many);
      for (let i = 0; i < 40000; i++) found += find('smith', 2020, i % 2 ? 'one' : 'two') >= 0 ? 1 : 0;
    });
    // the half cited with two authors names none of these one-author works (refs40)
    assert.equal(found, 20000);
    assert.ok(ms < 3000, `${ms} ms`);
  });

  it('reads inverted names as before, and a long run of particles in one pass', () => {
    const tokens = ['de ', 'la ', 'von ', 'der ', 'van ', 'Smith', 'Coning', ', ', 'J.', ' ', 'B. ', 'made ', 'and ', '-', 'Ab'];
    for (const t of texts(3131, tokens, 20000, 14)) {
      assert.deepEqual([...t.matchAll(INVERTED_NAME)].map((m) => [m.index, m[0]]), [...t.matchAll(OLD_INVERTED_NAME)].map((m) => [m.index, m[0]]), t);
    }
    assert.deepEqual(editorNames('Ana de la Cruz, B. and Smith de la Coning, C.').map((n) => n.family), ['Cruz', 'Coning']);
    // 144 kB of particles with no comma: 4 s of CPU before (each particle tried to the run's end)
    const run = 'In ' + 'de la van der von '.repeat(8000) + 'Smith (eds) Book';
    const ms = cpuMs(() => editorNames(run));
    assert.ok(ms < 1000, `${ms} ms`);
  });

  it('reads a note’s quoted and parenthesised forms as before, and an unclosed run of them in one pass', () => {
    const tokens = ['Jane Doe', 'a', 'Ab', ', ', ',', ' ', '(', ')', '‘', '’', "'", '"', '“', '”', '‛', '\n', 'x (', 'London: Hart, 2007'];
    for (const t of texts(313, tokens, 20000, 12)) {
      assert.deepEqual(NOTE_QUOTED.exec(t)?.slice(0), OLD_NOTE_QUOTED.exec(t)?.slice(0), JSON.stringify(t));
      assert.deepEqual(NOTE_PLAIN.exec(t)?.slice(0), OLD_NOTE_PLAIN.exec(t)?.slice(0), JSON.stringify(t));
    }
    // 96 kB of unclosed parentheses and 192 kB of unclosed quotations: 2.6 s each before
    for (const t of ['Smith, Title ' + '(a '.repeat(32000), 'a, ‘x '.repeat(32000)]) {
      const ms = cpuMs(() => parseReferences(t, 'note'));
      assert.ok(ms < 1000, `${ms} ms`);
    }
  });

  it('reads a reference with a long run of spaces in one pass, as the same reference with one', () => {
    const spaced = 'Smith, J. (2020)   Title of the   work.   London:    ODI.';
    assert.deepEqual(parseReferences(spaced, 'entry'), parseReferences(spaced.replace(/\s+/g, ' '), 'entry'));
    // 80 kB of spaces: 6.6 s (note) and 3.7 s (entry) before
    for (const kind of ['note', 'entry'] as const) {
      const ms = cpuMs(() => parseReferences(`Smith, J. (2020) T${' '.repeat(80000)}x (a`, kind));
      assert.ok(ms < 1000, `${kind}: ${ms} ms`);
    }
  });
});

describe('a reference’s title on hostile text (hostile31)', () => {
  it('reads a quoted title as before, and an entry of unclosed quotation marks in one pass', () => {
    assert.equal(referenceTitle('Doe, J. (2020) ‘Humanitarian diplomacy: the ICRC’s neutral way’. Geneva: ICRC.').includes('Humanitarian diplomacy'), true);
    // 72 kB of opening marks with no closing one: each read to the entry's end, 20 s of CPU before; the bound leaves room for coverage instrumentation and a loaded machine (2 s seen under c8)
    for (const t of ['Jones, A. (2019) ' + 'a, ‘x '.repeat(12000), 'Smith, J. (2020) ' + '‘x “y '.repeat(12000), "Smith, J. (2020) " + "a 'x ".repeat(12000)]) {
      const ms = cpuMs(() => referenceTitle(t));
      assert.ok(ms < 6000, `${ms} ms`);
    }
  });
});
