import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compatible, indexTerms, isStopWord, stem, words } from '../../core/analysis.js';
import { ftsRow, phraseRow, phraseToken } from '../../core/build/library-db.js';
import { asciiForm, fnv1a, isPlain, lettersHash, lettersOnly } from '../../core/text.js';
import { wordSet } from '../../indexer/tag/mentions.js';
import lunr, { fieldText, INDEX_PIPELINE, trimWord } from '../../core/lunr-setup.js';
import { foldWord } from '../../core/nlp/fold.js';
import { spellingVariants } from '../../core/nlp/spelling.js';
import { STEM_OVERRIDES } from '../../core/nlp/stem-overrides.js';

describe('text analysis', () => {
  it('gives the same terms for a token seen before (its cache) as the first time, stop words and bare punctuation included', () => {
    const text = 'The peacekeepers were protecting civilians — and the civilians’ protection, (again).';
    const first = indexTerms(text);
    assert.deepEqual(first, ['peacekeep', 'protect', 'civilian', 'civilian', 'protect', 'again']);
    assert.deepEqual(indexTerms(text), first);
    assert.deepEqual(indexTerms('the — and'), []);
  });

  it('says a word is a stop word the same way the second time (its cache), whatever its case or folding', () => {
    const ws = ['The', 'the', 'THE', 'civilians', 'Civilians', 'we’re', "we're", 'among', 'Among', 'peace'];
    const first = ws.map((w) => isStopWord(w));
    assert.deepEqual(first, [true, true, true, false, false, isStopWord("we're"), isStopWord('we’re'), true, true, false]);
    assert.deepEqual(ws.map((w) => isStopWord(w)), first);
  });

  it("cuts words where lunr's tokenizer cuts them (the bundled corpus, separators of every kind)", () => {
    const dir = join(process.cwd(), 'corpus');
    const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/));
    texts.push('IHL/IHRL  humanitarian–development\u00a0nexus—and\tmore\u2028lines -hyphen- / ', '«Защита» гражданского населения — حماية المدنيين، Προστασία!', 'the Mechanism (IIIM).3 In the group.2 inquiry,4 of 2016.1 and 1.5 or 2,000');
    // the pipeline a lunr build runs (indexer/build-index.ts): trim, fold, trim, stop words, stem
    const pipeline = new lunr.Pipeline();
    pipeline.add(...INDEX_PIPELINE);
    const lunrTerms = (text: string) => pipeline.run(lunr.tokenizer(text)).map(String).filter(Boolean);
    for (const text of texts) assert.deepEqual(indexTerms(text), lunrTerms(text));
  });

  it('finds the words lunr indexes after compatibility folding: full-width brackets and notes, a bracket before punctuation (review27)', () => {
    // what a lunr build indexes: the field's text folded (fieldText), then its tokenizer
    const pipeline = new lunr.Pipeline();
    pipeline.add(...INDEX_PIPELINE);
    const indexed = (text: string) => pipeline.run(lunr.tokenizer(fieldText('t')({ t: text }) as string)).map(String).filter(Boolean);
    // each word of `words` is one index term or a stop word: a phrase and a query word are what the index holds
    const termsOfWords = (text: string) => words(text).map((w) => indexTerms(w)).filter((ts) => ts.length);
    for (const text of ['humanitarian（access）', 'the （geo）political stakes', 'the inquiry，４ reported', 'the armed group．３ resisted', 'Mechanism (IIIM).Protection', 'the (UN);see', 'x [sic].Then', 'organisation(s),which']) {
      assert.deepEqual(indexTerms(text), indexed(text), text);
      assert.deepEqual(termsOfWords(text), indexed(text).map((t) => [t]), text);
    }
    assert.deepEqual(words('humanitarian（access）'), ['humanitarian', 'access']);
    assert.deepEqual(words('the inquiry，４ reported'), ['the', 'inquiry', '4', 'reported']);
    assert.deepEqual(words('(UN).Protection'), ['un', 'protection']);
  });

  it('cuts a note number glued after a word\'s punctuation off the word, in terms, words and FTS rows alike (parity26), and leaves numbers whole', () => {
    const text = 'the Mechanism (IIIM).3 In Syria the armed group.2 and the inquiry,4 reported; 2016.1 and 1.5 and 2,000 and b.1.1.7 stay';
    assert.deepEqual(indexTerms(text), ['mechan', 'iiim', '3', 'syria', 'arm', 'group', '2', 'inquiri', '4', 'report', '2016.1', '1.5', '2,000', 'b.1.1.7', 'stay']);
    assert.deepEqual(words('(IIIM).3 group.2 inquiry,4 1.5'), ['iiim', '3', 'group', '2', 'inquiry', '4', '1.5']);
    // an abbreviation's number is no note: a UN symbol's Add.2, Corr.1, Rev.1, L.12; Art.70, para.3
    assert.deepEqual(words('Add.2 Corr.1 Rev.1 L.12 Art.70 para.3'), ['add.2', 'corr.1', 'rev.1', 'l.12', 'art.70', 'para.3']);
    assert.deepEqual(phraseRow('(IIIM).3 inquiry,4'), ['iiim 3 inquiri 4', 'iiim 3 inquiry 4']);
    assert.deepEqual(ftsRow('(IIIM).3 inquiry,4', '', '', '')[0], 'iiim 3 inquiri 4');
  });

  it('trims a token as its two patterns do, with or without the fast path for ASCII ends (review27)', () => {
    const slow = (w: string) => w.replace(/^[^\p{L}\p{Nd}\p{M}_]+/u, '').replace(/[^\p{L}\p{Nd}\p{M}_]+$/u, '');
    const dir = join(process.cwd(), 'corpus');
    const toks = readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\s+/));
    toks.push('', 'a', '_', '(x)', 'Z9', 'é,', ',é', '9’', '«ok»', '1.5', 'x\u0301', '\u0301x');
    for (const t of toks) assert.equal(trimWord(t), slow(t), t);
  });

  it('folds a British spelling or a possessive followed by punctuation as it folds the word alone (review27)', () => {
    assert.deepEqual(indexTerms('organisations, behaviour. Sudan’s, programmes; (organisation)'), indexTerms('organisations behaviour Sudan’s programmes organisation'));
    assert.deepEqual(indexTerms('organisations, behaviour. Sudan’s,'), ['organiz', 'behavior', 'sudan']);
  });

  it('folds mathematical letters and digits to theirs, takes invisible characters out of words, in every reading (fold28)', () => {
    for (const [a, b] of [['𝐩𝐫𝐨𝐭𝐞𝐜𝐭𝐢𝐨𝐧', 'protection'], ['𝑖𝑡𝑎𝑙𝑖𝑐', 'italic'], ['𝖘𝖆𝖓𝖘', 'sans'], ['𝙋𝙍𝙊𝙏𝙀𝘾𝙏𝙄𝙊𝙉', 'protection'], ['𝟐𝟎𝟏𝟔', '2016']]) {
      assert.equal(foldWord(compatible(a).toLowerCase()), b, a);
      assert.deepEqual(indexTerms(`the ${a} of`), indexTerms(`the ${b} of`), a);
      assert.deepEqual(words(a), [b], a);
    }
    for (const c of ['\u00ad', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff', '\u202c', '\u2066']) {
      const typed = `protec${c}tion`;
      assert.equal(compatible(typed), 'protection', JSON.stringify(typed));
      assert.deepEqual(words(`the ${typed}, now`), ['the', 'protection', 'now'], JSON.stringify(typed));
      assert.deepEqual(indexTerms(`the ${typed}, now`), indexTerms('the protection, now'), JSON.stringify(typed));
      assert.equal(stem(typed), stem('protection'), JSON.stringify(typed));
    }
    // a Persian word with its non-joiner is the word typed without it, as users type it either way
    assert.equal(foldWord('می\u200cخواهم'), 'میخواهم');
  });

  it('folds -ise to -ize only in words that have an -ize spelling (fold28: "expertise" was "expertize", "likewise" "likewize")', () => {
    for (const w of ['expertise', 'likewise', 'otherwise', 'advise', 'advisers', 'revised', 'supervising', 'televised', 'improvise', 'comprise', 'enterprises', 'surprised', 'disguise', 'despise', 'franchise', 'exercises', 'excise', 'circumcised', 'precise', 'concise', 'promise', 'compromised', 'demise', 'premises', 'surmise', 'advertising', 'chastised', 'treatise', 'merchandise', 'paradise', 'sunrise', 'practised', 'praise', 'cruise', 'noise', 'turquoise']) {
      assert.equal(foldWord(w), w, w);
      assert.deepEqual(spellingVariants(w), [], w);
    }
    // the real British and American pairs still meet, those whose ending the exceptions share too
    for (const [a, b] of [['organise', 'organize'], ['mobilisation', 'mobilization'], ['stabilise', 'stabilize'], ['prioritised', 'prioritized'], ['criticise', 'criticize'], ['economising', 'economizing'], ['minimise', 'minimize'], ['summarised', 'summarized'], ['authorise', 'authorize'], ['standardise', 'standardize'], ['systemise', 'systemize'], ['advertise', 'advertise']]) {
      assert.equal(foldWord(a), foldWord(b), `${a} = ${b}`);
      assert.equal(stem(a), stem(b), `${a} = ${b}`);
    }
    assert.deepEqual(spellingVariants('prioritise'), ['prioritize']);
  });

  it('folds accents, apostrophes, possessives and British spellings, the same on both sides', () => {
    const same = [
      ['Sudan’s', 'Sudan'], ["Sudan's", 'sudan'], ['states’', 'states'], ['Côte', 'cote'], ['Médecins', 'medecins'], ['café', 'cafe'],
      ['organisations', 'organizations'], ['stabilisation', 'stabilization'], ['criticised', 'criticized'], ['behaviour', 'behavior'],
      ['centres', 'centers'], ['defence', 'defense'], ['programmes', 'programs'], ['analyse', 'analyze'], ['dialogue', 'dialog'],
    ];
    for (const [a, b] of same) assert.equal(stem(a), stem(b), `${a} = ${b}`);
    // short words and words with no twin keep their own forms apart
    for (const [a, b] of [['hour', 'hor'], ['four', 'for'], ['your', 'yor'], ['rise', 'rize'], ['crisis', 'crises'], ['genre', 'gener']]) assert.notEqual(foldWord(a), foldWord(b), `${a} / ${b}`);
    // other scripts keep their letters: Hangul is not decomposed, Greek and Cyrillic keep their accents
    assert.equal(foldWord('평화'), '평화');
    assert.equal(foldWord('ειρήνη'), 'ειρήνη');
    assert.equal(foldWord('война'), 'война', 'й is a letter of its own');
    // and are indexed, punctuation of their own (guillemets, the Arabic comma) trimmed
    assert.deepEqual(indexTerms('«Защита» гражданского — حماية المدنيين، Προστασία!'), ['защита', 'гражданского', 'حماية', 'المدنيين', 'προστασία']);
    // Arabic's optional vowel marks and tatweel fold away; Devanagari's vowel signs are the word's
    assert.equal(foldWord('حمايةُ'), 'حماية');
    assert.equal(foldWord('المدنيـــين'), 'المدنيين');
    assert.deepEqual(indexTerms('शरणार्थी शिविरों'), ['शरणार्थी', 'शिविरों']);
    assert.deepEqual(words('शरणार्थी, शिविरों।'), ['शरणार्थी', 'शिविरों']);
    // a superscript footnote mark is no digit of a word (it is a number, but not a decimal digit)
    assert.deepEqual(indexTerms('civilians.¹ 44%.⁴ ²³'), indexTerms('civilians 44'));
    assert.notEqual(stem('hatred'), stem('haters'), 'only the -re words that have an -er twin');
    assert.deepEqual(indexTerms('the Secretary-General’s report and the donors’ funds'), indexTerms("the Secretary-General's report and the donors funds"));
  });

  it('cuts elided French, Italian and Catalan articles off the word before a vowel or h, keeping English contractions and names (userreview11)', () => {
    assert.deepEqual(words('L’accès d’enfants, qu’il «l’hôpital» dell’ONU jusqu’au Côte d\'Ivoire'), ['accès', 'enfants', 'il', 'hôpital', 'onu', 'au', 'côte', 'ivoire']);
    assert.deepEqual(indexTerms('L’accès humanitaire (d’enfants) l\'œuvre'), indexTerms('accès humanitaire enfants œuvre'));
    for (const [a, b] of [['l’accès', 'accès'], ["d'enfants", 'enfants'], ['qu’elle', 'elle'], ["dell'ONU", 'onu'], ["l'hôpital", 'hopital']]) assert.equal(stem(a), stem(b), `${a} = ${b}`);
    // not before a consonant, and not other prefixes: English keeps its words
    assert.deepEqual(words("O'Brien don't it's we'll d'Souza t'was"), ["o'brien", "don't", "it's", "we'll", "d'souza", "t'was"]);
    assert.equal(foldWord("o'brien"), "o'brien");
    // a capital D' is cut as a lower-case one: "Côte D'Ivoire" and "Côte d'Ivoire" are one place,
    // and "D'Arcy" is indexed and asked for alike whichever case is typed (review13)
    assert.deepEqual(words("Côte D'Ivoire"), words("Côte d'Ivoire"));
    assert.deepEqual(words("D'Arcy"), words("d'arcy"));
  });

  it('reads compatibility forms as their letters (full-width, ligatures), but keeps a superscript note mark off the word', () => {
    assert.deepEqual(words('Ａｃｃｅｓｓ ﬁnancing'), ['access', 'financing']);
    assert.equal(stem('Ａｃｃｅｓｓ'), stem('access'));
    assert.equal(stem('ﬁnancing'), stem('financing'));
    assert.deepEqual(indexTerms('Ｈｕｍａｎｉｔａｒｉａｎ civilians.¹'), ['humanitarian', 'civilian']);
  });

  it('folds only the compatibility forms of letters and subscript digits: a symbol after a word (™ ℠) is no part of it, a footnote mark no digit (review11)', () => {
    assert.deepEqual(indexTerms('Oxfam™ Sphere™ standards'), ['oxfam', 'sphere', 'standard']);
    assert.deepEqual(indexTerms('Doctors Without Borders℠ ℡'), indexTerms('Doctors Without Borders'));
    assert.deepEqual(words('Oxfam™ and MSF℠'), ['oxfam', 'and', 'msf']);
    assert.equal(foldWord('oxfam™'), 'oxfam™', 'the trimmer takes the symbol off, not folding into letters');
    assert.deepEqual(indexTerms('the CO₂ and H₂O'), ['co2', 'h2o']);
    assert.deepEqual(words('CO₂ emissions'), ['co2', 'emissions']);
    assert.deepEqual(indexTerms('civilians.¹ CO²'), ['civilian', 'co']);
    // one notion of what is normalised, for words as written and folded words
    assert.equal(compatible('Oxfam™ x² ½ ﬁnance Ａｃｃｅｓｓ CO₂'), 'Oxfam™ x² ½ finance Access CO2');
    assert.equal(foldWord('ａｃｃèｓ™'), 'acces™');
  });

  it('folds raised ordinal and abbreviation endings, the micro sign and "№" as a searcher types them, without spelling out ™', () => {
    assert.deepEqual(words('le 1ᵉʳ janvier, la 1ʳᵉ fois, le 2ᵉ, 3ʳᵈ'), ['le', '1er', 'janvier', 'la', '1re', 'fois', 'le', '2e', '3rd']);
    assert.deepEqual(indexTerms('Mᵐᵉ Dupont'), indexTerms('Mme Dupont'));
    assert.deepEqual(indexTerms('5 µg doses'), indexTerms('5 μg doses'), 'micro sign U+00B5 is Greek mu U+03BC');
    assert.equal(foldWord('µg'), foldWord('μg'));
    assert.deepEqual(words('№ 5'), ['no', '5']);
    assert.equal(compatible('№ 12, 20℃'), 'No 12, 20°C');
    // a raised letter after a word is a note mark, as a raised digit is
    assert.deepEqual(indexTerms('Yemenᵃ Syriaᵇ'), ['yemen', 'syria']);
    // the marks that follow a word stay symbols
    assert.deepEqual(indexTerms('Oxfam™ Sphere℠ ℡ ℻'), ['oxfam', 'sphere']);
    assert.equal(compatible('Oxfam™ ℹ'), 'Oxfam™ ℹ');
    assert.deepEqual(words('1º'), ['1º'], 'the ordinal indicator is a letter of its own, as before');
  });

  it('reads a raised lower-case letter after an acronym as a note, not the acronym\'s last letter (review13)', () => {
    assert.deepEqual(words('UKᵃ 38%, EUᵇ, USᵃ, DRCᵃ'), ['uk', '38', 'eu', 'us', 'drc']);
    assert.deepEqual(indexTerms('UKᵃ EUᵇ'), indexTerms('UK EU'));
    // lunr's tokenizer lower-cases before folding: the field's text is read while its case shows
    assert.equal(fieldText('text')({ text: 'USᵃ and Mᵐᵉ Dupont' }), 'US and Mme Dupont');
    // one capital with a raised ending, a number's ending: still abbreviations and ordinals
    assert.deepEqual(words('Mᵐᵉ Dupont, Dʳ Smith, Mᵍʳ, le 1ᵉʳ, 3ʳᵈ'), ['mme', 'dupont', 'dr', 'smith', 'mgr', 'le', '1er', '3rd']);
  });

  it('reads raised letters listed with commas as one run of notes (review13)', () => {
    assert.deepEqual(words('Yemenᵃ,ᵇ and Syriaᵃ,ᵇ,ᶜ'), ['yemen', 'and', 'syria']);
    assert.deepEqual(words('38ᵃ,ᵇ'), ['38']);
    assert.deepEqual(words('the 1ᵉʳ, 2ᵉ'), ['the', '1er', '2e']);
  });

  it('reads a raised ending after a roman numeral as an ordinal, as after a number (review13)', () => {
    assert.deepEqual(words('XIXᵉ siècle, XXᵉ siècle, Iᵉʳ'), ['xixe', 'siècle', 'xxe', 'siècle', 'ier']);
    assert.deepEqual(indexTerms('XIXᵉ siècle'), indexTerms('XIXe siècle'));
    // a long word before a raised letter is no abbreviation, however long
    assert.deepEqual(words('internationallyᵃ Chadᵃ'), ['internationally', 'chad']);
  });

  it('keeps apart the words the Porter stemmer merges with a word of another meaning ("aide" is not "aid")', () => {
    assert.notEqual(stem('aide'), stem('aid'));
    assert.equal(stem('aides'), stem('aide'));
    assert.equal(stem('Aide'), 'aide');
    for (const w of ['aid', 'aids', 'aided', 'aiding']) assert.equal(stem(w), 'aid', w);
    assert.deepEqual(indexTerms('the aide-memoire'), ['aide', 'memoir']);
    assert.deepEqual(indexTerms('the aide-mémoire'), indexTerms('The Aide Memoire'));
    assert.deepEqual(indexTerms('humanitarian aid'), ['humanitarian', 'aid']);
    for (const [a, b] of [['several', 'severe'], ['internal', 'international'], ['news', 'new'], ['general', 'generation'], ['university', 'universal'], ['organisations', 'organs'], ['community', 'communication'], ['authorities', 'authors'], ['positive', 'position'], ['publications', 'public']]) {
      assert.notEqual(stem(a), stem(b), `${a} / ${b}`);
    }
    // each family still meets itself (British spellings folded first)
    for (const [a, b] of [['organisations', 'organized'], ['authorities', 'authority'], ['authorised', 'authorization'], ['communities', 'community'], ['severely', 'severe'], ['departmental', 'departments']]) {
      assert.equal(stem(a), stem(b), `${a} = ${b}`);
    }
  });

  it('lists only overrides that change a stem, each a prefix of its words (snippets look for its first letter)', () => {
    for (const [word, own] of STEM_OVERRIDES) {
      assert.equal(word, foldWord(word), `${word} is listed as it reaches the stemmer (folded)`);
      assert.ok(word.startsWith(own), `${own} is a prefix of ${word}`);
      assert.notEqual(lunr.stemmer(new lunr.Token(word, {})).toString(), own, `${word}: Porter already gives ${own}`);
      assert.equal(stem(word), own);
    }
  });

  it("gives a passage's FTS and phrase rows from one pass as the two separate analyses give them", () => {
    const texts = ['IHL/IHRL  humanitarian–development\u00a0nexus—and\tmore\u2028lines -hyphen- / ', "the civilians' (protection) — don’t *wild* 1.5% ΟΔΟΣ İstanbul ﬁnance", '   ', ''];
    for (const text of texts) {
      assert.deepEqual(ftsRow(text, '', '', '')[0], indexTerms(text).join(' '));
      const ws = words(text);
      assert.deepEqual(phraseRow(text), [ws.map((w) => phraseToken(stem(w))).join(' '), ws.map(phraseToken).join(' ')]);
    }
  });

  it('keys and splits plain text (ASCII, typographic quotes and dashes) as the Unicode-aware forms do', () => {
    const slowKey = (t: string) => t.normalize('NFKD').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const slowWords = (t: string) => new Set(t.split(/[^\p{L}\p{N}]+/u));
    for (const text of ['The “UN’s” role – and  the\u00a0SRSG’s — 2020/21 (see p. 4).', 'Café ﬁnance ½ İstanbul ΟΔΟΣ', '']) {
      assert.equal(lettersOnly(text), slowKey(text));
      assert.deepEqual(wordSet(text.toLowerCase()), slowWords(text.toLowerCase()));
    }
  });

  it('hashes a text\'s letters in one pass as it hashes its lettersOnly key, on plain text and on any other', () => {
    const chars = [...Array(0x10000).keys()].map((c) => String.fromCharCode(c));
    // every character, alone and among letters, all plain ones together, and texts that take the Unicode path
    const texts = [...chars, chars.filter(isPlain).join(''), ...chars.map((c) => `Ab${c}9Z`), 'The “UN’s” role – and  the\u00a0SRSG’s — 2020/21 (see p. 4).', 'Café ﬁnance ½ İstanbul ΟΔΟΣ', 'KELVIN \u212a', ''];
    for (const text of texts) assert.equal(lettersHash(text), fnv1a(lettersOnly(text)), JSON.stringify(text));
  });

  it('gives the ASCII form of a Unicode pattern the same matches on every plain character and text', () => {
    const plainChars = [...Array(0x10000).keys()].map((c) => String.fromCharCode(c)).filter(isPlain);
    for (const flags of ['gu', 'giu']) {
      for (const cls of ['\\p{L}', '\\p{Lu}', '\\p{Ll}', '\\p{N}']) {
        for (const source of [cls, `[${cls}'’-]`, `[^${cls}]`, `\\b${cls}`]) {
          const re = new RegExp(source, flags);
          const ascii = asciiForm(re);
          assert.ok(!ascii.unicode, source);
          for (const c of plainChars) assert.equal(c.match(ascii)?.length ?? 0, c.match(re)?.length ?? 0, `${source}/${flags} on U+${c.charCodeAt(0).toString(16)}`);
        }
      }
    }
    const text = 'The UN’s “Protection of Civilians” – and the SRSG (see OHCHR, 2015) – in Kabul, Yemen and elsewhere.';
    for (const re of [/\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*){0,6}/gu, /\((?:e\.g\.|see)[,:]?\s[^()]*\)/giu, /(.+?)(?:\s*[,;]\s*|$)/gu, /kabul|yemen/giu]) {
      assert.deepEqual([...text.matchAll(asciiForm(re))].map((m) => [m.index, m[0]]), [...text.matchAll(re)].map((m) => [m.index, m[0]]), String(re));
    }
    // what it cannot rewrite it leaves as it is
    for (const re of [/\p{Script=Latin}/u, /\P{L}/u, /\u{1F600}/u, /[a-z]/g]) assert.equal(asciiForm(re), re);
    assert.ok(!isPlain('café') && !isPlain('ﬁnance') && !isPlain('\u212a') && isPlain('“Don’t” – 2020/21\u00a0'));
  });
});
