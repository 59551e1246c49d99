import assert from 'node:assert/strict';
import request from 'supertest';
import { corpusApp } from '../helpers/server.js';
import { buildCitationGraph, citationGroups, inTextCitations } from '../../indexer/references/graph.js';
import { parseAuthorDate, parseReferences } from '../../indexer/references/parse.js';
import { assertMatchesSpec } from '../helpers/openapi.js';
import type { DocumentRecord, Passage } from '../../core/types.js';

describe('reference lists and the citation graph', function () {
  this.timeout(60_000);
  let app: Awaited<ReturnType<typeof corpusApp>>['app'];
  before(async () => {
    ({ app } = await corpusApp());
  });

  it('parses an author-date entry into CSL-JSON with its URL rejoined', () => {
    const r = parseAuthorDate('Bowden, M. and Metcalfe-Hough, V. (2020) ‘Humanitarian diplomacy and protection advocacy in an age of caution’. HPG briefing note. London: ODI (https://odi.org/en/publications/humanitarian-diplomacy/ ).')!;
    assert.deepEqual(r.author, [{ family: 'Bowden', given: 'M.' }, { family: 'Metcalfe-Hough', given: 'V.' }]);
    assert.deepEqual(r.issued, { 'date-parts': [[2020]] });
    assert.equal(r.title, 'Humanitarian diplomacy and protection advocacy in an age of caution');
    assert.equal(r.publisher, 'ODI');
    assert.equal(r.URL, 'https://odi.org/en/publications/humanitarian-diplomacy/');
  });

  it('reads the title of an APA entry, whose year is closed by a full stop', () => {
    const r = parseAuthorDate('Lovelace, A. (2019). Negotiating humanitarian access in conflict settings. London: Test Institute.')!;
    assert.equal(r.title, 'Negotiating humanitarian access in conflict settings');
    assert.equal(r.publisher, 'Test Institute');
    assert.equal(r['publisher-place'], 'London');
    const m = parseAuthorDate('Metcalfe-Hough, V. (2021a). Collaborative advocacy between humanitarian and human rights actors: opportunities and challenges. HPG briefing note. London: ODI.')!;
    assert.equal(m.title, 'Collaborative advocacy between humanitarian and human rights actors: opportunities and challenges');
    assert.equal(m['collection-title'], 'HPG briefing note');
    assert.equal(m.publisher, 'ODI');
  });

  it('reads an APA entry dated to the day or the month, a lettered year and no date, with a publisher named without a place', () => {
    const cases: [string, unknown][] = [
      ['Smith, J. (2019, March 3). Protection in protracted crises. Oxfam.', { 'date-parts': [[2019, 3, 3]] }],
      ['Smith, J. (2019, 3 March). Protection in protracted crises. Oxfam.', { 'date-parts': [[2019, 3, 3]] }],
      ['Smith, J. (2019, March). Protection in protracted crises. Oxfam.', { 'date-parts': [[2019, 3]] }],
      ['Smith, J. (2019, Spring). Protection in protracted crises. Oxfam.', { 'date-parts': [[2019]] }],
      ['Smith, J. (2019a). Protection in protracted crises. Oxfam.', { 'date-parts': [[2019]] }],
      ['Smith, J. (n.d.). Protection in protracted crises. Oxfam.', { literal: 'n.d.' }],
    ];
    for (const [entry, issued] of cases) {
      const r = parseAuthorDate(entry);
      assert.ok(r, entry);
      assert.deepEqual(r.author, [{ family: 'Smith', given: 'J.' }], entry);
      assert.deepEqual(r.issued, issued, entry);
      assert.equal(r.title, 'Protection in protracted crises', entry);
      assert.equal(r.publisher, 'Oxfam', entry);
    }
  });

  it('reads several citations from one note', () => {
    const refs = parseReferences("See Alexander Gilder, 'Human security and the stabilization mandate of MINUSCA', International Peacekeeping, vol. 28, 2021, pp 200-231; Alexander Gilder, 'International law and human security in a kaleidoscopic world', Indian Journal of International Law, vol. 58, 2021, pp 111-137.", 'note');
    assert.equal(refs.length, 2);
    assert.equal(refs[0]['container-title'], 'International Peacekeeping');
    assert.deepEqual(refs[1].author, [{ family: 'Gilder', given: 'Alexander' }]);
  });

  it('finds in-text citations, parenthetical and narrative', () => {
    assert.deepEqual(inTextCitations('as argued (Bowden and Metcalfe-Hough, 2020; UNSC, 1999) and by Rosenthal (2019).'), [
      { family: 'bowden', year: 2020 },
      { family: 'unsc', year: 1999 },
      { family: 'rosenthal', year: 2019 },
    ]);
  });

  it('gives citation groups in reading order, ibid. included', () => {
    const text = 'Rosenthal (2019) disagreed (ibid.; see also Slim, 2015) and (ibid.), not (in 2019 alone).';
    const groups = citationGroups(text);
    assert.deepEqual(groups.map(({ ibid, cites }) => ({ ibid, cites: cites.map(({ family, year }) => ({ family, year })) })), [
      { ibid: false, cites: [{ family: 'rosenthal', year: 2019 }] },
      { ibid: true, cites: [{ family: 'slim', year: 2015 }] },
      { ibid: true, cites: [] },
    ]);
    assert.deepEqual(groups.map((g) => text.slice(g.start, g.end)), ['Rosenthal (2019)', '(ibid.; see also Slim, 2015)', '(ibid.)']);
    assert.deepEqual(groups.flatMap((g) => g.cites.map((c) => text.slice(c.start, c.end))), ['Rosenthal (2019)', 'Slim, 2015']);
    const located = '(Petrie, 2012; Niland et al., 2015: 37)';
    assert.deepEqual(citationGroups(located)[0].cites.map((c) => located.slice(c.start, c.end)), ['Petrie, 2012', 'Niland et al., 2015: 37']);
    const order = citationGroups('first (UNSC, 1999), then (ibid., p. 4), then Bowden et al. (2020)').map((g) => (g.ibid ? 'ibid' : g.cites.map((c) => c.family).join('+')));
    assert.deepEqual(order, ['unsc', 'ibid', 'bowden']);
    assert.deepEqual(citationGroups('(Ibid., 2019)'), [{ ibid: true, cites: [], start: 0, end: 13 }]);
  });

  it('does not take interviews or other unpublished sources for an author’s work', () => {
    const families = (t: string) => inTextCitations(t).map((c) => c.family);
    assert.deepEqual(families('(HPG interviews, 2021; see also HCT in oPt, 2019; Niland et al., 2015; Human Rights Watch, 2018)'), ['hct', 'niland', 'human']);
    assert.deepEqual(families('(Bowden and Metcalfe-Hough, 2020; author’s survey, 2020)'), ['bowden']);
    assert.deepEqual(families('(Oxford: Hart, 2007); (December 2016); (Abingdon: Routledge, 2017; Slim, 2015)'), ['slim']);
  });

  it('links the 2021 note to the 2020 note it cites, both ways', async () => {
    const m = await request(app).get('/api/documents/metcalfe-hough-2021-collaborative-advocacy').expect(200);
    assertMatchesSpec('/api/documents/{id}', 200, m.body);
    assert.deepEqual(m.body.cites, ['bowden-metcalfe-hough-2020-age-of-caution']);
    assert.ok(m.body.references.length >= 48);
    const b = await request(app).get('/api/documents/bowden-metcalfe-hough-2020-age-of-caution').expect(200);
    assert.deepEqual(b.body.citedBy, ['metcalfe-hough-2021-collaborative-advocacy']);
  });

  it('shows the most-cited works with their citing passages, and filters search to them', async () => {
    const page = await request(app).get('/citations').expect(200);
    assert.match(page.text, /Humanitarian diplomacy and protection advocacy in an age of caution<\/a> <span class="badge">in the corpus/);
    // the reading view links in-text citations to the cited corpus document
    const doc = await request(app).get('/documents/metcalfe-hough-2021-collaborative-advocacy').expect(200);
    assert.match(doc.text, /<a class="citation" href="\/documents\/bowden-metcalfe-hough-2020-age-of-caution" title="Humanitarian diplomacy[^"]*">Bowden and Metcalfe-Hough, 2020<\/a>/);
    assert.match(doc.text, /<a class="citation" href="#p-[0-9a-f]{16}"/);
    // each citing passage shows the sentence with the citation of this work marked
    assert.match(page.text, /<mark>Bowden and Metcalfe-Hough, 2020<\/mark>/);
    assert.doesNotMatch(page.text, /<mark>HPG interviews/);
    const r = await request(app).get('/api/search').query({ cites: 'doc:bowden-metcalfe-hough-2020-age-of-caution', perDoc: 0 }).expect(200);
    assert.ok(r.body.total >= 2);
    for (const h of r.body.hits) assert.equal(h.passage.doc, 'metcalfe-hough-2021-collaborative-advocacy');
    for (const h of r.body.hits) {
      const p = h.passage as { text: string; cites: string[]; citing: { work: string; start: number; end: number }[] };
      assert.ok(p.cites.includes('doc:bowden-metcalfe-hough-2020-age-of-caution'));
      const at = p.citing.find((c) => c.work === 'doc:bowden-metcalfe-hough-2020-age-of-caution');
      if (at) assert.match(p.text.slice(at.start, at.end), /^(Bowden and Metcalfe-Hough, 2020|\(ibid)/);
    }
    assert.ok(r.body.hits.some((h: { passage: { citing: unknown[] } }) => h.passage.citing.length));
    // exactly the passages that cite it: the document's passages with that key, no more
    const citingDoc = await request(app).get('/api/documents/metcalfe-hough-2021-collaborative-advocacy').expect(200);
    const expected = (citingDoc.body.passages as { cites: string[] }[]).filter((p) => p.cites.includes('doc:bowden-metcalfe-hough-2020-age-of-caution')).length;
    assert.equal(r.body.total, expected);
    assert.equal((await request(app).get('/api/search').query({ cites: 'no-such-work' }).expect(200)).body.total, 0);
    // the search page says it is filtered to a work, keeps the filter for the next query, and lets it go
    const page2 = await request(app).get('/').query({ cites: 'doc:bowden-metcalfe-hough-2020-age-of-caution', perDoc: '0' }).expect(200);
    assert.match(page2.text, /<a class="chip" href="\/\?perDoc=0" aria-label="Remove filter Cites: Humanitarian diplomacy and protection advocacy in an age of caution">/);
    assert.match(page2.text, /<input type="hidden" name="cites" value="doc:bowden-metcalfe-hough-2020-age-of-caution">/);
    assert.match(page2.text, /<input type="hidden" name="perDoc" value="0">/);
  });
});

describe('reference parsing against the labelled entries', function () {
  // Indexes the corpus in worker processes first: their start-up is slow on a loaded machine.
  this.timeout(180_000);
  it('gets first author, year and title right for ≥ 90 % of the 2021 note’s reference list', async () => {
    const { corpusSnapshot } = await import('../../eval/search.js');
    const { scoreReferences } = await import('../../eval/references.js');
    const { snap, cleanup } = await corpusSnapshot();
    const s = await scoreReferences([...snap.documents.values()]);
    await cleanup();
    assert.ok(s.allThree / s.labels >= 0.9, `${s.allThree}/${s.labels}: ${s.errors.join('; ')}`);
  });
});

describe('in-text citations linked to reference entries', () => {
  // One document whose passages are given; its citation graph is built over them.
  const mk = (id: string, text: string, blockType: 'paragraph' | 'reference', ordinal: number): Passage => ({
    id, doc: 'd', ordinal, block: ordinal, text, section: [], page: null, physicalPage: null, start: 0, end: 0,
    kind: blockType === 'reference' ? ('reference' as const) : ('finding' as const), blockType, actors: [], themes: [], places: [], evidence: [],
  });
  const graphOf = (passages: Passage[]): DocumentRecord => {
    const doc: DocumentRecord = { id: 'd', csl: { id: 'd', type: 'report', title: 'A paper' }, provenance: {}, file: 'd.txt', format: 'txt', hash: '', pages: null, pageLabels: null, passageCount: passages.length, tags: { actor: [], theme: [], place: [], kind: [] }, furniture: { removed: 0, kinds: {} }, outline: [] };
    buildCitationGraph(new Map([['d', doc]]), passages);
    return doc;
  };

  it('follows "(ibid.)" to the work cited just before', () => {
    const passages = [
      mk('p1', 'The review was damning (Petrie, 2012).', 'paragraph', 0),
      mk('p2', 'It spoke of a systemic failure (ibid.: 29).', 'paragraph', 1),
      mk('p3', 'Petrie, C. (2012) Report of the Secretary General’s Internal Review Panel on United Nations Action in Sri Lanka. Geneva: UN.', 'reference', 2),
    ];
    const doc = graphOf(passages);
    assert.equal(doc.references?.length, 1);
    assert.deepEqual(passages[0].cites, [doc.references![0].work]);
    assert.deepEqual(passages[1].cites, [doc.references![0].work]);
  });

  it('tells apart works of one first author and year by the number of authors cited', () => {
    const passages = [
      mk('p1', 'Earlier work (Metcalfe et al., 2012; Metcalfe, 2012) and Metcalfe et al. (2012) again.', 'paragraph', 0),
      mk('r1', 'Metcalfe, V. (2012) Protecting civilians? The interaction between international military and humanitarian actors. London: ODI.', 'reference', 1),
      mk('r2', 'Metcalfe, V., Haysom, S. and Gordon, S. (2012) Trends and challenges in humanitarian civil–military coordination. London: ODI.', 'reference', 2),
    ];
    const doc = graphOf(passages);
    const [single, several] = doc.references!;
    assert.equal(several.author?.length, 3);
    const text = passages[0].text;
    assert.deepEqual(passages[0].citing?.map((c) => [text.slice(c.start, c.end), c.work]), [
      ['Metcalfe et al., 2012', several.work],
      ['Metcalfe, 2012', single.work],
      ['Metcalfe et al. (2012)', several.work],
    ]);
  });
});
