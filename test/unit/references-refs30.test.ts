import assert from 'node:assert/strict';
import type { CslItem, DocumentRecord, Passage } from '../../core/types.js';
import { firstAuthorName, nameInverted } from '../../core/csl.js';
import { buildCitationGraph } from '../../indexer/references/graph.js';
import { fillFromCitations } from '../../indexer/references/cited-metadata.js';
import { cleanUrl, parseReferences, workKey } from '../../indexer/references/parse.js';
import { splitParticle } from '../../indexer/references/particles.js';

// refs30: the cited-works export a reference manager takes (userreview29 findings 5 and 6).
// Entries are written from the conventions (Chicago and OSCOLA-like notes, Harvard, APA), with
// made-up names and works, not copied from the seed documents' lists.

const entry = (text: string): CslItem => {
  const [one] = parseReferences(text, 'entry');
  assert.ok(one, `no entry: ${text}`);
  return one;
};
const note = (text: string): CslItem[] => parseReferences(text, 'note');

describe('cited works a reference manager can use (refs30)', () => {
  it('reads an "in" chapter whose title opens with a right single quote as a chapter, not a book by its title', () => {
    // a PDF's font gives ’ for both marks: the chapter's title had joined the authors of the book
    for (const q of ['’', '‘']) {
      const [c] = note(`Jane Doe, ${q}Water and Conflict’ in Mark Roe and Ann Poe (eds), The Handbook of Peace (London: Routledge, 2019) pp 10–20, p. 12.`);
      assert.equal(c.type, 'chapter', q);
      assert.deepEqual(c.author, [{ family: 'Doe', given: 'Jane' }]);
      assert.equal(c.title, 'Water and Conflict');
      assert.equal(c['container-title'], 'The Handbook of Peace');
      assert.deepEqual(c.editor?.map((e) => e.family), ['Roe', 'Poe']);
    }
    const [a] = note('Hans Weber, ’Borders and Aid’, Journal of Refugee Studies, vol. 30, no. 2, 2017, 100-120.');
    assert.deepEqual([a.type, a.title, a['container-title']], ['article-journal', 'Borders and Aid', 'Journal of Refugee Studies']);
  });

  it('keeps a name particle as the family name’s (CSL non-dropping particle), in notes and inverted lists', () => {
    const [vonNote] = note('Ulrike von Stein, *Law and Relief* (Oxford: Hart, 2010) p. 4.');
    assert.deepEqual(vonNote.author, [{ given: 'Ulrike', 'non-dropping-particle': 'von', family: 'Stein' }]);
    const [dos] = note('Ana Maria dos Reis Lima, ‘Camps and Cities’, Journal of Urban Affairs, vol. 3, 2018, 1-9.');
    assert.deepEqual(dos.author, [{ given: 'Ana Maria', 'non-dropping-particle': 'dos', family: 'Reis Lima' }]);
    assert.equal(nameInverted(dos.author![0]), 'dos Reis Lima, Ana Maria');
    const harvard = entry('van der Meer, P. and de Vries, J. (2016) Shelter after floods. Amsterdam: Elsevier.');
    assert.deepEqual(harvard.author, [{ 'non-dropping-particle': 'van der', family: 'Meer', given: 'P.' }, { 'non-dropping-particle': 'de', family: 'Vries', given: 'J.' }]);
    const apa = entry('von Weiler, C. (2001). Mediation at sea. Cambridge University Press.');
    assert.equal(firstAuthorName(apa), 'von Weiler');
    assert.match(workKey(apa), /^vonweiler-2001-/);
    // capitals round no particle, or a particle with nothing after it, are no split
    assert.equal(splitParticle(['Cedric', 'Coning']), null);
    assert.equal(splitParticle(['Commission', 'de']), null);
    assert.equal(splitParticle(['de', 'Coning']), null);
  });

  it('reads an address over a line break before a slash, and a file name printed with its spaces', () => {
    const harvard = entry('Lee, K. (2018) Annual review. Geneva: WHO. Available at: https://www.example.int/docs/default-source /files/annual review of health systems 2018.pdf (Accessed: 2 May 2020).');
    assert.equal(harvard.URL, 'https://www.example.int/docs/default-source/files/annual%20review%20of%20health%20systems%202018.pdf');
    assert.equal(harvard.publisher, 'WHO');
    const [chicago] = note('Rosa Ortiz, ‘Safe Access’ https://example.org/sites/files/safe access in armed conflict.pdf accessed 3 March 2022.');
    assert.equal(chicago.URL, 'https://example.org/sites/files/safe%20access%20in%20armed%20conflict.pdf');
    // a break inside a word still joins, and one break in a file name is no printed space
    assert.equal(cleanUrl('https://example.org/a/Operation s%20and%20Missions.pdf'), 'https://example.org/a/Operations%20and%20Missions.pdf');
    assert.equal(cleanUrl('https://example.org/a/annual-rev iew.pdf'), 'https://example.org/a/annual-review.pdf');
  });

  it('reads an edited book’s names as its editors only, in notes and in author-date lists', () => {
    const [chicago] = note('Lena Berg, Tomas Kral and Rui Lopes (eds), *Peace Work in Practice* (Abingdon: Routledge, 2015).');
    assert.equal(chicago.author, undefined);
    assert.deepEqual(chicago.editor?.map((e) => e.family), ['Berg', 'Kral', 'Lopes']);
    assert.equal(firstAuthorName(chicago), 'Berg');
    assert.match(workKey(chicago), /^berg-2015-peaceworkinpractice/);
    const harvard = entry('Berg, L., Kral, T. and Lopes, R. (eds) (2015) Peace work in practice. Abingdon: Routledge.');
    assert.equal(harvard.author, undefined);
    assert.deepEqual(harvard.editor?.map((e) => e.family), ['Berg', 'Kral', 'Lopes']);
    assert.deepEqual(entry('Slim, H. (ed.) (2015) Humanitarian ethics. London: Hurst.').editor, [{ family: 'Slim', given: 'H.' }]);
    // "Hugo Slim, ed., Title": the same
    const [ed] = note('Hugo Holm, ed., Ethics of Aid (London: Hurst, 2015).');
    assert.deepEqual([ed.author, ed.editor], [undefined, [{ family: 'Holm', given: 'Hugo' }]]);
  });

  const doc = (id: string, csl: Partial<CslItem>, extra: Partial<DocumentRecord> = {}): DocumentRecord =>
    ({ id, file: `${id}.txt`, provenance: {}, csl: { id, type: 'report', ...csl } as CslItem, ...extra }) as DocumentRecord;
  const notePassage = (d: string, id: string, text: string): Passage => ({ id, doc: d, block: 0, text, kind: 'reference', blockType: 'footnote' }) as unknown as Passage;

  it('takes a work cited once with its year and once without for one work', () => {
    const a = doc('a', { title: 'A' });
    const b = doc('b', { title: 'B' });
    const passages = [
      notePassage('a', 'a1', 'Ines Kurz, Omar Said and Lea Fox, ‘Aid as Strategy’, Global Affairs, vol. 8, no. 1, pp 20-40, p. 21.'),
      notePassage('b', 'b1', 'Ines Kurz, Omar Said and Lea Fox, ‘Aid as Strategy’, Global Affairs, vol. 8, no. 1, 2009, pp 20-40.'),
    ];
    buildCitationGraph(new Map([a, b].map((d) => [d.id, d])), passages);
    assert.equal(a.references?.[0].work, b.references?.[0].work);
    assert.match(a.references![0].work, /^kurz-2009-/);
    assert.deepEqual(passages[0].cites, passages[1].cites);
  });

  it('leaves an undated citation alone when two dated works share its author and title', () => {
    const a = doc('a', { title: 'A' });
    const b = doc('b', { title: 'B' });
    const passages = [
      notePassage('a', 'a1', 'Ines Kurz, ‘Aid as Strategy’, Global Affairs, vol. 8, pp 20-40.'),
      notePassage('b', 'b1', 'Ines Kurz, ‘Aid as Strategy’, Global Affairs, vol. 8, 2009, pp 20-40; Ines Kurz, ‘Aid as Strategy’, Global Affairs, vol. 20, 2021, pp 1-9.'),
    ];
    buildCitationGraph(new Map([a, b].map((d) => [d.id, d])), passages);
    assert.match(a.references![0].work, /^kurz--/);
  });

  it('gives an uncatalogued document the publisher, place and address its citing entries agree on', () => {
    const report = () => doc('kurz-2020', { title: 'Protection in practice', author: [{ family: 'Kurz', given: 'Ines' }], issued: { 'date-parts': [[2020, 11]] }, 'collection-title': 'Briefing note' }, { provenance: { title: 'pdf-info' } });
    const citing = (target: DocumentRecord, author = 'Kurz') =>
      doc('c', { title: 'C' }, { references: [{ id: 'c-ref-1', passage: 'p', work: 'w', inCorpus: target.id, type: 'report', author: [{ family: author, given: 'I.' }], issued: { 'date-parts': [[2020]] }, title: 'Protection in practice', publisher: 'ODX', 'publisher-place': 'London', URL: 'https://example.org/protection' }] });
    const r = report();
    fillFromCitations([r, citing(r)]);
    assert.deepEqual([r.csl.publisher, r.csl['publisher-place'], r.csl.URL, r.provenance.publisher], ['ODX', 'London', 'https://example.org/protection', 'reference-list']);
    // the catalogue's record is the user's; an entry by another first author is another work
    const catalogued = report();
    catalogued.provenance = { title: 'catalog.json' };
    fillFromCitations([catalogued, citing(catalogued)]);
    assert.equal(catalogued.csl.publisher, undefined);
    const other = report();
    fillFromCitations([other, citing(other, 'Fox')]);
    assert.equal(other.csl.publisher, undefined);
    // hostile31: an undated entry is no match for an undated document by the same author
    const undated = doc('kurz-nd', { title: 'Protection in practice', author: [{ family: 'Kurz', given: 'Ines' }], 'collection-title': 'Briefing note' }, { provenance: { title: 'pdf-info' } });
    const citer = citing(undated);
    delete citer.references![0].issued;
    fillFromCitations([undated, citer]);
    assert.equal(undated.csl.publisher, undefined);
  });
});
