import assert from 'node:assert/strict';
import type { CslItem, DocumentRecord, Passage } from '../../core/types.js';
import { buildCitationGraph } from '../../indexer/references/graph.js';
import { fillFromCitations } from '../../indexer/references/cited-metadata.js';
import { parseReferences } from '../../indexer/references/parse.js';
import { citationKey } from '../../core/csl.js';

// review32: a stranger's review of refs30's reference reading. Entries are written from the
// citation conventions (Harvard, APA, Chicago and OSCOLA-like notes, French and German marks),
// with made-up names and works.

const entry = (text: string): CslItem => {
  const [one] = parseReferences(text, 'entry');
  assert.ok(one, `no entry: ${text}`);
  return one;
};
const note = (text: string): CslItem => {
  const [one] = parseReferences(text, 'note');
  assert.ok(one, `no note: ${text}`);
  return one;
};

describe('reference reading as a reference manager takes it (review32)', () => {
  it('reads the editors of a book whose list marks them in French, German or Spanish, as it does "(eds)"', () => {
    for (const mark of ['(dir.)', '(Hrsg.)', '(Hg.)', '(coord.)', '(éd.)', '(comp.)']) {
      const e = entry(`Roux, J. ${mark} (2015) Éthique de l’aide. Paris: Karthala.`);
      assert.equal(e.author, undefined, mark);
      assert.deepEqual(e.editor, [{ family: 'Roux', given: 'J.' }], mark);
      // and as a chapter's book, as before
      const c = entry(`Dian, A. (2015) Eau et conflit. In: Roux, J. ${mark} Éthique de l’aide. Paris: Karthala, pp. 1-20.`);
      assert.deepEqual([c.type, c.editor?.[0]?.family, c['container-title']], ['chapter', 'Roux', 'Éthique de l’aide'], mark);
    }
  });

  it('keys an edited book by its first editor, as Zotero does where a work has no author (not "anon2015…")', () => {
    assert.equal(citationKey(entry('Roux, J. (ed.) (2015) Éthique de l’aide. Paris: Karthala.')), 'roux2015Ethique');
    assert.equal(citationKey(note('Tomas Kral and Rui Lopes (eds), Aid Under Fire (London: Hurst, 2015) p. 4.')), 'kral2015Aid');
    // an author comes first, as before
    assert.equal(citationKey({ id: 'x', type: 'chapter', title: 'Water', author: [{ family: 'Dian', given: 'A.' }], editor: [{ family: 'Roux', given: 'J.' }], issued: { 'date-parts': [[2015]] } }), 'dian2015Water');
  });

  it('reads a note’s names followed by "(ed.)" or "(eds)" as the editors, not an author named "Ana Ortiz (eds)"', () => {
    const one = note('Tomas Kral (ed.), Aid Under Fire (London: Hurst, 2015) p. 4.');
    assert.deepEqual([one.author, one.editor], [undefined, [{ family: 'Kral', given: 'Tomas' }]]);
    const two = note('Tomas Kral and Rui Lopes (eds), Aid Under Fire (London: Hurst, 2015) p. 4.');
    assert.deepEqual([two.author, two.editor?.map((e) => e.family)], [undefined, ['Kral', 'Lopes']]);
    const dir = note('Jeanne Roux (dir.), L’aide sous le feu (Paris: Karthala, 2015) p. 4.');
    assert.deepEqual([dir.author, dir.editor], [undefined, [{ family: 'Roux', given: 'Jeanne' }]]);
    assert.equal(two.title, 'Aid Under Fire');
    // an author's book with its editor named after the title, as a translator is
    for (const by of ['edited by', 'ed. by']) {
      const book = note(`Tomas Kral, Aid Under Fire, ${by} Rui Lopes (London: Hurst, 2015) p. 4.`);
      assert.deepEqual([book.title, book.author, book.editor], ['Aid Under Fire', [{ family: 'Kral', given: 'Tomas' }], [{ family: 'Lopes', given: 'Rui' }]], by);
    }
  });

  it('reads an organisation’s name with "de" or "de la" as an organisation, not a person named "Paix"', () => {
    for (const name of ['Commission de la Paix', 'Ministère de la Défense', 'Comité International de la Croix-Rouge', 'Banco de la Nación', 'Institut de Relations Internationales', 'Universidad de los Andes']) {
      const n = note(`${name}, ‘Rapport sur l’aide’, 2016.`);
      assert.deepEqual(n.author, [{ literal: name }], name);
    }
    // a person's still splits
    assert.deepEqual(note('Marie de la Tour, ‘Rapport sur l’aide’, 2016.').author, [{ given: 'Marie', 'non-dropping-particle': 'de la', family: 'Tour' }]);
  });

  it('reads a capitalised particle and a family name in capitals as the family name’s, given names first', () => {
    const names = (who: string) => note(`${who}, ‘Talks in Geneva’, Global Affairs, vol. 3, 2016, 1-9.`).author;
    assert.deepEqual(names('Paolo De Santis'), [{ family: 'De Santis', given: 'Paolo' }]);
    assert.deepEqual(names('Mark Le Roux and Ana Da Costa'), [{ family: 'Le Roux', given: 'Mark' }, { family: 'Da Costa', given: 'Ana' }]);
    assert.deepEqual(names('Pieter VAN DER BERG'), [{ family: 'VAN DER BERG', given: 'Pieter' }]);
    assert.deepEqual(names('Jean Paul DURAND'), [{ family: 'DURAND', given: 'Jean Paul' }]);
    // as before: the last word, and a lower-case particle as CSL's
    assert.deepEqual(names('Hugo Ray Slim'), [{ family: 'Slim', given: 'Hugo Ray' }]);
    assert.deepEqual(names('Paolo de Santis'), [{ family: 'Santis', given: 'Paolo', 'non-dropping-particle': 'de' }]);
    assert.deepEqual(entry('De Santis, P. (2016) Talks in Geneva. Geneva: UN.').author, [{ family: 'De Santis', given: 'P.' }]);
    const chapter = entry('Dian, A. (2015) Water. In: Roux, J. (ed.) Book of aid. London: Hurst, pp. 1-20.');
    assert.deepEqual(chapter.editor, [{ family: 'Roux', given: 'J.' }]);
    assert.deepEqual(entry('Dian, A. (2015). Water. In P. De Santis & J. VAN DER BERG (Eds.), Book of aid (pp. 1-20). Hurst.').editor, [{ family: 'De Santis', given: 'P.' }, { family: 'VAN DER BERG', given: 'J.' }]);
  });

  it('opens no quoted title at an elision (’s-Hertogenbosch, ’t, ’90s), where the ’ is an apostrophe', () => {
    // the closing ’ of a plural possessive later in the note had closed a "title" opened at the apostrophe
    const n = note('Jan Smit, ’s-Hertogenbosch: a City’s Water and its Citizens’ Floods (Amsterdam: Elsevier, 2011) p. 3.');
    assert.deepEqual([n.title, n.publisher], ['’s-Hertogenbosch: a City’s Water and its Citizens’ Floods', 'Elsevier']);
    const e = entry('Smit, J. (2011) ’t Hooft and the cities’ water. London: ODI.');
    assert.equal(e.title, '’t Hooft and the cities’ water');
    const d = entry('Smit, J. (2011) ’90s aid and the donors’ retreat. London: ODI.');
    assert.equal(d.title, '’90s aid and the donors’ retreat');
    // a quotation opened with ’ is still read as one
    assert.equal(note('Hans Weber, ’Borders and Aid’, Journal of Refugee Studies, vol. 30, no. 2, 2017, 100-120.').title, 'Borders and Aid');
  });

  it('keeps two addresses apart over a break, and stops an address at its file name', () => {
    const two = entry('Lee, K. (2018) Annual review. Geneva: WHO. https://www.example.int/docs/ https://www.example.int/other/ (accessed 2 May 2020).');
    assert.equal(two.URL, 'https://www.example.int/docs/');
    const query = note('Rosa Ortiz, ‘Safe Access’ https://example.org/sites/ https://example.org/find?id=4 accessed 3 March 2022.');
    assert.equal(query.URL, 'https://example.org/sites/');
    const words = note('Rosa Ortiz, ‘Safe Access’ https://example.org/sites/a.pdf see also the annex.pdf accessed 3 March 2022.');
    assert.equal(words.URL, 'https://example.org/sites/a.pdf');
    // a line broken after the scheme alone still joins (the fixture PDFs' "https:// www.stimson.org/…")
    assert.equal(note('Rosa Ortiz, ‘Safe Access’ https:// www.example.org/sites/a.pdf accessed 3 March 2022.').URL, 'https://www.example.org/sites/a.pdf');
    // an address over a break, and a file name printed with its spaces, are still one (refs30)
    assert.equal(entry('Lee, K. (2018) Annual review. Geneva: WHO. Available at: https://www.example.int/docs/default-source /files/annual review of health systems 2018.pdf (Accessed: 2 May 2020).').URL, 'https://www.example.int/docs/default-source/files/annual%20review%20of%20health%20systems%202018.pdf');
  });

  const doc = (id: string, csl: Partial<CslItem>, extra: Partial<DocumentRecord> = {}): DocumentRecord =>
    ({ id, file: `${id}.txt`, provenance: {}, csl: { id, type: 'report', ...csl } as CslItem, ...extra }) as DocumentRecord;
  const notePassage = (d: string, id: string, text: string): Passage => ({ id, doc: d, block: 0, text, kind: 'reference', blockType: 'footnote' }) as unknown as Passage;

  it('joins an undated citation to a dated work of its author only when the whole title is the same', () => {
    // the two titles share their first 24 letters, which the work key keeps
    const a = doc('a', { title: 'A' });
    const b = doc('b', { title: 'B' });
    const passages = [
      notePassage('a', 'a1', 'Ines Kurz, ‘Humanitarian Access in Northern Mali’, Global Affairs, vol. 8, pp 20-40.'),
      notePassage('b', 'b1', 'Ines Kurz, ‘Humanitarian Access in Northern Yemen’, Global Affairs, vol. 9, 2019, pp 1-19.'),
    ];
    buildCitationGraph(new Map([a, b].map((d) => [d.id, d])), passages);
    assert.notEqual(a.references![0].work, b.references![0].work);
    assert.match(a.references![0].work, /^kurz--/);
  });

  it('fills a document’s publisher, place and address only from what most citing entries agree on', () => {
    const report = () => doc('kurz-2020', { title: 'Protection in practice', author: [{ family: 'Kurz', given: 'Ines' }], issued: { 'date-parts': [[2020]] } }, { provenance: { title: 'pdf-info' } });
    const citing = (target: DocumentRecord, id: string, fields: Partial<CslItem>) =>
      doc(id, { title: id }, { references: [{ id: `${id}-ref-1`, passage: 'p', work: 'w', inCorpus: target.id, type: 'report', author: [{ family: 'Kurz', given: 'I.' }], issued: { 'date-parts': [[2020]] }, title: 'Protection in practice', ...fields }] });
    // one entry against another: nothing is known
    const tie = report();
    fillFromCitations([tie, citing(tie, 'c1', { publisher: 'ODX', 'publisher-place': 'London' }), citing(tie, 'c2', { publisher: 'UNHX', 'publisher-place': 'Geneva' })]);
    assert.deepEqual([tie.csl.publisher, tie.csl['publisher-place']], [undefined, undefined]);
    // three against one: the three
    const most = report();
    const cites = ['c1', 'c2', 'c3'].map((id) => citing(most, id, { publisher: 'ODX', 'publisher-place': 'London' }));
    fillFromCitations([most, citing(most, 'c0', { publisher: 'UNHX', 'publisher-place': 'Geneva' }), ...cites]);
    assert.deepEqual([most.csl.publisher, most.csl['publisher-place']], ['ODX', 'London']);
  });

  it('fills a document’s fields only from entries of its own title, not of a like title the graph matched', () => {
    const mali = () => doc('kurz-2020', { title: 'Humanitarian access in northern Mali: a review', author: [{ family: 'Kurz', given: 'Ines' }], issued: { 'date-parts': [[2020]] } }, { provenance: { title: 'pdf-info' } });
    const citing = (target: DocumentRecord, title: string) =>
      doc('c', { title: 'C' }, { references: [{ id: 'c-ref-1', passage: 'p', work: 'w', inCorpus: target.id, type: 'report', author: [{ family: 'Kurz', given: 'I.' }], issued: { 'date-parts': [[2020]] }, title, publisher: 'ODX', URL: 'https://example.org/niger' }] });
    const other = mali();
    fillFromCitations([other, citing(other, 'Humanitarian access in northern Niger')]);
    assert.deepEqual([other.csl.publisher, other.csl.URL], [undefined, undefined]);
    // its own title, with or without the subtitle, still fills
    for (const title of ['Humanitarian access in northern Mali: a review', 'Humanitarian Access in Northern Mali']) {
      const own = mali();
      fillFromCitations([own, citing(own, title)]);
      assert.equal(own.csl.publisher, 'ODX', title);
    }
  });
});
