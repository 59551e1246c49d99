import { createHash } from 'node:crypto';

// Footnote marks travel inside text as private-use delimited tokens until the stage that
// links them to notes, so merging and splitting lines never loses where a mark stood.
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';
const MARK_RE = /\uE000([^\uE001]*)\uE001/g;

export function mark(n: string): string {
  return `${MARK_OPEN}${n}${MARK_CLOSE}`;
}

/** Removes mark tokens, returning the clean text and the marks in order. */
export function extractMarks(text: string): { text: string; marks: string[] } {
  const marks: string[] = [];
  const clean = text.replace(MARK_RE, (_m, n: string) => {
    marks.push(n);
    return '';
  });
  return { text: clean, marks };
}

export function stripMarks(text: string): string {
  return text.replace(MARK_RE, '');
}

/** Month names, lower case, January first (a date on a cover page, "(December 2016)"). */
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00A0]+/g, ' ').trim();
}

/** Lower case without accents, spacing collapsed: how a typed name or filter word is compared. */
export function foldForMatching(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Text in which NFKD makes no letter or digit and every letter or digit is ASCII (see lettersOnly). */
const PLAIN = /^[\s!-~\u2013\u2014\u2018\u2019\u201c\u201d]*$/;

/** Lower-case letters and digits only: the comparison key that ignores hyphenation, spacing and punctuation. */
export function lettersOnly(text: string): string {
  // Segmenting keys every passage by it: text of printable ASCII, spaces and the typographic
  // quotes and dashes (none of which NFKD makes a letter or digit) skips the normalisation and
  // the Unicode classes.
  if (PLAIN.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * fnv1a(lettersOnly(text)) without making the letters' string: on plain text (the PLAIN test
 * above) lower-casing changes only A–Z and every other character kept is a–z or 0–9, so the
 * hash can be taken over the text's own characters in one pass. The run keys every passage of
 * the build by it (indexer/same-work.ts), where lower-casing and stripping each text were
 * two passes and two strings a passage.
 */
export function lettersHash(text: string): number {
  if (!PLAIN.test(text)) return fnv1a(lettersOnly(text));
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) continue;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/** Every character Latin-1 (one byte each, in V8's terms). */
const LATIN1 = /^[\0-\xff]*$/;

/**
 * The same text held at one byte per character where it can be. V8 keeps a piece cut from a
 * text with any character past Latin-1 (a curly quote) at two bytes per character, and so
 * anything joined from such pieces: the analysed terms of most passages were, plain ASCII
 * though they are, so each file worker posted them at twice the size, and the run's process
 * read them back and handed them to SQLite (which converts them) at twice the size too. For
 * what is kept and reused (an analysis cache's entries), not for every string.
 */
export function oneByte(text: string): string {
  return LATIN1.test(text) ? Buffer.from(text, 'latin1').toString('latin1') : text;
}

/**
 * 32-bit FNV-1a of a string's UTF-16 code units: a cheap, stable hash for sampling and tables
 * in memory (not for anything an attacker chooses or that must not collide).
 */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function shortHash(data: string, length = 12): string {
  return sha256(data).slice(0, length);
}

/** Whether a character code is white space as `\s` has it (ECMAScript's WhiteSpace and LineTerminator); false for NaN (past a text's end). */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The runs of non-white-space characters (what `/\S+/g` matches), counted without making them:
 * segmenting and tagging count the words of every block, sentence and passage.
 */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * The text cut to at most `limit` UTF-16 units at a word's end: a word cut in two is searched as a
 * word nobody wrote and reported as found nowhere. Cut inside the word only when the text has no
 * space in the second half of the limit (one huge token); never inside a surrogate pair.
 */
export function cutAtWordEnd(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, splitsPair(text, limit) ? limit - 1 : limit);
  if (/\s/.test(text[cut.length] ?? '')) return cut.trimEnd();
  const space = cut.search(/\s\S*$/);
  return space > limit / 2 ? cut.slice(0, space).trimEnd() : cut;
}

/** Terminal punctuation that ends a sentence or a paragraph (closing quotes and brackets allowed after it). */
export function endsSentence(text: string): boolean {
  return /[.!?:;…]["”’')\]]*\s*$/.test(stripMarks(text).trimEnd());
}

export function startsLowercase(text: string): boolean {
  return /^[\s"“‘'(]*\p{Ll}/u.test(text);
}

/** Levenshtein distance with an early exit once `max` is exceeded (returns max + 1 then). */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * Whether a text is plain: printable ASCII, white space and the typographic quotes and dashes,
 * so that its letters and digits are a-z, A-Z and 0-9 and nothing in it folds or decomposes
 * into one. Most passages are; on them a pattern's ASCII form (asciiForm) gives the same matches.
 */
export const isPlain = (text: string): boolean => PLAIN.test(text);

const MARKED = /[\u00C0-\u024F\u1E00-\u1EFF]/g;
/**
 * A text with its accented Latin letters written without their marks ("aide-mémoire" →
 * "aide-memoire"), letter for letter, so that every offset into it is an offset into the text:
 * what a word means does not change with its accents, and cues are matched on this form.
 */
export function withoutMarks(text: string): string {
  return text.replace(MARKED, (c) => {
    const d = c.normalize('NFD');
    return /^[A-Za-z]\p{M}+$/u.test(d) ? d[0] : c;
  });
}

// no ASCII character is a combining mark: \p{M} is an empty range on plain text
const ASCII_CLASSES: Record<string, string> = { L: 'A-Za-z', Lu: 'A-Z', Ll: 'a-z', N: '0-9', M: '' };
const asciiForms = new WeakMap<RegExp, RegExp>();

/**
 * A Unicode pattern (flag u) as the same pattern without the flag, its letter and digit classes
 * (\p{L}, \p{Lu}, \p{Ll}, \p{N}) written as ASCII ranges: on plain text (isPlain) it matches
 * exactly where the original does, several times faster (V8 matches Unicode classes and
 * case-insensitive Unicode far more slowly than ASCII ranges). A pattern it cannot rewrite
 * (other properties, code point escapes) is returned as it is. The same object for the same
 * pattern: its lastIndex is the caller's, as with the original.
 */
export function asciiForm(re: RegExp): RegExp {
  let form = asciiForms.get(re);
  if (!form) {
    const source = re.unicode ? asciiSource(re.source) : undefined;
    try {
      form = source === undefined ? re : new RegExp(source, re.flags.replace('u', ''));
    } catch {
      form = re;
    }
    asciiForms.set(re, form);
  }
  return form;
}

/** The source of a Unicode pattern with its letter and digit classes as ASCII ranges, or undefined if it has other Unicode syntax. */
function asciiSource(source: string): string | undefined {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c >= '\ud800' && c <= '\udfff') return undefined;
    if (c === '\\') {
      const next = source[i + 1];
      if (next === 'p') {
        const m = /^\\p\{(\w+)\}/.exec(source.slice(i));
        const ascii = m && Object.hasOwn(ASCII_CLASSES, m[1]) ? ASCII_CLASSES[m[1]] : undefined;
        if (!m || ascii === undefined) return undefined;
        out += inClass ? ascii : `[${ascii}]`;
        i += m[0].length - 1;
        continue;
      }
      if (next === 'P' || (next === 'u' && source[i + 2] === '{')) return undefined;
      out += c + next;
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

/**
 * Every match of a global pattern in a text, as `text.matchAll(re)` gives them, run on the one
 * compiled pattern. matchAll runs on a copy of the pattern (a new RegExp), and a copy is compiled
 * again whenever V8 has dropped the pattern from its compilation cache, which a full garbage
 * collection does: in a file worker, where collections are frequent, the list pattern of
 * mentions.ts cost ~70–100 µs a passage through matchAll against ~15 through exec. The matches
 * are gathered before they are returned, so a caller that runs the same pattern again while it
 * reads them (findMentions calls itself) sees them all, as with matchAll's copy.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global pattern: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // as matchAll steps past an empty match: one code point on, or one code unit without the u flag
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = 0;
  return out;
}

function advance(text: string, at: number, unicode: boolean): number {
  return unicode && splitsPair(text, at + 1) ? at + 2 : at + 1;
}

/**
 * Whether a cut at `at` falls between the two code units of one character (a surrogate pair, as
 * every letter beyond the BMP is written): a cut there leaves half a character on each side, which
 * a page shows as a replacement mark and an engine reads as a word nobody wrote.
 */
export function splitsPair(text: string, at: number): boolean {
  return (text.charCodeAt(at - 1) & 0xfc00) === 0xd800 && (text.charCodeAt(at) & 0xfc00) === 0xdc00;
}

/** A string to match literally inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The matches of a global pattern that stand as whole words: neither neighbour is a letter or
 * digit. The tagger compiles hundreds of cue patterns; written with Unicode lookarounds,
 * `(?<![\p{L}\p{N}])…`, each compiles to so much native code that V8 soon stops compiling them
 * (its budget for regexp code) and interprets them, some 40 times slower. A plain pattern plus
 * this check costs almost nothing to compile.
 */
export function* wordMatches(re: RegExp, text: string): Generator<RegExpExecArray> {
  yield* boundedMatches(re, text, (before, after) => !(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after)));
}

/**
 * The matches of a global pattern that the boundary test accepts, given the characters just
 * before and after the match and the two after it. A rejected match lets the search go on from
 * its second character, as a lookaround in the pattern would.
 */
export function* boundedMatches(re: RegExp, text: string, ok: (before: string | undefined, after: string | undefined, next: string | undefined) => boolean): Generator<RegExpExecArray> {
  if (!re.global) throw new Error(`boundedMatches needs a global pattern: ${re}`);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] === '' || !ok(text[m.index - 1], text[end], text[end + 1])) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield m;
  }
}

/** The first whole-word match of any of the patterns, or undefined. */
export function firstWordMatch(res: RegExp[], text: string): string | undefined {
  for (const re of res) for (const m of wordMatches(re, text)) return m[0];
  return undefined;
}

/** The first `shown` items joined by commas, then how many more there are: "a, b, c and 4 more". */
export function firstFew(items: readonly string[], shown: number, moreNote = ''): string {
  return items.slice(0, shown).join(', ') + (items.length > shown ? ` and ${items.length - shown} more${moreNote}` : '');
}
