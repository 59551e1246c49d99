import assert from 'node:assert/strict';
import { textBlocks } from '../../indexer/stages/text-blocks.js';
import { segment } from '../../indexer/stages/segment.js';
import { UN_REPORT } from '../helpers/un-report.js';
import type { Passage } from '../../core/types.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { Tagger } from '../../indexer/tag/tagger.js';
import { openingGuess, resolveMetadata } from '../../indexer/metadata/resolve.js';
import { documentSymbol } from '../../indexer/metadata/doc-symbol.js';
import { inBookLine } from '../../indexer/metadata/in-book.js';
import { splitNames } from '../../indexer/metadata/resolve.js';
import { buildDocument } from '../../indexer/process-file.js';
import type { CatalogEntry } from '../../indexer/metadata/catalog-entry.js';

// review17 b's findings on userreview17's reading of a student's library: each shape here was
// read wrong by a rule made for one layout (a UN report's, a journal's, a chapter's).

describe('reading documents, review17 b', () => {
  it('keeps a roman-numbered list’s items as passages: a roman numeral makes a heading only with text after it and no numeral beside it (2)', () => {
    const text = 'Access note\n\nDonors and agencies agreed on the following commitments at the close of the Geneva meeting in March.\n\nI. Fund local partners directly and predictably\n\nII. Protect national staff from arrest and harassment\n\nIII. Share security information with every partner\n\nThe commitments will be reviewed at the next meeting, with a report on each of them.\n';
    const passages = segment('r', textBlocks(text).blocks, null);
    assert.equal(passages.length, 5, passages.map((p) => p.text).join(' | '));
    assert.ok(passages.some((p) => p.text.startsWith('II. Protect national staff')));
    assert.ok(passages.every((p) => !p.section.some((s) => /^I+\./.test(s))), passages.map((p) => p.section.join('>')).join(' | '));
    // the UN report's sections, spread over the document with paragraphs under them, stay headings
    const headings = textBlocks(UN_REPORT).blocks.filter((b) => b.type === 'heading').map((b) => b.text);
    assert.deepEqual(headings.filter((h) => /^[IVX]+\./.test(h)), ['I. Introduction', 'II. State of the protection of civilians', 'III. Recommendations']);
  });
});

describe('printed paragraph numbers, review17 b (3)', () => {
  const L = ' across every country office and with every partner that negotiates on the front line today.';
  const items = ['1. Fund principled negotiation capacity' + L, '2. Stop attaching counter-terrorism clauses' + L, '3. Report access incidents through one common system' + L, '4. Support local partners' + L];

  it('counts paragraphs where a numbered list does not number the paragraphs after it: every passage its own para', () => {
    const text = ['Key recommendations', 'This note sets out what donors should do about access in the coming year, drawing on interviews.', ...items, 'These steps, taken together, would change how access is negotiated in the years ahead.', 'We thank the reviewers for their comments on an earlier draft of this note.'].join('\n\n');
    const paras = segment('x', textBlocks(text).blocks, null).map((p) => p.para);
    assert.deepEqual(paras, [1, 2, 3, 4, 5, 6, 7]);
  });

  it('takes no printed numbers from a list in a box', () => {
    const text = ['Access in practice', 'This note sets out what donors should do about access in the coming year, drawing on interviews.', 'Box 1: Steps agreed in Geneva', ...items, 'These steps, taken together, would change how access is negotiated in the years ahead.'].join('\n\n');
    const paras = segment('x', textBlocks(text).blocks, null).map((p) => p.para);
    assert.deepEqual(paras, paras.map((_, i) => i + 1));
  });

  it('still cites a UN report by the numbers it prints', () => {
    assert.deepEqual(segment('un', textBlocks(UN_REPORT).blocks, null).filter((p) => p.para !== undefined).map((p) => p.para), [1, 2, 3, 4]);
  });
});

describe('a journal citation line on the first page, review17 b (5)', () => {
  it('makes no report a journal article from a line that refers to another work', () => {
    for (const line of ['See Smith, Journal of Refugee Studies, Vol. 31, No. 2 (2019), pp. 1-20.', 'This briefing responds to Smith, Journal of Refugee Studies, Vol. 31, No. 2 (2019), pp. 1-20.']) {
      assert.deepEqual(openingGuess([line]), {}, line);
      const { csl } = resolveMetadata({ file: 'nrc-2022-access.pdf', entries: [], embedded: { title: 'Access under siege', publisher: 'Norwegian Refugee Council' } as never, front: [], opening: ['Norwegian Refugee Council, Briefing, March 2022', line] }, undefined);
      assert.notEqual(csl.type, 'article-journal', line);
      assert.equal(csl['container-title'], undefined, line);
    }
  });

  it('reads no such line from the title block either: a plain text’s front lines run into its paragraphs (review17-d 1)', () => {
    for (const line of ['See Smith, Journal of Refugee Studies, Vol. 31, No. 2 (2019), pp. 1-20.', 'This briefing responds to Smith, Journal of Refugee Studies, Vol. 31, No. 2 (2019), pp. 1-20.']) {
      const s = textBlocks(`Access under siege\n\nJane Keller\n\n${line}\n\nAgencies negotiated access with the armed groups that held the roads into the city for a year.\n`);
      const { csl } = resolveMetadata({ file: 'nrc-2022-access.txt', entries: [], embedded: {}, front: s.front, opening: [] }, undefined);
      assert.notEqual(csl.type, 'article-journal', line);
      assert.equal(csl['container-title'], undefined, line);
    }
    const own = textBlocks('Negotiating access\n\nJane Keller\n\nJournal of Humanitarian Affairs, Vol. 5, No. 2 (2023), pp. 45–52.\n\nAgencies negotiated access with the armed groups that held the roads into the city for a year.\n');
    assert.equal(resolveMetadata({ file: 'keller.txt', entries: [], embedded: {}, front: own.front, opening: [] }, undefined).csl['container-title'], 'Journal of Humanitarian Affairs');
  });

  it('keeps as a passage a line citing another work in the journal the catalogue names, and only the own line goes to front matter (review17-d 2)', () => {
    const tagger = new Tagger(loadTaxonomy());
    const entry: CatalogEntry = { item: { id: 'keller', type: 'article-journal', title: 'Negotiating access', 'container-title': 'Journal of Humanitarian Affairs' }, source: 'catalog.json', files: [] };
    const body = 'Agencies negotiated access with the armed groups that held the roads into the city for a year.';
    const build = (line: string) => buildDocument('keller.txt', 'h', { format: 'text', text: `Negotiating access\n\nJane Keller\n\n${line}\n\n${body}\n`, embedded: {} }, [entry], tagger);
    const other = 'This briefing responds to Smith, Journal of Humanitarian Affairs, Vol. 4, No. 1 (2022), pp. 1–20.';
    assert.ok(build(other).passages.some((p) => p.text === other));
    const own = 'Journal of Humanitarian Affairs, Vol. 5, No. 2 (2023), pp. 45–52.';
    const built = build(own);
    assert.ok(!built.passages.some((p) => p.text.includes('Vol. 5')));
    assert.ok(built.furniture.some((f) => f.kind === 'front-matter' && f.text === own));
  });

  it('still reads the article’s own line, bare or after its authors, year and title', () => {
    assert.equal(openingGuess(['Journal of Humanitarian Affairs, Vol. 5, No. 2 (2023), pp. 45–52.'])['container-title'], 'Journal of Humanitarian Affairs');
    assert.equal(openingGuess(['Keller, J. and Haddad, A. (2023) Negotiating access, Journal of Humanitarian Affairs, 5 (2), pp. 45-52.'])['container-title'], 'Journal of Humanitarian Affairs');
    assert.equal(openingGuess(['Negotiating access. Journal of Humanitarian Affairs, Vol. 5, No. 2 (2023), pp. 45–52.'])['container-title'], 'Journal of Humanitarian Affairs');
  });
});

describe('UN documents as they print their masthead, review17 b (6, 10)', () => {
  const body = '\n\nI. Introduction\n\n1. The present report is submitted pursuant to the request of the Security Council in its resolution 2601 (2021). It covers the period from January to December 2022.\n\n2. In 2022, children continued to bear the brunt of armed conflict in many places around the world.\n\n3. Humanitarian organisations must be able to engage with all parties to conflict for humanitarian purposes.\n';
  const read = (text: string) => {
    const s = textBlocks(text);
    return { csl: resolveMetadata({ file: 'un.txt', entries: [], embedded: {}, front: s.front }, undefined).csl, passages: segment('un', s.blocks, null) };
  };
  const subject = 'Children and armed conflict: Report of the Secretary-General';

  it('takes no distribution, session, agenda item or language line for the title, nor for a passage', () => {
    for (const text of [
      'S/2023/363\n\nSecurity Council\n\nDistr.: General\n\n5 June 2023\n\nOriginal: English\n\nChildren and armed conflict\n\nReport of the Secretary-General' + body,
      'A/77/895\n\nGeneral Assembly\n\nSeventy-seventh session\n\nAgenda item 68\n\nChildren and armed conflict\n\nReport of the Secretary-General' + body,
    ]) {
      const { csl, passages } = read(text);
      assert.equal(csl.title, subject);
      assert.equal(csl.type, 'report');
      assert.ok(passages.every((p) => !/^(Distr|Original|Seventy|Agenda)/.test(p.text)), passages.map((p) => p.text).join(' | '));
    }
  });

  it('reads the symbol off the masthead line "United Nations S/2023/363"', () => {
    const { csl } = read('United Nations S/2023/363\n\nSecurity Council\n\n5 June 2023\n\nChildren and armed conflict\n\nReport of the Secretary-General' + body);
    assert.equal(csl.number, 'S/2023/363');
    assert.equal(csl.title, subject);
    assert.equal(csl.type, 'report');
  });

  it('reads the title block’s DOI on a UN report too', () => {
    const { csl } = read('S/2023/363\n\nSecurity Council\n\nChildren and armed conflict\n\nReport of the Secretary-General\n\nhttps://doi.org/10.18356/9789210024563' + body);
    assert.equal(csl.DOI, '10.18356/9789210024563');
  });

  it('knows no symbol whose first part is no UN organ’s or series’', () => {
    for (const s of ['HIV/AIDS/2023', 'Q/A/1', 'COVID-19/UK/2020', 'MSF/OCA/2021', 'ICRC/DP/2020/1']) assert.equal(documentSymbol(s), null, s);
    for (const s of ['S/2023/363', 'A/77/895', 'A/HRC/52/3', 'E/CN.4/2005/L.1', 'CRC/C/GC/26', 'ST/SGB/2003/13']) assert.equal(documentSymbol(s), s);
  });
});

describe('a chapter’s "In:" line, review17 b (7)', () => {
  const book = { 'container-title': 'Humanitarian Ethics in Practice', 'publisher-place': 'Oxford', publisher: 'Oxford University Press', issued: { 'date-parts': [[2021]] } };
  const editor = [{ given: 'H.', family: 'Slim' }, { given: 'A.', family: 'Ortiz' }];

  it('reads the Harvard form, the year after the editors', () => {
    const got = inBookLine('In: Slim, H. and Ortiz, A. (eds) (2021) Humanitarian Ethics in Practice. Oxford: Oxford University Press, pp. 112-134.', splitNames);
    assert.deepEqual(got, { type: 'chapter', editor, page: '112-134', ...book });
  });

  it('reads the Chicago form, place, publisher and year in brackets after the book', () => {
    const got = inBookLine('In Slim, H. and Ortiz, A. (eds.), Humanitarian Ethics in Practice (Oxford: Oxford University Press, 2021), pp. 112–34.', splitNames);
    assert.deepEqual(got, { type: 'chapter', editor, page: '112-34', ...book });
  });

  it('takes editors only with capitalised names: a lower-case phrase is a sentence, and stays a passage', () => {
    assert.equal(inBookLine('in the words of the mission (ed.) a long phrase', splitNames), null);
    assert.ok(inBookLine('IN: Hugo Slim (Eds.), Book. London: Hurst & Co, 2019.', splitNames));
    const line = 'in the words of the mission (ed.) the convoys were stopped at every checkpoint';
    const passages = segment('t', textBlocks(`Convoy report\n\n${line}\n\nThe mission recorded each stop and the reasons the soldiers gave for it, over three weeks.\n`).blocks, null);
    assert.ok(passages.some((p) => p.text === line), passages.map((p) => p.text).join(' | '));
  });
});

describe('places, review17 b (10)', () => {
  let tagger: Tagger;
  before(() => { tagger = new Tagger(loadTaxonomy()); });
  const places = (text: string) => {
    const p: Passage = { id: 'x', doc: 'd', ordinal: 0, block: 0, text, section: [], page: null, physicalPage: null, start: 0, end: text.length, kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [] };
    return tagger.tag(p).places;
  };

  it('reads a writer’s nationality after "the" as after "a" (rule 31)', () => {
    assert.deepEqual(places('The French author described the siege of Aleppo.'), ['SYR']);
    assert.deepEqual(places('The Syrian poet described the siege of Aleppo.'), ['SYR']);
    assert.deepEqual(places('The Norwegian Ministry of Defence deployed troops to Mali.'), ['NOR', 'MLI']);
  });

  it('reads "Sake of" opening a sentence as the noun, Sake elsewhere as the town (rule 29)', () => {
    assert.deepEqual(places('Sake of clarity aside, the report recommends one template.'), []);
    assert.deepEqual(places('Sake fell to the M23 in February.'), ['COD']);
    assert.deepEqual(places('Fighting reached Sake and Rubaya.'), ['COD']);
  });
});

describe('printed paragraph numbers: a closing list (3)', () => {
  it('counts the paragraphs of a note whose numbered recommendations close it, references after them', () => {
    const para = (i: number) => `Paragraph ${i} of the note's argument, with the evidence that supports it and the sources it draws on.`;
    const text = ['Collaborative advocacy', ...[1, 2, 3, 4, 5, 6, 7, 8].map(para), 'Recommendations', '1. The cluster should collate examples of collaboration across every country office and share them.', '2. Donors should fund joint advocacy across every country office and with every partner on the front line.', '3. Agencies should set out a strategic framework for their partnership and report on it every year.', 'References', 'Adam, I. (2009) INGOs expelled from Darfur. London: ODI.', 'Ahmed, K. (2021) Ethiopia suspends aid groups. The Guardian.', 'Brennan, T. (2021) On its one-year anniversary. Geneva: ICRC.'].join('\n\n');
    const passages = segment('x', textBlocks(text).blocks, null);
    assert.deepEqual(passages.filter((p) => p.blockType === 'paragraph').map((p) => p.para), [1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
