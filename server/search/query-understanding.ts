// What a user meant, before the engine sees the query. Each rule here is a pure function of
// the parsed query and the corpus's own words, so it works the same for every engine:
// - a question's scaffolding ("what", "does", "tell me about") is not searched for;
// - a word is corrected only when it is safe: never a stop word, an acronym as typed, a word
//   the corpus knows, a word of English it lacks ("stick" is not a typo of "sick") or a word of a
//   name the taxonomy knows or expands, and only to a word that finds passages;
// - British and American spellings (-ise/-ize, -our/-or, -re/-er) find each other;
// - a prefix matches the words the user typed it for, not the stems the index holds;
// - a query that finds little is offered the words the corpus uses alike (build-terms.ts).
import type { ParsedQuery, QueryTerm } from './query-parser.js';
import { spellingVariants } from '../../core/nlp/spelling.js';
import { foldWord } from '../../core/nlp/fold.js';
import { derivedForms } from '../../core/nlp/derivation.js';
import { isFunctionWord } from '../../core/nlp/function-words.js';
import { damerauLevenshtein } from '../../core/edit-distance.js';
import { fingerSlip } from '../../core/nlp/keyboard.js';
import { isRomanceOpener, isRomanceQuestion, isRomanceScaffolding, romanceLanguageOf } from './romance-questions.js';
import { stanceSubjects } from './stance-words.js';

export { spellingVariants };

/** Openers that ask: the question words and the auxiliaries a question opens with. */
const ASKING_OPENERS = ['what', 'why', 'how', 'who', 'whom', 'which', 'when', 'where', 'whose', 'does', 'do', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'should', 'would', 'will', 'has', 'have', 'had'] as const;

/** The constants of query understanding in one place, so they can be measured and changed together. */
export const UNDERSTANDING = {
  /** first words that make a query a question even without a question mark */
  questionOpeners: [...ASKING_OPENERS, 'tell', 'explain', 'describe', 'list', 'give', 'show', 'find'],
  /**
   * Words that frame a question without saying what it is about. Only dropped from questions,
   * and never when they are all the question has.
   */
  scaffolding: [
    'what', 'why', 'how', 'who', 'whom', 'which', 'when', 'where', 'whose', 'whether',
    'do', 'does', 'did', 'doing', 'done', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am',
    'can', 'could', 'should', 'would', 'will', 'shall', 'may', 'might', 'must', 'has', 'have', 'had',
    'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'about', 'from', 'into', 'as',
    'and', 'or', 'it', 'its', 'this', 'that', 'these', 'those', 'there', 'their', 'they', 'them',
    'i', 'me', 'my', 'we', 'our', 'you', 'your',
    'tell', 'explain', 'describe', 'list', 'give', 'show', 'find', 'know', 'mean', 'means', 'meant',
    'say', 'says', 'said', 'think', 'thinks', 'play', 'plays', 'happen', 'happens', 'happened',
    'way', 'ways', 'kind', 'kinds', 'sort', 'sorts', 'type', 'types', 'example', 'examples',
    'some', 'any', 'much', 'many', 'main', 'key', 'important', 'according', 'authors', 'author', 'paper', 'note', 'notes',
    'please', 'documents', 'document', 'passages', 'passage', 'literature',
  ],
  /**
   * Words with which a question names the kind of answer it wants ("what *role* can donors
   * play", "the *difference between* human and state security", "what *challenges* …"), not
   * what it is about: passages rarely use them where they answer. Dropped from questions like
   * the scaffolding, and never when they are all the question has. Words that are also the
   * field's own vocabulary (needs, use, impact, effect, affected, new, situation) are not here:
   * "what are humanitarian needs?" is about needs.
   */
  answerWords: [
    'role', 'roles', 'challenge', 'challenges', 'issue', 'issues', 'problem', 'problems', 'factor', 'factors',
    'approach', 'approaches', 'relationship', 'relationships', 'difference', 'differences', 'between',
    'aspect', 'aspects', 'purpose', 'reason', 'reasons', 'view', 'views', 'consider', 'considered',
    'look', 'looks', 'like', 'often', 'usually', 'really', 'actually', 'also', 'more', 'other', 'others',
    'make', 'makes', 'get', 'gets', 'take', 'takes', 'see', 'seen', 'understand',
    'become', 'becomes', 'became', 'come', 'comes', 'came', 'start', 'started', 'begin', 'began',
    'now', 'nowadays', 'today', 'currently', 'so', 'idea', 'ideas', 'exactly', 'generally', 'typically',
    // only when the question says whose stance it asks for (stance-words.ts)
    'position', 'positions', 'stance', 'stances', 'attitude', 'attitudes',
  ],
  /** a compound (two words written as one) has at least this many letters */
  minCompound: 6,
  /** each of the two words a dropped space joined has at least this many letters ("of", "un") */
  minSpacedPart: 2,
  /** the corpus word beside a stop word in a dropped space ("ofcivilians") has at least this many letters */
  minSpacedWord: 4,
  /** a correction must be a word found in at least this many places in the corpus */
  minCorrectionCount: 1,
  /** a prefix shorter than this is searched as typed */
  minPrefix: 3,
  /** a query finding fewer passages than this is offered related words */
  thinQuery: 5,
  /** related words offered at most */
  relatedWords: 6,
} as const;

const OPENERS = new Set<string>(UNDERSTANDING.questionOpeners);
/**
 * The openers that ask, without the imperatives ("find", "show", "list"): an imperative opens a
 * command to search ("find advocacy not Syria"), and opens no name; a question word or an
 * auxiliary never starts or continues a name (review16 c, 3 and 9).
 */
export const ASKING_WORDS: ReadonlySet<string> = new Set<string>(ASKING_OPENERS);
const SCAFFOLDING = new Set<string>([...UNDERSTANDING.scaffolding, ...UNDERSTANDING.answerWords]);

const plain = (t: QueryTerm) => t.presence === 'optional' && !t.field && !t.wildcard && !t.fuzzy && !t.boost;

/** "can't", "won't", "shan't": the auxiliary whose negation is spelt without its last letters. */
const CLIPPED_AUXILIARY: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };

/**
 * Whether a word frames a question: scaffolding, or the negation of a scaffolding auxiliary
 * ("don't", "doesn't", "isn't", "can't"), which frames it the same way ("why don't human rights
 * groups take part …" asks what "why do …" asks).
 */
function isScaffolding(word: string): boolean {
  if (SCAFFOLDING.has(word)) return true;
  const negated = /^(\p{L}+)n['’]t$/u.exec(word);
  return !!negated && SCAFFOLDING.has(CLIPPED_AUXILIARY[negated[1]] ?? negated[1]);
}

/** A question in plain English: ends with "?" or opens with a question word. */
export function isQuestion(parsed: ParsedQuery): boolean {
  if (/\?\s*$/.test(parsed.raw)) return true;
  const first = parsed.terms[0];
  return parsed.phrases.length === 0 && parsed.terms.length >= 3 && !!first && plain(first) && OPENERS.has(first.text);
}

/** "I", "I'm", "I've": capitalised because English writes the pronoun so, not because it names anything. */
const PRONOUN_I = /^I(?:['’]\p{L}+)?$/u;
/** Small words inside a name ("Now or Never", "Friends of the Earth"), which a capitalised run may span. */
const NAME_LINKS = new Set(['of', 'or', 'and', 'the', 'for', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le', 'al']);

/**
 * The terms typed as words of a name ("how does the *Start* Fund work?", "what was the *Now* or
 * Never campaign?"): a word typed capitalised where no sentence starts, or one at a sentence's
 * start that opens a run of capitalised words ("Start Fund: how does it work?"; a question word
 * opens no run, "What of the …" being a question). Case says nothing in a query typed all in
 * capitals or with every word capitalised, and nothing of "I".
 */
export function nameTerms(parsed: ParsedQuery): Set<QueryTerm> {
  const typed = parsed.terms
    .filter((t): t is QueryTerm & { typed: string; at: number } => t.typed !== undefined && t.at !== undefined && /\p{L}/u.test(t.typed))
    .sort((a, b) => a.at - b.at);
  const capital = (t: { typed: string }) => /^\p{Lu}/u.test(t.typed) && !PRONOUN_I.test(t.typed);
  const names = new Set<QueryTerm>();
  if (typed.every((t) => capital(t) || PRONOUN_I.test(t.typed))) return names;
  // a word split off a hyphenated token ("Start-Fund") is not where a sentence starts
  const startsSentence = (at: number) =>
    Number.isInteger(at) && /(?:^|[.?!:;])[\s"“”'‘’([+-]*$/u.test(parsed.raw.slice(0, at));
  // "What Does the UN say", "when Should peacekeepers…": a question word or auxiliary typed
  // capitalised is the question's, not a name's; one typed in capitals ("WHO") may be an acronym
  const asking = (t: { typed: string; text: string }) => ASKING_WORDS.has(t.text) && !/^\p{Lu}{2,}$/u.test(t.typed);
  typed.forEach((t, i) => {
    if (!capital(t) || asking(t)) return;
    if (!startsSentence(t.at)) {
      names.add(t);
      return;
    }
    if (OPENERS.has(t.text) || isRomanceOpener(t.text)) return;
    // the run: the next capitalised word, past at most two small linking words
    for (let j = i + 1; j < typed.length && j <= i + 3; j++) {
      if (startsSentence(typed[j].at)) return;
      if (capital(typed[j]) && !asking(typed[j])) {
        names.add(t);
        return;
      }
      if (!NAME_LINKS.has(typed[j].text)) return;
    }
  });
  return names;
}

/**
 * The particles of the question's framing verbs: a preposition or adverb typed right after a
 * verb dropped as framing belongs to that verb ("who came *up* with", "what did they come *out*
 * with", "how did it get *through*"), a phrasal verb of the frame, not a word of what is asked.
 * Left in, "up" matched every "bottom-up" and "set up" (search22). Only a function word
 * (isFunctionWord) right after a dropped word that is not one itself: "role *of* donors" drops
 * "of" as scaffolding already, and "the fight *against* impunity" keeps its preposition's noun.
 */
function phrasalParticles(terms: readonly QueryTerm[], kept: readonly QueryTerm[], names: ReadonlySet<QueryTerm>): Set<QueryTerm> {
  const typed = [...terms].sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
  const out = new Set<QueryTerm>();
  typed.forEach((t, i) => {
    const verb = typed[i - 1];
    if (!verb || kept.includes(verb) || isFunctionWord(verb.text) || !kept.includes(t) || names.has(t) || !plain(t)) return;
    if (isFunctionWord(t.text)) out.add(t);
  });
  return out;
}

/**
 * Drops a question's scaffolding from its terms (in place) and returns the words dropped. The
 * content words, the words of a name typed capitalised (nameTerms) and any quoted phrase stay;
 * a question made only of scaffolding is left whole.
 */
export function dropScaffolding(parsed: ParsedQuery): string[] {
  // a French or Spanish question has its own framing words ("quelles sont les …": romance-questions.ts)
  const lang = romanceLanguageOf(parsed);
  if (lang ? !isRomanceQuestion(parsed, lang) : !isQuestion(parsed)) return [];
  const subjects = lang ? new Set<QueryTerm>() : stanceSubjects(parsed, isScaffolding);
  const framing = lang ? (t: QueryTerm) => isRomanceScaffolding(t, lang) : (t: QueryTerm) => isScaffolding(t.text) && !subjects.has(t);
  const names = nameTerms(parsed);
  const framed = parsed.terms.filter((t) => names.has(t) || !(plain(t) && framing(t)));
  const particles = lang ? new Set<QueryTerm>() : phrasalParticles(parsed.terms, framed, names);
  const keep = framed.filter((t) => !particles.has(t));
  if (!keep.some((t) => t.presence !== 'prohibited')) return [];
  const dropped = parsed.terms.filter((t) => !keep.includes(t)).map((t) => t.text);
  parsed.terms = keep;
  return dropped;
}

/**
 * "HRuF", "IHL", "UNAMA", "PoC", "NGOs": typed mostly in capitals, so a name, not a typo. A
 * word in camel case ("InterActino") is a name typed with a slip, which may be corrected.
 */
export function typedAsAcronym(t: QueryTerm): boolean {
  if (!t.typed || !/\p{Lu}/u.test(t.typed.slice(1))) return false;
  const letters = t.typed.replace(/[^\p{L}]/gu, '');
  return letters.replace(/[^\p{Lu}]/gu, '').length * 2 >= letters.length;
}

export interface CorrectionContext {
  isStopWord(word: string): boolean;
  /** the engine holds the word (after its own normalisation) */
  knows(word: string): boolean;
  /** a word of English, meant as typed even where the corpus lacks it (core/english-words.ts) */
  isWord(word: string): boolean;
  /** a word of the library's other languages (French, Spanish: foreign-words.ts), meant as typed as an English word is */
  isForeign?(word: string): boolean;
  /** the taxonomy expands the word (an acronym or a synonym key) or names something with it (a place, an actor) */
  expands(word: string): boolean;
  /** the closest corpus word, or null */
  closest(word: string): string | null;
  /** how often the corpus uses a word */
  count(word: string): number;
  /** how many passages the engine finds for the word as typed (asked only before a correction is made) */
  hits?(word: string): number;
  /** a word's index term (core/analysis.ts stem) */
  stem?(word: string): string;
  /**
   * the most edits a correction may make: one in a French or Spanish query, whose words the
   * English word list cannot vouch for ("effets" is no slip of "efforts")
   */
  maxEdits?: number;
  /** the acronyms the corpus spells out (or the field's list knows) one edit from a word, which the index holds */
  acronymsNear?(word: string): string[];
  /** how many passages hold two words side by side (asked only of a word the corpus lacks, to find a dropped space) */
  sideBySide?(a: string, b: string): number;
}

/** A dropped space found (droppedSpace): the two words, how much the corpus has of them, and whether it writes them side by side. */
export interface DroppedSpace {
  words: string;
  found: number;
  /** the corpus writes the two words side by side (else each is a corpus word, `found` the rarer's count) */
  sideBySide: boolean;
}

/** Whether the typed word changes case between `i - 1` and `i` ("Rohingya|Myanmar", "IHL|compliance", "OCHA|Emergency"). */
function caseChangeAt(typed: string, i: number): boolean {
  const up = (k: number) => /\p{Lu}/u.test(typed[k] ?? '');
  const low = (k: number) => /\p{Ll}/u.test(typed[k] ?? '');
  return (low(i - 1) && up(i)) || (up(i - 2) && up(i - 1) && low(i)) || (up(i - 1) && up(i) && low(i + 1));
}

/**
 * A word typed with the space between two words dropped ("humanitarianaccess", "ofcivilians",
 * "RohingyaMyanmar"): its split into two corpus words, best first by what the corpus says of it.
 * Each part has UNDERSTANDING.minSpacedPart letters or more. Best is a split the corpus writes
 * side by side, in the most passages; then one into two corpus words it writes apart, each of
 * UNDERSTANDING.minSpacedWord letters or more or split where the typed case changes, the rarer
 * part most used; then a stop word beside a corpus word of minSpacedWord letters or more (a stop
 * word is no index term, so the corpus cannot say where it stands). A compound the corpus
 * hyphenates ("counter-terrorism" for "counterterrorism") is no dropped space: the compound
 * expansion finds it as the corpus writes it.
 */
export function droppedSpace(word: string, ctx: Pick<CorrectionContext, 'count' | 'sideBySide' | 'isStopWord'>, typed = word): DroppedSpace | null {
  const min = UNDERSTANDING.minSpacedPart;
  const long = UNDERSTANDING.minSpacedWord;
  if (!ctx.sideBySide || word.length < 2 * min || /[^\p{L}]/u.test(word)) return null;
  let beside: DroppedSpace | null = null;
  let apart: DroppedSpace | null = null;
  let withStop: DroppedSpace | null = null;
  const better = (x: DroppedSpace | null, found: number) => !x || found > x.found;
  for (let i = min; i <= word.length - min; i++) {
    const [a, b] = [word.slice(0, i), word.slice(i)];
    const words = `${a} ${b}`;
    if (ctx.count(`${a}-${b}`) > 0) return null;
    const [stopA, stopB] = [ctx.isStopWord(a), ctx.isStopWord(b)];
    if (stopA !== stopB) {
      const other = stopA ? b : a;
      const n = other.length >= long ? ctx.count(other) : 0;
      if (n > 0 && better(withStop, n)) withStop = { words, found: n, sideBySide: false };
      continue;
    }
    if (stopA || ctx.count(a) === 0 || ctx.count(b) === 0) continue;
    const found = ctx.sideBySide(a, b);
    if (found > 0) {
      if (better(beside, found)) beside = { words, found, sideBySide: true };
      continue;
    }
    const n = Math.min(ctx.count(a), ctx.count(b));
    if ((Math.min(a.length, b.length) >= long || caseChangeAt(typed, i)) && better(apart, n)) apart = { words, found: n, sideBySide: false };
  }
  return beside ?? apart ?? withStop;
}

/**
 * French nouns in -al and -ail make their plural in -aux ("hôpital", "hôpitaux"; "travail",
 * "travaux"), which no stemmer here joins: the plural the corpus holds is the word meant, not the
 * English word one letter off ("hopital" is not "hospital").
 */
export function frenchPlural(word: string): string | null {
  const w = foldWord(word.toLowerCase());
  return /(?:al|ail)$/.test(w) && w.length >= 5 ? w.replace(/(?:al|ail)$/, 'aux') : null;
}

/**
 * The correction for one term, or null when the term must be searched as typed.
 *
 * A slip the index knows through its stem ("goups": the stem "goup" of a slip written elsewhere
 * in a large library) finds those few passages, not what was meant. So a word the corpus never
 * writes as typed, that is no word of English, no acronym and no name the taxonomy knows, is
 * corrected when the correction finds clearly more (CORRECTION.clearlyMore times the passages
 * the typed word finds) and is not another form of the same stem (which finds the same passages).
 */
export function correctionFor(t: QueryTerm, ctx: CorrectionContext): string | null {
  // a quoted word is meant as typed, as a search engine's quotes say
  if (t.presence === 'prohibited' || t.wildcard || t.fuzzy || t.quoted || t.field === 'author') return null;
  if (/\d/.test(t.text) || ctx.isStopWord(t.text) || ctx.expands(t.text)) return null;
  if (typedAsAcronym(t)) return acronymFix(t, ctx) ?? spacedInCapitals(t, ctx);
  // A word of the corpus's own vocabulary, accents as typed or folded ("accès", "acces"), is no
  // typo, however rarely written: in a 100k library most of the words written 1–3 times are
  // names ("nyiba", 3, is no slip of "nyina"), and a slip seldom lands on one (search20).
  if (ctx.count(t.text) > 0 || ctx.count(foldWord(t.text)) > 0) return null;
  // A British or American spelling the corpus uses is not a typo of something else.
  if (spellingVariants(t.text).some((v) => ctx.knows(v))) return null;
  if (ctx.isWord(t.text)) return null;
  const plural = frenchPlural(t.text);
  // (the vocabulary counts words as written, "hôpitaux": the engine's folded term says it is there)
  if (plural && ctx.knows(plural)) return plural;
  // A French or Spanish word is meant as typed, as an English one is, though the query be too
  // short to say its language ("personnes" is no slip of "personnel", "violencia" none of "violence").
  if (ctx.isForeign?.(t.text)) return null;
  const fix = closestFix(t, ctx);
  // A dropped space is one edit (a space typed): it is taken before a word two edits away, and
  // before a word one edit away that the corpus writes less often than the two words side by side.
  // A split the corpus does not write side by side is taken only where no word is one edit away.
  // Only in English: a French or Spanish word's parts are not vouched for by the English word list.
  const spaced = ctx.maxEdits === undefined ? droppedSpace(t.text, ctx, t.typed) : null;
  const oneEdit = !!fix && damerauLevenshtein(t.text, fix, 1) <= 1;
  if (spaced && (!oneEdit || (spaced.sideBySide && ctx.count(fix ?? '') < spaced.found)) && findsClearlyMore(t, spaced, ctx)) return spaced.words;
  return fix;
}

/** Whether a dropped space put back finds clearly more than the word as typed (CORRECTION.clearlyMore times its passages, or it finds none). */
function findsClearlyMore(t: QueryTerm, spaced: DroppedSpace, ctx: CorrectionContext): boolean {
  const found = ctx.hits?.(t.text) ?? 0;
  return found === 0 || spaced.found >= CORRECTION.clearlyMore * found;
}

/**
 * A word typed in capitals with the space between two words dropped ("HUMANITARIANACCESS",
 * "OFCIVILIANS", "UNHCRcamps"): it reads as an acronym (typedAsAcronym), and is one to acronymFix, which finds none near it. Its
 * split is taken as in lower case (droppedSpace, the same tiers), where the letters as typed find
 * nothing the corpus holds: a string of initials the corpus lacks seldom splits into two corpus
 * words (none of 191 capitalised words of 5–12 letters from the 4k bench corpus did against the
 * bundled library, typo-robustness's build; measurements.md, lang27).
 */
function spacedInCapitals(t: QueryTerm, ctx: CorrectionContext): string | null {
  if (ctx.maxEdits !== undefined || ctx.count(t.text) > 0 || ctx.knows(t.text)) return null;
  const spaced = droppedSpace(t.text, ctx, t.typed);
  return spaced && findsClearlyMore(t, spaced, ctx) ? spaced.words : null;
}

/**
 * An acronym typed with a letter doubled, dropped or swapped ("OHCHHR", "UNMA" for "UNAMA"): the
 * corpus acronym one edit away that a typing finger's slip (core/nlp/keyboard.ts) explains, when
 * it is the only one and the letters as typed find nothing. Otherwise an acronym is meant as typed
 * (issue 14): one the index holds or the taxonomy expands (correctionFor's gate), one that finds
 * something, one whose initials a corpus name has ("HRuF", an `expands` of the caller's), one with
 * two acronyms as near that a slip does not tell apart ("UNMIS": UNMISS and UNMIL), where a choice
 * would be a guess, and one whose only near acronym no slip explains. That last holds even with a
 * single candidate: the acronyms of a field are dense, so most real ones the corpus lacks are one
 * edit from some corpus acronym by a far key or a letter struck away from its neighbours ("IMF"
 * would become ISF, "LRA" HRA, "GDP" IDP, "IPCC" ICC), and those are other names, not slips. For
 * the same reason a letter replaced, even by its neighbouring key's, is no slip here: it leaves a
 * string of initials as plausible as the one it would become ("UNEP", the UN Environment
 * Programme, is one key from UNDP; "UNO" from HNO), where a doubled, dropped or swapped letter
 * leaves one no name has.
 */
function acronymFix(t: QueryTerm, ctx: CorrectionContext): string | null {
  if (!ctx.acronymsNear || t.text.length < 3 || ctx.count(t.text) > 0 || ctx.knows(t.text) || (ctx.hits?.(t.text) ?? 0) > 0) return null;
  const letters = (w: string) => [...w].sort().join('');
  const replaced = (c: string) => c.length === t.text.length && letters(c) !== letters(t.text);
  const slips = ctx.acronymsNear(t.text).filter((c) => c !== t.text && fingerSlip(t.text, c));
  return slips.length === 1 && !replaced(slips[0]) ? slips[0] : null;
}

/** The closest corpus word as a correction, where it is a safe one (correctionFor's last steps), or null. */
function closestFix(t: QueryTerm, ctx: CorrectionContext): string | null {
  const fix = ctx.closest(t.text);
  // a slip of a question word ("waht") is corrected to the question word it meant, which the
  // index leaves out; no other stop word is a correction ("themic" is no slip of "their")
  if (!fix || !(ctx.knows(fix) || ASKING_WORDS.has(fix)) || ctx.count(fix) < UNDERSTANDING.minCorrectionCount) return null;
  if (ctx.maxEdits !== undefined && damerauLevenshtein(foldWord(t.text), foldWord(fix), ctx.maxEdits) > ctx.maxEdits) return null;
  if (ctx.stem && ctx.stem(fix) === ctx.stem(t.text)) return null;
  // what the engine finds for the word as typed is replaced only by clearly more
  const found = ctx.hits?.(t.text) ?? 0;
  if (found > 0 && ctx.count(fix) < CORRECTION.clearlyMore * found) return null;
  return fix;
}

/** When a word the index knows through its stem is corrected all the same. */
export const CORRECTION = {
  /** a correction replaces a word that finds something only when it is used this many times as often as the word's passages */
  clearlyMore: 20,
} as const;

/**
 * Two words typed apart that the corpus writes as one word ("cease fire", "peace-building",
 * "co-operation" → "ceasefire", "peacebuilding", "cooperation"), or null.
 */
export function joinedCompound(a: string, b: string, knows: (w: string) => boolean, isStop: (w: string) => boolean): string | null {
  const joined = a + b;
  if (isStop(a) || isStop(b) || /\d/.test(joined) || joined.length < UNDERSTANDING.minCompound) return null;
  return knows(joined) ? joined : null;
}

/**
 * A word typed as one that splits into two corpus words ("counterterrorism" → "counter
 * terrorism"), each part four letters or more and no stop word: every such split, the longer
 * first part first. Whether the corpus writes the two together is for the caller to ask.
 */
export function compoundSplits(word: string, knows: (w: string) => boolean, isStop: (w: string) => boolean): string[] {
  const PART = 4;
  if (word.length < UNDERSTANDING.minCompound + 2 || /\d/.test(word)) return [];
  const out: string[] = [];
  for (let i = word.length - PART; i >= PART; i--) {
    const [a, b] = [word.slice(0, i), word.slice(i)];
    if (!isStop(a) && !isStop(b) && knows(a) && knows(b)) out.push(`${a} ${b}`);
  }
  return out;
}


/**
 * The index holds stems, so "negotiat*" matches no stem ("negoti"). A prefix is widened to the
 * common start of the stems of the corpus words it was typed for: what the user meant by it.
 */
export function prefixForIndex(prefix: string, wordsWithPrefix: string[], stem: (w: string) => string): string {
  if (prefix.length < UNDERSTANDING.minPrefix || wordsWithPrefix.length === 0) return prefix;
  let common = prefix;
  for (const w of wordsWithPrefix) {
    const s = stem(w);
    let i = 0;
    while (i < common.length && i < s.length && common[i] === s[i]) i++;
    common = common.slice(0, i);
  }
  return common.length >= UNDERSTANDING.minPrefix ? common : prefix;
}

export interface RelatedContext {
  /** the words the corpus uses alike, per word (terms.json) */
  related(word: string): string[] | undefined;
  /** corpus words that start so, most frequent first */
  withPrefix(prefix: string, limit: number): string[];
  isStopWord(word: string): boolean;
  /** a word's index term (core/analysis.ts stem) */
  stem(word: string): string;
  /** whether a word is a word of English: such a word borrows only from forms of its own root */
  isWord?(word: string): boolean;
}

/**
 * Derivational endings a word's stem may carry beyond its root: "clearance", "clearly" and
 * "clearer" are all "clear", "silence" and "silent" one family. One ending is taken off.
 * (Porter's forms: "clearanc", "clearli". Only endings of one family: -al or -ic would send
 * "internal" to "international"'s root.)
 */
const ROOT_ENDINGS = /(?:anci|enci|anc|enc|ant|ent|est|li|er)$/;

/** A word's root: its stem without one derivational ending, kept only when three letters or more remain. */
export function wordRoot(word: string, stem: (w: string) => string): string {
  const s = stem(foldWord(word.toLowerCase()));
  const root = s.replace(ROOT_ENDINGS, '');
  return root.length >= 3 ? root : s;
}

/**
 * Words to offer beside a query that found little: those the corpus uses like its content
 * words. A word the corpus lacks borrows from the corpus words sharing its longest start of
 * four letters or more ("silence" → "silent" → what "silent" is used like). A word the query
 * matches already is not offered, nor a form of a typed word (its root, wordRoot: "clear" or "clearly"
 * beside "clearance"; its folded spelling; a derivation; userreview15), nor a stop word: one of a typed word's stem ("negotiations" beside
 * "negotiation": the corpus uses a word's inflections alike, and stemming finds them), or one
 * a typed prefix covers (`prefixes`, "negotiat*").
 */
export function relatedHint(words: string[], ctx: RelatedContext, prefixes: readonly string[] = []): string[] {
  const out: string[] = [];
  const typed = new Set(words.map((w) => foldWord(w)));
  const typedStems = new Set(words.map((w) => ctx.stem(w)));
  const typedRoots = new Set(words.map((w) => wordRoot(w, ctx.stem)));
  const matched = (w: string) =>
    typed.has(foldWord(w)) || typedStems.has(ctx.stem(w)) || typedRoots.has(wordRoot(w, ctx.stem)) || derivedForms(w).some((d) => typedStems.has(ctx.stem(d))) || prefixes.some((p) => w.startsWith(p));
  // `most` counts the words offered from the list, those skipped left out: a list opening with the typed word's forms still offers its others.
  // `of`: the word whose list it is. A word is offered only where the likeness holds both ways (its
  // own list names that word): a one-way likeness is a weak one ("against" beside "civilians",
  // whose own list is of what people act against). Nor is a preposition, conjunction or article
  // offered (isFunctionWord), which keeps the neighbours of whatever noun it governs.
  const add = (ws: string[] | undefined, most = Infinity, of?: string) => {
    let taken = 0;
    for (const w of ws ?? []) {
      if (taken >= most || out.length >= UNDERSTANDING.relatedWords) break;
      if (matched(w) || ctx.isStopWord(w) || isFunctionWord(w) || out.includes(w)) continue;
      if (of !== undefined && !(ctx.related(w) ?? []).includes(of)) continue;
      out.push(w);
      taken++;
    }
  };
  for (const w of words.filter((x) => !ctx.isStopWord(x))) {
    const own = ctx.related(w);
    if (own) {
      add(own, 3, w);
      continue;
    }
    // A word of English the corpus lacks was meant as typed: it borrows only from forms of its own
    // root ("silence" from "silent"), not from a look-alike ("lattice" from "latter"; userreview18, 13).
    const sameRoot = ctx.isWord?.(w) ? (x: string) => wordRoot(x, ctx.stem) === wordRoot(w, ctx.stem) : () => true;
    for (let n = w.length - 1; n >= 4; n--) {
      const near = ctx.withPrefix(w.slice(0, n), 3).filter(sameRoot);
      if (!near.length) continue;
      add(near);
      for (const x of near) add(ctx.related(x), 2, x);
      break;
    }
  }
  return out;
}
