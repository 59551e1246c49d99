import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem, DocumentRecord, Passage } from '../../core/types.js';
import { assignCitationKeys, type KeyConflict, authorList, authorsAndYear, baseCitationKey, locatorLabel, webUrl, yearLabel } from '../../core/csl.js';
import { citePassage, coins, findSpan, highwire } from '../../server/cite.js';
import { exporterFor, exporters } from '../../server/export/registry.js';
import { inText } from '../../server/export/citation-js.js';
import { closeBidi } from '../../server/export/bidi.js';
import { narrowed } from '../../server/selections.js';
import type { ExportItem } from '../../server/export/types.js';

// Citations from hand-made documents and passages: no index needed.

const catalog = JSON.parse(readFileSync('corpus/catalog.json', 'utf8')) as CslItem[];
const keys = assignCitationKeys(catalog);
const item = (id: string): CslItem => {
  const c = catalog.find((x) => x.id === id)!;
  return { ...c, 'citation-key': keys.get(id)! };
};
const BOWDEN = 'bowden-metcalfe-hough-2020-age-of-caution';
const METCALFE = 'metcalfe-hough-2021-collaborative-advocacy';
const GILDER = 'gilder-2024-peace-operations-human-security';

const doc = (id: string): DocumentRecord => ({ id, csl: item(id), provenance: {}, file: `${id}.pdf`, format: 'pdf', hash: '', pages: 12, pageLabels: null, passageCount: 1, tags: { actor: [], theme: [], place: [], kind: [] }, furniture: { removed: 0, kinds: {} }, outline: [] });

const passage = (text: string, where: { page?: string | null; pageEnd?: string | null; para?: number } = {}): Passage => ({
  id: `p${text.length}${where.page ?? ''}${where.para ?? ''}`, doc: 'd', ordinal: 0, block: 0, text, section: [], page: where.page ?? null, pageEnd: where.pageEnd, para: where.para,
  physicalPage: null, start: 0, end: 0, kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
});

const exportOf = (format: string, items: ExportItem[]) => exporterFor(format)!.render(items);
const entry = (id: string, passages: Passage[] = []): ExportItem => ({ csl: item(id), passages, links: new Map() });
const SHORT = 'Humanitarian actors should speak out.';
const LONG = Array.from({ length: 45 }, (_, i) => `word${i}`).join(' ') + '.';

describe('CSL helpers (core/csl.ts)', () => {
  it('gives one readable key per item, compound surnames whole, unique across the corpus', () => {
    assert.equal(keys.get(METCALFE), 'metcalfeHough2021Collaborative');
    assert.equal(keys.get(BOWDEN), 'bowden2020Humanitarian');
    assert.equal(keys.get(GILDER), 'gilder2024Peace');
    assert.equal(baseCitationKey({ author: [{ family: 'Núñez' }], title: 'The state of aid' }), 'nunezndState');
    // an elided article is skipped as an English one is: not the one-letter key `nunez2011L` (exports17)
    const year2011 = { 'date-parts': [[2011]] };
    assert.equal(baseCitationKey({ author: [{ family: 'Núñez' }], title: 'L’accès humanitaire au Sahel : un bilan', issued: year2011 }), 'nunez2011Acces');
    assert.equal(baseCitationKey({ author: [{ family: 'Dupuis' }], title: "«D'abord» l'humanitaire", issued: year2011 }), 'dupuis2011Abord');
    assert.equal(baseCitationKey({ author: [{ family: 'Rossi' }], title: 'Dell’accesso umanitario', issued: year2011 }), 'rossi2011Accesso');
    // an English contraction is no elision
    assert.equal(baseCitationKey({ author: [{ family: 'Ryan' }], title: 'Don’t look away', issued: year2011 }), 'ryan2011Don');
    const twins = assignCitationKeys([{ id: 'b', type: 'report', title: 'Aid', author: [{ family: 'Slim' }], issued: { 'date-parts': [[2015]] } }, { id: 'a', type: 'report', title: 'Aid again', author: [{ family: 'Slim' }], issued: { 'date-parts': [[2015]] } }, { id: 'c', type: 'report', 'citation-key': 'mine', title: 'X' }]);
    assert.deepEqual([...twins].sort(), [['a', 'slim2015Aida'], ['b', 'slim2015Aidb'], ['c', 'mine']]);
  });

  it('pins the keys of every kind of work: a key, once exported, never changes across builds (review17-b finding 9)', () => {
    // Writing cites these keys (biber and pandoc match them case-sensitively), so changing any
    // of them is a break for users: a change here needs the README to say so and how to move.
    const works: CslItem[] = [
      { id: 'a', type: 'report', title: 'Collaborative advocacy', author: [{ family: 'Metcalfe-Hough' }], issued: { 'date-parts': [[2021]] } },
      { id: 'b', type: 'document', title: 'Engaging the armed opposition', author: [{ family: 'Mancini', given: 'Rosa' }] },
      { id: 'c', type: 'document', title: 'Field note on access constraints' },
      { id: 'd', type: 'report', title: 'Notes for access negotiators', author: [{ literal: 'UNHCR' }] },
      { id: 'e', type: 'report', title: 'The state of aid', author: [{ family: 'Núñez' }], issued: { 'date-parts': [[2019, 3]] } },
      { id: 'f', type: 'report', title: 'Protection of civilians', author: [{ literal: 'United Nations Security Council' }], issued: { 'date-parts': [[2023, 5, 12]] } },
      { id: 'g', type: 'report', title: 'An undated twin', author: [{ family: 'Slim' }] },
      { id: 'h', type: 'report', title: 'An undated twin again', author: [{ family: 'Slim' }] },
      { id: 'i', type: 'report', 'citation-key': 'ManciniChosen', title: 'Chosen', author: [{ family: 'Mancini' }] },
    ];
    assert.deepEqual(Object.fromEntries(assignCitationKeys(works)), {
      a: 'metcalfeHough2021Collaborative', b: 'mancinindEngaging', c: 'anonndField', d: 'unhcrndNotes', e: 'nunez2019State',
      f: 'unitedNationsSecurity2023Protection', g: 'slimndUndateda', h: 'slimndUndatedb', i: 'ManciniChosen',
    });
  });

  it('keeps a work\'s key when a second file of it (a PDF beside its .txt) is added: only the copy is suffixed', () => {
    const work = (id: string): CslItem => ({ id, type: 'report', title: 'Collaborative advocacy', author: [{ family: 'Metcalfe-Hough' }], issued: { 'date-parts': [[2021]] } });
    assert.equal(assignCitationKeys([work('m')]).get('m'), 'metcalfeHough2021Collaborative');
    const both = assignCitationKeys([work('m'), work('m-2')], new Set(['m-2']));
    assert.deepEqual([...both].sort(), [['m', 'metcalfeHough2021Collaborative'], ['m-2', 'metcalfeHough2021Collaborativea']]);
    // two different works of one base key still get a and b; a copy the next free letter
    const other: CslItem = { ...work('n'), title: 'Collaborative work' };
    const three = assignCitationKeys([work('m'), other, work('m-2')], new Set(['m-2']));
    assert.deepEqual([...three].sort(), [['m', 'metcalfeHough2021Collaborativea'], ['m-2', 'metcalfeHough2021Collaborativec'], ['n', 'metcalfeHough2021Collaborativeb']]);
  });

  it('keeps the key a previous build gave a work when a work of the same base key joins (userreview19a finding 2)', () => {
    const article: CslItem = { id: 'keller-haddad-2023', type: 'article-journal', title: 'Negotiating humanitarian access', author: [{ family: 'Keller' }], issued: { 'date-parts': [[2023]] } };
    const blog: CslItem = { id: 'keller-2023-blog', type: 'post-weblog', title: 'Negotiating with armed groups', author: [{ family: 'Keller' }], issued: { 'date-parts': [[2023]] } };
    const first = assignCitationKeys([article]);
    assert.equal(first.get(article.id), 'keller2023Negotiating');
    // without the previous build's keys the two are lettered in the order of their ids, renaming the article's
    assert.equal(assignCitationKeys([article, blog]).get(article.id), 'keller2023Negotiatingb');
    const next = assignCitationKeys([article, blog], new Set(), first);
    assert.equal(next.get(article.id), 'keller2023Negotiating');
    assert.equal(next.get(blog.id), 'keller2023Negotiatinga');
    // and the next build again: both kept
    assert.deepEqual([...assignCitationKeys([blog, article], new Set(), next)].sort(), [...next].sort());
    // a key once given stays with its work (cite20): its year or title corrected, the key a
    // writer cites is kept (README: stable key wins)
    const corrected = { ...article, issued: { 'date-parts': [[2022]] }, title: 'Brokering access' };
    assert.equal(assignCitationKeys([corrected], new Set(), first).get(article.id), 'keller2023Negotiating');
  });

  it('never gives a retired key to another work, gives it back to its own, and lets a copy share its work\'s key (cite20)', () => {
    const work = (id: string, title: string): CslItem => ({ id, type: 'report', title, author: [{ family: 'Smith' }], issued: { 'date-parts': [[2020]] } });
    const retired = new Map([['smith2020Aidb', 'gone-work']]);
    const previous = new Map([['kept', 'smith2020Aida']]);
    const keys = assignCitationKeys([work('kept', 'Aid'), work('new', 'Aid again')], new Set(), previous, { retired });
    assert.equal(keys.get('kept'), 'smith2020Aida');
    assert.equal(keys.get('new'), 'smith2020Aidc');
    // the work put back takes its own retired key
    assert.equal(assignCitationKeys([work('gone-work', 'Aid')], new Set(), new Map(), { retired }).get('gone-work'), 'smith2020Aidb');
    // a copy takes its work's key, the work keyed as if alone
    const shared = assignCitationKeys([work('a-copy', 'Aid'), work('the-work', 'Aid')], new Set(), new Map(), { shareWith: new Map([['a-copy', 'the-work']]) });
    assert.deepEqual(Object.fromEntries(shared), { 'a-copy': 'smith2020Aid', 'the-work': 'smith2020Aid' });
  });

  it('gives a catalogue key two entries share to one work only, and says so (cite21 issue 2)', () => {
    const work = (id: string, title: string, key?: string): CslItem => ({ id, type: 'report', title, author: [{ family: 'Smith' }], issued: { 'date-parts': [[2020]] }, ...(key ? { 'citation-key': key } : {}) });
    const conflicts: KeyConflict[] = [];
    const keys = assignCitationKeys([work('b-report', 'Aid', 'smith2020'), work('a-report', 'Access', 'smith2020')], new Set(), new Map(), { conflicts });
    // before: both were exported as smith2020 (pandoc and biber take one and cite it for both)
    assert.equal(keys.get('a-report'), 'smith2020');
    assert.equal(keys.get('b-report'), 'smith2020Aid');
    assert.deepEqual(conflicts, [{ kind: 'shared', key: 'smith2020', holder: 'a-report', other: 'b-report', now: 'smith2020Aid' }]);
    // the one the build being replaced gave it keeps it, whatever the ids' order
    const again: KeyConflict[] = [];
    const kept = assignCitationKeys([work('b-report', 'Aid', 'smith2020'), work('a-report', 'Access', 'smith2020')], new Set(), new Map([['b-report', 'smith2020']]), { conflicts: again });
    assert.equal(kept.get('b-report'), 'smith2020');
    assert.equal(again[0].holder, 'b-report');
  });

  it('lets a catalogue key take another work\'s earlier key, and says so (cite21 issue 3)', () => {
    const work = (id: string, title: string, key?: string): CslItem => ({ id, type: 'report', title, author: [{ family: 'Smith' }], issued: { 'date-parts': [[2020]] }, ...(key ? { 'citation-key': key } : {}) });
    const conflicts: KeyConflict[] = [];
    // `older` held smith2020Aid; the catalogue now gives it to `newer`
    const keys = assignCitationKeys([work('older', 'Aid'), work('newer', 'Aid work', 'smith2020Aid')], new Set(), new Map([['older', 'smith2020Aid']]), { conflicts, retired: new Map([['smith2020Gone', 'deleted']]) });
    assert.equal(keys.get('newer'), 'smith2020Aid');
    assert.equal(keys.get('older'), 'smith2020Aida');
    assert.deepEqual(conflicts, [{ kind: 'taken', key: 'smith2020Aid', holder: 'newer', other: 'older', now: 'smith2020Aida' }]);
    // a retired key (its work deleted) given by the catalogue: taken, said
    const retired: KeyConflict[] = [];
    assert.equal(assignCitationKeys([work('newer', 'Gone', 'smith2020Gone')], new Set(), new Map(), { conflicts: retired, retired: new Map([['smith2020Gone', 'deleted']]) }).get('newer'), 'smith2020Gone');
    assert.deepEqual(retired, [{ kind: 'retired', key: 'smith2020Gone', holder: 'newer', other: 'deleted' }]);
    // its own key, or a key its copy shared: nothing to say
    const none: KeyConflict[] = [];
    assignCitationKeys([work('w', 'Aid', 'smith2020Aid'), work('copy', 'Aid')], new Set(), new Map([['w', 'smith2020Aid'], ['copy', 'smith2020Aid']]), { conflicts: none, shareWith: new Map([['copy', 'w']]) });
    assert.deepEqual(none, []);
  });

  it('keeps a catalogue key that BibTeX, biber and pandoc read as it is, and replaces one they cannot (userreview19a finding 1)', () => {
    const work = (id: string, key: string): CslItem => ({ id, type: 'report', 'citation-key': key, title: 'Protéger les civils', author: [{ family: 'Doré' }], issued: { 'date-parts': [[2022]] } });
    const keys = assignCitationKeys([work('a', 'fr-mali-protection-civils'), work('b', 'doe:2020.x/y'), work('c', 'has space'), work('d', 'brace{'), work('e', 'Doré2022')]);
    assert.deepEqual(Object.fromEntries(keys), { a: 'fr-mali-protection-civils', b: 'doe:2020.x/y', c: 'dore2022Protegera', d: 'dore2022Protegerb', e: 'dore2022Protegerc' });
  });

  it('writes the citation key as the BibTeX and biblatex label, hyphens and colons included (userreview19a finding 1)', () => {
    const csl: CslItem = { id: 'x', type: 'report', 'citation-key': 'fr-mali-protection-civils', title: 'Protéger les civils', author: [{ family: 'Doré', given: 'Élodie' }], issued: { 'date-parts': [[2022]] }, publisher: 'MSF' };
    for (const format of ['bibtex', 'biblatex', 'ris', 'csl-json']) {
      const text = exportOf(format, [{ csl, passages: [], links: new Map() }]);
      assert.match(text, /fr-mali-protection-civils/, format);
      assert.doesNotMatch(text, /Dor2022|Dore2022/, format);
    }
    assert.match(exportOf('bibtex', [{ csl, passages: [], links: new Map() }]), /^@techreport\{fr-mali-protection-civils,$/m);
  });

  it('writes langid for a record whose language is a babel name, so pandoc leaves a French title as written (userreview19a finding 6)', () => {
    const csl: CslItem = { id: 'x', type: 'report', 'citation-key': 'x', title: 'Protéger les civils au centre du Mali', author: [{ family: 'Doré' }], issued: { 'date-parts': [[2022]] }, language: 'french', publisher: 'MSF' };
    for (const format of ['bibtex', 'biblatex']) assert.match(exportOf(format, [{ csl, passages: [], links: new Map() }]), /^\s*langid = \{french\},$/m, format);
    assert.match(exportOf('bibtex', [{ csl: { ...csl, language: 'fr-FR' }, passages: [], links: new Map() }]), /langid = \{french\}/);
  });

  it('says a work with no author by its year alone, with no comma before it (userreview15)', () => {
    assert.equal(authorsAndYear({ issued: { 'date-parts': [[2023]] } }), '2023');
    assert.equal(authorsAndYear({ author: [{ family: 'Vasquez', given: 'Helena' }, { literal: 'UNHCR' }], issued: { 'date-parts': [[2022]] } }), 'Helena Vasquez and UNHCR, 2022');
  });

  it('formats names, years and locators one way everywhere', () => {
    assert.equal(authorList(item(BOWDEN)), 'Mark Bowden and Victoria Metcalfe-Hough');
    assert.equal(yearLabel({ issued: { literal: 'forthcoming' } }), 'forthcoming');
    assert.equal(yearLabel({}), 'n.d.');
    assert.equal(locatorLabel({ page: '20', pageEnd: '21' }), 'pp. 20–21');
    assert.equal(locatorLabel({ page: '20', pageEnd: '20' }), 'p. 20');
    assert.equal(locatorLabel({ page: null, para: 12 }), 'para. 12');
    assert.equal(locatorLabel({ page: '4', para: 12 }), 'p. 4, para. 12');
    assert.equal(locatorLabel({ page: '4', pageEnd: '5', para: 12, pageIsPhysical: true }), 'PDF pp. 4–5, para. 12');
  });
});

describe('citing passages', () => {
  it('quotes a selection cut from its sentence with the ellipses the export of that selection shows', () => {
    const p = passage('Negotiating access with armed groups takes weeks.', { page: '4' });
    const span = { start: 0, end: 'Negotiating access with'.length };
    const cited = citePassage('b1', doc(METCALFE), p, 'apa', span).text;
    assert.match(cited, /^“Negotiating access with …” \(Metcalfe-Hough, 2021, p\. 4\)/);
    assert.equal(cited, citePassage('b1', doc(METCALFE), narrowed(p, span), 'apa').text);
  });
  it('cites a passage across a page break with its page range, in every style', () => {
    const p = passage(SHORT, { page: '20', pageEnd: '21' });
    assert.match(citePassage('b1', doc(METCALFE), p, 'apa').text, /^“Humanitarian actors should speak out” \(Metcalfe-Hough, 2021, pp\. 20–21\)\.\n\nMetcalfe-Hough, V\. \(2021\)/);
    assert.match(citePassage('b1', doc(METCALFE), p, 'chicago').text, /\(Metcalfe-Hough 2021, 20–21\)\./);
    assert.match(citePassage('b1', doc(METCALFE), p, 'harvard').text, /\(Metcalfe-Hough, 2021, pp\. 20–21\)\./);
  });

  it('cites a page counted in the file as "PDF p." in every style, on the page and in exports, never as a printed page', () => {
    // The fourth sheet of a PDF whose pages carry no readable number: "p. 4" would send the reader to printed page 4.
    const p = { ...passage(SHORT, { page: '4' }), pageIsPhysical: true };
    assert.match(citePassage('b1', doc(METCALFE), p, 'apa').text, /\(Metcalfe-Hough, 2021, PDF p\. 4\)\./);
    assert.match(citePassage('b1', doc(METCALFE), p, 'chicago').text, /\(Metcalfe-Hough 2021, PDF p\. 4\)\./);
    assert.match(citePassage('b1', doc(METCALFE), p, 'harvard').text, /\(Metcalfe-Hough, 2021, PDF p\. 4\)\./);
    assert.match(citePassage('b1', doc(METCALFE), p, 'apa').html, /\(Metcalfe-Hough, 2021, PDF p\. 4\)/);
    const range = { ...passage(SHORT, { page: '4', pageEnd: '5' }), pageIsPhysical: true };
    assert.match(citePassage('b1', doc(METCALFE), range, 'apa').text, /\(Metcalfe-Hough, 2021, PDF pp\. 4–5\)\./);
    assert.match(citePassage('b1', doc(METCALFE), range, 'chicago').text, /\(Metcalfe-Hough 2021, PDF pp\. 4–5\)\./);
    // a printed page of the same work after it still reads as printed
    assert.match(citePassage('b1', doc(METCALFE), passage(SHORT, { page: '4' }), 'apa').text, /\(Metcalfe-Hough, 2021, p\. 4\)\./);
    for (const format of ['apa', 'chicago', 'harvard', 'apa-html']) assert.match(exportOf(format, [entry(METCALFE, [p, range])]), /PDF p\. 4\b[\s\S]*PDF pp\. 4–5/, format);
  });

  it('cites an unpaginated passage by paragraph number, never with no locator at all', () => {
    const p = passage(SHORT, { para: 12 });
    assert.match(citePassage('b1', doc(METCALFE), p, 'apa').text, /\(Metcalfe-Hough, 2021, para\. 12\)/);
    assert.match(citePassage('b1', doc(METCALFE), p, 'chicago').text, /\(Metcalfe-Hough 2021, para\. 12\)/);
    assert.match(citePassage('b1', doc(METCALFE), p, 'harvard').text, /\(Metcalfe-Hough, 2021, para\. 12\)/);
    const out = exportOf('csl-json', [entry(METCALFE, [p, passage('Two.', { page: '3', pageEnd: '4' })])]);
    assert.equal((JSON.parse(out) as CslItem[])[0].annote, `para. 12: “${SHORT}”\n\npp. 3–4: “Two.”`);
  });

  it('gives HTML with the title in italics beside the plain text', () => {
    const c = citePassage('b1', doc(METCALFE), passage(SHORT, { page: '9' }), 'apa');
    assert.match(c.html, /<i>Collaborative advocacy between humanitarian and human rights actors: Opportunities and challenges<\/i>/);
    assert.doesNotMatch(c.text, /<i>/);
  });

  it('sets a quote of 40 words or more as an APA block quote: no quotation marks, citation after the period', () => {
    const c = citePassage('b1', doc(METCALFE), passage(LONG, { page: '9' }), 'apa');
    assert.match(c.text, /^ {4}word0 .* word44\. \(Metcalfe-Hough, 2021, p\. 9\)\n\n/);
    assert.doesNotMatch(c.text.split('\n\n')[0], /[“”]/);
    assert.match(c.html, /^<blockquote><p>word0 .* word44\. \(Metcalfe-Hough, 2021, p\. 9\)<\/p><\/blockquote>/);
    // Chicago sets off only quotes of 100 words or more
    assert.match(citePassage('b1', doc(METCALFE), passage(LONG, { page: '9' }), 'chicago').text, /^“word0/);
  });

  it('never serves a citation formatted for an earlier build after a hot swap', () => {
    const p = passage(SHORT, { page: '9' });
    assert.match(citePassage('build-1', doc(METCALFE), p).text, /Collaborative advocacy/);
    const changed = { ...doc(METCALFE), csl: { ...item(METCALFE), title: 'A corrected title' } };
    assert.match(citePassage('build-2', changed, p).text, /A corrected title/);
  });

  it('cites the metadata as exports do: no unsafe URL, direction controls closed (review16-b finding 3)', () => {
    const evil = { ...doc(METCALFE), id: 'evil', csl: { ...item(METCALFE), id: 'evil', title: 'Evil \u202Etitle', URL: 'javascript:alert(document.cookie)' } };
    const p = passage('A quote \u202Ereversed.', { page: '3' });
    for (const style of ['apa', 'chicago', 'harvard'] as const) {
      const c = citePassage('b-evil', evil, p, style);
      for (const out of [c.text, c.html]) {
        assert.doesNotMatch(out, /javascript:/, `${style}: ${out}`);
        assert.match(out, /Evil \u202Etitle\u202C/, style);
        assert.match(out, /reversed\.?\u202C/, style);
      }
    }
  });

  it('finds a selection by offsets or by its words, and cites only it', () => {
    const p = passage('First sentence here. Second sentence,\nwith a break.', { page: '4' });
    assert.deepEqual(findSpan(p, { text: 'Second sentence, with a break.' }), { start: 21, end: 51 });
    assert.deepEqual(findSpan(p, { start: 20, end: 38 }), { start: 21, end: 37 });
    assert.equal(findSpan(p, { start: 5, end: 500 }), null);
    assert.equal(findSpan(p, { text: 'not there' }), null);
    assert.match(citePassage('b1', doc(METCALFE), p, 'apa', { start: 21, end: 51 }).text, /^“Second sentence,\nwith a break” \(Metcalfe-Hough, 2021, p\. 4\)\./);
  });
});

describe('what reference managers read from our pages', () => {
  it('COinS describes the document, never a passage page, and the article’s pages agree', () => {
    const g = new URLSearchParams(coins(doc(GILDER)));
    assert.equal(g.get('rft.spage'), '1');
    assert.equal(g.get('rft.epage'), '11');
    assert.equal(g.get('rft.pages'), '1-11');
    const b = new URLSearchParams(coins(doc(BOWDEN)));
    assert.equal(b.get('rft.spage'), null);
    assert.equal(b.get('rft.genre'), 'report');
    assert.equal(b.get('rft.place'), 'London');
    assert.equal(b.get('rft.series'), 'HPG briefing note');
    assert.equal(b.get('rft.date'), '2020-11');
    assert.deepEqual(b.getAll('rft_id'), ['https://odi.org/en/publications/humanitarian-diplomacy-and-protection-advocacy-in-an-age-of-caution/']);
  });

  it('meta tags give the original URL, not ours, when the item has one', () => {
    const tags = new Map(highwire(doc(BOWDEN), 'http://localhost'));
    assert.equal(tags.get('citation_public_url'), item(BOWDEN).URL);
    assert.equal(tags.get('citation_abstract_html_url'), undefined);
    assert.equal(tags.get('citation_series_title'), 'HPG briefing note');
    assert.equal(new Map(highwire(doc(METCALFE), 'http://x')).get('citation_abstract_html_url'), `http://x/documents/${METCALFE}`);
    assert.equal(new Map(highwire(doc(GILDER), 'http://x')).get('citation_publisher'), 'Brill');
  });

  it('never gives a URL that is no web address, which Zotero would save as the item’s (exports16)', () => {
    const hostile = { ...doc(BOWDEN), csl: { ...item(BOWDEN), URL: 'javascript:alert(4)' } };
    assert.equal(new Map(highwire(hostile, 'http://x')).get('citation_public_url'), undefined);
    assert.deepEqual(new URLSearchParams(coins(hostile)).getAll('rft_id'), []);
  });

  it('gives COinS and meta tags the metadata exports give: direction controls closed, line breaks spaces (review16-c finding 7)', () => {
    const odd = { ...doc(BOWDEN), csl: { ...item(BOWDEN), title: 'Age of\ncaution \u202Ereversed', publisher: 'ODI\r\n\u2067', author: [{ family: 'Bowden\u202B', given: 'Mark' }] } };
    const values = [...new URLSearchParams(coins(odd)).values(), ...highwire(odd, 'http://x').map(([, v]) => v)];
    for (const v of values) {
      assert.doesNotMatch(v, /[\r\n]/, v);
      assert.equal(closeBidi(v), v, v);
    }
    assert.equal(new Map(highwire(odd, 'http://x')).get('citation_title'), 'Age of caution \u202Ereversed\u202C');
  });

  it('takes a file name for no host, and a host with a port for one (review16-c finding 6)', () => {
    for (const name of ['Report.pdf', 'annex.docx', 'index.html', 'Budget.XLSX', 'notes.md', 'photo.jpg']) assert.equal(webUrl({ URL: name }), undefined, name);
    for (const url of ['www.example.org:8080/x', 'reliefweb.int:443', 'www.example.org/report.pdf', 'https://example.org/Report.pdf']) assert.equal(webUrl({ URL: url }), url);
    for (const bad of ['javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', '\\\\host\\share', '//host/x', '/etc/passwd', 'example.org:js']) assert.equal(webUrl({ URL: bad }), undefined, bad);
  });
});

describe('bibliographic exports', () => {
  const chosen = [entry(BOWDEN, [passage(SHORT, { page: '3' }), passage(LONG, { page: '5', pageEnd: '6' })]), entry(GILDER, [passage('A quote.', { page: '2' })])];

  it('uses the same key in BibTeX, RIS and CSL-JSON', () => {
    const bib = exportOf('bibtex', chosen);
    const ris = exportOf('ris', chosen);
    const csl = JSON.parse(exportOf('csl-json', chosen)) as CslItem[];
    assert.deepEqual([...bib.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]), ['bowden2020Humanitarian', 'gilder2024Peace']);
    assert.deepEqual([...ris.matchAll(/^ID {2}- (.*)\r$/gm)].map((m) => m[1]), ['bowden2020Humanitarian', 'gilder2024Peace']);
    assert.deepEqual(csl.map((c) => c.id), ['bowden2020Humanitarian', 'gilder2024Peace']);
  });

  it('writes BibTeX a bibliography style reads right: month macro, report series as type, quotes in annote', () => {
    const bib = exportOf('bibtex', chosen);
    assert.match(bib, /^\s*month = nov,$/m);
    assert.match(bib, /^\s*type = \{HPG briefing note\},$/m);
    assert.doesNotMatch(bib, /series =|^\s*note =/m);
    assert.match(bib, /annote = \{p\. 3: ``Humanitarian actors should speak out\.''/);
    const back = new Cite(bib).data as CslItem[];
    assert.equal(back[0].title, item(BOWDEN).title);
  });

  it('carries a French record\'s language: no title case in Chicago or APA, langid in BibTeX, LA in RIS (userreview15)', () => {
    const csl: CslItem = { id: 'f', type: 'report', title: 'La protection des civils au Sahel : un bilan critique', author: [{ family: 'Dubois', given: 'Claire' }], issued: { 'date-parts': [[2021]] }, language: 'fr' };
    const one: ExportItem[] = [{ csl, passages: [], links: new Map() }];
    assert.match(exportOf('chicago', one), /La protection des civils au Sahel\s:\sun bilan critique/);
    // APA raises the first word after an English subtitle's colon only
    assert.match(exportOf('apa', one), /Sahel\s:\sun bilan critique/);
    assert.match(exportOf('bibtex', one), /^\s*langid = \{french\},$/m);
    assert.match(exportOf('ris', one), /^LA {2}- fr\r$/m);
    // English, said or not, has no langid and keeps APA's capital after the colon
    const en: ExportItem[] = [{ csl: { ...csl, title: 'Civilians: a review', language: undefined }, passages: [], links: new Map() }];
    assert.doesNotMatch(exportOf('bibtex', en), /langid/);
    assert.match(exportOf('apa', en), /Civilians: A review/);
  });

  it('title-cases an adjective after an article in Chicago, where citeproc takes it for a preposition (userreview15)', () => {
    const titled = (title: string) => exportOf('chicago', [{ csl: { id: 't', type: 'report', title, author: [{ family: 'Vasquez', given: 'Helena' }], issued: { 'date-parts': [[2022]] } }, passages: [], links: new Map() }]);
    assert.match(titled('Protecting civilians in protracted crises: an agenda for the next decade'), /An Agenda for the Next Decade/);
    assert.match(titled('The inside story of the near future'), /The Inside Story of the Near Future/);
    // prepositions stay lower case
    assert.match(titled('Life inside the camps: aid over the years'), /Life inside the Camps: Aid over the Years/);
    // APA keeps the title as catalogued
    assert.match(exportOf('apa', [{ csl: { id: 't', type: 'report', title: 'An agenda for the next decade', issued: { 'date-parts': [[2022]] } }, passages: [], links: new Map() }]), /An agenda for the next decade/);
  });

  it('braces every capitalised word of a BibTeX title, so styles that change case keep UNHCR and Metcalfe-Hough', () => {
    const csl: CslItem = { id: 'u', type: 'report', title: 'UNHCR and the UN in Yemen: reading Metcalfe-Hough', author: [{ family: 'Slim' }], issued: { 'date-parts': [[2015]] } };
    const bib = exportOf('bibtex', [{ csl, passages: [], links: new Map() }]);
    assert.match(bib, /^\s*title = \{\{UNHCR\} and the \{UN\} in \{Yemen:\} reading \{Metcalfe-Hough\}\},$/m);
    assert.match(bib, /^@techreport\{slim2015UNHCR,/m);
    assert.match(exportOf('bibtex', [entry(GILDER)]), /^\s*title = \{Peace operations and human security\},$/m);
  });

  it('writes RIS with one N1 per quote, the page range as SP and EP, and the article’s publisher', () => {
    const ris = exportOf('ris', chosen);
    const [b, g] = ris.split(/^ER {2}- \r?$/m);
    assert.equal((b.match(/^N1 {2}- /gm) ?? []).length, 2);
    assert.match(b, /^N1 {2}- pp\. 5–6: “word0 /m);
    assert.match(b, /^T2 {2}- HPG briefing note\r$/m);
    assert.match(g, /^SP {2}- 1\r\nEP {2}- 11\r$/m);
    assert.match(g, /^PB {2}- Brill\r$/m);
    for (const line of ris.split('\r\n')) assert.match(line, /^([A-Z][A-Z0-9] {2}- .*|)$/);
  });
  it('writes accented capitals in BibTeX titles as balanced special characters, braced whole but for a first word', () => {
    const titleOf = (title: string) => /^\s*title = \{(.*)\},$/m.exec(exportOf('bibtex', [{ csl: { id: 'e', type: 'report', title, author: [{ family: 'Ħajjar', given: 'Ōmar' }], issued: { 'date-parts': [[2022]] } }, passages: [], links: new Map() }]))![1];
    assert.equal(titleOf('Évaluation des Nations Unies'), "{\\'E}valuation des {Nations} {Unies}");
    assert.equal(titleOf('Åland (Finland) report'), '{\\r{A}}land {(Finland)} report');
    assert.equal(titleOf('Ölkrise (1973) and aid'), '{\\"O}lkrise (1973) and aid');
    assert.equal(titleOf('Über-cautious'), '{\\"U}ber-cautious');
    assert.equal(titleOf('İstanbul talks'), '{\\.I}stanbul talks');
    assert.equal(titleOf('ÉTAT DES LIEUX'), "{{\\'E}TAT} {DES} {LIEUX}");
    assert.equal(titleOf('Aid to the États and Ħal Far'), "Aid to the {{\\'E}tats} and {Ħal} {Far}");
    assert.equal(titleOf('Fees: 50% & $5'), 'Fees: 50\\% \\& \\$5');
    // every letter of Latin-1 and Latin Extended-A, capital and small, first and later in a word
    const balanced = (s: string) => {
      let depth = 0;
      for (const m of s.replace(/\\[{}]/g, '').matchAll(/[{}]/g)) if ((depth += m[0] === '{' ? 1 : -1) < 0) return false;
      return depth === 0;
    };
    for (let c = 0xc0; c <= 0x17f; c++) {
      const ch = String.fromCodePoint(c);
      if (!/\p{L}/u.test(ch)) continue;
      const title = `${ch}valuation of ${ch}x${ch.toLowerCase()} and x${ch}`;
      assert.ok(balanced(titleOf(title)), `${title}: ${titleOf(title)}`);
    }
    const bib = exportOf('bibtex', [{ csl: { id: 'h', type: 'report', title: 'Ħ', author: [{ family: 'Ħajjar', given: 'ħ' }], issued: { 'date-parts': [[2022]] } }, passages: [], links: new Map() }]);
    assert.doesNotMatch(bib, /withstroke/);
    assert.match(bib, /author = \{Ħajjar, ħ\}/);
  });

  it('keeps in BibTeX the letters LaTeX has no command for, and escapes an organisation’s name', () => {
    const bib = exportOf('bibtex', [{ csl: { id: 'c', type: 'report', title: 'Доклад', author: [{ family: 'Иванов', given: 'Пётр' }, { family: 'Þórsson', given: 'Ŋa' }, { literal: 'Médecins Sans Frontières & Partners' }], publisher: 'Ŧest Øy', issued: { 'date-parts': [[2022]] } }, passages: [], links: new Map() }]);
    // citation-js's escaping had dropped Ŧ and all of Cyrillic, and left the & raw
    assert.match(bib, /author = \{Иванов, Пётр and Þ\{\\'o\}rsson, Ŋa and \{M\{\\'e\}decins Sans Fronti\{\\`e\}res \\& Partners\}\},/);
    assert.match(bib, /institution = \{Ŧest \{\\O\}y\},/);
    assert.doesNotMatch(bib, /\\(TH|NG|Hwithstroke)\{\}/);
  });

  it('writes <, > and | in BibTeX as LaTeX commands, never raw (OT1 prints "<5" as "¡5")', () => {
    const bib = exportOf('bibtex', [{ csl: { id: 'k', type: 'report', title: 'Children <5 years | >2 sites', author: [{ literal: 'Save <the> Children' }], publisher: 'WFP | <UN>', issued: { 'date-parts': [[2022]] } }, passages: [], links: new Map() }]);
    assert.match(bib, /^\s*title = \{Children \\textless\{\}5 years \\ensuremath\{\|\} \\textgreater\{\}2 sites\},$/m);
    assert.match(bib, /^\s*institution = \{WFP \\ensuremath\{\|\} \\textless\{\}UN\\textgreater\{\}\},$/m);
    assert.match(bib, /author = \{\{Save \\textless\{\}the\\textgreater\{\} Children\}\},/);
    // the sentence the rule was written for keeps its escaping
    assert.match(exportOf('bibtex', [{ csl: { id: 'f', type: 'report', title: 'Fees: 50% & $5', author: [{ family: 'Slim' }], issued: { 'date-parts': [[2022]] } }, passages: [], links: new Map() }]), /title = \{Fees: 50\\% \\& \\\$5\}/);
  });

  it('writes a web page’s URL in `url` alone, as written but for its braces: no \\url{} in howpublished, which plain.bst prints', () => {
    const url = 'https://example.org/a_b%20c#d?e=f&g=~h';
    const bibOf = (u: string) => exportOf('bibtex', [{ csl: { id: 'w', type: 'webpage', title: 'Flash update', author: [{ family: 'Slim', given: 'Hugo' }], URL: u, issued: { 'date-parts': [[2020]] } }, passages: [], links: new Map() }]);
    const bib = bibOf(url);
    assert.match(bib, /^@misc\{/);
    assert.doesNotMatch(bib, /howpublished|\\url/);
    assert.ok(bib.includes(`\turl = {${url}},`), bib);
    // a brace in the URL percent-encoded: a `}` had closed the field early
    const braced = bibOf('https://example.org/{id}/x}');
    assert.ok(braced.includes('\turl = {https://example.org/%7Bid%7D/x%7D},'), braced);
    assert.equal([...braced].filter((c) => c === '{').length, [...braced].filter((c) => c === '}').length);
  });

  it('percent-encodes braces in a DOI, ISBN or language as in a URL: a `{` in one had left the field open to the end of the file', () => {
    const bib = exportOf('bibtex', [{ csl: { id: 'd', type: 'article-journal', title: 'Sici', author: [{ family: 'Slim' }], DOI: '10.1002/(SICI){1097}-x{', ISBN: '978{0', language: 'en}', issued: { 'date-parts': [[2020]] } }, passages: [], links: new Map() }]);
    assert.ok(bib.includes('doi = {10.1002/(SICI)%7B1097%7D-x%7B},'), bib);
    assert.equal([...bib].filter((c) => c === '{').length, [...bib].filter((c) => c === '}').length, bib);
    // an ordinary DOI as written
    assert.ok(exportOf('bibtex', [{ csl: { id: 'e', type: 'report', title: 'T', author: [{ family: 'Slim' }], DOI: '10.1000/a_b<c>#1', issued: { 'date-parts': [[2020]] } }, passages: [], links: new Map() }]).includes('doi = {10.1000/a_b<c>#1},'));
  });

  it('writes a BibTeX date with a day as the month macro and a day field, never "may 1" in month', () => {
    const bibOf = (issued: CslItem['issued']) => exportOf('bibtex', [{ csl: { id: 's', type: 'report', title: 'Ethics', author: [{ family: 'Slim', given: 'Hugo' }], issued }, passages: [], links: new Map() }]);
    const withDay = bibOf({ 'date-parts': [[2019, 5, 1]] });
    assert.match(withDay, /^\s*month = may,\n\s*day = \{1\},$/m);
    assert.doesNotMatch(withDay, /month = \{/);
    assert.match(bibOf({ 'date-parts': [[2019, 12]] }), /^\s*month = dec,$/m);
    assert.doesNotMatch(bibOf({ 'date-parts': [[2019, 12]] }), /day =/);
    assert.doesNotMatch(bibOf({ 'date-parts': [[2019]] }), /month =|day =/);
  });

  it('writes RIS dates with two-digit months and days, and ends a one-piece (corporate) name with a comma', () => {
    const ocha = 'United Nations Office for the Coordination of Humanitarian Affairs';
    const risOf = (issued: CslItem['issued']) => exportOf('ris', [{ csl: { id: 'o', type: 'report', title: 'Flash appeal', author: [{ literal: ocha }, { family: 'Slim', given: 'Hugo' }], issued }, passages: [], links: new Map() }]);
    assert.match(risOf({ 'date-parts': [[2022, 3]] }), /^DA {2}- 2022\/03\/\/\r$/m);
    assert.match(risOf({ 'date-parts': [[2022, 3, 1]] }), /^DA {2}- 2022\/03\/01\/\r$/m);
    assert.match(risOf({ 'date-parts': [[2022, 11, 25]] }), /^DA {2}- 2022\/11\/25\/\r$/m);
    const ris = risOf({ 'date-parts': [[2022]] });
    assert.match(ris, /^PY {2}- 2022\r$/m);
    assert.deepEqual([...ris.matchAll(/^AU {2}- (.*)\r$/gm)].map((m) => m[1]), [`${ocha},`, 'Slim, Hugo']);
  });

  it('writes each RIS name from its CSL name: an organisation with a comma stays one name, a person stays two parts', () => {
    const vanGogh = { family: 'Gogh', given: 'Vincent', 'non-dropping-particle': 'van' };
    const authors: CslItem['author'] = [{ literal: 'OCHA, Somalia' }, { literal: 'Ministry of Health, Somalia' }, { literal: 'OCHA' }, { family: 'Slim', given: 'Hugo' }, { family: 'Madonna' }, vanGogh];
    const ris = exportOf('ris', [{ csl: { id: 'm', type: 'report', title: 'Flash appeal', author: authors, issued: { 'date-parts': [[2022]] } }, passages: [], links: new Map() }]);
    const lines = [...ris.matchAll(/^AU {2}- (.*)\r$/gm)].map((m) => m[1]);
    assert.deepEqual(lines, ['OCHA\uFF0C Somalia,', 'Ministry of Health\uFF0C Somalia,', 'OCHA,', 'Slim, Hugo', 'Madonna,', 'van Gogh, Vincent']);
    // Zotero's RIS import (translators RIS.js, processTag): last name before the first comma,
    // first name the rest; single-field when nothing follows
    const zotero = (v: string) => {
      const last = v.split(/\s*,\s*/)[0];
      const first = v.slice(last.length).replace(/^\s*,\s*/, '');
      return first ? { last, first } : { last };
    };
    assert.deepEqual(lines.slice(0, 5).map(zotero), [{ last: 'OCHA\uFF0C Somalia' }, { last: 'Ministry of Health\uFF0C Somalia' }, { last: 'OCHA' }, { last: 'Slim', first: 'Hugo' }, { last: 'Madonna' }]);
    // citation-js's own RIS import: one name each, the comma under compatibility normalisation
    const back = (new Cite(ris).data as CslItem[])[0].author!;
    assert.equal(back.length, 6);
    assert.deepEqual(back.slice(0, 2).map((n) => (n.family ?? n.literal)!.normalize('NFKC')), ['OCHA, Somalia', 'Ministry of Health, Somalia']);
    assert.deepEqual(back[3], { family: 'Slim', given: 'Hugo' });
  });
});

describe('formatted exports', () => {
  const chosen = [entry(GILDER, [passage('A quote.', { page: '2' })]), entry(METCALFE), entry(BOWDEN)];

  it('lists references in the style’s order, not the order chosen', () => {
    const text = exportOf('apa', chosen);
    const order = ['Bowden, M.', '\nGilder, A.', '\nMetcalfe-Hough, V. (2021)'].map((s) => text.indexOf(s));
    assert.deepEqual([...order].sort((a, b) => a - b), order);
    assert.ok(order.every((i) => i >= 0));
  });

  it('offers HTML and RTF with the italics of the style', () => {
    assert.match(exportOf('apa-html', chosen), /<i>Journal of International Peacekeeping<\/i>/);
    assert.match(exportOf('apa-html', chosen), /^<!DOCTYPE html>/);
    const rtf = exportOf('chicago-rtf', chosen);
    assert.match(rtf, /^\{\\rtf1/);
    assert.match(rtf, /\{\\i\{\}Journal of International Peacekeeping\}/);
    assert.match(rtf, /\\uc0\\u8220\{\}A quote\\uc0\\u8221\{\} \(Gilder 2024, 2\)\./);
    assert.equal(exporterFor('apa-rtf')!.contentType, 'application/rtf');
  });

  it('leaves out a publisher that is the group author in APA only (APA 7 §9.24; user32 finding 4)', () => {
    const nrc = { ...item(METCALFE), id: 'nrc', author: [{ literal: 'Norwegian Refugee Council' }], publisher: 'Norwegian  refugee council', title: 'Toolkit for principled humanitarian action' } as CslItem;
    const apa = exportOf('apa', [{ ...entry(METCALFE), csl: nrc }]);
    assert.equal(apa.split('Norwegian').length - 1, 1, apa);
    assert.match(apa, /^Norwegian Refugee Council\. \(2021\)\. Toolkit/);
    // Chicago names it again, and another publisher, or a person's work, keeps its publisher in APA
    assert.equal(exportOf('chicago', [{ ...entry(METCALFE), csl: nrc }]).split('Norwegian').length - 1, 2);
    assert.match(exportOf('apa', [{ ...entry(METCALFE), csl: { ...nrc, publisher: 'ODI' } }]), /\. ODI\./);
    assert.match(exportOf('apa', [{ ...entry(METCALFE), csl: { ...nrc, author: [{ family: 'Lee', given: 'Ann' }], publisher: 'Lee' } }]), /\. Lee\./);
  });

  it('tells two works of one author and year apart in the in-text citation as in the list', () => {
    const twin = { ...entry(METCALFE, [passage('Quoted.', { page: '1' })]), csl: { ...item(METCALFE), id: 'other', title: 'Another note' } };
    const text = exportOf('apa', [entry(METCALFE, [passage('Cited.', { page: '2' })]), twin]);
    assert.match(text, /\(Metcalfe-Hough, 2021a, p\. 1\)/);
    assert.match(text, /\(Metcalfe-Hough, 2021b, p\. 2\)/);
  });
});

describe('in-text citations of a work with no author (exports16)', () => {
  // APA and Chicago cite such a work by its title, title-cased: the words citeproc takes for
  // prepositions but that follow an article are capitalised first, as in the Chicago bibliography
  const anonymous = { id: 'anon', type: 'report', title: 'An agenda for the next decade: what comes after', issued: { 'date-parts': [[2020]] } };
  it('title-cases the title as the bibliography does (APA, Chicago), Harvard as catalogued', () => {
    assert.equal(inText(anonymous, 'chicago', { page: '5' }), '(“An Agenda for the Next Decade: What Comes After” 2020, 5)');
    assert.equal(inText(anonymous, 'apa', { page: '5' }), '(An Agenda for the Next Decade: What Comes After, 2020, p. 5)');
    assert.equal(inText(anonymous, 'harvard', { page: '5' }), '(An agenda for the next decade: what comes after, 2020, p. 5)');
    assert.match(exportOf('chicago', [{ csl: anonymous, passages: [passage('Quoted.', { page: '5' })], links: new Map() }]), /“Quoted” \(“An Agenda for the Next Decade: What Comes After” 2020, 5\)/);
  });
});

describe('RTF exports (exports16)', () => {
  it('writes every \\uN as the signed 16-bit number RTF reads, citeproc\'s references and citations too', () => {
    const csl = { id: 'k', type: 'report', title: '가 평화 report 🕊', author: [{ family: '김', given: '민수' }], issued: { 'date-parts': [[2021]] } };
    for (const style of ['apa', 'chicago', 'harvard']) {
      const rtf = exportOf(`${style}-rtf`, [{ csl, passages: [passage('평화 🕊 quoted.', { page: '2' })], links: new Map() }]);
      const units = [...rtf.matchAll(/(?<!\\)(?:\\\\)*\\u(-?\d+)/g)].map((m) => Number(m[1]));
      assert.ok(units.length > 10, style);
      assert.deepEqual(units.filter((n) => n > 32767 || n < -32768), [], style);
      assert.ok(units.includes(44032 - 65536) && units.includes(0xd83d - 65536), `${style}: 가 and the emoji's first half, signed`);
    }
  });
});

describe('openapi.yaml', () => {
  it('describes the export and the selection citation', () => {
    const spec = parse(readFileSync('openapi.yaml', 'utf8')) as { paths: Record<string, { get?: { parameters?: { name: string; schema: { enum?: string[] } }[] } }> };
    assert.ok(spec.paths['/api/passages/{id}/cite']?.get);
    const format = spec.paths['/api/export']?.get?.parameters?.find((p) => p.name === 'format');
    assert.deepEqual(format?.schema.enum, exporters.map((e) => e.id));
  });
});

describe('in-text citations of pages that are not plain numbers (pages35)', () => {
  const work = { id: 'smith', type: 'report', title: 'A report', author: [{ family: 'Smith', given: 'A.' }], issued: { 'date-parts': [[2020]] } };
  it('cites an annex\'s range of pages as pages, each style with its own label', () => {
    assert.equal(inText(work, 'apa', { page: 'A-1', pageEnd: 'A-2' }), '(Smith, 2020, pp. A-1–A-2)');
    assert.equal(inText(work, 'harvard', { page: 'A-1', pageEnd: 'A-2' }), '(Smith, 2020, pp. A-1–A-2)');
    assert.equal(inText(work, 'chicago', { page: 'A-1', pageEnd: 'A-2' }), '(Smith 2020, A-1–A-2)');
    assert.equal(inText(work, 'apa', { page: 'A-1' }), '(Smith, 2020, p. A-1)');
    // an annex lettered with a roman numeral's letter: citeproc had read "C-1" as the range C–1 (review36)
    for (const page of ['C-1', 'I-2', 'D-12']) {
      assert.equal(inText(work, 'apa', { page }), `(Smith, 2020, p. ${page})`);
      assert.equal(inText(work, 'chicago', { page, pageEnd: page }), `(Smith 2020, ${page})`);
    }
    assert.equal(inText(work, 'apa', { page: 'iii', pageEnd: 'iv' }), '(Smith, 2020, pp. iii–iv)');
    assert.equal(inText(work, 'apa', { page: '12', pageEnd: '13' }), '(Smith, 2020, pp. 12–13)');
    assert.match(exportOf('apa', [{ csl: work, passages: [passage('Quoted.', { page: 'A-1', pageEnd: 'A-2' })], links: new Map() }]), /\(Smith, 2020, pp\. A-1–A-2\)/);
  });

  it('cites the file\'s own page count as such wherever the in-text citation is made (the comparison, the reading list)', () => {
    assert.equal(inText(work, 'apa', { page: '4', pageEnd: '5', pageIsPhysical: true }), '(Smith, 2020, PDF pp. 4–5)');
  });
});
