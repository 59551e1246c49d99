import assert from 'node:assert/strict';
import { openingGuess, parseName, resolveMetadata, seriesFields, firstPageGuess } from '../../indexer/metadata/resolve.js';
import { mdReader } from '../../indexer/readers/md.js';
import { textBlocks } from '../../indexer/stages/text-blocks.js';
import { segment } from '../../indexer/stages/segment.js';
import { documentSymbol } from '../../indexer/metadata/doc-symbol.js';
import { dateLine } from '../../indexer/metadata/date-text.js';
import { inBookLine } from '../../indexer/metadata/in-book.js';
import { splitNames } from '../../indexer/metadata/resolve.js';
import { UN_REPORT } from '../helpers/un-report.js';

// The shapes a doctoral student's library has that userreview17 found read wrong: a journal's
// citation line under the title block, a UN report with its symbol and numbered paragraphs, an
// organisation's unit as author, two editions of one report, a series called "Policy Report".

describe('a student’s library (userreview17)', () => {
  it('reads a journal citation printed as a short paragraph of the first page: journal, volume, issue, pages, year, DOI', () => {
    const line = 'Journal of Humanitarian Affairs, Vol. 5, No. 2 (2023), pp. 45–52. DOI: 10.7227/JHA.2023.0042';
    assert.deepEqual(openingGuess([line]), {
      'container-title': 'Journal of Humanitarian Affairs', volume: '5', issue: '2', page: '45-52',
      issued: { 'date-parts': [[2023]] }, DOI: '10.7227/JHA.2023.0042',
    });
    // a long paragraph is text that may cite another journal
    assert.deepEqual(openingGuess([`${'Earlier work discussed this at length. '.repeat(8)}${line}`]), {});
  });

  it('prefers that printed line to the PDF’s CreationDate, and files the article as a journal article', () => {
    const { csl, provenance } = resolveMetadata({
      file: 'keller-haddad-2023.pdf', entries: [], embeddedSource: 'pdf-info',
      embedded: { title: 'Negotiating humanitarian access', authors: ['Jonas Keller', 'Amina Haddad'], date: 'D:20261205161700Z' },
      front: [], opening: ['This paper was typeset for a workshop.', 'Journal of Humanitarian Affairs, Vol. 5, No. 2 (2023), pp. 45–52. DOI: 10.7227/JHA.2023.0042'],
    }, undefined);
    assert.deepEqual(csl.issued, { 'date-parts': [[2023]] });
    assert.equal(csl.type, 'article-journal');
    assert.equal(csl['container-title'], 'Journal of Humanitarian Affairs');
    assert.equal(csl.page, '45-52');
    assert.equal(csl.DOI, '10.7227/JHA.2023.0042');
    assert.equal(provenance.issued, 'first-page');
  });

  it('knows a UN document symbol and a date line', () => {
    for (const s of ['S/2023/345', 'A/HRC/52/3', 'E/CN.4/2005/L.1', 'S/PRST/2022/1']) assert.equal(documentSymbol(s), s);
    for (const s of ['S/PRST', 'and/or/but', 'https://a/b/1', 'S/2023/345 and more']) assert.equal(documentSymbol(s), null);
    for (const s of ['12 May 2023', 'March 2021', '1er mars 2021']) assert.ok(dateLine(s), s);
    for (const s of ['Protection of civilians', 'Report 2023', 'Access in 2023']) assert.ok(!dateLine(s), s);
  });

  it('reads a UN report as its organ’s report, titled by its subject, numbered by its symbol, dated by its date line', () => {
    const s = textBlocks(UN_REPORT);
    const guess = firstPageGuess(s.front);
    assert.deepEqual(guess.author, [{ literal: 'United Nations Security Council' }]);
    assert.equal(guess.title, 'Protection of civilians in armed conflict: Report of the Secretary-General');
    assert.equal(guess.number, 'S/2023/345');
    // date-text.ts reads months, not days
    assert.deepEqual(guess.issued, { 'date-parts': [[2023, 5]] });
    const { csl } = resolveMetadata({ file: 's-2023-345.txt', entries: [], embedded: {}, front: s.front }, undefined);
    assert.equal(csl.type, 'report');
  });

  it('makes a UN report’s roman-numbered sections headings and its symbol and date no headings', () => {
    const s = textBlocks(UN_REPORT);
    const headings = s.blocks.filter((b) => b.type === 'heading').map((b) => b.text);
    assert.ok(headings.includes('I. Introduction') && headings.includes('III. Recommendations'), headings.join(' | '));
    assert.ok(!headings.includes('S/2023/345') && !headings.includes('12 May 2023'), headings.join(' | '));
    assert.ok(s.blocks.every((b) => b.text !== 'I. Introduction' || b.type === 'heading'));
  });

  it('cites a document that numbers its paragraphs by its printed numbers', () => {
    const s = textBlocks(UN_REPORT);
    const passages = segment('un', s.blocks, null);
    const urge = passages.find((p) => p.text.startsWith('I urge'))!;
    assert.equal(urge.para, 4);
    assert.deepEqual(passages.filter((p) => p.para !== undefined).map((p) => p.para), [1, 2, 3, 4]);
  });

  it('keeps counting paragraphs where a numbered list sits among ordinary paragraphs', () => {
    const text = ['Opening paragraph that sets out the argument of the note in full.', 'A second paragraph with more of the argument and its evidence.', 'A third paragraph before the list of steps that follow here.', 'A fourth paragraph that introduces the list below.', '1. First step to take.', '2. Second step to take.', '3. Third step to take.', 'A closing paragraph after the list, with the conclusion.'].join('\n\n');
    const passages = segment('list', textBlocks(text).blocks, null);
    const closing = passages.find((p) => p.text.startsWith('A closing'))!;
    assert.equal(closing.para, passages.length);
  });

  it('reads a body’s unit or team as one literal name', () => {
    assert.deepEqual(parseName('Access Monitoring Unit'), { literal: 'Access Monitoring Unit' });
    assert.deepEqual(parseName('Humanitarian Country Team'), { literal: 'Humanitarian Country Team' });
    assert.deepEqual(parseName('Jonas Keller'), { family: 'Keller', given: 'Jonas' });
  });

  it('reads a Markdown front matter’s edition, "2nd edition" as 2', async () => {
    const read = await mdReader.read(Buffer.from('---\ntitle: Access report\nauthor: Access Monitoring Unit\nedition: "2nd edition"\n---\nSome text.\n'), { maxPages: 1 });
    assert.equal(read.embedded.edition, '2');
    const { csl } = resolveMetadata({ file: 'a.md', entries: [], embedded: read.embedded, embeddedSource: 'front-matter', front: [] }, undefined);
    assert.equal(csl.edition, '2');
    assert.deepEqual(csl.author, [{ literal: 'Access Monitoring Unit' }]);
    const revised = await mdReader.read(Buffer.from('---\ntitle: A\nedition: Revised edition\n---\nText.\n'), { maxPages: 1 });
    assert.equal(revised.embedded.edition, 'Revised edition');
  });

  it('reads "Policy Report No. 7" as a series and its number', () => {
    assert.deepEqual(seriesFields('Policy Report No. 7'), { 'collection-title': 'Policy Report', 'collection-number': '7' });
  });

  it('reads a chapter’s "In: Editors (eds), Book, Publisher, Place, Year, pp." line, in either order of place and publisher', () => {
    assert.deepEqual(inBookLine('In: Hugo Slim and Ana Ortiz (eds), Humanitarian Ethics in Practice: Cases and Commentary, Oxford University Press, Oxford, 2021, pp. 112-134.', splitNames), {
      type: 'chapter', editor: [{ given: 'Hugo', family: 'Slim' }, { given: 'Ana', family: 'Ortiz' }], page: '112-134', issued: { 'date-parts': [[2021]] },
      'container-title': 'Humanitarian Ethics in Practice: Cases and Commentary', publisher: 'Oxford University Press', 'publisher-place': 'Oxford',
    });
    const colon = inBookLine('In Slim, H. and Ortiz, A. (eds.) Humanitarian Ethics in Practice. Oxford: Oxford University Press, 2021, pp. 112–134.', splitNames)!;
    assert.deepEqual([colon['container-title'], colon['publisher-place'], colon.publisher, colon.page], ['Humanitarian Ethics in Practice', 'Oxford', 'Oxford University Press', '112-134']);
    assert.deepEqual(colon.editor, [{ given: 'H.', family: 'Slim' }, { given: 'A.', family: 'Ortiz' }]);
    assert.equal(inBookLine('In 2021, the mission (eds) reported that convoys were blocked.', splitNames), null);
    assert.equal(inBookLine('In this chapter we argue that access is negotiated.', splitNames), null);
  });

  it('files a text chapter under its book, the "In:" line no passage', () => {
    const text = 'Engaging armed groups: the humanitarian dilemma\n\nLaura Mancini\n\nIn: Hugo Slim and Ana Ortiz (eds), Humanitarian Ethics in Practice, Oxford University Press, Oxford, 2021, pp. 112-134.\n\nIntroduction\n\nHumanitarian organisations have always talked to those who carry weapons, and the Geneva Conventions assume they will.\n';
    const s = textBlocks(text);
    assert.ok(s.blocks.every((b) => !b.text.startsWith('In: Hugo')));
    const { csl } = resolveMetadata({ file: 'chapter.txt', entries: [], embedded: {}, front: s.front }, undefined);
    assert.equal(csl.type, 'chapter');
    assert.equal(csl['container-title'], 'Humanitarian Ethics in Practice');
    assert.deepEqual(csl.author, [{ given: 'Laura', family: 'Mancini' }]);
    assert.deepEqual(csl.issued, { 'date-parts': [[2021]] });
  });
});
