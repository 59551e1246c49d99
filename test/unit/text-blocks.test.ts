import assert from 'node:assert/strict';
import { textBlocks, normaliseInline } from '../../indexer/stages/text-blocks.js';
import { repairBlocks } from '../../indexer/stages/repair.js';
import { extractMarks } from '../../core/text.js';
import { segment } from '../../indexer/stages/segment.js';

const body = (s: string) => repairBlocks(textBlocks(s).blocks);

describe('textBlocks', () => {
  it('reads byline and date lines at the top of a text as front matter, not passages (userreview15)', () => {
    const text = 'Monitoring in the East\n\nAuthor: Protection Monitoring Network\n\nPublished March 2023.\n\nTeams visited twelve sites in the east between January and March and met families who had arrived.\n\nBy the end of 2020, many had fled the area for the camps near the border town.';
    const s = textBlocks(text);
    assert.ok(!s.blocks.some((b) => /Author:|Published March/.test(b.text)), s.blocks.map((b) => b.text).join(' | '));
    assert.deepEqual(s.furniture.filter((f) => f.kind === 'front-matter').map((f) => f.text), ['Author: Protection Monitoring Network', 'Published March 2023.']);
    // the front the metadata reader sees still holds them; a sentence starting "By" is text
    assert.ok(s.front.some((f) => f.text === 'Published March 2023.'));
    assert.ok(s.blocks.some((b) => b.text.startsWith('By the end of 2020')));
  });

  it('leaves a "By …" line after a paragraph of text as text (review19 a, 5)', () => {
    const text = 'Funding update for the third quarter\n\nFunding received by the end of the quarter covered less than a third of the requirements, and several clusters suspended activities.\n\nBy Donors\n\nPledges from the largest contributors were delayed by several months.';
    const s = textBlocks(text);
    assert.ok(s.blocks.some((b) => b.text === 'By Donors'), s.blocks.map((b) => b.text).join(' | '));
    assert.deepEqual(s.furniture.filter((f) => f.kind === 'front-matter').map((f) => f.text), []);
  });

  it('drops bare page numbers and running headers that repeat with a number', () => {
    const text = [
      'Some findings were made in the field and they are reported here at length.',
      '',
      '8 HPG briefing note',
      '',
      'More findings follow in this paragraph, which also ends properly.',
      '',
      '14',
      '',
      'The text goes on after the page number and closes.',
      '',
      '12 HPG briefing note',
    ].join('\n');
    const s = textBlocks(text);
    assert.ok(s.blocks.every((b) => !/HPG briefing note|^14$/.test(b.text)));
    assert.equal(s.furniture.filter((f) => f.kind === 'running-header').length, 2);
    assert.equal(s.furniture.filter((f) => f.kind === 'page-number').length, 1);
  });

  it('joins hard-wrapped lines and rejoins a paragraph cut by a page break', () => {
    const text = 'The Cold War politics that dominated the\nUN’s agenda in its first few decades\n\n deny both the intent and the extent of casualties.';
    const blocks = body(text);
    assert.equal(blocks.length, 1);
    assert.equal(blocks[0].text, 'The Cold War politics that dominated the UN’s agenda in its first few decades deny both the intent and the extent of casualties.');
  });

  it('separates tab-numbered footnotes and links glued marks to them', () => {
    const text = 'Armed actors, particularly non-state actors.1 Working together helps.\n\n1\t For more information, see OHCHR (2015b).';
    const blocks = body(text);
    const note = blocks.find((b) => b.type === 'footnote')!;
    assert.equal(note.n, '1');
    assert.equal(note.text, 'For more information, see OHCHR (2015b).');
    const para = blocks.find((b) => b.type === 'paragraph')!;
    assert.equal(para.text, 'Armed actors, particularly non-state actors. Working together helps.');
    assert.deepEqual(para.footnoteRefs, ['1']);
  });

  it('reads superscript and ^{*} marks as footnote marks', () => {
    assert.deepEqual(extractMarks(normaliseInline('threats to civilians.¹ The primacy')).marks, ['1']);
    assert.deepEqual(extractMarks(normaliseInline('Alexander Gilder^{*}')).marks, ['*']);
    const blocks = body('Peace operations make a contribution.²\n\n² Alexander Gilder, *Journal of Conflict*, vol. 28.');
    assert.equal(blocks.find((b) => b.type === 'footnote')?.text, 'Alexander Gilder, Journal of Conflict, vol. 28.');
  });

  it('finds headings as short unpunctuated lines, also when the body follows without a blank line', () => {
    const text = [
      'Introduction of the argument that follows in this briefing note is long enough.',
      '',
      'The foundations of the UN’s protection role',
      'In the UN’s 75th anniversary year, 2020, it is worth reflecting on the role.',
    ].join('\n');
    const blocks = body(text);
    assert.deepEqual(blocks.map((b) => b.type), ['paragraph', 'heading', 'paragraph']);
    assert.equal(blocks[1].text, 'The foundations of the UN’s protection role');
  });

  it('does not take a line broken after a function word for a heading', () => {
    const blocks = body('Opening paragraph of the text ends here.\n\nThe foundations for the current framework for\nPoC came from the major shift in geopolitics.');
    assert.ok(!blocks.some((b) => b.type === 'heading'));
  });

  it('reads nested tab-indented lists with depth by marker kind', () => {
    const text = ['Recommendations', '', '1.\t The cluster should act.', '\t– First sub point', '', '\t– Second sub point', '•\t bullet under it;', '2.\t Donors should pay.'].join('\n');
    const items = body(text).filter((b) => b.type === 'list-item');
    assert.deepEqual(items.map((b) => [b.n, b.depth]), [['1', 1], ['–', 2], ['–', 2], ['•', 3], ['2', 1]]);
  });

  it('keeps a table of contents that repeats the headings out of the text', () => {
    const text = ['Introduction', 'The text of the introduction is here and ends.', '', 'Methods', 'We read things carefully and closely.', '', '\tIntroduction', '\tMethods'].join('\n');
    const s = textBlocks(text);
    assert.ok(s.furniture.some((f) => f.kind === 'toc'));
    assert.equal(s.blocks.filter((b) => b.type === 'heading').length, 2);
  });

  it('drops a repository cover sheet up to the title and the author lines after it', () => {
    const text = ['CentAUR', '', 'Peace operations and human security', '', 'Accepted Version', '', 'Peace Operations and Human Security', '', 'Alexander Gilder*', '', 'School of Law, University of Reading, UK', '', 'Human Security in Context', 'Peace operations make a major, daily contribution to peace.'].join('\n');
    const s = textBlocks(text, { title: 'Peace operations and human security', authors: ['Gilder'] });
    assert.deepEqual(s.blocks.map((b) => b.text), ['Human Security in Context', 'Peace operations make a major, daily contribution to peace.']);
    assert.ok(s.furniture.some((f) => f.text === 'Accepted Version'));
  });

  it('splits a reference list into entries and drops repeated bare URLs', () => {
    const text = [
      'References',
      '',
      'Adam, I. (2009) ‘INGOs expelled from Darfur’. African Arguments, 24 March (https://example.org/a-',
      'b/ ).',
      '',
      'IASC (2009) Standard terms of reference. New York: IASC.',
      'IASC (2013) Statement: the centrality of protection. New York: IASC.',
      '',
      'https://example.org/a-b/',
      'https://example.org/a-b/',
    ].join('\n');
    const refs = body(text).filter((b) => b.type === 'reference');
    assert.deepEqual(refs.map((r) => r.text), [
      'Adam, I. (2009) ‘INGOs expelled from Darfur’. African Arguments, 24 March (https://example.org/a-b/ ).',
      'IASC (2009) Standard terms of reference. New York: IASC.',
      'IASC (2013) Statement: the centrality of protection. New York: IASC.',
    ]);
  });

  it('splits a reference list of other styles at blank lines after finished entries, but keeps an author and year with the title after them', () => {
    const text = [
      'References',
      '',
      'Charles Doyle, Terrorist Material Support: An Overview, Congressional Research Service (2010)[link]',
      '',
      'Justin A. Fraterman, “Criminalizing Humanitarian Relief”, 82 Fordham Law Review 399 (2013).',
      '',
      '12. Boyden, Jo. Children under Fire. Children, Youth and Environments 13 (2003).',
      '',
      'OHCHR, Department of Political Affairs and Department of Field Support (2011)',
      '',
      'Human rights in United Nations peace operations and political missions. New York: UN.',
    ].join('\n');
    const refs = body(text).filter((b) => b.type === 'reference');
    assert.deepEqual(refs.map((r) => r.text.slice(0, 24)), ['Charles Doyle, Terrorist', 'Justin A. Fraterman, “Cr', '12. Boyden, Jo. Children', 'OHCHR, Department of Pol']);
    assert.match(refs[3].text, /\(2011\) Human rights in United Nations/);
  });

  it('starts a Harvard entry with a bare year after a blank line, even where the last entry has no full stop', () => {
    const text = [
      'References',
      '',
      'Osei, K & Lind, M 2001. Rules on the ground in the northern districts, Institute for Field Studies',
      '',
      'Council for Mediation Studies 2005. Talking to armed groups: a practical guide.',
      '',
      'Varga, T 2007. Access negotiations revisited. Field Press.',
    ].join('\n');
    const refs = body(text).filter((b) => b.type === 'reference');
    assert.deepEqual(refs.map((r) => r.text.slice(0, 20)), ['Osei, K & Lind, M 20', 'Council for Mediatio', 'Varga, T 2007. Acces']);
  });

  it('ends an entry at a blank line in a list that sets its entries apart so, even without a full stop, unless the next text carries it on', () => {
    // Made up: a news item ending "Retrieved …", a bare title, a DOI last, a mid-phrase break,
    // a lower-case continuation and a name particle opening the next entry.
    const text = [
      'References',
      '',
      '"Rivers rise in the northern valley". Daily Courier. 2011-03-04. Retrieved 2011-03-09',
      '',
      'Field Guide to Shelter Standards',
      '',
      'Marsh, T. (2014) \'Convoys at the checkpoint\', Journal of Relief Studies, 9:1, 10-22, DOI: 10.1000/jrs.2014.1',
      '',
      'Okafor, B. Mediation at the margins of',
      '',
      'the state. Lagos: Harbour Press, 2003.',
      '',
      'Ibarra, L. (2019) Clinics under fire: a field study',
      '',
      'of three districts. Quito: Andes Books.',
      '',
      'de Wit, P. (2020) Water points and local councils. Leiden: Delta.',
    ].join('\n');
    const refs = body(text).filter((b) => b.type === 'reference');
    assert.deepEqual(refs.map((r) => r.text.slice(0, 20)), ['"Rivers rise in the ', 'Field Guide to Shelt', 'Marsh, T. (2014) \'Co', 'Okafor, B. Mediation', 'Ibarra, L. (2019) Cl', 'de Wit, P. (2020) Wa']);
    assert.match(refs[3].text, /margins of the state\. Lagos/);
    assert.match(refs[4].text, /field study of three districts/);
  });

  it('keeps a title after a bare author and year with it, and a line ending a sentence from opening the next entry early (hard-wrapped lists)', () => {
    // Made up, entries run line after line as pdftotext writes a column: the title of the first
    // happens to be followed by an author and year; the second's last line ends ")."
    const text = [
      'References',
      '',
      'Achebe, N. (2018) Early warning in practice. Accra: Coast Press.',
      'Field Team in the northern districts (2019)',
      'Access strategy for 2019–2021.',
      'Bauer, K. (2020) Hearing: the Council (on the motion of the Relief Network)',
      '(Appellant) v the Minister of Trade (Respondent).',
      'Cruz, M. (2016) Protection by presence. Manila: Isla.',
    ].join('\n');
    const refs = body(text).filter((b) => b.type === 'reference');
    assert.deepEqual(refs.map((r) => r.text.slice(0, 12)), ['Achebe, N. (', 'Field Team i', 'Bauer, K. (2', 'Cruz, M. (20'], refs.map((r) => r.text).join(' | '));
    assert.match(refs[1].text, /\(2019\) Access strategy for 2019–2021\.$/);
  });

  it('keeps joining at blank lines where a list\'s blank lines fall inside entries (a column turn)', () => {
    const text = [
      'References',
      '',
      'Achebe, N. (2018) Early warning in practice. Accra: Coast Press.',
      'Bauer, K. (2017) Key messages on access and the humanitarian',
      '',
      'Negotiations Forum. Geneva: Forum.',
      'Cruz, M. (2016) Protection by presence. Manila: Isla.',
    ].join('\n');
    const refs = body(text).filter((b) => b.type === 'reference');
    assert.deepEqual(refs.map((r) => r.text.slice(0, 12)), ['Achebe, N. (', 'Bauer, K. (2', 'Cruz, M. (20']);
    assert.match(refs[1].text, /humanitarian Negotiations Forum/);
  });

  it('recognises a box by its label and ends it at its source line', () => {
    const text = ['Box 1: Protection aide memoire', '', 'In 2001 the Council requested OCHA to prepare an aide memoire for its action on protection.', '', '1. Section 1 covers general concerns.', '2. Section 2 covers children.', '', 'Source: https://example.org', '', 'https://example.org', 'Body text resumes here after the box and ends.'].join('\n');
    const blocks = body(text);
    assert.equal(blocks[0].type, 'box');
    assert.equal(blocks[0].label, 'Box 1: Protection aide memoire');
    assert.equal(blocks[0].parts?.length, 4);
    assert.equal(blocks[blocks.length - 1].text, 'Body text resumes here after the box and ends.');
  });
});

describe('form-feed pages in text', () => {
  const para = (n: number) => Array.from({ length: n }, (_, i) => `Sentence number ${i + 1} of the long paragraph says something about humanitarian access.`).join(' ');

  it('numbers pages by form feeds and gives each passage split from a paragraph cut by a page turn the pages of its own text', () => {
    const text = `Access in conflict\n\nThe first paragraph ends here on page one.\n\n${para(30)} and it goes on\n\f2\nacross the turn of the page with more words. ${para(30)}\n\nA closing paragraph on page two.\n\f`;
    const s = textBlocks(text);
    assert.deepEqual(s.pageLabels, ['1', '2'], 'pdftotext ends every page, the last one too, with a form feed');
    const blocks = repairBlocks(s.blocks);
    const long = blocks.find((b) => b.text.includes('across the turn'))!;
    assert.equal(long.page, 1);
    assert.equal(long.pageEnd, 2);
    assert.equal(blocks.find((b) => b.text.startsWith('A closing'))!.page, 2);
    const passages = segment('d', blocks, s.pageLabels);
    const split = passages.filter((p) => p.block === blocks.indexOf(long));
    assert.ok(split.length >= 2, 'the long paragraph is split into several passages');
    // the paragraph was rejoined across the turn (repair.ts): the passage holding the turn is on
    // both pages and says where the second starts; those before it and after it on one page
    const at = split.findIndex((p) => p.text.includes('across the turn'));
    assert.ok(at >= 0);
    assert.deepEqual([split[at].page, split[at].pageEnd], ['1', '2']);
    assert.equal(split[at].pageBreaks?.length, 1);
    assert.equal(split[at].text.slice(split[at].pageBreaks![0].offset).slice(0, 15), 'across the turn');
    assert.deepEqual(split[at].pageBreaks![0].page, '2');
    for (const p of split.slice(0, at)) assert.deepEqual([p.page, p.pageEnd, p.pageBreaks], ['1', undefined, undefined]);
    for (const p of split.slice(at + 1)) assert.deepEqual([p.page, p.physicalPage, p.pageEnd, p.pageBreaks], ['2', 2, undefined, undefined]);
    assert.ok(split.slice(at + 1).length, 'a passage after the turn, wholly on page 2');
    assert.equal(passages.find((p) => p.text.startsWith('A closing'))!.page, '2');
    assert.ok(passages.every((p) => p.para === undefined), 'paged text needs no paragraph numbers');
  });

  it('puts the words before a form feed inside a line on the page before it (a feed mid-line, as some exporters write it)', () => {
    const text = `The first page ends with this sentence.\fThe second page begins with this one.\n\nA paragraph on page two.\n`;
    const s = textBlocks(text);
    const blocks = repairBlocks(s.blocks);
    const first = blocks.find((b) => b.text.includes('first page ends'))!;
    assert.equal(first.page, 1);
    const second = blocks.find((b) => b.text.includes('second page begins'))!;
    assert.equal(second.pageEnd ?? second.page, 2);
    assert.equal(blocks.find((b) => b.text.startsWith('A paragraph on page two'))!.page, 2);
  });
});

describe('textBlocks: French and Spanish standard parts open top-level sections', () => {
  it('reads "Recommandations" after an "Introduction" as a section of its own, not a child of it (userreview16)', () => {
    const body = (w: string) => `${w} est une phrase assez longue pour être un paragraphe du texte, avec des mots en nombre suffisant.`;
    const text = ['Introduction', body('La première'), "L'accès humanitaire", body('La deuxième'), 'Recommandations', body('La troisième'), 'Recomendaciones', body('La cuarta')].join('\n\n');
    const headings = textBlocks(text, {}).blocks.filter((b) => b.type === 'heading').map((b) => [b.text, b.level]);
    assert.deepEqual(headings, [['Introduction', 1], ["L'accès humanitaire", 2], ['Recommandations', 1], ['Recomendaciones', 1]]);
  });

  it('reads Spanish "Conclusión", "Notas", "Apéndice" and French "Notes" as top-level parts (review16 b, 9b)', () => {
    const body = (w: string) => `${w} es una frase bastante larga para ser un párrafo del texto, con palabras en número suficiente.`;
    for (const part of ['Conclusión', 'Conclusiones', 'Notas', 'Apéndice', 'Apéndices', 'Notes']) {
      const text = ['Introducción', body('La primera'), 'El acceso humanitario', body('La segunda'), part, body('La tercera')].join('\n\n');
      const headings = textBlocks(text, {}).blocks.filter((b) => b.type === 'heading').map((b) => [b.text, b.level]);
      assert.deepEqual(headings, [['Introducción', 1], ['El acceso humanitario', 2], [part, 1]], part);
    }
  });
});
