import assert from 'node:assert/strict';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { addPhrasePairs, LibraryWriter, phraseRow, phraseToken, phraseWord } from '../../core/build/library-db.js';
import { phraseWindows, STEMMED_PHRASES_AT_MOST, variantPhrases } from '../../core/build/phrase-pairs.js';
import { Fts5Engine } from '../../core/engines/fts5.js';
import { LibraryStore } from '../../core/engines/fts5-library.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// Format 18's pairs table holds the words as written only; a stemmed phrase is asked as its
// stems' written variants (stem_words), and so is one word stemmed in the phrases table. These
// hold it to the answers of format 17's stems columns.

const doc = (id: string): DocumentRecord => ({
  id, csl: { id, type: 'report', title: `Report ${id}`, author: [{ family: 'Gilder', given: 'Alexander' }] }, provenance: {}, file: `${id}.txt`, format: 'text', hash: id,
  pages: null, pageLabels: null, passageCount: 1, tags: { actor: [], theme: [], place: [], kind: [] }, furniture: { removed: 0, kinds: {} }, outline: [],
});
const passage = (id: string, d: string, text: string): Passage => ({
  id, doc: d, ordinal: 0, block: 0, text, section: ['Findings'], page: '3', physicalPage: 3, start: 0, end: text.length,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
});

const TEXTS = [
  'Peacekeepers protected civilians in Mali and protecting operations protection mattered.',
  'The protection of civilians is a task; protecting civilian lives is another.',
  'Missions protect the civilians they serve. Protects operated protective operations.',
  'Protections operating protected; protection operations protecting. Operational protection operates.',
  "Don't stop: the l’accès humanitaire and l'accès humanitaires were refused. Civilians' protection.",
  'Operation protects operation; operations protect protections, operating protectively.',
  // two stems of many written forms (17 and 11): a phrase of them asked by windows, then checked
  'Organised operations failed; operations organised later by organizers, organizing operations organisers praised.',
  'organize x organized x organizes x organisation x organisations x organizational x organise x organises x organising x organization x organizations x organiser x organisers x organizer',
  'operate x operated x operates x operation x operational x operative x operatives x operator x operators x operating x operations',
];

const QUERIES = [
  'protect civilians', 'protection of civilians', 'protecting civilian', 'civilians protection', 'protecting operations protection',
  'operation protection operations', 'protect operation', "don't stop", 'accès humanitaire', 'access humanitarian', 'missions protect the civilians',
  'protected civilians in mali', 'nothing here',
  // past STEMMED_PHRASES_AT_MOST combinations of written forms: asked in windows
  'organised operations', 'organised operations organised', 'organisations operations organisations operations', 'organizing operations organisers',
  'protections operating protected protection operations protecting', 'operation protects operation operations protect protections operating', 'the', 'protect', 'operational protection operates', 'operations', 'civilian', 'accès', 'access', 'mali',
];

describe('stem_words: stemmed phrases from the written pairs (format 18)', () => {
  let dir: string;
  let now: Database.Database;
  let old: Database.Database;
  before(async () => {
    dir = await tempDir('stemwords-');
    const writer = new LibraryWriter(join(dir, 'library.db'));
    TEXTS.forEach((text, i) => writer.addDocument(doc(`d${i}`), [passage(`d${i}-1`, `d${i}`, text)]));
    writer.finish();
    // the same build as format 17 wrote it: the pairs with a stems column, no stem_words
    await copyFile(join(dir, 'library.db'), join(dir, 'format17.db'));
    const rw = new Database(join(dir, 'format17.db'));
    rw.exec('DROP TABLE pairs; DROP TABLE stem_words; DROP TABLE phrases');
    rw.exec(`CREATE VIRTUAL TABLE phrases USING fts5(stems, words, content='', columnsize=0, tokenize="ascii tokenchars '_'", detail=column)`);
    const insert = rw.prepare('INSERT INTO phrases (rowid, stems, words) VALUES (?, ?, ?)');
    for (const [ord, text] of rw.prepare('SELECT ord, text FROM passages').raw().all() as [number, string][]) insert.run(ord, ...phraseRow(text));
    rw.prepare("UPDATE meta SET value = '17' WHERE key = 'format'").run();
    assert.equal(addPhrasePairs(rw), true);
    rw.close();
    now = new Database(join(dir, 'library.db'), { readonly: true });
    old = new Database(join(dir, 'format17.db'), { readonly: true });
  });
  after(async () => {
    now.close();
    old.close();
    await removeAll(dir);
  });

  it('lists every written word under its stem, and undoes phraseToken', () => {
    const variants = now.prepare('SELECT word FROM stem_words WHERE stem = ?').pluck().all(phraseToken('protect')) as string[];
    assert.deepEqual(variants, ['protect', 'protected', 'protecting', 'protection', 'protections', 'protective', 'protectively', 'protects']);
    for (const w of ["don't", 'a_b', 'l’accès', '1.5', 'x y']) assert.equal(phraseWord(phraseToken(w)), w);
  });

  it('finds the passages format 17 found, for stemmed and exact phrases, among some passages or all', () => {
    const a = new Fts5Engine(now);
    const b = new Fts5Engine(old);
    let found = 0;
    for (const q of QUERIES) {
      for (const exact of [false, true]) {
        for (const among of [undefined, [0, 2, 3, 5], [1]]) {
          const got = a.phrases.holding(q, exact, among);
          assert.deepEqual(got, b.phrases.holding(q, exact, among), `${q} exact ${exact} among ${among?.join(',')}`);
          found += got.length;
        }
      }
    }
    assert.ok(found > 20, `${found} passages found in all`);
    // eight written forms of protect, several of operation: past 64 phrases, asked in several MATCHes
    const variants = now.prepare('SELECT count(*) FROM stem_words WHERE stem = ?').pluck();
    assert.ok((variants.get(phraseToken('protect')) as number) ** 2 * (variants.get(phraseToken('oper')) as number) > 64);
    assert.deepEqual(a.phrases.holding('protecting operations protection', false), [0, 2, 3, 5]);
  });

  it('a format-17 build is still served', () => {
    const served = new LibraryStore(join(dir, 'format17.db'));
    served.close();
  });

  it('combines one variant per word, the first word slowest', () => {
    assert.deepEqual(variantPhrases([['a', 'b'], ['c'], ['d', 'e']]), [['a', 'c', 'd'], ['a', 'c', 'e'], ['b', 'c', 'd'], ['b', 'c', 'e']]);
    assert.deepEqual(variantPhrases([['a'], []]), []);
    assert.deepEqual(variantPhrases([]), []);
  });

  it('asks a phrase whose written forms multiply past the bound in overlapping windows within it', () => {
    assert.deepEqual(phraseWindows([2, 3, 4], 64), [[0, 2]]);
    assert.deepEqual(phraseWindows([8, 6, 8, 6, 8, 6], STEMMED_PHRASES_AT_MOST), [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5]]);
    assert.deepEqual(phraseWindows([4, 4, 4, 4, 4, 2], STEMMED_PHRASES_AT_MOST), [[0, 3], [3, 5]]);
    assert.deepEqual(phraseWindows([300, 2, 2], STEMMED_PHRASES_AT_MOST), [[0, 1], [1, 2]]);
    assert.deepEqual(phraseWindows([5], 64), []);
    // eight words of six forms: 1.7M combinations if multiplied out; windows of at most 256
    const windows = phraseWindows(Array(8).fill(6), STEMMED_PHRASES_AT_MOST);
    assert.ok(windows.every(([a, b]) => 6 ** (b - a + 1) <= STEMMED_PHRASES_AT_MOST) && windows.length === 4, JSON.stringify(windows));
  });
});
