import { joinTurns } from './page-turns.js';
import type { Block } from '../../core/types.js';
import { isEnglishWord } from '../../core/english-words.js';
import { asciiForm, endsSentence, extractMarks, isPlain, lettersOnly, mark, MONTHS, startsLowercase } from '../../core/text.js';
import iconv from 'iconv-lite';
import { languageOf } from '../../core/nlp/language.js';

const WHITE = /\s/;
/** a letter ending a string, a whole code point as /u reads it (a surrogate pair's second half alone is none) */
const ENDS_IN_LETTER = /\p{L}$/u;

/**
 * A space before a semicolon or colon after a word, as French typography sets it: what
 * /\p{L}[\s\u00a0\u202f]+[;:]/u finds (\s holds both no-break spaces), read back from each ";"
 * and ":". The pattern began with any letter, so it was tried at every letter of a block with
 * either mark anywhere: 1.2 % of a file worker's on-CPU samples (docs/measurements.md, build43).
 */
export function hasSpacedColon(text: string): boolean {
  for (const mark of [';', ':']) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      let j = at - 1;
      while (j >= 0 && WHITE.test(text[j])) j--;
      if (j === at - 1 || j < 0) continue;
      // the character before the spaces with the one before it: a surrogate pair is read whole
      if (ENDS_IN_LETTER.test(text.slice(Math.max(0, j - 1), j + 1))) return true;
    }
  }
  return false;
}

// Block-level repairs shared by every format. Each is a pure function Block[] → Block[].

const FLOW: Block['type'][] = ['paragraph', 'list-item'];
const INTERRUPTIONS: Block['type'][] = ['footnote', 'box', 'quote'];

/**
 * After a page with no text, text that goes on in lower case from a word is the sentence a
 * full-page photo or map interrupted; text opening on the end of a word ("cial infrastructure")
 * went on on that page, a scan whose words are lost, and the two sides stay apart.
 */
function goesOnAfterPicture(text: string): boolean {
  const first = /^\p{Ll}+/u.exec(text)?.[0];
  return first !== undefined && knownWord(first);
}

/**
 * A paragraph cut by a page break, a box, a pull quote or a footnote continues in lower case
 * after the interruption: put it back together and keep the interruption after it.
 */
export function rejoinSplitParagraphs(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    // Text introduced by a colon and going on in lower case is the quotation it announces
    // ("… as follows:" / "to protect the vital core …").
    let last: Block | undefined;
    for (let i = out.length - 1; i >= 0 && !last; i--) if (out[i].type !== 'footnote') last = out[i];
    if (b.type === 'paragraph' && startsLowercase(b.text) && last?.type === 'paragraph' && /:\s*$/.test(last.text)) {
      out.push({ ...b, type: 'quote', role: 'block-quote' });
      continue;
    }
    if (b.type === 'paragraph') {
      let i = out.length - 1;
      while (i >= 0 && INTERRUPTIONS.includes(out[i].type) && out[i].role !== 'block-quote') i--;
      const target = out[i];
      // Continued text: it starts in lower case, with a dash or a number, or the text before
      // it broke off on a word that cannot end a sentence ("… in the" / "HRU in the mission").
      const continues = b.afterTextless ? goesOnAfterPicture(b.text) : startsLowercase(b.text) || /^[–—]\s|^\d/.test(b.text) || /\b(the|a|an|of|in|on|to|for|by|with|from|and|or|at|as|that|its|their|comprising|including|between)$/i.test(target?.text ?? '');
      if (target && continues && FLOW.includes(target.type) && !endsSentence(target.text)) {
        // A hyphen before the break is left to dehyphenate(), which asks the vocabulary.
        joinTurns(target, b);
        target.text = `${target.text} ${b.text}`;
        continue;
      }
    }
    out.push(b);
  }
  return out;
}

/** Hyphens a line may end on: ASCII, HYPHEN (what typesetters draw at a break), NON-BREAKING HYPHEN, SOFT HYPHEN. */
const LINE_END_HYPHEN = /(\p{L}+)([-\u2010\u2011\u00AD]) (\p{L}[\p{L}\-\u2010\u2011]*)/gu;

/** What LINE_END_HYPHEN or the soft-hyphen removal could change: text without it is left as it is. */
const MAY_BREAK = /[-\u2010\u2011] |\u00AD/;

/** A word as a document's vocabulary counts it (hyphens kept: compounds are words of their own). */
const VOCABULARY_WORD = /\p{L}[\p{L}-]*/gu;

/** The forms of a word a document may use elsewhere: as written, plural or singular. */
const forms = (w: string): string[] => [w, `${w}s`, `${w}es`, w.replace(/e?s$/, '')];

/**
 * Prefixes and particles that make hyphenated compounds in policy prose, whose closed forms
 * the word list also holds ("co-lead" / "colead", "post-war" / "postwar", "follow-up" /
 * "followup", "trade-off"): a break there, before a word, is more likely the compound's own
 * hyphen. (Not re-, pre-, pro-, ex-, inter-: "re- searchers", "pre- vailing", "pro- longed"
 * are breaks far more often than "re-establish" is a compound.)
 */
const COMPOUND_FIRST = new Set(['co', 'non', 'post', 'anti', 'multi', 'self', 'well', 'ill', 'cross', 'counter', 'semi', 'quasi', 'socio', 'mid']);
const COMPOUND_LAST = new Set(['up', 'off', 'in', 'on']);

/** An acronym before the hyphen ("UN- related", "NGO- led"): a compound, never a word broken in two. */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** British -ise, -isation, -ising, which the word list holds in their American form or not at all. */
const ISE = /is(e|es|ed|ing|ation|ations)$/;

/**
 * Months and weekdays, which the word list leaves out as names: notes date their sources, and
 * pdfLaTeX breaks them like any word ("Oc- tober 2022").
 */
const CALENDAR_WORDS = new Set([...MONTHS, 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** A word of English by the list, in its American spelling, or as an -ise verb of a word it holds ("operationalising"). */
function knownWord(w: string): boolean {
  if (isEnglishWord(w) || CALENDAR_WORDS.has(w)) return true;
  if (!ISE.test(w)) return false;
  const base = w.replace(ISE, '');
  return isEnglishWord(w.replace(ISE, 'iz$1')) || (base.length >= 5 && isEnglishWord(base));
}

/**
 * An ASCII hyphen at a line's end, in a word the document uses nowhere else in either form:
 * pdfLaTeX's and Writer's breaks ("vul- nerable", "deci- sions", "dur- ing", "be- low") make
 * a word of English joined, a compound ("decision- making", "cross- border", "non- state")
 * does not, or joins a compound-making prefix or particle to a word ("co- lead", "follow- up").
 */
export function breaksWord(left: string, right: string): boolean {
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  if (ACRONYM.test(left) || r.includes('-') || !knownWord(l + r)) return false;
  return !(COMPOUND_FIRST.has(l) && isEnglishWord(r)) && !COMPOUND_LAST.has(r.replace(/s$/, ''));
}

/**
 * Undoes end-of-line hyphenation left as "recom- mendation" by line joining. The document's
 * own vocabulary decides: if it uses the joined word (or its plural or singular) more than the
 * hyphenated one, join; real compounds (`peace-building`, `Metcalfe-Hough`) and suspended
 * hyphens (`pre- and post-war`) stay. When the document uses neither form, the hyphen's own
 * character decides: a soft hyphen is always a break, and a U+2010 or U+2011 the document
 * uses nowhere inside a line is the typesetter's; an ASCII hyphen is a break where the joined
 * word is English (breaksWord), a compound otherwise ("non-state", "decision-making").
 */
export function dehyphenate(blocks: Block[]): Block[] {
  const all = (b: Block): string[] => [b.text, ...(b.parts ?? []).map((p) => p.text)];
  // Words in capitals as the document prints them (case kept: "UNHCR", not "unhcr"), counted
  // only when an acronym broken at a line end asks.
  let acronyms: Set<string> | undefined;
  const wholeAcronyms = (bs: Block[]): Set<string> => (acronyms ??= new Set(bs.flatMap((b) => all(b).flatMap((t) => t.match(/(?<![\p{L}-])\p{Lu}{3,}(?![\p{L}-])/gu) ?? []))));
  // The document's vocabulary is counted only once a break needs it: most blocks have none.
  let counted: { vocab: Map<string, number>; inLine: Set<string> } | undefined;
  const count = () => {
    const vocab = new Map<string, number>();
    const inLine = new Set<string>();
    for (const b of blocks) {
      for (const t of all(b)) {
        // plain text (core/text.ts) holds no U+2010 or U+2011, and its words are ASCII
        if (isPlain(t)) {
          for (const w of t.toLowerCase().match(asciiForm(VOCABULARY_WORD)) ?? []) vocab.set(w, (vocab.get(w) ?? 0) + 1);
          continue;
        }
        for (const w of t.toLowerCase().replace(/[\u2010\u2011]/g, '-').match(VOCABULARY_WORD) ?? []) vocab.set(w, (vocab.get(w) ?? 0) + 1);
        for (const m of t.matchAll(/\p{L}([\u2010\u2011])\p{L}/gu)) inLine.add(m[1]);
      }
    }
    return { vocab, inLine };
  };
  const uses = (vocab: Map<string, number>, w: string) => Math.max(...forms(w.toLowerCase()).map((f) => vocab.get(f) ?? 0));
  const fix = (text: string) =>
    !MAY_BREAK.test(text)
      ? text
      : text
          .replace(LINE_END_HYPHEN, (whole, left: string, hyphen: string, right: string) => {
            if (/^(and|or|to|nor)$/.test(right)) return hyphen === '\u00AD' ? left + right : whole;
            const joined = left + right;
            const compound = `${left}-${right}`;
            if (hyphen === '\u00AD') return joined;
            const { vocab, inLine } = (counted ??= count());
            // An acronym broken in two ("UN- HCR") is one where the document writes it whole in
            // capitals and never hyphenated: "UNHCR" twenty times, "UN-HCR" nowhere.
            if (ACRONYM.test(left) && ACRONYM.test(right) && !vocab.has(compound.toLowerCase()) && wholeAcronyms(blocks).has(joined)) return joined;
            // A capital after the break is a name or a compound (Metcalfe-Hough, Boutros-Ghali);
            // capitals before it an acronym's compound ("UN-related": "unrelated" is another word).
            if (/^\p{Lu}/u.test(right) || ACRONYM.test(left)) return compound;
            const asCompound = vocab.get(compound.toLowerCase()) ?? 0;
            const asWord = uses(vocab, joined);
            if (asCompound > 0 || asWord > 0) return asWord > asCompound ? joined : compound;
            if (hyphen !== '-' && !inLine.has(hyphen)) return joined;
            return breaksWord(left, right) ? joined : compound;
          })
          .replace(/\u00AD/g, '');
  return blocks.map((b) => ({ ...b, text: fix(b.text), parts: b.parts?.map((p) => ({ ...p, text: fix(p.text) })) }));
}

/**
 * Footnote marks become `footnoteRefs` and leave the text. Plain-text extractions glue the
 * mark to the preceding word ("actors.1 Working"); such digits count as marks only where a
 * note of that number exists.
 */
export function linkFootnotes(blocks: Block[]): Block[] {
  const noteNumbers = new Set(blocks.filter((b) => b.type === 'footnote' && b.n).map((b) => b.n!));
  const marked = new Set<string>();
  for (const b of blocks) for (const m of b.text.matchAll(/\uE000([^\uE001]+)\uE001/g)) marked.add(m[1]);
  // with no footnote numbered, no number is a mark to restore: the pattern is not tried on every block
  const restore = (text: string) =>
    !noteNumbers.size ? text : text.replace(/([.,;:’”)])(\d{1,3})(?=\s|$)/g, (whole, punct: string, n: string) => {
      if (!noteNumbers.has(n) || marked.has(n)) return whole;
      marked.add(n);
      return punct + mark(n);
    });
  // French sets a space (a no-break one in print) before ";" and ":": in a French text that space
  // is the writer's and a quotation keeps it ("insuffisant ;", "Mots-clés :"); elsewhere a space
  // there is a removed note mark's or the extraction's. A block says its own language where it
  // can, a short one (a heading, a keyword line) is read as its document is. Asked only of a block
  // with such a space, so an English document is not read for its language.
  let documentFrench: boolean | undefined;
  const isFrench = (text: string): boolean => {
    const own = languageOf(text);
    if (own) return own === 'fr';
    documentFrench ??= languageOf(blocks.filter((x) => x.type === 'paragraph').map((x) => x.text).join(' ')) === 'fr';
    return documentFrench;
  };
  const tighten = (text: string): string => (hasSpacedColon(text) && isFrench(text) ? text.replace(/\s+([.,])/g, '$1') : text.replace(/\s+([.,;:])/g, '$1'));
  const clean = (b: Block): Block => {
    const text = b.type === 'footnote' || b.type === 'reference' ? b.text : restore(b.text);
    const { text: stripped, marks } = extractMarks(text);
    const out: Block = { ...b, text: tighten(stripped).replace(/\s{2,}/g, ' ').trim() };
    if (marks.length) out.footnoteRefs = [...new Set([...(b.footnoteRefs ?? []), ...marks])];
    if (b.parts) out.parts = b.parts.map(clean);
    return out;
  };
  return blocks.map(clean);
}

/**
 * A quotation set in large type that repeats a sentence of the body is a pull quote: it stays
 * as a quotation (readers search for it) but is flagged so it is not counted twice.
 */
export function markPullQuotes(blocks: Block[]): Block[] {
  // The body's letters are gathered only for a document that has quotations: most have none.
  let body: string | undefined;
  const bodyLetters = () =>
    blocks
      .filter((b) => b.type === 'paragraph' || b.type === 'list-item' || b.type === 'box')
      .map((b) => lettersOnly(b.text))
      .join('|');
  return blocks.map((b) => {
    if (b.type !== 'quote') return b;
    const key = lettersOnly(b.text);
    const repeated = key.length > 20 && (body ??= bodyLetters()).includes(key);
    if (repeated) return { ...b, role: 'pull-quote' };
    return b.role === 'pull-quote' ? b : { ...b, role: 'block-quote' };
  });
}

// Characters that are no text: C0 controls but tab and line feed, DEL, noncharacters, lone
// surrogates (C1 controls are mapped below). A text file or a PDF with a broken font can carry
// them; XML forbids them, so one in a passage made a whole RSS feed unreadable, and they reach
// RIS lines, BibTeX and CSV. A vertical tab, form feed or carriage return in a paragraph is a space.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NO_TEXT = /[\x00-\x08\x0e-\x1f\x7f\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// eslint-disable-next-line no-control-regex -- as above
const SPACE_CONTROL = /[\x0b\x0c\x0d]/g;
// A NUL between two words is a separator ("a.txt\0b.txt", a list written by a program): taken
// out, it made one word of two (review15). A space, where a word of two or more letters or
// digits is on one side; NULs between single letters (UTF-16 read byte by byte) are dropped.
const NUL_BETWEEN_WORDS = /(?<=[\p{L}\p{N}]{2})\0+(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])\0+(?=[\p{L}\p{N}]{2})/gu;
// C1 controls in text are almost always Windows-1252 punctuation decoded as Latin-1 (U+0092 for
// ’, U+0093/U+0094 for “ ”, U+0096 for –): mapped as Windows-1252 maps those bytes, and
// dropped where it has no character (0x81, 0x8D, 0x8F, 0x90, 0x9D): a review found "don’t"
// made "dont".
const C1 = /[\x80-\x9f]/g;
// (iconv-lite: Node's own TextDecoder reads 'windows-1252' as Latin-1); '' where it has none
const C1_CHARS = Array.from({ length: 32 }, (_, i) => {
  const mapped = iconv.decode(Buffer.of(0x80 + i), 'win1252');
  return mapped.charCodeAt(0) >= 0xa0 && mapped !== '\ufffd' ? mapped : '';
});

// Any character one of the four patterns above can match (a surrogate, even of a valid pair,
// sends the text through them): a text without one is returned as it is. Nearly every text
// has none, and the four patterns (NUL_BETWEEN_WORDS's look-behinds under /u above all) were
// ~5 % of a file worker's CPU on the 20k corpus (build18b's profile), scanning each block
// four times to change nothing.
// eslint-disable-next-line no-control-regex -- as above
const MAYBE_NOT_TEXT = /[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff\ufb00-\ufb06]/;
// The Latin ligature characters (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) a text copied out of a PDF or a typesetter's
// file keeps ("Les eﬀorts … la ﬁabilité"): their letters, as the PDF reader gives them, so a
// quotation cites "efforts" (pdfLaTeX's inputenc stops on U+FB00 in a .bib) and the word is
// marked where it is found.
const LIGATURE = /[\ufb00-\ufb06]/g;

// An accent as a letter plus a combining mark ("Co\u0302te", as some PDFs' text layers, macOS
// files and pasted text give it) is one letter to a reader but another string to every name the
// tagger knows and every word the index holds: composed (NFC), it is the letter they know.
const COMBINING_MARK = /[\u0300-\u036f]/;

// A run of more than 30 marks on one letter is no writing (Unicode's stream-safe format, UAX
// #15, allows 30): the NFC above, and the NFKD of every letters-only key after it, sort a run by
// its marks' classes in time quadratic in its length (V8/ICU: 100,000 marks of two alternating
// classes, 2-4 s; hostile31). The first 30 are kept, the rest are dropped.
const LONG_MARK_RUN = /\p{M}{31}/u;
const MARKS_PAST_30 = /(\p{M}{30})\p{M}+/gu;

/** A text with runs of marks cut to 30, accents composed (NFC), characters that are no text taken out, C1 punctuation mapped (NO_TEXT, C1), ligatures as their letters. */
export function cleanText(input: string): string {
  const raw = LONG_MARK_RUN.test(input) ? input.replace(MARKS_PAST_30, '$1') : input;
  const text = COMBINING_MARK.test(raw) ? raw.normalize('NFC') : raw;
  if (!MAYBE_NOT_TEXT.test(text)) return text;
  return text
    .replace(NUL_BETWEEN_WORDS, ' ')
    .replace(NO_TEXT, '')
    .replace(SPACE_CONTROL, ' ')
    .replace(C1, (c) => C1_CHARS[c.charCodeAt(0) - 0x80])
    .replace(LIGATURE, (c) => c.normalize('NFKC'));
}

/** Every string of a record (a document's metadata) as cleanText makes it. */
export function withoutControlCharacters<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => withoutControlCharacters(v)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutControlCharacters(v)])) as T;
  return value;
}

/** Blocks with characters that are no text taken out (NO_TEXT). */
export function dropControlCharacters(blocks: Block[]): Block[] {
  return blocks.map((b) => {
    const text = cleanText(b.text);
    return text === b.text ? b : { ...b, text };
  });
}

/**
 * A web address broken at a line end after one of the characters a typesetter breaks it at
 * ("/", "-", "_", "=", "?", "&", "#", "%"), its rest on the next line: lines are joined with a
 * space, which cut the address in two ("https://www.nato.int/ cps/en/…", "….htm?
 * selectedLocale=en"), so a copied note's link did not open (userreview21b, 5). The rest is
 * taken as the address's only where it reads as one (a "/", "_", "=", "?", "&", "#" or "%" in
 * it, or a file's name: "report.pdf"), or after a "%" the two hex digits it escapes: "see
 * https://example.org/ for details" and "…/caution/ )." keep their space. A "." alone is no
 * sign: the words of a sentence carry one ("…/ today.", "…/ 2.5 million", "…/ e.g."), and
 * were glued onto the address (reviewfix21b).
 */
const BROKEN_URL = /((?:https?:\/\/|www\.)[^\s<>"]*[/\-_=?&#%]) (?=[\p{L}\d%][^\s<>"()]*[/_=?&#%]|[\p{L}\d][\w-]*\.[a-z]{2,5}[).,;:]*(?:\s|$))|((?:https?:\/\/|www\.)[^\s<>"]*%) (?=[\dA-Fa-f]{2})/gu;

/** Blocks with their web addresses broken at a line end made whole again (BROKEN_URL). */
export function joinBrokenUrls(blocks: Block[]): Block[] {
  const fix = (text: string): string => {
    if (!text.includes('://') && !text.includes('www.')) return text;
    // an address broken twice comes back whole after two passes
    for (let k = 0; k < 8; k++) {
      const joined = text.replace(BROKEN_URL, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '');
      if (joined === text) break;
      text = joined;
    }
    return text;
  };
  return blocks.map((b) => {
    const text = fix(b.text);
    const parts = b.parts?.map((p) => ({ ...p, text: fix(p.text) }));
    return text === b.text && (!b.parts || parts!.every((p, i) => p.text === b.parts![i].text)) ? b : { ...b, text, ...(parts ? { parts } : {}) };
  });
}

/** Pull quotes are recognised first, so that a paragraph they interrupt can be rejoined across them. */
export function repairBlocks(blocks: Block[]): Block[] {
  return linkFootnotes(joinBrokenUrls(dehyphenate(rejoinSplitParagraphs(markPullQuotes(dropControlCharacters(blocks))))));
}
