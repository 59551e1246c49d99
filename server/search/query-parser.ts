// Turns whatever a user typed into a structured query. Never throws: what cannot be read as
// syntax is read as words, and every such reading is reported as a warning.
//
// Syntax (lunr's, plus phrases): words; "quoted phrases" (also field:"phrase", "phrase"~N);
// +required -prohibited; field:term
// for title, author, section, text; wild*card; term~1 (fuzzy, edit distance 1–2); term^3 (boost);
// AND, OR, NOT in capitals as operators (lower-case "and", "or", "not" are words).

import { compatible, gluedNote, identifierOf, indexable, isStopWord, quoteIdentifiers, words } from '../../core/analysis.js';
import { cutAtWordEnd } from '../../core/text.js';
import { pairQuotes, singlePairsAsDouble } from './quote-pairs.js';

export type Presence = 'optional' | 'required' | 'prohibited';

export interface QueryTerm {
  text: string;
  /** the word as typed, case kept: "HRuF" or "IHL" is an acronym to leave alone, "ihl" a word */
  typed?: string;
  field?: string;
  presence: Presence;
  wildcard: boolean;
  fuzzy?: number;
  /** for a fuzzy term, the corpus words as written within its edit distance (the search service fills it in) */
  near?: readonly string[];
  boost?: number;
  /** where in the query it was typed (phrases' words are parsed first, but rank in the order typed) */
  at?: number;
  /** typed inside quotes: meant exactly as typed, never corrected */
  quoted?: boolean;
  /** a part of a document identifier (a UN symbol, a DOI: core/nlp/identifiers.ts), meaningless alone */
  identifier?: boolean;
}

export interface QueryPhrase {
  text: string;
  presence: 'required' | 'prohibited';
  /** the document identifier it is, as typed (core/nlp/identifiers.ts) */
  identifier?: string;
}

export interface ParsedQuery {
  raw: string;
  terms: QueryTerm[];
  phrases: QueryPhrase[];
  warnings: string[];
  /** the document identifiers the query asks for (not excluded, in no field), as the text writes them (core/nlp/identifiers.ts); absent when none */
  identifiers?: string[];
  /** the kind of answer a question asks for and the stems of the words such an answer uses (answer-types.ts), set by query understanding */
  answer?: { type: string; stems: string[]; words: string[] };
}

export const MAX_QUERY_LENGTH = 1000;

/** Said when nothing in the query explains why no word is left (control characters and the like): a search then browses. */
export const NO_WORDS_WARNING = 'The query has no words to search for; showing every passage.';
/** the largest boost a term may carry (term^100): more would let one word decide every ranking */
const MAX_BOOST = 100;
// as core/lunr-setup.ts's tokenizer: the typed words line up with `words`
const SEPARATOR = /[\s\-–—/()[\]]+/;
/** a quoted phrase's place among the tokens (see parseQuery) */
const PHRASE = '\u0000';

// the words of a text (core/analysis.ts): also what phrases are matched on, in the index and here
export { words };

/**
 * Stop words never reach an engine (core/analysis.ts isStopWord), so a query of nothing else, or
 * an acronym that is one when lower-cased (US, WHO, IS), would find nothing or lose that word
 * without a word said: the warning names the word and what to type instead.
 */
function stopWordWarnings(terms: readonly QueryTerm[], hasPhrase: boolean): string[] {
  const asked = terms.filter((t) => t.presence !== 'prohibited' && !t.wildcard);
  const common = asked.filter((t) => isStopWord(t.text));
  if (!common.length) return [];
  // each word once: "a a a …" (250 times within the 500 characters) had been named 250 times
  const distinct = (xs: string[]) => [...new Set(xs)];
  const shown = (ts: readonly QueryTerm[]) => distinct(ts.map((t) => `"${t.typed ?? t.text}"`));
  const acronyms = common.filter((t) => t.typed !== undefined && t.typed.length > 1 && /^[A-Z]+$/.test(t.typed));
  const searchesSomething = hasPhrase || terms.some((t) => t.wildcard && t.presence !== 'prohibited');
  if (common.length === asked.length && !searchesSomething && !acronyms.length) {
    const named = shown(common);
    const one = named.length === 1;
    return [`${named.join(', ')}: ${one ? 'too common a word' : 'words too common'} to be indexed; add a word that names the subject, or quote ${one ? 'it' : 'them'} with ${one ? 'its' : 'their'} neighbours as a phrase ("the hague").`];
  }
  const texts = distinct(acronyms.map((t) => `"${t.text}"`));
  return acronyms.length ? [`${shown(acronyms).join(', ')}: read as the common word${texts.length > 1 ? 's' : ''} ${texts.join(', ')}, which the index leaves out; write the name in full (United States, World Health Organization).`] : [];
}

// the quotation marks a phrase opens and closes with (parseQuery)
const QUOTE_MARKS = /["“”]/g;
const quoteCount = (text: string) => text.match(QUOTE_MARKS)?.length ?? 0;

/**
 * A word with a * that has letters after it, ended at that * ("civ*ians" → "civ*"), else
 * undefined. FTS5 has prefixes only, and lunr matched the rest against stems ("civ*ians" found
 * nothing there: no stem ends in "ians"; engine parity, suggest39): both engines search the
 * same prefix, the user is told so, and a query loosened offers the prefix.
 */
export const prefixOfStarInside = (word: string): string | undefined => /^(\*?[^*]+\*)[^*]*[\p{L}\p{N}]/u.exec(word)?.[1];

/** what closes a phrase opened by each mark, as typed */
const CLOSING: Record<string, string> = { '‘': '’', "'": "'" };

/**
 * A query cut to at most `limit` characters at a word's end (core/text.ts cutAtWordEnd). A cut
 * inside a quoted phrase closes the phrase where it falls: a quotation pasted to find its source
 * stays a phrase, its opening words, rather than becoming that many loose words that half the
 * library holds (review27: a 921-character quotation found 243 passages instead of its own). A
 * quote the user left open before the cut stays open. Single marks that pair around words are
 * counted as the phrase they make (quote-pairs.ts), and closed with the mark that opened them.
 */
export function cutQuery(text: string, limit: number): string {
  // the same length as the text: single marks read as quotes are `"`, apostrophes as typed
  const marks = singlePairsAsDouble(text);
  const cut = cutAtWordEnd(text, limit);
  if (quoteCount(marks.slice(0, cut.length)) % 2 === 0 || quoteCount(marks.slice(cut.length)) === 0) return cut;
  const room = cut.length < limit ? cut : cutAtWordEnd(text, limit - 1);
  const before = marks.slice(0, room.length);
  if (quoteCount(before) % 2 === 0) return room;
  const opened = text[before.search(/["“”][^"“”]*$/)];
  const closing = CLOSING[opened];
  if (!closing) return `${room}"`;
  // a single mark closes only after a word (quote-pairs.ts): the cut's trailing comma goes
  return `${room.replace(/[^\p{L}\p{M}\p{N}.!?]+$/u, '')}${closing}`;
}

export function parseQuery(input: string, fields: readonly string[]): ParsedQuery {
  const warnings: string[] = [];
  // eslint-disable-next-line no-control-regex
  let raw = input.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  if (raw.length > MAX_QUERY_LENGTH) {
    warnings.push(`The query was shortened to the words in its first ${MAX_QUERY_LENGTH} characters.`);
    raw = cutQuery(raw, MAX_QUERY_LENGTH);
  }
  const terms: QueryTerm[] = [];
  const phrases: QueryPhrase[] = [];
  const identifiers: string[] = [];

  // Phrases first. Doubled and nested marks are paired, the outermost pairs kept (quote-pairs.ts);
  // a mark without its pair is read as a space, its words as plain words.
  const paired = pairQuotes(raw);
  let rest = paired.text;
  if (paired.unclosed) warnings.push('A quotation mark is not closed: the words after it were searched as plain words.');
  if (paired.unopened) warnings.push('A closing quotation mark has no opening one: it was ignored.');
  // A document's identifier (a UN symbol, a DOI, an ISBN: core/nlp/identifiers.ts) is the run
  // of its parts, as a phrase is: quoted, it is matched in place on every engine, never
  // corrected, and marked whole.
  rest = quoteIdentifiers(rest);
  // A phrase is cut out and stands as one placeholder token (NUL, which input never holds: control
  // characters are blanked above) in its place, so that AND, NOT and OR take it as their operand
  // as they take a word: `NOT "public advocacy"` excludes the phrase, `"a b" AND Syria` needs both.
  const quoted: { words: string[]; sign: string; at: number; field?: string; near: boolean; identifier?: string }[] = [];
  // [+-]field:"phrase"~N as Lucene reads it: the field and the proximity are optional
  rest = rest.replace(/([+-]?)(?:(\p{L}+):)?["“]([^"“”]*)["”](~\d*)?/gu, (m: string, sign: string, fieldName: string | undefined, phrase: string, near: string | undefined, offset: number) => {
    const ws = words(phrase);
    // blanked to its length, so the words after it keep their places
    if (ws.length === 0) return ' '.repeat(m.length);
    let field: string | undefined;
    // a word before a colon that names no field stays a word of the query, as it does before a word
    let word = '';
    if (fieldName && fields.includes(fieldName.toLowerCase())) field = fieldName.toLowerCase();
    else if (fieldName) {
      warnings.push(`"${fieldName}:" is not a field (fields: ${fields.join(', ')}); read as text.`);
      word = `${sign === '-' ? '' : sign}${fieldName}`;
    }
    // "a b"~0 is the exact phrase, as Lucene reads it
    const identifier = !/\s/.test(phrase.trim()) ? identifierOf(phrase.trim()) : undefined;
    quoted.push({ words: ws, sign, at: offset + word.length, field, near: near !== undefined && !/^~0+$/.test(near), ...(identifier ? { identifier } : {}) });
    return `${word} ${PHRASE}`.padEnd(m.length, ' ');
  });

  const found = [...rest.matchAll(/\S+/g)];
  const tokens = found.map((m) => m[0]);
  // Lucene groups with brackets; the engines here take one presence per word, so say that an
  // operator reaches only its neighbour rather than answer "(a OR b) AND c" as "a OR (b AND c)"
  // (brackets around an abbreviation, "(UNSC) AND Syria", hold no operator and are left alone).
  if (/\([^()]*\b(?:AND|OR|NOT)\b[^()]*\)/.test(rest)) warnings.push('Brackets do not group words here: AND, OR and NOT apply to the word or phrase beside them.');
  // Operators set the presence of their neighbours, as Lucene reads them: a AND b is +a +b,
  // NOT b is -b, a OR b is the default.
  let pending: Presence | null = null;
  let lastTermsFrom = -1;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (token === 'AND' || token === 'OR' || token === 'NOT') {
      const operand = k + 1 < tokens.length && !/^(AND|OR|NOT)$/.test(tokens[k + 1]);
      if (!operand || (token !== 'NOT' && lastTermsFrom < 0)) {
        warnings.push(`"${token}" needs a word on ${token === 'NOT' ? 'its right' : 'each side'}; ignored.`);
        continue;
      }
      if (token === 'AND') {
        for (let i = lastTermsFrom; i < terms.length; i++) if (terms[i].presence === 'optional') terms[i].presence = 'required';
        pending = 'required';
      } else if (token === 'NOT') pending = 'prohibited';
      else {
        // a phrase is always required: "a b" OR "c d" cannot ask for either one
        if (tokens[k - 1] === PHRASE || tokens[k + 1] === PHRASE) warnings.push('"OR" beside a quoted phrase: a quoted phrase is always required; OR does not make it optional.');
        pending = null;
      }
      continue;
    }
    if (token === PHRASE) {
      const { words: ws, sign, at, field, near, identifier: asked } = quoted.shift()!;
      const prohibited = sign === '-' || (sign !== '+' && pending === 'prohibited');
      if (asked && !prohibited && !field) identifiers.push(asked);
      const identifier = ws.length > 1 ? asked : undefined;
      pending = null;
      lastTermsFrom = terms.length;
      // Phrases are matched in a passage's text. In a title, section or author field, or with a
      // proximity ("a b"~3), its words are required together instead, and the proximity rule
      // ranks them close: a short field holding all of them is nearly always the phrase.
      const inPlace = !near && (field === undefined || field === 'text');
      if (prohibited && ws.length > 1 && !inPlace) {
        warnings.push(`"${ws.join(' ')}": only an exact phrase in the text can be excluded; ignored.`);
        continue;
      }
      // A word in quotes is searched as typed, and a `*` as typed is no wildcard (fuzz30: a
      // quoted "*" had walked the whole dictionary): say so, rather than find nothing in silence
      // (review35: "humanitarian negotiat*" found 0 passages on both engines and said nothing).
      const starred = ws.filter((w) => w.includes('*') && /[\p{L}\p{N}]/u.test(w));
      if (starred.length) warnings.push(`"${starred.join(' ')}": a * inside quotation marks is searched as typed, not as a wildcard; type the word without the marks for one.`);
      if (ws.length > 1 && inPlace) phrases.push({ text: ws.join(' '), presence: prohibited ? 'prohibited' : 'required', ...(identifier ? { identifier } : {}) });
      // A phrase's words must also be present, so the engine narrows the candidates; a
      // prohibited phrase only filters (its words alone may well be wanted).
      const inField = field && field !== 'text' ? { field } : {};
      if (prohibited && ws.length === 1) terms.push({ text: ws[0], presence: 'prohibited', wildcard: false, at, quoted: true, ...inField });
      else if (!prohibited) ws.forEach((w, i) => terms.push({ text: w, presence: 'required', wildcard: false, at: at + i / 100, quoted: true, ...inField, ...(identifier ? { identifier: true } : {}) }));
      continue;
    }
    let t = token;
    let presence: Presence = pending ?? 'optional';
    pending = null;
    lastTermsFrom = terms.length;
    if (/^[+-]/.test(t)) {
      presence = t[0] === '+' ? 'required' : 'prohibited';
      t = t.slice(1);
    }
    let boost: number | undefined;
    const boostMatch = /\^(\d*(?:\.\d+)?)$/.exec(t);
    if (boostMatch) {
      const b = Number(boostMatch[1]);
      if (boostMatch[1] && b > 0 && b <= MAX_BOOST) boost = b;
      else if (b > MAX_BOOST) {
        boost = MAX_BOOST;
        warnings.push(`"${token}": a boost goes up to ${MAX_BOOST}; used ^${MAX_BOOST}.`);
      } else warnings.push(`"${token}": a boost needs a number (term^2); searched without one.`);
      t = t.slice(0, boostMatch.index);
    }
    let fuzzy: number | undefined;
    const fuzzyMatch = /~(\d*)$/.exec(t);
    if (fuzzyMatch) {
      const f = fuzzyMatch[1] === '' ? 1 : Number(fuzzyMatch[1]);
      fuzzy = Math.min(2, Math.max(1, f));
      if (f > 2) warnings.push(`"${token}": fuzzy matching goes up to ~2; used ~2.`);
      t = t.slice(0, fuzzyMatch.index);
    }
    let field: string | undefined;
    const fieldMatch = /^([^:]+):(.*)$/.exec(t);
    if (fieldMatch) {
      if (fields.includes(fieldMatch[1].toLowerCase())) {
        field = fieldMatch[1].toLowerCase();
        t = fieldMatch[2];
      } else {
        warnings.push(`"${fieldMatch[1]}:" is not a field (fields: ${fields.join(', ')}); read as text.`);
        t = t.replace(/:/g, ' ');
      }
    }
    const ws = words(t);
    // split as `words` splits, once compatibility-folded: "（" is a bracket, so the typed words line up with the words
    const typed = compatible(t).split(SEPARATOR).map((w) => w.replace(/^[^\p{L}\p{N}*]+|[^\p{L}\p{N}\p{M}*]+$/gu, '')).filter(Boolean).flatMap((w) => gluedNote(w, true) ?? [w]);
    if (ws.length === 0) {
      if (token.trim()) warnings.push(`"${token}" has no words to search for and was ignored.`);
      continue;
    }
    for (const [i, w] of ws.entries()) {
      const starred = w.includes('*') ? w.replace(/\*+/g, '*') : w;
      // A * before a word: FTS5 indexes words by their beginnings only, and lunr matched the rest
      // against stems ("*civ*" 110 passages there, 0 on FTS5; "*tection" nothing on either,
      // silently: review39). Both engines search what follows the *, and the user is told so. The
      // marks between the star and the word go with it, as the index drops them before a word:
      // kept, ".civilians" found 0 passages on lunr and 97 on FTS5 (review41).
      const unled = /^\*[^\p{L}\p{N}]*[\p{L}\p{N}]/u.test(starred) ? starred.replace(/^\*[^\p{L}\p{N}]*/u, '') : starred;
      const prefix = prefixOfStarInside(unled);
      const text = prefix ?? unled;
      if (text !== starred) {
        const why = unled === starred ? 'a * inside a word ends it as a prefix' : prefix ? 'a * before a word is not searched, and one inside it ends it as a prefix' : 'a * before a word is not searched (words are matched from their beginning)';
        warnings.push(`"${typed[i] ?? starred}": ${why}; searched as ${text}.`);
      }
      const wildcard = text.includes('*');
      if (text === '*') {
        // the star alone: a word split from it ("*-civilians") is still searched
        warnings.push(`"${typed[i] ?? text}": a wildcard needs some letters (protect*); ignored.`);
        continue;
      }
      if (!indexable(text.replace(/\*/g, ''))) {
        warnings.push(`"${w}": only words in Latin letters and digits are indexed; not searched.`);
        continue;
      }
      terms.push({ text, typed: typed[i], field, presence, wildcard, fuzzy: wildcard ? undefined : fuzzy, boost, at: (found[k].index ?? 0) + i / 100 });
    }
  }
  warnings.push(...stopWordWarnings(terms, phrases.length > 0));
  // control characters and the like tokenise to nothing: say so rather than browse in silence
  if (!terms.length && !phrases.length && !warnings.length && /\S/u.test(input)) warnings.push(NO_WORDS_WARNING);
  return { raw, terms, phrases, warnings, ...(identifiers.length ? { identifiers } : {}) };
}
