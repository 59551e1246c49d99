import assert from 'node:assert/strict';
import { matchEntry, parseCatalogBib, parseCatalogJson } from '../../indexer/metadata/catalog.js';
import { citedYearLine, documentId, firstPageGuess, openingDate, journalCitation, parseName, resolveMetadata, runningGuess, seriesFields, sideBySide, splitNames } from '../../indexer/metadata/resolve.js';
import { mdReader } from '../../indexer/readers/md.js';
import type { CslItem, FrontLine, MetadataSource, Passage } from '../../core/types.js';
import { cleanCatalogItem } from '../../indexer/metadata/catalog-item.js';
import { recordLanguage } from '../../indexer/process-file.js';
import { givenBlocks } from '../../indexer/stages/given-blocks.js';
import { metadataLine } from '../../indexer/metadata/byline.js';
import { familyName, nameDisplay, nameInverted } from '../../core/csl.js';

const bib = `@techreport{bowden2020,
  title = {Humanitarian diplomacy and protection advocacy in an age of caution},
  author = {Bowden, Mark and Metcalfe-Hough, Victoria},
  year = {2020}, month = nov, institution = {ODI}, type = {HPG briefing note},
  file = {Full Text:/home/u/Zotero/storage/X/age-of-caution.pdf:application/pdf}
}`;

describe('metadata', () => {
  it('matches catalog.json items by id or by a file named in file/note', () => {
    const entries = parseCatalogJson(JSON.stringify([{ id: 'a-doc', type: 'report', title: 'A' }, { id: 'x', type: 'report', title: 'B', note: 'file: folder/b.pdf' }]));
    assert.equal(matchEntry(entries, 'sub/a-doc.pdf')?.item.title, 'A');
    assert.equal(matchEntry(entries, 'folder/b.pdf')?.item.title, 'B');
    assert.equal(matchEntry(entries, 'c.pdf'), undefined);
  });

  it('rejects a catalog.json that is not CSL-JSON with a clear message', () => {
    assert.throws(() => parseCatalogJson('{"not": "an array"}'), /not a CSL-JSON array/);
    assert.throws(() => parseCatalogJson('[{'), /not valid JSON/);
  });

  it('keeps the good entries and fields of a hand-written catalog.json, naming what it leaves out', () => {
    // one wrong type had failed the whole build ("text.normalize is not a function" while keying),
    // one entry without an id or with a numeric type had dropped every entry of the catalog
    const problems: string[] = [];
    const entries = parseCatalogJson(
      JSON.stringify([
        { id: 'good', file: 'a.txt', title: 'Good', author: [{ family: 'Smith', given: 'Ann' }], issued: { 'date-parts': [[2020]] } },
        { file: 'b.txt', title: 'No id' },
        { id: 'c', file: 'c.txt', type: 5, title: ['Crossref', 'style'], author: 'Ann Smith; Bo Lee', issued: '2019-02', accessed: { 'date-parts': '2024' } },
        { id: 'd', file: 'd.txt', title: 42, author: [{ family: null }, 'Cy Ng', 5], issued: { 'date-parts': [['abc']] }, DOI: { x: 1 }, publisher: ['P'] },
        null,
        'text',
      ]),
      problems,
    );
    assert.deepEqual(entries.map((e) => e.item.id), ['good', 'catalog-entry-2', 'c', 'd']);
    assert.equal(matchEntry(entries, 'b.txt')?.item.title, 'No id');
    const c = matchEntry(entries, 'c.txt')!.item;
    assert.deepEqual([c.type, c.title, c.author, c.issued, c.accessed], ['document', 'Crossref', [{ given: 'Ann', family: 'Smith' }, { given: 'Bo', family: 'Lee' }], { 'date-parts': [[2019, 2]] }, { 'date-parts': [[2024]] }]);
    const d = matchEntry(entries, 'd.txt')!.item;
    assert.deepEqual([d.title, d.author, d.issued, d.DOI, d.publisher], ['42', [{ given: 'Cy', family: 'Ng' }], undefined, undefined, 'P']);
    assert.deepEqual(problems, [
      'entry 2 has no id: called catalog-entry-2',
      'entry 3 (c): type (number 5) not CSL-JSON, left out',
      'entry 3 (c): author given as one string, read as "Smith, Ann"; "Lee, Bo"',
      'entry 4 (d): DOI (an object), 2 author names, issued (an object) not CSL-JSON, left out',
      'entry 4 (d): author given as one string, read as "Ng, Cy"',
      'entry 5 is null, not an item: left out',
      'entry 6 is string "text", not an item: left out',
    ]);
    // every field the product reads has its CSL type, so keys and citations can be made
    for (const e of entries) assert.equal(typeof (e.item.title ?? ''), 'string');
  });

  it("reads a catalog.json's author strings as front matter does, and says how it read them (review15)", () => {
    const authors = (author: unknown) => cleanCatalogItem({ id: 'a', author }, 1);
    // bodies are one literal name, never a given and a family name
    for (const body of ['Médecins Sans Frontières', 'Office for the Coordination of Humanitarian Affairs']) assert.deepEqual(authors(body).item?.author, [{ literal: body }], body);
    assert.deepEqual(authors('World Food Programme and UNICEF').item?.author, [{ literal: 'World Food Programme' }, { literal: 'UNICEF' }]);
    // "Family, I., Family, I.": the second author had become the first one's suffix "J., Doe"
    const pair = [{ given: 'J.', family: 'Smith' }, { given: 'A.', family: 'Doe' }];
    assert.deepEqual(authors('Smith, J., Doe, A.').item?.author, pair);
    assert.deepEqual(authors('Smith, J. and Doe, A.').item?.author, pair);
    assert.deepEqual(authors('Diallo, Amina, van der Berg, P.').item?.author?.map(familyName), ['Diallo', 'van der Berg']);
    // still one name where the parts are no such pairs
    assert.deepEqual(authors('Smith, John').item?.author, [{ given: 'John', family: 'Smith' }]);
    assert.equal(splitNames('Smith, J., Doe, Jr.').length, 1, 'a generation is no given name');
    assert.deepEqual(splitNames('Smith, J.-P., Doe, A. B.').map(familyName), ['Smith', 'Doe']);
    // {"name": "Ann Smith"}, as front matter reads it
    assert.deepEqual(authors({ name: 'Ann Smith' }).item?.author, [{ given: 'Ann', family: 'Smith' }]);
    // every interpretation is said back, so a wrong one can be seen
    assert.deepEqual(authors('Smith, J., Doe, A.').problems, ['entry 1 (a): author given as one string, read as "Smith, J."; "Doe, A."']);
    assert.deepEqual(authors('Médecins Sans Frontières').problems, ['entry 1 (a): author given as one string, read as "Médecins Sans Frontières"']);
    assert.deepEqual(authors([{ family: 'Smith', given: 'Ann' }]).problems, []);
  });

  it("checks a catalog.json's dates and reads written ones as front matter does (review15)", () => {
    const issued = (v: unknown) => cleanCatalogItem({ id: 'd', issued: v }, 1);
    // "March 2021" had been a literal the year facet and sort could not read
    assert.deepEqual(issued('March 2021').item?.issued, { 'date-parts': [[2021, 3]] });
    // one month list for every reader: a catalog's French or Spanish month is read as a byline's is
    assert.deepEqual(issued('septembre 2021').item?.issued, { 'date-parts': [[2021, 9]] });
    // a text that says more than its date keeps its words for the citation, and its year for the facet
    assert.deepEqual(issued('Spring 2021').item?.issued, { 'date-parts': [[2021]], literal: 'Spring 2021' });
    assert.deepEqual(issued('n.d.').item?.issued, { literal: 'n.d.' });
    // impossible months and days are dropped, what holds is kept, and the user is told
    assert.deepEqual(issued('2021-13-45'), { item: { id: 'd', type: 'document', issued: { 'date-parts': [[2021]] } }, problems: ['entry 1 (d): issued "2021-13-45" has month 13 out of range, read as 2021'] });
    assert.deepEqual(issued('2019-02-30').item?.issued, { 'date-parts': [[2019, 2]] });
    assert.deepEqual(issued('2020-02-29').item?.issued, { 'date-parts': [[2020, 2, 29]] });
    assert.deepEqual(issued({ 'date-parts': [[2021, 22]] }).item?.issued, { 'date-parts': [[2021, 22]] }, 'a season');
    // implausible years are left out with a problem line, not kept as the year 42
    for (const v of ['0042', 99999999, { 'date-parts': [[99999999]] }]) {
      const r = issued(v);
      assert.equal(r.item?.issued, undefined, JSON.stringify(v));
      assert.match(r.problems[0], /issued .* has year \d+ out of range, left out/);
    }
    // an empty part ends the date, it does not lose it
    assert.deepEqual(issued({ 'date-parts': [[2020, '']] }).item?.issued, { 'date-parts': [[2020]] });
    assert.deepEqual(issued({ 'date-parts': [[2020, 5, 1], [2021]] }).item?.issued, { 'date-parts': [[2020, 5, 1], [2021]] });
    // front matter's dates are checked by the same function
    const fm = (date: string) => resolveMetadata({ file: 'x.md', entries: [], embedded: { date }, front: [] }, undefined).csl.issued;
    assert.deepEqual(fm('March 2021'), { 'date-parts': [[2021, 3]] });
    assert.deepEqual(fm('2021-13-45'), { 'date-parts': [[2021]] });
    assert.equal(fm('0042'), undefined);
  });

  it('keeps a title written as a string as written, and a large whole number as its digits', () => {
    assert.equal(cleanCatalogItem({ id: 'o', title: '1e21' }, 1).item?.title, '1e21');
    assert.equal(cleanCatalogItem({ id: 'o', title: 1e21 }, 1).item?.title, '1000000000000000000000');
    assert.equal(cleanCatalogItem({ id: 'o', page: 12.5 }, 1).item?.page, '12.5');
  });

  it('reads Zotero BibTeX with citation-js, matching by the file field', () => {
    const entries = parseCatalogBib(bib);
    const e = matchEntry(entries, 'age-of-caution.pdf')!;
    assert.equal(e.item.type, 'report');
    assert.deepEqual(e.item.author, [{ given: 'Mark', family: 'Bowden' }, { given: 'Victoria', family: 'Metcalfe-Hough' }]);
    assert.deepEqual(e.item.issued, { 'date-parts': [[2020, 11]] });
  });

  it('reads a Zotero organisation author as a literal and langid as a BCP 47 code (userreview19a findings 6, 8)', () => {
    const [e] = parseCatalogBib(`@report{civwatch-2024,
	title = {Protecting civilians in {El} {Fasher}},
	institution = {Civilian Protection Watch},
	author = {{Civilian Protection Watch} and Osman, Leila and {Ban Ki-moon}},
	year = {2024},
	langid = {french},
}`);
    assert.deepEqual(e.item.author, [{ literal: 'Civilian Protection Watch' }, { family: 'Osman', given: 'Leila' }, { literal: 'Ban Ki-moon' }]);
    assert.equal(e.item.language, 'fr');
    assert.equal(e.item.id, 'civwatch-2024');
    // a one-word family name alone stays a family name; an unknown language as written
    const [f] = parseCatalogBib('@misc{x, author = {Plato}, title = {T}, langid = {klingon}}');
    assert.deepEqual(f.item.author, [{ family: 'Plato' }]);
    assert.equal(f.item.language, 'klingon');
  });

  it('reads an accent on a dotless i as the accented letter, and an entry type as no genre (user32 findings 1, 2)', () => {
    const entries = parseCatalogBib(String.raw`@techreport{a, author = {Garc{\'\i}a, Jos{\'e} and D{\'\i}az, Ra{\"\i}sa}, title = {Pol{\'\i}tica de acceso}, year = {2020}, institution = {X}}
@phdthesis{b, author = {Lee, Ann}, title = {T}, year = {2019}, school = {Y}}
@report{c, author = {Lee, Ann}, title = {T}, date = {2019}, institution = {Y}, type = {HPG Working Paper}}`);
    const [a, b, c] = entries.map((e) => e.item);
    assert.deepEqual(a.author, [{ family: 'García', given: 'José' }, { family: 'Díaz', given: 'Raïsa' }]);
    assert.equal(a.title, 'Política de acceso');
    assert.ok(!/[\u0300-\u036f\u0131]/.test(JSON.stringify(a)), 'no dotless i, no combining mark left');
    assert.equal(a.genre, undefined, '@techreport is a report, not a "techreport" genre');
    assert.equal(b.genre, 'PhD thesis');
    assert.equal(c.genre, 'HPG Working Paper', "a report's own type is kept");
  });

  it('reads a list ending in a comma as the names before it (gropdf\'s Info Author; userreview19a finding 5)', () => {
    assert.deepEqual(splitNames('Victoria Metcalfe-Hough,'), [{ given: 'Victoria', family: 'Metcalfe-Hough' }]);
    assert.deepEqual(splitNames('Bowden, Mark,'), [{ given: 'Mark', family: 'Bowden' }]);
    assert.deepEqual(splitNames('Mark Bowden, Victoria Metcalfe-Hough;'), [{ given: 'Mark', family: 'Bowden' }, { given: 'Victoria', family: 'Metcalfe-Hough' }]);
    // a body stays one: named as one, or one word
    assert.deepEqual(splitNames('OCHA,'), [{ literal: 'OCHA' }]);
    assert.deepEqual(splitNames('Médecins Sans Frontières,'), [{ literal: 'Médecins Sans Frontières' }]);
  });

  it('splits author strings into CSL names', () => {
    assert.deepEqual(splitNames('Mark Bowden and Victoria Metcalfe-Hough'), [{ given: 'Mark', family: 'Bowden' }, { given: 'Victoria', family: 'Metcalfe-Hough' }]);
    assert.deepEqual(splitNames('Bowden, Mark; Metcalfe-Hough, Victoria'), [{ family: 'Bowden', given: 'Mark' }, { family: 'Metcalfe-Hough', given: 'Victoria' }]);
  });

  it('reads an inverted name with a generation or a particle as one person (exports16)', () => {
    // "King" and "Martin Luther, Jr." had been two authors; "de la Cruz" the family name "Cruz"
    // and "María José" a second person; "Davis Jr., Sammy" given "Davis Jr.,"
    assert.deepEqual(splitNames('King, Martin Luther, Jr.'), [{ given: 'Martin Luther', family: 'King', suffix: 'Jr.' }]);
    assert.deepEqual(splitNames('Gates, William Henry, III; Smith, John, Sr.'), [{ given: 'William Henry', family: 'Gates', suffix: 'III' }, { given: 'John', family: 'Smith', suffix: 'Sr.' }]);
    assert.deepEqual(splitNames('Davis Jr., Sammy'), [{ given: 'Sammy', family: 'Davis', suffix: 'Jr.' }]);
    assert.deepEqual(splitNames('de la Cruz, María José'), [{ given: 'María José', 'non-dropping-particle': 'de la', family: 'Cruz' }]);
    assert.deepEqual(splitNames('Smith, John Doe'), [{ given: 'John Doe', family: 'Smith' }]);
    // a comma after a whole name still parts two people
    assert.deepEqual(splitNames('Jane Doe, John Smith and Ann Lee').map(familyName), ['Doe', 'Smith', 'Lee']);
    assert.deepEqual(splitNames('King, Martin Luther, Jr.; Smith, J.').map(familyName), ['King', 'Smith']);
  });

  it('keeps an acronym or a body before a comma as an author of its own, not a family name (review16 b, 4)', () => {
    // a single word before a comma had been taken for a family name and joined to the next part
    assert.deepEqual(splitNames('UNHCR, Norwegian Refugee Council'), [{ literal: 'UNHCR' }, { literal: 'Norwegian Refugee Council' }]);
    assert.deepEqual(splitNames('ICRC, Médecins Sans Frontières'), [{ literal: 'ICRC' }, { literal: 'Médecins Sans Frontières' }]);
    assert.deepEqual(splitNames('King, Martin Luther, Jr.'), [{ given: 'Martin Luther', family: 'King', suffix: 'Jr.' }]);
  });

  it('keeps name particles with the family name, as CSL\'s non-dropping-particle', () => {
    // the Info author as a reviewer found it: "van der" had gone to the given name
    assert.deepEqual(splitNames('Amina Diallo; Pieter van der Berg'), [
      { given: 'Amina', family: 'Diallo' },
      { given: 'Pieter', 'non-dropping-particle': 'van der', family: 'Berg' },
    ]);
    for (const [text, particle, family] of [
      ['Ludwig von Mises', 'von', 'Mises'],
      ['Jean de la Fontaine', 'de la', 'Fontaine'],
      ['Abdullah bin Zayed', 'bin', 'Zayed'],
      ['Maria dos Santos', 'dos', 'Santos'],
      ['Luiz Inácio da Silva', 'da', 'Silva'],
      ['Marie du Pont', 'du', 'Pont'],
    ]) assert.deepEqual([splitNames(text)[0]['non-dropping-particle'], splitNames(text)[0].family], [particle, family], text);
    assert.deepEqual(splitNames('Khalid al-Hassan')[0], { given: 'Khalid', family: 'al-Hassan' });
    assert.deepEqual(splitNames('van der Berg, Pieter')[0], { given: 'Pieter', 'non-dropping-particle': 'van der', family: 'Berg' });
    // a comma between names before a particle still parts them
    assert.deepEqual(splitNames('Amina Diallo, Pieter van der Berg').map(familyName), ['Diallo', 'van der Berg']);
    const berg = splitNames('Pieter van der Berg')[0];
    assert.equal(nameDisplay(berg), 'Pieter van der Berg');
    assert.equal(nameInverted(berg), 'van der Berg, Pieter');
    assert.equal(familyName(berg), 'van der Berg');
  });

  it('reads an author line with name particles under the title when metadata has none', () => {
    const title = { text: 'Cash Transfers in Protracted Displacement', size: 20 };
    const byline = (text: string) => firstPageGuess([title, { text, size: 11 }, { text: 'March 2022', size: 10 }]).author?.map(nameDisplay);
    assert.deepEqual(byline('Amina Diallo and Pieter van der Berg'), ['Amina Diallo', 'Pieter van der Berg']);
    assert.deepEqual(byline('Amina Diallo, Khalid al-Hassan and Jean de la Fontaine'), ['Amina Diallo', 'Khalid al-Hassan', 'Jean de la Fontaine']);
    // conservative: a sentence with lower-case words between capitals is no byline
    assert.equal(byline('Lessons from the Sahel and the Lake Chad Basin'), undefined);
    assert.equal(byline('Cash in the Sahel'), undefined);
    // and the resolved item keys on the first author instead of "anon"
    const resolved = resolveMetadata({ file: 'diallo-2022-cash-sahel.pdf', entries: [], embedded: {}, front: [title, { text: 'Amina Diallo and Pieter van der Berg', size: 11 }] }, undefined);
    assert.deepEqual(resolved.csl.author?.map(familyName), ['Diallo', 'van der Berg']);
    assert.equal(resolved.provenance.author, 'first-page');
  });

  it('reads names set side by side across a two-column page\'s gutter (LaTeX \\and) as authors', () => {
    // userreview16: pdfLaTeX's article in two columns cut "Amina Rahimi   Jonas Keller" at the
    // gutter into two lines on one baseline; they share no edge or centre, and Keller was lost
    const title = { text: 'Negotiating Access in Besieged Cities', size: 17.2, font: 'LMRoman17', x0: 60, x1: 535, y: 100 };
    const name = (text: string, x0: number, x1: number, y: number) => ({ text, size: 12, font: 'LMRoman12', x0, x1, y });
    const date = { text: '2025', size: 12, font: 'LMRoman12', x0: 286, x1: 309, y: 160 };
    const authors = (lines: FrontLine[]) => firstPageGuess(lines).author?.map(nameDisplay);
    assert.deepEqual(authors([title, name('Amina Rahimi', 204, 280, 130), name('Jonas Keller', 327, 391, 130), date]), ['Amina Rahimi', 'Jonas Keller']);
    assert.deepEqual(authors([title, name('Amina Rahimi', 150, 226, 130), name('Jonas Keller', 260, 324, 130), name('Li Wei', 360, 395, 130), date]), ['Amina Rahimi', 'Jonas Keller', 'Li Wei']);
    // on a later baseline, with no shared edge or centre, a name-like line is not a further author
    assert.deepEqual(authors([title, name('Amina Rahimi', 204, 280, 130), name('Jonas Keller', 327, 391, 150), date]), ['Amina Rahimi']);
    // review16 b, 5: a series, version or place on the byline's baseline, at the far margin or near
    for (const right of ['Working Paper', 'Policy Note', 'Draft Version', 'Second Edition', 'Geneva Switzerland', 'Kabul Afghanistan', 'Jonas Keller']) {
      assert.deepEqual(authors([title, name('Amina Rahimi', 60, 140, 130), name(right, 450, 535, 130), date]), ['Amina Rahimi'], `${right} at the margin`);
    }
    for (const right of ['Working Paper', 'Policy Note', 'Draft Version', 'Second Edition']) {
      assert.deepEqual(authors([title, name('Amina Rahimi', 204, 280, 130), name(right, 327, 400, 130), date]), ['Amina Rahimi'], `${right} across the gutter`);
    }
    const placed = (lines: FrontLine[]) => firstPageGuess(lines, [], ['Geneva', 'Switzerland', 'Kabul']).author?.map(nameDisplay);
    assert.deepEqual(placed([title, name('Amina Rahimi', 204, 280, 130), name('Geneva Switzerland', 327, 430, 130), date]), ['Amina Rahimi']);
  });

  it('reads no place or body named with a particle under the title as an author', () => {
    const title = { text: 'Humanitarian Needs Overview 2024', size: 24 };
    const places = ["Côte d'Ivoire", 'Cabo Delgado', 'Guinea-Bissau', 'Mali'];
    const byline = (text: string) => firstPageGuess([title, { text, size: 14 }, { text: 'March 2024', size: 11 }], [], places).author;
    // the reviewer's lines: each had been read as a person ("Côte" "d'Ivoire", "Casa" "de la Mujer")
    for (const line of ["Côte d'Ivoire", 'Casa de la Mujer', 'Médecins du Monde', 'Direitos da Criança', 'Cabo Delgado', 'Santa Cruz de la Sierra', 'Guinea-Bissau', 'Bosnia and Herzegovina', "Amina Diallo and Côte d'Ivoire"])
      assert.equal(byline(line), undefined, line);
    // a place word before a particle is no given name even where the gazetteer does not know the place
    assert.equal(firstPageGuess([title, { text: 'San José de las Lajas', size: 14 }]).author, undefined);
    // people with particles still read
    assert.deepEqual(byline('Amina Diallo and Pieter van der Berg')?.map(nameDisplay), ['Amina Diallo', 'Pieter van der Berg']);
    assert.deepEqual(byline('Valéry Giscard d’Estaing')?.map(familyName), ['d’Estaing']);
    assert.deepEqual(byline('José de la Cruz')?.map(familyName), ['de la Cruz']);
  });

  it('keeps a generation suffix (Jr., Sr., II, III) out of the family name', () => {
    assert.deepEqual(parseName('Ludwig van Beethoven Jr.'), { given: 'Ludwig', 'non-dropping-particle': 'van', family: 'Beethoven', suffix: 'Jr.' });
    assert.deepEqual(parseName('Martin Luther King, Jr.'), { given: 'Martin Luther', family: 'King', suffix: 'Jr.' });
    assert.deepEqual(parseName('John Smith III'), { given: 'John', family: 'Smith', suffix: 'III' });
    assert.deepEqual(parseName('Smith, John, Sr.'), { given: 'John', family: 'Smith', suffix: 'Sr.' });
    assert.deepEqual(parseName('Mohammed bin Salman'), { given: 'Mohammed', 'non-dropping-particle': 'bin', family: 'Salman' });
  });

  it('reads a capitalised particle as the family name\'s first word, and a monarch\'s numeral as no family name', () => {
    assert.deepEqual(parseName('Jean-Marie Le Pen'), { given: 'Jean-Marie', family: 'Le Pen' });
    assert.deepEqual(parseName('Martin Van Buren'), { given: 'Martin', family: 'Van Buren' });
    assert.deepEqual(parseName('Luigi Di Maio'), { given: 'Luigi', family: 'Di Maio' });
    assert.deepEqual(parseName('Ursula Von Der Leyen'), { given: 'Ursula', family: 'Von Der Leyen' });
    assert.deepEqual(parseName('Pierre De La Fontaine'), { given: 'Pierre', family: 'De La Fontaine' });
    assert.deepEqual(parseName('Johan Van Der Berg'), { given: 'Johan', family: 'Van Der Berg' });
    assert.deepEqual(parseName('Henry VIII'), { literal: 'Henry VIII' });
    assert.deepEqual(parseName('Charles de Gaulle'), { given: 'Charles', 'non-dropping-particle': 'de', family: 'Gaulle' });
    // a family name that is also a particle-like word stays whole, and an initial is no numeral
    assert.deepEqual(parseName('Anna Van'), { given: 'Anna', family: 'Van' });
    assert.equal(parseName('Ramesh V').suffix, undefined);
  });

  it('guesses title, authors, date and series from a cover page', () => {
    const g = firstPageGuess([
      { text: 'HPG briefing note', size: 15 },
      { text: 'Humanitarian diplomacy and', size: 27 },
      { text: 'protection advocacy in an age of', size: 27 },
      { text: 'caution', size: 27 },
      { text: 'Mark Bowden and Victoria Metcalfe-Hough', size: 14 },
      { text: 'November 2020', size: 12 },
      { text: 'ODI', size: 34 },
    ]);
    assert.equal(g.title, 'Humanitarian diplomacy and protection advocacy in an age of caution');
    assert.deepEqual(g.author?.map((a) => a.family), ['Bowden', 'Metcalfe-Hough']);
    assert.deepEqual(g.issued, { 'date-parts': [[2020, 11]] });
    assert.equal(g['collection-title'], 'HPG briefing note');
  });

  it('reads a cover page’s date as a catalog’s is (ISO, French and Spanish months), and no address number as a year', () => {
    const date = (text: string) => firstPageGuess([{ text: 'Protection in practice', size: 24 }, { text, size: 11 }]).issued;
    assert.deepEqual(date('septembre 2021'), { 'date-parts': [[2021, 9]] });
    assert.deepEqual(date('marzo 2020'), { 'date-parts': [[2020, 3]] });
    assert.deepEqual(date('2023-06'), { 'date-parts': [[2023, 6]] });
    assert.deepEqual(date('Geneva, 2019'), { 'date-parts': [[2019]] });
    assert.equal(date('1234 Main Street'), undefined);
    // a number opening the line is a year only when a month follows it or it stands alone (stranger's review)
    assert.deepEqual(date('1325 at 20, October 2020'), { 'date-parts': [[2020, 10]] });
    assert.deepEqual(date('1000 days of war, March 2016'), { 'date-parts': [[2016, 3]] });
    assert.deepEqual(date('2030 Agenda, May 2019'), { 'date-parts': [[2019, 5]] });
    assert.equal(date('March 1850'), undefined);
  });

  it('looks for a journal citation in a long block in time proportional to its length', () => {
    // every word may be a journal-name word: a 160 KB Markdown note took 22 s here, 400 KB its worker's whole time limit
    const block = 'Access protection humanitarian aid word '.repeat(1500);
    const t = process.cpuUsage();
    assert.equal(journalCitation(block), null);
    const ms = (process.cpuUsage(t).user + process.cpuUsage(t).system) / 1000;
    assert.ok(ms < 500, `${Math.round(ms)} ms of CPU for 60 KB`);
    // a long article title before the journal's name still leaves the name
    assert.equal(journalCitation(`Smith, A. (2020) ${'Long Title Word '.repeat(20)}Again. Journal of Refugee Studies, 33 (2). pp. 1-11.`)?.['container-title'], 'Journal of Refugee Studies');
    // the cap bounds the match, not the line (review15: the comment said it covered the title): with no
    // full stop between them, a long title's last words stay in the name, the name is whole and ends it
    const run = journalCitation(`${'Long Title Word '.repeat(20)}Journal of Refugee Studies, 33 (2). pp. 1-11.`)?.['container-title'] ?? '';
    assert.ok(run.endsWith(' Word Journal of Refugee Studies') && run.split(' ').length === 25, run);
  });

  it('reads a journal article\'s journal, volume, issue, pages and DOI off its first page, in masthead or citation form', () => {
    assert.deepEqual(journalCitation('Journal of International Peacekeeping 27 (2024) 1–11'), { 'container-title': 'Journal of International Peacekeeping', volume: '27', issued: { 'date-parts': [[2024]] }, page: '1-11' });
    assert.deepEqual(journalCitation('Gilder, A. (2024) Peace operations and human security. Journal of International Peacekeeping, 27 (1). pp. 1-11. ISSN 1875-4112'), { 'container-title': 'Journal of International Peacekeeping', volume: '27', issue: '1', page: '1-11' });
    assert.deepEqual(journalCitation('Journal of Refugee Studies, Vol. 44, No. 2, pp. 231–250'), { 'container-title': 'Journal of Refugee Studies', volume: '44', issue: '2', page: '231-250' });
    // printed only in a running foot: the journal's citation, or the series without the page's number
    // the year in brackets after the issue is the article's: a PDF with no byline date had been cited by its CreationDate (pdf36's jsPDF gilder, 2023)
    assert.deepEqual(runningGuess(['Journal of International Peacekeeping, Vol. 27, No. 1 (2024), pp. 1–11']), { 'container-title': 'Journal of International Peacekeeping', volume: '27', issue: '1', issued: { 'date-parts': [[2024]] }, page: '1-11' });
    assert.equal(journalCitation('Journal of Refugee Studies, Vol. 44, No. 2 (1850), pp. 231–250')?.issued, undefined);
    // a justified line that lost its word spaces (pdf-lib's gilder): the journal's name and "Vol." run together at the comma
    assert.deepEqual(journalCitation('Journal of International Peacekeeping,Vol.27, No. 1 (2024), pp. 1–11'), { 'container-title': 'Journal of International Peacekeeping', volume: '27', issue: '1', issued: { 'date-parts': [[2024]] }, page: '1-11' });
    assert.deepEqual(runningGuess(['HPG briefing note 7', 'Title in small type']), { 'collection-title': 'HPG briefing note' });
    const g = firstPageGuess([
      { text: 'Journal of International Peacekeeping 27 (2024) 1–11', size: 7.5 },
      { text: 'doi: 10.1163/18754112-27010004', size: 7.5 },
      { text: 'Peace Operations and Human Security', size: 18 },
      { text: 'Alexander Gilder', size: 12 },
    ]);
    assert.equal(g['container-title'], 'Journal of International Peacekeeping');
    assert.equal(g.DOI, '10.1163/18754112-27010004');
    const r = resolveMetadata({ file: 'a.pdf', entries: [], embedded: {}, front: [{ text: 'Journal of International Peacekeeping, 27 (1). pp. 1-11.', size: 8 }, { text: 'Peace Operations', size: 18 }] }, undefined);
    assert.equal(r.csl.type, 'article-journal');
  });

  it('never takes a running title in capitals for the authors', () => {
    const g = firstPageGuess([{ text: 'Peace Operations and Human Security', size: 18 }, { text: 'PEACE, HUMAN SECURITY IN THE CONTEXT OF', size: 8 }, { text: 'Alexander Gilder', size: 8 }]);
    assert.deepEqual(g.author, [{ given: 'Alexander', family: 'Gilder' }]);
  });

  it('reads a byline with a raised note mark, authors one to a line, and names set side by side', () => {
    // the mark travels as a private-use token and leads to the affiliation, not the name
    const marked = firstPageGuess([{ text: 'A Short Title Here', size: 14 }, { text: 'Ann Example\uE000*\uE001', size: 10 }, { text: '2024', size: 10 }]);
    assert.deepEqual(marked.author, [{ given: 'Ann', family: 'Example' }]);
    const stacked = firstPageGuess([{ text: 'A Short Title Here', size: 14 }, { text: 'Ann Example', size: 10 }, { text: 'Bob Sample-Person', size: 10 }, { text: 'Research Fellow', size: 10 }, { text: 'May 2020', size: 10 }]);
    assert.deepEqual(stacked.author?.map((a) => a.family), ['Example', 'Sample-Person']);
    // side by side, told apart by the wide space LaTeX's \and leaves, which the reader keeps
    const sided = firstPageGuess([{ text: 'A Short Title Here', size: 14 }, { text: 'Ann Example Bob Sample-Person', size: 10, parts: ['Ann Example', 'Bob Sample-Person'] }]);
    assert.deepEqual(sided.author?.map((a) => a.family), ['Example', 'Sample-Person']);
    // four capitalised words with no such space are one person, however many given or family names
    for (const text of ['Ana María García Pérez', 'Mary Anne Van Buren', 'Ann Example Bob Sample-Person']) assert.deepEqual(sideBySide({ text, size: 10 }), [text]);
    assert.equal(firstPageGuess([{ text: 'A Short Title Here', size: 14 }, { text: 'Mary Anne Van Buren', size: 10 }]).author?.length, 1);
  });

  it('reads a cover line of names ending in "-and" in linear time, at any length', () => {
    // "Roland" could end in the separator "and": each such word doubled the ways to try the line
    const names = 'Roland Holland Ferdinand Legrand Armand Rolland Bertrand Durand';
    for (const text of [`${names} eds.`, `${Array(5).fill(names).join(" ")} eds.`]) {
      const t0 = process.hrtime.bigint();
      firstPageGuess([{ text: 'A Short Title Here', size: 14 }, { text, size: 10 }]);
      assert.ok(Number(process.hrtime.bigint() - t0) / 1e6 < 500, `${text.length} chars took too long`);
    }
    // the separator is a word of its own: names joined by "and" or "&" still read as a byline
    assert.deepEqual(firstPageGuess([{ text: 'A Short Title Here', size: 14 }, { text: 'Ann Roland & Bob Holland', size: 10 }]).author?.map((a) => a.family), ['Roland', 'Holland']);
  });

  it('takes a family name holding an affiliation\'s word for a name', () => {
    const g = firstPageGuess([{ text: 'A Short Title Here', size: 14 }, { text: 'Ann Fellowes and Bob Schooler', size: 10 }]);
    assert.deepEqual(g.author?.map((a) => a.family), ['Fellowes', 'Schooler']);
    assert.equal(firstPageGuess([{ text: 'A Short Title Here', size: 14 }, { text: 'Research Fellows', size: 10 }]).author, undefined);
  });

  it('reads no affiliation under a byline as a further author', () => {
    const title = { text: 'A Short Title Here', size: 14, font: 'Serif-Bold', x0: 200, x1: 395 };
    const centred = (text: string, extra: Partial<FrontLine> = {}): FrontLine => ({ text, size: 10, font: 'Serif', x0: 297.5 - text.length * 2.5, x1: 297.5 + text.length * 2.5, ...extra });
    const authors = (...lines: FrontLine[]) => firstPageGuess([title, ...lines]).author?.map((a) => a.family);
    // a body's name in the byline's own type
    for (const org of ['Human Rights Watch', 'Chatham House', 'United Nations', 'Médecins Sans Frontières']) assert.deepEqual(authors(centred('Ann Example'), centred('Bob Sample'), centred(org)), ['Example', 'Sample'], org);
    // words on no list: the byline's size but another face, or another edge and centre
    assert.deepEqual(authors(centred('Ann Example'), centred('Bob Sample'), centred('Geneva Switzerland', { italic: true, font: 'Serif-Italic' })), ['Example', 'Sample']);
    assert.deepEqual(authors(centred('Ann Example'), { text: 'Kestrel Lindqvist Partners', size: 10, font: 'Serif', x0: 72, x1: 190 }), ['Example']);
    assert.deepEqual(authors({ text: 'Ann Example', size: 10, font: 'Sans', x0: 72, x1: 130 }, { text: 'Harrow Lane Associates', size: 10, font: 'Sans-Bold', x0: 72, x1: 180 }), ['Example']);
    // a body the taxonomy names, in the byline's type and on its centre
    const bodies = ['Office for the Coordination of Humanitarian Affairs', 'Inter-Agency Standing Committee', 'Global Protection Cluster'];
    assert.deepEqual(firstPageGuess([title, centred('Ann Example'), centred('Global Protection Cluster')], bodies).author?.map((a) => a.family), ['Example']);
    assert.equal(firstPageGuess([title, centred('Global Protection Cluster')], bodies).author, undefined);
    // authors one to a line in one type, left-aligned or centred, are all read
    assert.deepEqual(authors(centred('Ann Example'), centred('Bob Sample-Person'), centred('May 2020')), ['Example', 'Sample-Person']);
    assert.deepEqual(authors({ text: 'Ann Example', size: 10, font: 'Sans', x0: 72, x1: 130 }, { text: 'Bob Sample-Person', size: 10, font: 'Sans', x0: 72, x1: 170 }), ['Example', 'Sample-Person']);
  });

  it('reports a series and its number', () => {
    assert.deepEqual(seriesFields('HPG working paper 12'), { 'collection-title': 'HPG working paper', 'collection-number': '12' });
    assert.deepEqual(seriesFields('Working Paper No. 7'), { 'collection-title': 'Working Paper', 'collection-number': '7' });
    assert.deepEqual(seriesFields('HPG briefing note'), { 'collection-title': 'HPG briefing note' });
  });

  it('takes each field from the most trusted source and records where it came from', () => {
    const entries = parseCatalogJson(JSON.stringify([{ id: 'doc', type: 'report', title: 'Catalog title' }]));
    const r = resolveMetadata(
      { file: 'doc.pdf', entries, embeddedSource: 'pdf-info', embedded: { title: 'Info title', authors: ['Ann Smith'], date: '2019-05' }, front: [{ text: 'Cover Title Here', size: 20 }] },
      entries[0],
    );
    assert.equal(r.csl.title, 'Catalog title');
    assert.equal(r.provenance.title, 'catalog.json');
    assert.deepEqual(r.csl.author, [{ given: 'Ann', family: 'Smith' }]);
    assert.equal(r.provenance.author, 'pdf-info');
    assert.deepEqual(r.csl.issued, { 'date-parts': [[2019, 5]] });
  });

  it('records a Markdown front-matter date and author as front matter, not as a PDF Info dictionary', async () => {
    const read = await mdReader.read(Buffer.from('---\ntitle: Notes on access\nauthor: Ann Smith\ndate: 2021-03\n---\nSome text.\n'), { maxPages: 1 });
    const r = resolveMetadata({ file: 'notes.md', entries: [], embedded: read.embedded, embeddedSource: read.embeddedSource, front: [] }, undefined);
    assert.deepEqual(r.csl.issued, { 'date-parts': [[2021, 3]] });
    assert.equal(r.provenance.issued, 'front-matter');
    assert.equal(r.provenance.author, 'front-matter');
  });

  it('leaves out a front-matter author with no letters and a date it cannot read, instead of citing an empty name or a null year', async () => {
    // `author: 7` had become { literal: "" } and `year: twenty` date-parts [[null]] (NaN)
    const meta = async (yaml: string) => {
      const read = await mdReader.read(Buffer.from(`---\n${yaml}\n---\nSome text.\n`), { maxPages: 1 });
      return resolveMetadata({ file: 'notes-2019.md', entries: [], embedded: read.embedded, embeddedSource: read.embeddedSource, front: [] }, undefined).csl;
    };
    const odd = await meta('title: T\nauthor: 7\nyear: twenty');
    assert.equal(odd.author, undefined);
    assert.deepEqual(odd.issued, { 'date-parts': [[2019]] }, 'the file name\'s year, as with no date at all');
    assert.deepEqual((await meta('authors: [{name: 5}, Ann Smith]\ndate: March 2021')).author, [{ given: 'Ann', family: 'Smith' }]);
    assert.deepEqual((await meta('date: March 2021')).issued, { 'date-parts': [[2021, 3]] });
    assert.deepEqual((await meta('date: 2021/05/03')).issued, { 'date-parts': [[2021]] });
  });

  it('keeps an organisation as one literal name, and people with particles as people (userreview15)', async () => {
    for (const body of ['NGO Working Group on Protection of Civilians', 'Protection Monitoring Network', 'Office for the Coordination of Humanitarian Affairs', 'United Nations', 'Norwegian Refugee Council', 'Human Rights Watch', 'Food and Agriculture Organization'])
      assert.deepEqual(splitNames(body), [{ literal: body }], body);
    // two bodies named side by side are two authors
    assert.deepEqual(splitNames('UNHCR and OCHA'), [{ literal: 'UNHCR' }, { literal: 'OCHA' }]);
    assert.deepEqual(parseName('Mohammed bin Salman'), { given: 'Mohammed', 'non-dropping-particle': 'bin', family: 'Salman' });
    assert.deepEqual(parseName('Pieter van der Berg'), { given: 'Pieter', 'non-dropping-particle': 'van der', family: 'Berg' });
    assert.deepEqual(parseName('JOHN SMITH'), { given: 'JOHN', family: 'SMITH' });
    assert.deepEqual(splitNames('Mary Kaldor and Victoria Metcalfe-Hough').map(familyName), ['Kaldor', 'Metcalfe-Hough']);
    // as Markdown front matter gives it
    const read = await mdReader.read(Buffer.from('---\ntitle: PoC Week\nauthor: "NGO Working Group on Protection of Civilians"\n---\nSome text.\n'), { maxPages: 1 });
    const r = resolveMetadata({ file: 'poc.md', entries: [], embedded: read.embedded, embeddedSource: read.embeddedSource, front: [] }, undefined);
    assert.deepEqual(r.csl.author, [{ literal: 'NGO Working Group on Protection of Civilians' }]);
  });

  it("keeps a Markdown front matter's url and doi (userreview15)", async () => {
    const read = await mdReader.read(Buffer.from('---\ntitle: PoC Week\nurl: https://example.org/poc-week-2024\ndoi: https://doi.org/10.1163/18754112-27010004\n---\nSome text.\n'), { maxPages: 1 });
    const r = resolveMetadata({ file: 'poc.md', entries: [], embedded: read.embedded, embeddedSource: read.embeddedSource, front: [] }, undefined);
    assert.equal(r.csl.URL, 'https://example.org/poc-week-2024');
    assert.equal(r.provenance.URL, 'front-matter');
    assert.equal(r.csl.DOI, '10.1163/18754112-27010004');
    // no address, no URL
    const bare = await mdReader.read(Buffer.from('---\ntitle: PoC Week\nurl: see the website\n---\nSome text.\n'), { maxPages: 1 });
    assert.equal(bare.embedded.url, undefined);
  });

  it("keeps a Markdown front matter's publisher and language (userreview16)", async () => {
    const read = await mdReader.read(Buffer.from('---\ntitle: Civilian Harm Tracking in Peace Operations\nauthor: Kwame Osei\npublisher: Centre for Civilians in Conflict Studies\nlang: en-GB\n---\nSome text.\n'), { maxPages: 1 });
    const r = resolveMetadata({ file: 'osei-2024.md', entries: [], embedded: read.embedded, embeddedSource: read.embeddedSource, front: [] }, undefined);
    assert.equal(r.csl.publisher, 'Centre for Civilians in Conflict Studies');
    assert.equal(r.provenance.publisher, 'front-matter');
    assert.equal(r.csl.language, 'en-GB');
    // a language that is no language tag is left out
    const odd = await mdReader.read(Buffer.from('---\ntitle: PoC Week\nlanguage: written in plain English\n---\nSome text.\n'), { maxPages: 1 });
    assert.equal(odd.embedded.language, undefined);
  });

  it("records a French text's language in its metadata, where no catalog gives one (userreview15)", () => {
    const fr = ['La protection des civils est devenue une priorité affichée des opérations de paix au Sahel.', 'Les organisations humanitaires doivent négocier l’accès avec des acteurs multiples et les autorités.', 'Les États membres du Conseil de sécurité devraient renforcer le mandat de protection de la mission.'].map((text) => ({ text }) as Passage);
    const csl: CslItem = { id: 'x', type: 'report' };
    const provenance: Record<string, MetadataSource> = {};
    recordLanguage(csl, provenance, fr);
    assert.equal(csl.language, 'fr');
    assert.equal(provenance.language, 'text');
    // a catalog's language stands; English is written in too (userreview16: exports carry langid/LA)
    const catalogued: CslItem = { id: 'y', type: 'report', language: 'fr-CA' };
    recordLanguage(catalogued, {}, fr);
    assert.equal(catalogued.language, 'fr-CA');
    const en: CslItem = { id: 'z', type: 'report' };
    const enSource: Record<string, MetadataSource> = {};
    recordLanguage(en, enSource, ['The protection of civilians is a stated priority of the peace operations in the Sahel, and of their donors.'].map((text) => ({ text }) as Passage));
    assert.equal(en.language, 'en');
    assert.equal(enSource.language, 'text');
    // too few function words to tell: nothing recorded
    const unsure: CslItem = { id: 'u', type: 'report' };
    recordLanguage(unsure, {}, ['Annex 2: MINUSMA, AMISOM, 2015–2022'].map((text) => ({ text }) as Passage));
    assert.equal(unsure.language, undefined);
  });

  it('reads byline and date lines under a title as metadata, not passages (userreview15)', async () => {
    const read = async (md: string) => {
      const r = await mdReader.read(Buffer.from(md), { maxPages: 1 });
      const structured = givenBlocks(r.blocks!, {});
      return { texts: structured.blocks.map((b) => b.text), csl: resolveMetadata({ file: 'x.md', entries: [], embedded: r.embedded, front: structured.front }, undefined).csl };
    };
    const fr = await read('# La protection des civils au Sahel\n\n*Claire Dubois et Moussa Traoré — Paris, septembre 2021*\n\n## Introduction\n\nLa protection des civils est une priorité.\n');
    // the one opening `#` heading is the title (front), not a section over the text (userreview18, 15)
    assert.deepEqual(fr.texts, ['Introduction', 'La protection des civils est une priorité.']);
    assert.deepEqual(fr.csl.author, [{ given: 'Claire', family: 'Dubois' }, { given: 'Moussa', family: 'Traoré' }]);
    assert.deepEqual(fr.csl.issued, { 'date-parts': [[2021, 9]] });
    assert.equal(fr.csl.title, 'La protection des civils au Sahel');
    const labelled = await read('# Civilian casualties, 2019–2022\n\nAuthor: Protection Monitoring Network\n\nPublished 2023.\n\nThis note compiles casualty figures.\n');
    assert.deepEqual(labelled.texts, ['This note compiles casualty figures.']);
    assert.equal(labelled.csl.title, 'Civilian casualties, 2019–2022');
    assert.deepEqual(labelled.csl.author, [{ literal: 'Protection Monitoring Network' }]);
    assert.deepEqual(labelled.csl.issued, { 'date-parts': [[2023]] });
    // sentences are text
    for (const line of ['By the end of 2020, many had fled.', 'The report was published in 2023.', 'Published in 1998 by the UN, the report said that things were bad.']) assert.equal(metadataLine(line, splitNames), null, line);
  });

  it('drops the sentence’s article before a body’s name in a byline, not a name’s own “The” (review18 c, 5)', () => {
    assert.deepEqual(metadataLine('Prepared by the Global Protection Cluster', splitNames)?.author, [{ literal: 'Global Protection Cluster' }]);
    assert.deepEqual(metadataLine('Par le Cluster Protection', splitNames)?.author, splitNames('Cluster Protection'));
    assert.deepEqual(metadataLine('By The New Humanitarian', splitNames)?.author?.[0], splitNames('The New Humanitarian')?.[0]);
  });

  it('reads a byline with the raised mark of an author\'s note run into the year under it (pdf36: jsPDF, pdfmake, pdf-lib)', () => {
    const raised = (m: string) => `\uE000${m}\uE001`;
    assert.deepEqual(metadataLine(`Alexander Gilder${raised('*')} 2024`, splitNames), { author: [{ given: 'Alexander', family: 'Gilder' }], issued: { 'date-parts': [[2024]] } });
    assert.deepEqual(metadataLine(`Ann Author${raised('1')} and Bo Writer ${raised('†')} 2021`, splitNames)?.author, [{ given: 'Ann', family: 'Author' }, { given: 'Bo', family: 'Writer' }]);
    // no raised mark, no byline: a title-case title with its year; a "*" typed on the line is emphasis
    assert.equal(metadataLine('Peace Operations 2024', splitNames), null);
    assert.equal(metadataLine('Peace Operations* 2024', splitNames), null);
    // a kind of document is no person, marked or not
    assert.equal(metadataLine(`Situation Report${raised('*')} 2024`, splitNames), null);
  });

  it('reads a byline run into the month and year set close under it as authors and date (pdf21)', () => {
    const said = metadataLine('Mark Bowden and Victoria Metcalfe-Hough November 2020', splitNames);
    assert.deepEqual(said?.author, splitNames('Mark Bowden and Victoria Metcalfe-Hough'));
    assert.deepEqual(said?.issued, { 'date-parts': [[2020, 11]] });
    // a sentence, or a name with no month before the year, is not such a line
    for (const line of ['Since March 2020', 'The Secretary-General reported in May 2021', 'Victoria Metcalfe-Hough 2021']) assert.equal(metadataLine(line, splitNames), null, line);
  });

  it('reads a title-case title dated under it as no byline (reviewfix21b)', () => {
    for (const line of ['Rapid Gender Analysis April 2022', 'Situation Report May 2021', 'Key Findings May 2020', 'Humanitarian Needs Overview January 2023']) assert.equal(metadataLine(line, splitNames), null, line);
  });

  it('falls back to the file name for an item nobody describes', () => {
    const r = resolveMetadata({ file: 'reports/unhcr-2019-annual-review.txt', entries: [], embedded: {}, front: [] }, undefined);
    assert.equal(r.csl.id, 'unhcr-2019-annual-review');
    assert.deepEqual(r.csl.issued, { 'date-parts': [[2019]] });
    assert.equal(r.provenance.issued, 'file-name');
  });
});

// userreview19b finding 11: a typeset copy of the 2020 report was dated 1945, the year its
// sidebar says the UN Charter entered into force
describe('a year the text cites is no title-page date (userreview19b)', () => {
  it('skips running text a sidebar wraps and years an instrument carries', () => {
    // the sidebar's lines ahead of the title, as the latex-sidebar copy's first page gives them
    const sidebar: FrontLine[] = ['HPG briefing note', 'Key messages', 'The UN Charter, which entered', 'into force in 1945, specifically', 'tasks the organisation with'].map((text) => ({ text, size: 9 }));
    const title = { text: 'Humanitarian diplomacy and protection advocacy in an age of caution', size: 20 };
    assert.equal(firstPageGuess([...sidebar, title]).issued, undefined);
    assert.deepEqual(firstPageGuess([...sidebar, title, { text: 'November 2020', size: 11 }]).issued, { 'date-parts': [[2020, 11]] });
    for (const cited of ['into force in 1945, specifically', 'the Charter of 1945', 'Geneva Conventions of 1949', 'Resolution 1325 (2000)', 'Arms Trade Treaty (2013)', 'Additional Protocols of 1977']) assert.ok(citedYearLine(cited), cited);
    // a title page's own date lines are kept, a French month in lower case too
    for (const own of ['November 2020', 'novembre 2020', 'London, 2021', 'HPG briefing note, 2020', 'Published March 2024', '© ODI 2021', '2019']) assert.ok(!citedYearLine(own), own);
    assert.deepEqual(firstPageGuess([title, { text: 'novembre 2020', size: 11 }]).issued, { 'date-parts': [[2020, 11]] });
  });
});

// hostile16: the accent's combining mark became a hyphen ("Évaluation-café.txt" was
// `e-valuation-cafe`), in NFC and NFD names alike
describe('documentId (hostile16)', () => {
  it('drops accents and keeps their letters, whether the name is stored composed or decomposed', () => {
    assert.equal(documentId('names/Évaluation-café.txt'.normalize('NFC')), 'evaluation-cafe');
    assert.equal(documentId('names/Évaluation-café.txt'.normalize('NFD')), 'evaluation-cafe');
    assert.equal(documentId('Résumé.md'), 'resume');
    assert.equal(documentId('x.pdf', 'Muñoz-2021'), 'munoz-2021');
  });

  it('still makes other scripts and symbols hyphens, and an empty stem "document"', () => {
    assert.equal(documentId('bowden-metcalfe-hough-2020-age-of-caution.txt'), 'bowden-metcalfe-hough-2020-age-of-caution');
    assert.equal(documentId('تقرير.pdf'), 'document');
    assert.equal(documentId('a..b..txt'), 'a-b');
  });
});

describe('printed dates and UN mastheads on a PDF first page (userreview18)', () => {
  const pdf = (extra: Partial<Parameters<typeof resolveMetadata>[0]>) =>
    resolveMetadata({ file: 'note.pdf', entries: [], embedded: { title: 'Protecting civilians in El Fasher', date: '2026-12-05' }, embeddedSource: 'pdf-info', front: [], ...extra }, undefined);

  it('dates a PDF by the date its first page prints on a line of its own, not by its CreationDate', () => {
    for (const [line, parts] of [
      ['Civilian Protection Watch · Briefing note · March 2024', [2024, 3]],
      ['As of 15 July 2024', [2024, 7]],
      ['Note de plaidoyer · Coalition des ONG pour la protection · juin 2024', [2024, 6]],
    ] as const) {
      const r = pdf({ dated: [line, 'Authors: Leila Osman and Daniel Brandt'] });
      assert.deepEqual(r.csl.issued, { 'date-parts': [parts] }, line);
      assert.equal(r.provenance.issued, 'first-page');
    }
  });

  it('splits two people joined by French or Spanish "and", and keeps a Spanish double surname whole (userreview20b)', () => {
    assert.deepEqual(splitNames('Élodie Marchand et François Lefèvre'), [{ given: 'Élodie', family: 'Marchand' }, { given: 'François', family: 'Lefèvre' }]);
    assert.deepEqual(splitNames('Ana Gómez y Luis Pérez'), [{ given: 'Ana', family: 'Gómez' }, { given: 'Luis', family: 'Pérez' }]);
    assert.equal(splitNames('José Ortega y Gasset').length, 1);
    // a body's name with "y"/"et" in it is one literal name, not two people (lead, after userreview20b)
    assert.deepEqual(splitNames('Ministerio de Salud y Protección Social'), [{ literal: 'Ministerio de Salud y Protección Social' }]);
    assert.deepEqual(splitNames("Ministère de l'Europe et des Affaires étrangères"), [{ literal: "Ministère de l'Europe et des Affaires étrangères" }]);
    assert.deepEqual(splitNames('Oficina de Coordinación y Asuntos Humanitarios'), [{ literal: 'Oficina de Coordinación y Asuntos Humanitarios' }]);
  });

  it('reads the place and date an organisation\'s byline ends with, past its points (userreview20b)', () => {
    assert.deepEqual(openingDate(['Oficina de las Naciones Unidas para la Coordinación de Asuntos Humanitarios (OCHA) · Informe temático · Bogotá, 3 de mayo de 2022']), [2022, 5]);
    assert.deepEqual(openingDate(['Comité international de la Croix-Rouge (CICR) · Document de travail · Genève, 12 mars 2021']), [2021, 3]);
    assert.deepEqual(openingDate(["Note d'information, Organisation des Nations Unies, Djouba, 7 novembre 2022"]), [2022, 11]);
    // a part is read as a line is: an event's date in one dates nothing
    assert.equal(openingDate(['Civilian Protection Watch · Lessons from the March 2011 earthquake']), undefined);
    assert.equal(openingDate(['Briefing · Fighting resumed in Sennar on 3 May 2024.']), undefined);
  });

  it('takes no date from a sentence, a bare year or a long paragraph', () => {
    assert.equal(openingDate(['Fighting resumed in Sennar on 3 May 2024.']), undefined);
    assert.equal(openingDate(['1325 at 20']), undefined);
    assert.equal(openingDate(['Since April 2023 the conflict between the Sudanese Armed Forces and the Rapid Support Forces has displaced more than eight million people across Sudan']), undefined);
    assert.equal(openingDate(['S/2024/385']), undefined);
    // review18 b, 1: an event's date in a subtitle, or a period's start, dates no work
    assert.equal(openingDate(['Lessons from the March 2011 earthquake']), undefined);
    assert.deepEqual(openingDate(['Update on the famine declared in August 2024', 'Briefing note, October 2024']), [2024, 10]);
    assert.equal(openingDate(['Covering January 2019 – March 2023']), undefined);
    assert.equal(openingDate(['March 2011 earthquake response']), undefined, 'text run on after the date: an event\'s');
    assert.equal(openingDate(['15 May 2023 – Geneva, 2,000 delegates']), undefined, 'a figure after it');
  });

  it('takes no group the taxonomy writes in lower case for an author, nor a byline below a plain text\'s first paragraph (review19 a, 4 and 5)', () => {
    const plain = (...texts: string[]) => texts.map((text) => ({ text, size: 0 }));
    const bodies = ['Donors', 'donors', 'member states', 'Oxfam'];
    assert.equal(firstPageGuess(plain('Funding update', 'By Donors', 'The text.'), bodies).author, undefined);
    assert.equal(firstPageGuess(plain('Funding update', 'By Member States', 'The text.'), bodies).author, undefined);
    assert.deepEqual(firstPageGuess(plain('Funding update', 'By Oxfam'), bodies).author, [{ literal: 'Oxfam' }]);
    const paragraph = 'Funding received by the end of the quarter covered less than a third of the requirements, and several clusters suspended activities.';
    assert.equal(firstPageGuess(plain('Funding update', paragraph, 'By the Secretary-General'), bodies).author, undefined);
    assert.deepEqual(firstPageGuess(plain('Funding update', 'By the Secretary-General', paragraph), bodies).author, [{ literal: 'Secretary-General' }]);
  });

  it('reads a dateline with a word or a place after its date, and in French or Spanish (meta19)', () => {
    assert.deepEqual(openingDate(['March 2024 (revised)']), [2024, 3]);
    assert.deepEqual(openingDate(['15 May 2023 – Geneva']), [2023, 5]);
    assert.deepEqual(openingDate(['Juin 2024 · Version provisoire']), [2024, 6]);
    assert.deepEqual(openingDate(['Goma, le 3 septembre 2024']), [2024, 9]);
    assert.deepEqual(openingDate(['Bogotá, 3 de septiembre de 2024']), [2024, 9]);
    assert.deepEqual(openingDate(['Septiembre de 2024']), [2024, 9]);
    assert.equal(openingDate(['Informe publicado desde marzo de 2024']), undefined, 'an event preposition before it');
    // review19 a, 1: a headline's tail after the dash is a sentence, not a place or a qualifier
    assert.equal(openingDate(['15 May 2023 – Geneva talks collapsed']), undefined, 'running text after the dash');
    assert.equal(openingDate(['March 2024 · fighting resumed in Sennar']), undefined, 'running text after the point');
    assert.deepEqual(openingDate(['15 May 2023 – Geneva, Switzerland']), [2023, 5], 'a place');
    assert.deepEqual(openingDate(['March 2024, revised']), [2024, 3], 'a qualifier');
    assert.deepEqual(openingDate(['June 2024 – draft for consultation']), [2024, 6], 'a draft\'s qualifier');
    assert.deepEqual(pdf({ dated: ['March 2024 (revised)'] }).csl.issued, { 'date-parts': [[2024, 3]] }, 'before the CreationDate');
    assert.deepEqual(pdf({ dated: ['Fighting resumed in Sennar on 3 May 2024.'] }).csl.issued, { 'date-parts': [[2026, 12, 5]] }, 'the CreationDate, as before');
  });

  it('keeps a date written in front matter before a printed one', () => {
    const r = resolveMetadata({ file: 'x.md', entries: [], embedded: { date: '2024-09-03' }, embeddedSource: 'front-matter', front: [], dated: ['Draft of March 2024'] }, undefined);
    assert.deepEqual(r.csl.issued, { 'date-parts': [[2024, 9, 3]] });
  });

  it('reads a symbol as Info Title as the number, and the title, organ and subtitle from the masthead headings', () => {
    const r = resolveMetadata({
      file: 'S-2024-385.pdf', entries: [], embedded: { title: 'S/2024/385', date: '2026-12-05' }, embeddedSource: 'pdf-info',
      front: [{ text: 'United Nations', size: 16 }, { text: 'S/2024/385', size: 20 }],
      dated: ['Distr.: General', '14 May 2024', 'Original: English'],
      headings: ['Security Council', 'Protection of civilians in armed conflict', 'Report of the Secretary-General', 'I. Introduction'],
    }, undefined);
    assert.equal(r.csl.number, 'S/2024/385');
    assert.equal(r.csl.title, 'Protection of civilians in armed conflict: Report of the Secretary-General');
    assert.deepEqual(r.csl.author, [{ literal: 'United Nations Security Council' }]);
    assert.deepEqual(r.csl.issued, { 'date-parts': [[2024, 5]] });
    assert.equal(r.csl.type, 'report');
  });

  it('leaves a title read elsewhere alone, and a document with no symbol', () => {
    const titled = resolveMetadata({ file: 'a.pdf', entries: [], embedded: { title: 'S/2024/385' }, embeddedSource: 'pdf-info', front: [{ text: 'Protection of civilians in armed conflict', size: 16 }], headings: ['Security Council', 'Other words'] }, undefined);
    assert.equal(titled.csl.title, 'Protection of civilians in armed conflict');
    const plain = resolveMetadata({ file: 'b.pdf', entries: [], embedded: { title: 'Annual report' }, embeddedSource: 'pdf-info', front: [], headings: ['Security Council', 'Protection of civilians'] }, undefined);
    assert.equal(plain.csl.title, 'Annual report');
    assert.equal(plain.csl.author, undefined);
  });

  it('takes the title block’s byline layer where nothing gave an author, and reads no byline from the dated lines', () => {
    const r = pdf({ dated: ['Authors: Leila Osman and Daniel Brandt'], byline: { author: [{ given: 'Leila', family: 'Osman' }] } });
    assert.deepEqual(r.csl.author, [{ given: 'Leila', family: 'Osman' }]);
    assert.equal(pdf({ dated: ['Authors: Leila Osman and Daniel Brandt'] }).csl.author, undefined, 'title-block.ts reads the lines, once');
    const named = resolveMetadata({ file: 'n.pdf', entries: [], embedded: { authors: ['Amina Diallo'] }, embeddedSource: 'pdf-info', front: [], byline: { author: [{ literal: 'X' }] } }, undefined);
    assert.deepEqual(named.csl.author, [{ given: 'Amina', family: 'Diallo' }], 'the Info Author as before');
  });
});

