import assert from 'node:assert/strict';
import type { Block } from '../../core/types.js';
import { dehyphenate, dropControlCharacters, joinBrokenUrls, linkFootnotes, markPullQuotes, rejoinSplitParagraphs, withoutControlCharacters } from '../../indexer/stages/repair.js';

const p = (text: string, type: Block['type'] = 'paragraph'): Block => ({ type, text, page: null });

describe('block repairs', () => {
  it('keeps the space French sets before ";" and ":" and takes it out of English (userreview20b)', () => {
    const fr = linkFootnotes([
      p('Mots-clés : négociation humanitaire, accès humanitaire'),
      p('Le financement de ces activités reste insuffisant\u00a0; les bailleurs de fonds hésitent à soutenir des dialogues.'),
      p('Les délégués ont rappelé les obligations des parties au conflit : protéger les civils et le personnel humanitaire.'),
    ]);
    assert.deepEqual(fr.map((b) => b.text), [
      'Mots-clés : négociation humanitaire, accès humanitaire',
      'Le financement de ces activités reste insuffisant\u00a0; les bailleurs de fonds hésitent à soutenir des dialogues.',
      'Les délégués ont rappelé les obligations des parties au conflit : protéger les civils et le personnel humanitaire.',
    ]);
    // a space before a full stop or a comma is no French typography
    assert.equal(linkFootnotes([p('Les civils sont protégés par le droit , et les parties le savent .')])[0].text, 'Les civils sont protégés par le droit, et les parties le savent.');
    const en = linkFootnotes([p('Key words : access, negotiation'), p('The parties to the conflict were told ; the mission and the donors were not : this is the finding of the report.')]);
    assert.deepEqual(en.map((b) => b.text), ['Key words: access, negotiation', 'The parties to the conflict were told; the mission and the donors were not: this is the finding of the report.']);
  });

  it('takes characters that are no text out of passages: controls, noncharacters, lone surrogates (one had made the RSS feed unreadable)', () => {
    const out = dropControlCharacters([p('Resolution 2286\x07 was adopted\ufffe.'), p('line\rbreak and\fpage\x0bturn'), p('half \ud83d pair, whole 😀'), p('plain text, tab\tkept')]);
    assert.deepEqual(out.map((b) => b.text), ['Resolution 2286 was adopted.', 'line break and page turn', 'half  pair, whole 😀', 'plain text, tab\tkept']);
    // C1 controls are Windows-1252 punctuation read as Latin-1: mapped, not dropped ("don’t", not "dont")
    assert.equal(dropControlCharacters([p('don\x92t \x93quoted\x94 \x96 Sudan\x92s\x85 \x81')])[0].text, 'don’t “quoted” – Sudan’s… ');
    const same = p('nothing to take');
    assert.equal(dropControlCharacters([same])[0], same, 'a clean block is the same object');
  });

  it('gives ligature characters as their letters, in passages and metadata (userreview20b)', () => {
    assert.equal(dropControlCharacters([p('Les eﬀorts de la mission … la ﬁabilité des garanties oﬀertes, ﬂux, eﬃcace, ﬃ ﬄ')])[0].text, 'Les efforts de la mission … la fiabilité des garanties offertes, flux, efficace, ffi ffl');
    assert.deepEqual(withoutControlCharacters({ id: 'a', title: 'Les eﬀorts de paix' }), { id: 'a', title: 'Les efforts de paix' });
  });

  it('reads a NUL between words as a space, not as nothing: "a.txt\\0b.txt" is two words (review15)', () => {
    assert.equal(dropControlCharacters([p('a.txt\0b.txt and ninety\0\0nine, end\0.')])[0].text, 'a.txt b.txt and ninety nine, end.');
    // UTF-16 read a byte at a time: a NUL after every letter, dropped as before
    assert.equal(dropControlCharacters([p('\0h\0e\0l\0l\0o')])[0].text, 'hello');
  });

  it("cleans a document's metadata as its passages: a title or name with a control character (a review found them kept in titles)", () => {
    const csl = { id: 'a', title: 'Access\x07 report \ufffe title', author: [{ family: 'O\x92Brien', given: 'Ann' }], issued: { 'date-parts': [[2020]] } };
    assert.deepEqual(withoutControlCharacters(csl), { id: 'a', title: 'Access report  title', author: [{ family: 'O’Brien', given: 'Ann' }], issued: { 'date-parts': [[2020]] } });
  });

  it('undoes end-of-line hyphenation the document itself confirms', () => {
    const out = dehyphenate([p('the recom- mendation is clear'), p('one recommendation more')]);
    assert.equal(out[0].text, 'the recommendation is clear');
  });

  it('undoes a month or weekday broken at a line end, which the word list leaves out as a name (userreview15)', () => {
    assert.equal(dehyphenate([p('Interviews with staff, Bamako, Oc- tober 2022.')])[0].text, 'Interviews with staff, Bamako, October 2022.');
    assert.equal(dehyphenate([p('the meeting on Wednes- day')])[0].text, 'the meeting on Wednesday');
  });

  it('joins an acronym broken at a line end ("UN- HCR") where the document writes it whole, and keeps an acronym’s compounds', () => {
    assert.equal(dehyphenate([p('the UN Refugee Agency (UN- HCR) as the cluster lead'), p('UNHCR and OHCHR met; UNHCR agreed')])[0].text, 'the UN Refugee Agency (UNHCR) as the cluster lead');
    // never written whole: a compound of two acronyms, as before
    assert.equal(dehyphenate([p('the UN- OCHA liaison')])[0].text, 'the UN-OCHA liaison');
    // the document's own hyphenated form wins
    assert.equal(dehyphenate([p('the UN- HCR office'), p('UN-HCR and UNHCR')])[0].text, 'the UN-HCR office');
    assert.equal(dehyphenate([p('UN- related work'), p('unrelated')])[0].text, 'UN-related work');
  });

  it('makes a web address broken at a line end whole, and leaves a space after an address that ends where prose goes on', () => {
    const fix = (t: string) => joinBrokenUrls([p(t, 'footnote')])[0].text;
    assert.equal(fix('here: https://www.nato.int/ cps/en/natohq/official_texts_208515.htm? selectedLocale=en accessed 8 April 2024'), 'here: https://www.nato.int/cps/en/natohq/official_texts_208515.htm?selectedLocale=en accessed 8 April 2024');
    assert.equal(fix('https://www.sipri.org/commentary/2023/peace-operations-2022-developments-and- trends#:~:text=In%202022%2C%2064%20multilateral% 20peace,multilateral accessed'), 'https://www.sipri.org/commentary/2023/peace-operations-2022-developments-and-trends#:~:text=In%202022%2C%2064%20multilateral%20peace,multilateral accessed');
    assert.equal(fix('see https://example.org/ for details'), 'see https://example.org/ for details');
    assert.equal(fix('(https://odi.org/en/publications/an-age-of-caution/ ).'), '(https://odi.org/en/publications/an-age-of-caution/ ).');
    assert.equal(fix('no address here: files/ file-attachments/x.pdf'), 'no address here: files/ file-attachments/x.pdf');
  });

  it('leaves a word with a full stop after an address as prose: a sentence goes on (reviewfix21b)', () => {
    const fix = (t: string) => joinBrokenUrls([p(t)])[0].text;
    for (const t of ['data are at https://data.humdata.org/ today.', 'see https://x.org/ 2.5 million people', 'see https://x.org/ e.g. the index', 'at https://x.org/ U.S. funding']) assert.equal(fix(t), t);
    assert.equal(fix('at https://x.org/files/ report-2021.pdf.'), 'at https://x.org/files/report-2021.pdf.');
  });

  it('keeps real compounds, names and suspended hyphens', () => {
    const out = dehyphenate([p('Metcalfe- Hough wrote on long- standing and pre- and post-war issues'), p('a long-standing problem')]);
    assert.equal(out[0].text, 'Metcalfe-Hough wrote on long-standing and pre- and post-war issues');
    assert.equal(dehyphenate([p('non- governmental groups')])[0].text, 'non-governmental groups');
  });

  it('undoes line-end U+2010, U+2011 and soft hyphens where the vocabulary says so, and keeps compounds it writes hyphenated', () => {
    const doc = [p('the pro\u2010 grammes of In\u2010 ternational actors and peace\u2010 building work'), p('Their programme and international peace-building.')];
    assert.equal(dehyphenate(doc)[0].text, 'the programmes of International actors and peace-building work');
    assert.equal(dehyphenate([p('a humani\u2011 tarian issue'), p('humanitarian')])[0].text, 'a humanitarian issue');
    assert.equal(dehyphenate([p('the protec\u00AD tion of civilians')])[0].text, 'the protection of civilians');
  });

  it('when the document uses neither form, a U+2010 used only at line ends is a break and an ASCII hyphen a compound', () => {
    assert.equal(dehyphenate([p('the multi\u2010 lateral order')])[0].text, 'the multilateral order');
    assert.equal(dehyphenate([p('the multi- lateral order')])[0].text, 'the multi-lateral order');
    // The document writes its compounds with U+2010 too: no longer evidence of a break.
    assert.equal(dehyphenate([p('the multi\u2010 lateral order of long\u2010term work')])[0].text, 'the multi-lateral order of long\u2010term work');
  });

  it('when the document uses neither form, an ASCII hyphen at a line end is a break where the joined word is English (pdfLaTeX, Writer)', () => {
    const broken = 'the most vul- nerable, be- low the line, deci- sions made dur- ing emer- gencies by lo- gistics officers; re- searchers ex- plicitly pro- longed it';
    assert.equal(dehyphenate([p(broken)])[0].text, 'the most vulnerable, below the line, decisions made during emergencies by logistics officers; researchers explicitly prolonged it');
    // British spellings the list holds only in their American form, or as a word it holds made a verb
    assert.equal(dehyphenate([p('its characterisa- tion and op- erationalising')])[0].text, 'its characterisation and operationalising');
  });

  it('keeps compounds the word list has no closed form of, or whose closed form is the rarer spelling', () => {
    const compounds = 'decision- making, cross- border and non- state, a follow- up, co- lead agencies, post- war, set- up, in- kind, cash- based, long- term, a trade- off, the trade- offs, co- hosted';
    assert.equal(dehyphenate([p(compounds)])[0].text, compounds.replace(/- /g, '-'));
  });

  it('keeps the hyphen after an acronym: the left part in capitals makes a compound, whatever the vocabulary', () => {
    const text = 'The UN- related agencies, UN- authorised missions and UN- affiliated staff; NGO- led work';
    assert.equal(dehyphenate([p(text)])[0].text, text.replace(/- /g, '-'));
    // even where the document uses the closed form of the joined letters elsewhere
    assert.equal(dehyphenate([p('UN- related work'), p('an unrelated point')])[0].text, 'UN-related work');
    // a capitalised word broken at a line end is still joined
    assert.equal(dehyphenate([p('Hu- manitarian actors')])[0].text, 'Humanitarian actors');
  });

  it('joins a paragraph cut by a page break after a line-end hyphen, then lets the vocabulary decide', () => {
    const out = dehyphenate(rejoinSplitParagraphs([p('their pro\u2010'), p('grammes go on. Their programmes.')]));
    assert.equal(out[0].text, 'their programmes go on. Their programmes.');
  });

  it('removes soft hyphens', () => {
    assert.equal(dehyphenate([p('protec\u00ADtion')])[0].text, 'protection');
  });

  it('rejoins a paragraph interrupted by a box and a footnote', () => {
    const out = rejoinSplitParagraphs([p('Not only has'), { type: 'box', text: 'Box 2', label: 'Box 2', page: null, parts: [] }, p('A note.', 'footnote'), p('this shift resulted in conflict.')]);
    assert.deepEqual(out.map((b) => b.type), ['paragraph', 'box', 'footnote']);
    assert.equal(out[0].text, 'Not only has this shift resulted in conflict.');
  });

  it('flags a quotation that repeats body text as a pull quote', () => {
    const out = markPullQuotes([p('He said that there is no perfection in protection at all, really.'), p('“There is no perfection in protection”', 'quote'), p('“Something never said in the body text”', 'quote')]);
    assert.equal(out[1].role, 'pull-quote');
    assert.equal(out[2].role, 'block-quote');
  });
});
