import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CslItem, Passage } from '../../core/types.js';
import { assignCitationKeys } from '../../core/csl.js';
import { findSpan } from '../../server/cite.js';
import { isSelectionId, narrowed, parseSelectionId, selectionId, selectionSpan } from '../../server/selections.js';
import { quotedWords } from '../../server/quoted-words.js';
import { listIds } from '../../server/reading-list.js';
import { exporterFor } from '../../server/export/registry.js';
import type { ExportItem } from '../../server/export/types.js';
import { processFile } from '../../indexer/process-file.js';

// Words chosen in a passage, named by a selection id and exported as those words with their page.

const TEXT = 'Access was granted only after weeks of talks with the armed group. Donors funded the convoys that followed.';
const passage = (over: Partial<Passage> = {}): Passage => ({
  id: 'turns-p1', doc: 'd', ordinal: 3, block: 0, text: TEXT, section: [], page: '1', pageEnd: '2',
  // page 2 starts at "weeks of talks"
  pageBreaks: [{ offset: TEXT.indexOf('weeks'), page: '2' }],
  physicalPage: 1, start: 0, end: 0, kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [], ...over,
});
const spanOf = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

describe('selection ids', () => {
  it('name a passage and a span, and no passage or document id reads as one', () => {
    assert.deepEqual(parseSelectionId('hpg-2021-p12.120-245'), { passage: 'hpg-2021-p12', start: 120, end: 245 });
    assert.equal(selectionId('hpg-2021-p12', { start: 120, end: 245 }), 'hpg-2021-p12.120-245');
    for (const id of ['hpg-2021-p12', 'metcalfe-hough-2021-collaborative-advocacy', 'a_b-120-245', 'p.1', 'p.1-', 'p.-1-5', 'p.1-2-3', 'p.1-2,q.3-4', `${'x'.repeat(65)}.1-2`, 'p 1-2', 'p.1-2 '])
      assert.equal(isSelectionId(id), false, id);
    // what encodeURIComponent and a form leave as it is: a link and the list's comma list carry it
    const id = 'hpg-2021-p12.120-245';
    assert.equal(encodeURIComponent(id), id);
    assert.equal(new URLSearchParams({ ids: id }).toString(), `ids=${id}`);
    // offsets of any length are a selection's (refused later as past the end), not an unknown id
    assert.equal(isSelectionId('p1.1234567890-1234567891'), true);
  });

  it('are checked against the passage: past its end, reversed, empty or spaces alone select nothing, each said', () => {
    const p = passage();
    const err = (start: number, end: number) => {
      const r = selectionSpan(p, { passage: p.id, start, end });
      assert.ok('error' in r, `${start}-${end}`);
      return r.error;
    };
    assert.match(err(10, TEXT.length + 1), new RegExp(`ends at ${TEXT.length + 1}, past the end of its passage \\(${TEXT.length} characters\\)`));
    assert.match(err(20, 10), /turns-p1\.20-10 is reversed/);
    // a 10-digit offset is past the end, named as the user has it
    const long = selectionSpan(p, parseSelectionId('turns-p1.1234567890-1234567891')!, 'turns-p1.1234567890-1234567891');
    assert.ok('error' in long && /turns-p1\.1234567890-1234567891 ends at 1234567891, past the end of its passage/.test(long.error));
    assert.match(err(10, 10), /is empty/);
    const space = TEXT.indexOf(' ');
    assert.match(err(space, space + 1), /only spaces/);
    assert.deepEqual(selectionSpan(p, { passage: p.id, start: 0, end: TEXT.length }), { span: { start: 0, end: TEXT.length } });
  });

  it('are snapped to whole words, as /cite takes a selection', () => {
    const p = passage();
    // "ranted only aft" — a drag a letter short at both ends
    const g = TEXT.indexOf('granted');
    assert.deepEqual(findSpan(p, { start: g + 1, end: TEXT.indexOf('after') + 3 }), spanOf('granted only after'));
    assert.deepEqual(findSpan(p, { text: 'ranted only aft' }), spanOf('granted only after'));
    // spaces and punctuation at the ends are no part of a word: nothing to widen
    assert.deepEqual(findSpan(p, { start: g - 1, end: g + 'granted'.length + 1 }), spanOf('granted'));
    assert.deepEqual(findSpan(p, spanOf('group.')), spanOf('group.'));
    // accented letters and digits are letters of a word
    const q = passage({ text: 'Les négociations de 2021 ont échoué.' });
    assert.deepEqual(findSpan(q, { start: 6, end: 10 }), { start: 4, end: 16 });
    assert.deepEqual(findSpan(q, { start: 21, end: 22 }), { start: 20, end: 24 });
  });

  it('are found by their words as whole words first, inside a longer word only when nowhere else', () => {
    const at = (text: string, words: string) => {
      const s = findSpan(passage({ text }), { text: words });
      return s && text.slice(s.start, s.end);
    };
    const said = 'The said funds were cut. Aid agencies said aid was late.';
    const found = findSpan(passage({ text: said }), { text: 'aid' })!;
    assert.deepEqual([found.start, said.slice(found.start, found.end)], [said.indexOf('aid was'), 'aid']);
    const un = 'UNHCR and the UN agreed.';
    assert.equal(findSpan(passage({ text: un }), { text: 'UN' })!.start, un.indexOf('UN agreed'));
    // punctuation at an edge is no word: it needs no boundary ("UN." ends a sentence)
    assert.equal(at('UNHCR and the UN.', 'UN.'), 'UN.');
    assert.equal(at('The said funds, aid (late)', 'aid (late)'), 'aid (late)');
    // a drag a letter short is still taken whole where no whole-word match exists
    assert.equal(at(TEXT, 'ranted only aft'), 'granted only after');
    assert.equal(at(said, 'encies sai'), 'agencies said');
  });

  it('are listed in the reading list beside passage ids, once each', () => {
    assert.deepEqual(listIds('a-1,a-1.0-5,bad id,a-1.0-5', ['a-1.6-9', 'x.1']), ['a-1', 'a-1.0-5', 'a-1.6-9']);
    // kept with a 10-digit offset, for the list to say why it selects nothing, not dropped unsaid
    assert.deepEqual(listIds('a-1.1234567890-1234567891'), ['a-1.1234567890-1234567891']);
  });
});

describe('a selection quoted', () => {
  it('shows an ellipsis where it cuts a sentence, none where it starts or ends one', () => {
    assert.equal(quotedWords(TEXT, spanOf('Donors funded the convoys that followed.')), 'Donors funded the convoys that followed.');
    assert.equal(quotedWords(TEXT, spanOf('Access was granted')), 'Access was granted …');
    assert.equal(quotedWords(TEXT, spanOf('weeks of talks with the armed group.')), '… weeks of talks with the armed group.');
    assert.equal(quotedWords(TEXT, spanOf('funded the convoys')), '… funded the convoys …');
    // a sentence closed inside quotation marks or brackets is ended
    const t = 'They said “access was denied.” Then the convoy left';
    assert.equal(quotedWords(t, { start: t.indexOf('Then'), end: t.length }), 'Then the convoy left');
    // a passage's end is no cut, punctuated or not (a heading, a list item)
    assert.equal(quotedWords(t, { start: t.indexOf('the convoy'), end: t.length }), '… the convoy left');
  });

  it('reads an abbreviation\'s full stop as no sentence end, and a footnote number after a full stop as one', () => {
    const cutAt = (t: string, words: string) => quotedWords(t, { start: t.indexOf(words), end: t.indexOf(words) + words.length });
    for (const abbr of ['e.g.', 'i.e.', 'U.S.', 'etc.', 'No.', 'cf.', 'J.']) {
      const t = `Funding came from donors, ${abbr} Smith and others. They paid.`;
      assert.equal(cutAt(t, `Funding came from donors, ${abbr}`), `Funding came from donors, ${abbr} …`, abbr);
      assert.equal(cutAt(t, 'Smith and others.'), '… Smith and others.', abbr);
    }
    // the reviewer's passage: "e.g." ends nothing, "(see note 3)." ends its sentence
    const r = 'First sentence ends here. Second one, e.g. this, runs on; and then (see note 3). Last words here';
    assert.equal(cutAt(r, 'this, runs on;'), '… this, runs on; …');
    assert.equal(cutAt(r, 'Last words here'), 'Last words here');
    for (const note of ['12', '¹²', '3']) {
      const t = `The crisis deepened.${note} Aid was cut in May.`;
      assert.equal(cutAt(t, 'Aid was cut in May.'), 'Aid was cut in May.', note);
      assert.equal(cutAt(t, `The crisis deepened.${note}`), `The crisis deepened.${note}`, note);
    }
    // a decimal is no footnote, and a word merely ending in an abbreviation's letters ends its sentence
    const d = 'Prices rose 3.12 percent in the year. Aid fell.';
    assert.equal(cutAt(d, 'percent in the year.'), '… percent in the year.');
    assert.equal(cutAt('The answer was no. Aid fell.', 'Aid fell.'), 'Aid fell.');
    assert.equal(cutAt('Work stopped on the port. Aid fell.', 'Aid fell.'), 'Aid fell.');
    assert.equal(cutAt('Rates rose 3.12 in the year', 'in the year'), '… in the year');
  });

  it('is on the pages of its own words across a page turn', () => {
    const p = passage();
    const at = (words: string) => {
      const n = narrowed(p, spanOf(words));
      return [n.page, n.pageEnd ?? null];
    };
    assert.deepEqual(at('Access was granted'), ['1', null]);
    assert.deepEqual(at('weeks of talks'), ['2', null]);
    assert.deepEqual(at('granted only after weeks'), ['1', '2']);
    const n = narrowed(p, spanOf('Donors funded'));
    assert.equal(n.id, `turns-p1.${TEXT.indexOf('Donors')}-${TEXT.indexOf('Donors') + 'Donors funded'.length}`);
    assert.equal(n.text, 'Donors funded …');
    assert.equal(n.pageBreaks, undefined, 'the passage\'s breaks are offsets into its text, not the quote\'s');
    assert.deepEqual([n.doc, n.ordinal], [p.doc, p.ordinal]);
  });

  it("starts on the file's page its own words start on (the CSV's pdfPage, ui43)", () => {
    const p = passage({ page: 'iv', pageEnd: 'v', pageBreaks: [{ offset: TEXT.indexOf('weeks'), page: 'v' }], physicalPage: 6 });
    assert.deepEqual([narrowed(p, spanOf('Access was granted')).physicalPage, narrowed(p, spanOf('weeks of talks')).physicalPage, narrowed(p, spanOf('granted only after weeks')).physicalPage], [6, 7, 6]);
    assert.equal(narrowed(passage({ page: null, pageEnd: null, pageBreaks: undefined, physicalPage: null }), spanOf('weeks of talks')).physicalPage, null);
  });
});

describe('a selection exported', function () {
  this.timeout(120_000);
  const catalog = JSON.parse(readFileSync('corpus/catalog.json', 'utf8')) as CslItem[];
  const keys = assignCitationKeys(catalog);
  const csl = { ...catalog.find((c) => c.id === 'bowden-metcalfe-hough-2020-age-of-caution')!, 'citation-key': keys.get('bowden-metcalfe-hough-2020-age-of-caution')! };

  // The fixture PDF's paragraph running from page 2 onto page 3 (as page-breaks.test.ts finds it)
  let p: Passage;
  before(async () => {
    const file = 'test/fixtures/pdf/bowden-metcalfe-hough-2020-age-of-caution.pdf';
    const r = await processFile(file, 'bowden-metcalfe-hough-2020-age-of-caution.pdf', [], { maxPages: 100 });
    p = r.passages!.find((x) => x.page === '2' && x.pageEnd === '3' && x.pageBreaks?.length)!;
  });

  it('quotes its words with their page in every format, and two selections of one passage as two quotes', () => {
    const turn = p.pageBreaks![0].offset;
    const onThree = findSpan(p, { start: turn, end: Math.min(p.text.length, turn + 40) })!;
    const onTwo = findSpan(p, { start: 0, end: Math.min(turn - 1, 30) })!;
    const sel3 = narrowed(p, onThree);
    const sel2 = narrowed(p, onTwo);
    assert.deepEqual([sel3.page, sel3.pageEnd, sel2.page, sel2.pageEnd], ['3', null, '2', null]);
    const words3 = p.text.slice(onThree.start, onThree.end);
    const items: ExportItem[] = [{ csl, passages: [sel2, sel3], links: new Map([[sel2.id, 'http://x/passages/a'], [sel3.id, 'http://x/passages/a']]) }];
    const files = Object.fromEntries(['bibtex', 'ris', 'csl-json', 'csv', 'apa', 'chicago-html', 'harvard-rtf'].map((f) => [f, exporterFor(f)!.render(items)]));
    // the notes: "p. 3: “… words …”"; the formatted quotes: the in-text citation with p. 3 / 3
    assert.equal((files.ris.match(/^N1 {2}- p\. 3: “… /gm) ?? []).length, 1, files.ris);
    assert.equal((files.ris.match(/^N1 {2}- p\. 2: “/gm) ?? []).length, 1);
    assert.ok(files.ris.includes(words3));
    const json = JSON.parse(files['csl-json']) as CslItem[];
    assert.match(String(json[0].note), /p\. 2: “[\s\S]*\n\np\. 3: “… /);
    assert.match(files.bibtex, /annote = \{p\. 2: /);
    assert.match(files.bibtex, /p\. 3: /);
    assert.match(files.csv, new RegExp(`,3,[^\\r]*${sel3.id.replace(/\./g, '\\.')}`));
    assert.match(files.apa, /\(Bowden & Metcalfe-Hough, 2020, p\. 3\)/);
    assert.match(files.apa, /\(Bowden & Metcalfe-Hough, 2020, p\. 2\)/);
    assert.doesNotMatch(files.apa, /pp\. 2–3/);
    assert.match(files['chicago-html'], /2020, 3\)/);
    assert.match(files['harvard-rtf'], /p\. 3\)/);
  });

  it('cites both pages where its words cross the turn', () => {
    const turn = p.pageBreaks![0].offset;
    const across = narrowed(p, findSpan(p, { start: turn - 12, end: turn + 12 })!);
    assert.deepEqual([across.page, across.pageEnd], ['2', '3']);
    const file = exporterFor('apa')!.render([{ csl, passages: [across], links: new Map() }]);
    assert.match(file, /pp\. 2–3\)/);
    assert.match(exporterFor('csv')!.render([{ csl, passages: [across], links: new Map() }]), /,2–3,/);
  });
});
