import { referenceTitle } from './reference-title.js';
import type { CueEntry, Taxonomy } from '../../core/taxonomy.js';
import type { DocumentRecord, KindId, Passage, SetTags, TagEvidence } from '../../core/types.js';
import { facetsTaggedBy, perFacet, perSetField, tagsOf, type TagFacetName } from '../../core/facets.js';
import { sentences } from '../../core/nlp/sentences.js';
import { compatibleView } from '../../core/nlp/fold.js';
import { allMatches, asciiForm, escapeRegExp, firstWordMatch, isPlain, withoutMarks, wordCount, wordMatches } from '../../core/text.js';
import { KEY_MESSAGE_SECTION, RECOMMENDATION_SECTION } from '../stages/patterns.js';
import { compileAliases, findMentions, gateWord, isAcronym, probed, ProbeIndex, spellingVariants, wordsNeeded } from './mentions.js';
import { applyContext } from './context.js';
import { literalCue, literalMatches, type LiteralCue } from './literal-cues.js';
import { sideWordIds, sidesMayMatch } from './pair-words.js';
import { languageOf, languageOfWords, type CueLanguage } from '../../core/nlp/language.js';
import { PRESCRIPTIVE, prescriptiveAt } from './prescriptive.js';
import { compileImplied, impliedThemes, type ImpliedRule } from './implied-themes.js';

// Tags every passage with actors, places, themes and a kind, each with the evidence that
// gave it. Rules for actors and places are in mentions.ts; themes and kinds below.

export interface TaggerOptions {
  /** summed mention weight an actor or place needs (a list-only mention weighs 0.3) */
  mentionThreshold: number;
  /** summed cue weight a theme needs at 100 words */
  themeThreshold: number;
  /**
   * summed cue weight a theme needs in a reference's title: a title is a few words that name
   * its subject, so one cue of full weight ("… Access for Aid Convoys") states it
   */
  titleThemeThreshold: number;
  /** bounds of the length factor applied to the theme threshold (square root of words/100) */
  lengthBounds: [number, number];
  /** a cue counts at most this many times */
  maxRepeats: number;
  /** weight of a cue found in the passage's section heading */
  headingWeight: number;
  /** weight of a theme's partner actor (taxonomy: partners) tagged in the passage, as if a cue */
  partnerWeight: number;
  /**
   * least summed weight of a generic mention (a "~word" alias, 0.5; one in a list of examples
   * weighs less) that names the actor the passage before tagged (context.ts rule 3)
   */
  namedAgainWeight: number;
  /**
   * most a theme's mined cues (taxonomy: mined) add up to in one passage: many small words of
   * a topic, each weakly tied to it, gather in a long passage about something else
   */
  minedCap: number;
  /** a mined cue counts at most this many times (a written one maxRepeats) */
  minedRepeats: number;
  /**
   * from this many words on, a theme that stands on one match of one cue is a word in passing,
   * not the passage's topic (test/labels/README.md: "a theme is tagged when it is a substantial
   * topic of the passage, not when a word of it passes by"), unless the match is in a topic
   * position: the passage's opening sentence or its heading, or the cue is strong enough to name
   * the topic alone (topicWeight)
   */
  topicWords: number;
  /** a cue of this weight or more ("risk aversion", "terms of reference") names its topic wherever it stands */
  topicWeight: number;
}

export const DEFAULT_TAGGER: TaggerOptions = { mentionThreshold: 1, themeThreshold: 2, titleThemeThreshold: 1, lengthBounds: [0.7, 1.2], maxRepeats: 2, headingWeight: 0.5, partnerWeight: 1, namedAgainWeight: 0.5, minedCap: Number.POSITIVE_INFINITY, minedRepeats: 2, topicWords: 60, topicWeight: 3 };

interface CompiledCue {
  /** the tag the cue counts for, as "facet:id" ("theme:protection-of-civilians") */
  theme: string;
  cue: string;
  weight: number;
  re: RegExp;
  probe: string;
  /** the probe is a whole ASCII word, looked up in the passage's words (see mentions.ts) */
  wordProbe: boolean;
  /** the cue's other whole ASCII words (mentions.ts wordsNeeded) */
  needs: string[];
  /** word sets of which a text must hold one word each to match (mentions.ts ProbeIndex) */
  anyOf?: string[][];
  /** a pair cue: both word sets in one sentence */
  pair?: [RegExp[], RegExp[]];
  /** a pair cue's sides' alternatives as the numbers of their whole ASCII words (pair-words.ts) */
  pairWords?: (number[][] | undefined)[];
  /** a plural added for a one-word cue: the cue it counts with, at most maxRepeats times between them */
  singular?: string;
  /** mined from labelled passages (taxonomy: mined), not written */
  mined?: boolean;
  /** a phrase cue of ASCII words: on plain text its matches are found without its pattern (literal-cues.ts) */
  literal?: LiteralCue;
  /** a word of the theme's situation, not its name (taxonomy: situational, and mined cues): never read in a reference's title */
  situational?: boolean;
}

export const caseSensitive = (cue: string) => isAcronym(cue) || /[A-Z]/.test(cue.slice(1));
// A space and a hyphen are one: "whole-of-system" is "whole of system", "risk averse" is "risk-averse".
const words = (cue: string) => cue.trim().split(/[\s-]+/).map(escapeRegExp).join('[\\s-]+');
// Word boundaries are checked by wordMatches(), not written into the pattern (see there).
const bounded = (pattern: string, cased: boolean) => new RegExp(pattern, cased ? 'gu' : 'giu');
export const cueRegExp = (cue: string) => bounded(words(cue), caseSensitive(cue));
// Another language's cue with an elided article ("autorité de l'État") matches it with any
// apostrophe a text uses ("l’État"). English cues keep theirs as written.
const elidedRegExp = (cue: string) => bounded(words(cue).replace(/'/g, "['’ʼ]"), caseSensitive(cue));

/** One side of a pair cue: its words in one pattern per case rule (acronyms keep their case). */
function sideRegExps(side: string): RegExp[] {
  // Longest first: the boundary is checked after the match, so "engage" must not take the
  // first six letters of "engagement" and hide it.
  const alts = side.split('|').filter((w) => w.trim()).sort((x, y) => y.length - x.length);
  return [true, false].flatMap((cased) => {
    const group = alts.filter((w) => caseSensitive(w) === cased);
    return group.length ? [bounded(group.map(words).join('|'), cased)] : [];
  });
}

/** The gate words of one side of a pair cue (gateWord of each alternative), unless one alternative has none. */
function sideGate(side: string): string[] | undefined {
  const gates = side.split('|').filter((w) => w.trim()).map((w) => gateWord(w.trim().split(/\s+/)[0]));
  return gates.every((g) => g !== undefined) ? [...new Set(gates as string[])] : undefined;
}

/**
 * A cue is a phrase ("protection advocacy") or a pair of word sets that must meet in one
 * sentence ("leaders|SRSGs ~ role|responsibilities"): a word like "role" says little alone,
 * but a leader's role is the leadership theme.
 */
function compileCue(theme: string, cue: string, weight: number, foreign = false): CompiledCue {
  const sides = cue.split(/\s+~\s+/);
  if (sides.length === 1) {
    const probe = cue.toLowerCase().split(/[\s-]+/)[0];
    const wordProbe = /^[a-z0-9]+$/.test(probe);
    const gate = wordProbe ? undefined : gateWord(probe);
    const literal = literalCue(cue, caseSensitive(cue));
    return { theme, cue, weight, probe, wordProbe, needs: wordsNeeded(cue, probe), ...(gate ? { anyOf: [[gate]] } : {}), ...(literal ? { literal } : {}), re: foreign ? elidedRegExp(cue) : cueRegExp(cue) };
  }
  if (sides.length !== 2) throw new Error(`cue "${cue}": a pair cue has one "~" between two word sets`);
  const [a, b] = sides.map(sideRegExps);
  // A side matches only where the text holds the first word of one of its alternatives: most
  // passages hold none, and are spared the side's pattern over their whole text.
  const anyOf = sides.map(sideGate).filter((g): g is string[] => g !== undefined);
  return { theme, cue, weight, probe: '', wordProbe: false, needs: [], anyOf, re: /(?!)/g, pair: [a, b], pairWords: sides.map(sideWordIds) };
}

/**
 * The plural of a one-word cue ("terrorist" → "terrorists", "policy" → "policies"), or undefined
 * when it has none to add: phrases and pair cues (listed in the forms they are written in),
 * acronyms, words ending in "s" or in no lower-case letter.
 */
export function pluralCue(cue: string): string | undefined {
  if (/[\s~]/.test(cue) || isAcronym(cue) || !/[a-rt-z]$/.test(cue)) return undefined;
  if (/(?:x|z|ch|sh)$/.test(cue)) return `${cue}es`;
  if (/[^aeiou]y$/.test(cue)) return `${cue.slice(0, -1)}ies`;
  return `${cue}s`;
}

/**
 * The plural of a one-word cue in another language, or undefined when it has none to add (as
 * pluralCue): French adds -s, -x after -eau and -eu, turns -al into -aux ("déplacé" →
 * "déplacés", "local" → "locaux"); Spanish adds -s after a vowel, -es after a consonant, turns
 * -z into -ces ("civil" → "civiles", "protección" → "protecciones"). Cues are compiled without
 * accents, which is how "protecciones" is written here.
 */
export function pluralCueIn(lang: Exclude<CueLanguage, 'en'>, cue: string): string | undefined {
  if (/[\s~]/.test(cue) || isAcronym(cue) || !/[a-rt-wyz]$/.test(cue)) return undefined;
  if (lang === 'fr') {
    if (/[xz]$/.test(cue)) return undefined;
    if (/al$/.test(cue)) return `${cue.slice(0, -2)}aux`;
    return /(?:eau|eu)$/.test(cue) ? `${cue}x` : `${cue}s`;
  }
  if (/z$/.test(cue)) return `${cue.slice(0, -1)}ces`;
  return /[aeiou]$/.test(cue) ? `${cue}s` : `${cue}es`;
}

/**
 * A theme's cues as the taxonomy's synonyms write them: each other member of a synonym group
 * ("CRSV" for "conflict-related sexual violence", "SGBV" for "sexual and gender-based
 * violence") counts as the longest of the theme's phrase cues the group's member holds, with
 * its weight, unless the theme lists it itself.
 */
export function synonymCues(groups: readonly string[][], cues: Record<string, number>): [string, number][] {
  // Asked again of the same theme by every language's cue set (cueSet): worked out once.
  const known = synonymsMade.get(cues);
  if (known?.groups === groups) return known.cues;
  const made = synonymCuesOf(groups, cues);
  synonymsMade.set(cues, { groups, cues: made });
  return made;
}

const synonymsMade = new WeakMap<Record<string, number>, { groups: readonly string[][]; cues: [string, number][] }>();

function synonymCuesOf(groups: readonly string[][], cues: Record<string, number>): [string, number][] {
  const phrases = Object.entries(cues).filter(([cue]) => !cue.includes('~')).sort((a, b) => b[0].length - a[0].length);
  const listed = new Set(Object.keys(cues).map((c) => c.toLowerCase()));
  const out = new Map<string, number>();
  // Each phrase's pattern made once, on first use, rather than once for every member of every
  // group it was tried on (with the memo above, a tagger's construction ~0.89 -> ~0.6 CPU-s, in
  // every file worker before its first file). wordMatches starts a pattern's search afresh each time.
  const patterns: RegExp[] = [];
  const holds = (i: number, member: string) => !wordMatches((patterns[i] ??= cueRegExp(phrases[i][0])), member).next().done;
  for (const group of groups) {
    for (const member of group) {
      const held = phrases.find((_, i) => holds(i, member));
      if (!held) continue;
      for (const other of group) if (other !== member && !listed.has(other.toLowerCase())) out.set(other, Math.max(out.get(other) ?? 0, held[1]));
    }
  }
  return [...out];
}

/**
 * The cues of every facet tagged by cues (core/facets.ts): the themes. A word names its topic in
 * the plural too (a title on "terrorists" is about terrorism): each one-word cue's plural is a
 * cue of the same weight, unless the taxonomy lists it itself.
 */
export function compileCues(tax: Taxonomy, lang: CueLanguage = 'en'): CompiledCue[] {
  return facetsTaggedBy('cues').flatMap((f) =>
    (tax[f.list] as CueEntry[]).flatMap((t) => {
      // Another language's cues count with the English ones (names, acronyms and English
      // phrases are quoted in any language); one it also lists takes its weight (taxonomy:
      // cuesByLanguage). Its words are no English: no English plural or spelling of them.
      const other = lang === 'en' ? {} : (t.cuesByLanguage[lang] ?? {});
      const foreign = new Set(Object.keys(other).filter((cue) => !(cue in t.cues)).map(withoutMarks));
      // Mined cues (taxonomy: mined) count as written ones do, unless written already.
      const own = [...Object.entries({ ...t.cues, ...other }), ...synonymCues(tax.synonyms, t.cues)];
      const written = new Set(own.map(([cue]) => cue.toLowerCase()));
      const minedCues = Object.entries(t.mined).filter(([cue]) => !written.has(cue.toLowerCase()));
      const mined = new Set(minedCues.map(([cue]) => withoutMarks(cue)));
      // Situational cues (taxonomy: situational) likewise, unless written or mined already.
      const situationalCues = Object.entries(t.situational).filter(([cue]) => !written.has(cue.toLowerCase()) && !mined.has(withoutMarks(cue)));
      const situational = new Set([...mined, ...situationalCues.map(([cue]) => withoutMarks(cue))]);
      const cues = [...own, ...minedCues, ...situationalCues];
      // (another language's words are listed as compiled, without accents: "déplacés" is the plural of "déplacé")
      const listed = new Set(cues.flatMap(([cue]) => (lang === 'en' ? [cue.toLowerCase()] : [cue.toLowerCase(), withoutMarks(cue).toLowerCase()])));
      // A phrase in the other spelling (mentions.ts, rule 16) counts with the phrase, as a plural does.
      // Cues are matched on text without accents (tag()): they are written so too.
      const forms = cues.map(([cue, weight]): [string, number] => [withoutMarks(cue), weight]).flatMap(([cue, weight]): [string, number, string][] => [
        [cue, weight, cue],
        ...(cue.includes('~') || foreign.has(cue) ? [] : spellingVariants(cue).filter((v) => !listed.has(v.toLowerCase())).map((v): [string, number, string] => [v, weight, cue])),
      ]);
      const plurals = forms.flatMap(([cue, weight, family]): CompiledCue[] => {
        const plural = lang !== 'en' && foreign.has(family) ? pluralCueIn(lang, cue) : pluralCue(cue);
        return plural && !listed.has(plural.toLowerCase()) ? [{ ...compileCue(`${f.name}:${t.id}`, plural, weight), singular: family }] : [];
      });
      const all = [...forms.map(([cue, weight, family]) => ({ ...compileCue(`${f.name}:${t.id}`, cue, weight, foreign.has(cue)), ...(family !== cue ? { singular: family } : {}) })), ...plurals];
      return all.map((c) => {
        const family = c.singular ?? c.cue;
        return situational.has(family) ? { ...c, situational: true, ...(mined.has(family) ? { mined: true } : {}) } : c;
      });
    }),
  );
}

/** The [start, end) spans of a pattern's matches. */
function matchSpans(matches: Iterable<RegExpExecArray>): [number, number][] {
  const out: [number, number][] = [];
  for (const m of matches) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** A theme's cues met in a passage, and their summed weight. */
interface ThemeScore {
  score: number;
  cues: string[];
  /** the families of the situational cues that counted (not mined ones) */
  situational?: Set<string>;
  /** some other evidence counted: a written or mined cue, the heading's, a partner actor */
  named?: boolean;
  /** matches counted (each cue's, its repeats, a partner actor, the heading's) */
  hits: number;
  /** the cue of the first match, to ask whether it stands in the opening sentence (isTopic) */
  first?: CompiledCue;
}

/** The last text split into clauses (clauses) and its clauses. */
let lastClauses: { text: string; clauses: string[] } | undefined;

/**
 * A text's sentences (the project's splitter), then cut at semicolons: where a pair cue's two
 * words must meet. A passage's pair cues ask one after another for the same text, and the
 * splitting was half of their cost: the last text's clauses are kept.
 */
function clauses(text: string): string[] {
  if (lastClauses?.text !== text) lastClauses = { text, clauses: sentences(text).flatMap((x) => x.split(/(?<=;)\s+/)) };
  return lastClauses.clauses;
}

/**
 * The sentences (the project's splitter, then at semicolons) in which both word sets of a pair
 * occur, and the words that met in the first of them, for the evidence.
 */
export function pairMatches(text: string, pair: [RegExp[], RegExp[]], plain = isPlain(text)): { n: number; words?: string } {
  // plain text (its sentences too): the patterns' ASCII forms (core/text.ts); the tagger knows
  // whether its text is, and says so rather than have the text tested again for every pair cue
  const [a, b] = plain ? [pair[0].map(asciiForm), pair[1].map(asciiForm)] : pair;
  // Most passages hold neither side: only those with both are split into sentences.
  if (!firstWordMatch(a, text) || !firstWordMatch(b, text)) return { n: 0 };
  let n = 0;
  let met: string | undefined;
  for (const s of clauses(text)) {
    const x = firstWordMatch(a, s);
    const y = x && firstWordMatch(b, s);
    if (!x || !y) continue;
    n++;
    met ??= `${x} … ${y}`;
  }
  return { n, words: met };
}

const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|should|must|can|could|may|might|does|do|did)\b/i;

const EXAMPLES_OPEN = /\b(?:such as|including|e\.g\.,?)\s/giu;
const EXAMPLE_ITEM = /(.+?)(?:\s*[,;]\s*|\s+(?:and|or)\s+|$)/gu;

/**
 * Spans of enumerated examples: three or more short items (six words at most) after "such as",
 * "including" or "e.g." ("thematic issues such as child protection and sexual and
 * gender-based violence"). A theme named there is an example of something else, as a place in
 * a list of examples is (mentions.ts, rule 3). The span ends with the last short verbless item,
 * so the clause that resumes after the list ("…, have all faced challenges") is not in it.
 */
export function exampleSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const plain = isPlain(text);
  for (const m of allMatches(plain ? asciiForm(EXAMPLES_OPEN) : EXAMPLES_OPEN, text)) {
    const from = m.index! + m[0].length;
    const clause = text.slice(from).match(/^[^.!?)]*/u)![0];
    let items = 0;
    let end = from;
    for (const part of allMatches(plain ? asciiForm(EXAMPLE_ITEM) : EXAMPLE_ITEM, clause)) {
      if (!part[1].trim()) break;
      if (part[1].trim().split(/\s+/).length > 6 || FINITE_VERB.test(part[1])) break;
      items++;
      end = from + part.index! + part[1].length;
    }
    if (items >= 3) spans.push([from, end]);
  }
  return spans;
}

/** An organisation's proper name: capitalised words with a word that names a body ("Office for the Coordination …", "Norwegian Refugee Council"). */
const ORGANISATION_NAME = /^(?=\p{Lu}).*\b(?:Office|Council|Committee|Commission|Commissioner|Agency|Department|Programme|Fund|Court|Tribunal|Mechanism|Institute|Movement|Society|Organi[sz]ation)\b/u;

/** Weight of a cue in a list of examples. */
const EXAMPLE_WEIGHT = 0.3;

// Recommendation sub-points are often verbless gerund phrases: "Ensuring …", "Allocating …".
const GERUND_POINT = /^(?:[A-Z][a-z]+ing|Greater|Increased|More|Clear|Clarification|Regular|A (?:joint|consolidated|clear))\b/;
// A recommendation headed by whom it addresses, as French and Spanish notes set them ("Au Conseil
// de sécurité : exiger …", "À la MONUSCO : maintenir …", "Al Gobierno: garantizar …") and English
// ones sometimes ("To Member States: …"): an infinitive or imperative, no modal, after the colon
// (userreview18, 7). A capitalised addressee, so that "To conclude: …" is none.
const ADDRESSEE_LEAD = /^(?:To|Au|Aux|À|Al|A(?=\s+l[ao]s\s))\s+(?:(?:the|all|la|le|les|los|las|el)\s+|l['’])?\p{Lu}[^:\n]{0,80}?\s?:\s*\p{L}/u;
const QUOTED = /^[“"‘'][^”"’']{20,}[”"’'][^.]*(?:\(|$)|^[“"]/;

/** A note ending with a UN document's symbol, "… UN Doc S/RES/2100, para 12(b).", outside brackets. */
const UN_DOCUMENT = /(?<![\p{L}\d/])(?:UN\s+Doc\.?\s+)?[SA]\/[^\s,;]*\d[^\s,;]*(?:,\s*paras?\.?\s*[\d()a-z–-]+)?\.?\s*$/u;

/**
 * A note that only cites a source: it opens with "See", "Ibid." or a name followed by a comma
 * (editors' too, "de Coning and Peter (eds),"), or cites a UN document by its symbol,
 * and once quoted titles are set aside it has no verb of its own.
 */
export function citationOnly(note: string): boolean {
  const opens = /^(?:[Ss]ee(?:\s+(?:also|e\.g\.|further))?\b|[Cc]f\.|[Ii]bid|[Ii]d\.|[Oo]p\.\s*cit|(?:[\p{Lu}][\p{L}'’.-]*(?:\s+(?:and|of|on|for|the|de|van|von|du|del)?\s*[\p{Lu}][\p{L}'’.-]*)*)(?:\s*\((?:eds?|editors?)\.?\))?\s*,)/u.test(note.trim());
  // A UN document is cited by its symbol at the end, whatever opens the note: "UNSC Res 2100
  // (25 April 2013) UN Doc S/RES/2100", "Report of the High-Level Independent Panel … UN Doc
  // A/70/95"; a symbol in brackets after a sentence of the note's own is its source only.
  if (!opens && !UN_DOCUMENT.test(note.replace(/\([^()]*\)/g, ' ').trim())) return false;
  const unquoted = note.replace(/[‘'"“][^’'"”]{3,}[’'"”]/g, ' ').replace(/\([^)]*\)/g, ' ');
  return !/\b(is|are|was|were|has|have|had|would|should|could|can|will|noted|argued|suggests?|shows?|provides?|explains?)\b/i.test(unquoted);
}

// An addressed prescription: an actor, then should / must / ought to and a verb ("Donors should
// provide flexible multi-year funding", "Governments should refrain from …", "UNHCR must
// ensure …"). The actor opens the sentence or a clause after a comma, "and" or a semicolon, so a
// report of what someone recommended ("the panel said that states should") and a hypothetical
// ("should the situation worsen, …") are not one; prescriptiveAt sets reported speech aside too.
const ADDRESSED_HINT = /\b(?:should|must|ought to)\s/;
// Names of those a recommendation addresses, either case ("Donors should", "the donors should"), or an acronym ("UNHCR must").
const ACTOR_WORDS = ['donors?', 'governments?', 'states', 'member\\s+states', 'parties', 'council', 'authorities', 'agencies', 'organi[sz]ations', 'actors', 'leaders', 'leadership', 'missions?', 'operations', 'secretariat', 'secretary-general', 'humanitarians', 'partners', 'forces', 'groups', 'community', 'countries', 'ministries', 'ministers?', 'clusters', 'coordinators?', 'officials', 'commanders', 'troops', 'peacekeepers', 'staff', 'headquarters', 'funders', 'institutions', 'bodies', 'mechanisms', 'teams'];
const ACTOR_HEAD = `(?:${ACTOR_WORDS.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')}|\\p{Lu}{2,}\\p{L}*)`;
export const ADDRESSED = new RegExp(String.raw`(?:^|[,;:]\s+|\band\s+)(?:(?:the|all|other|each|every|both|its|their)\s+)?(?:[\p{L}'’-]+\s+){0,3}?${ACTOR_HEAD}(?:\s+\([^()]{1,40}\))?\s+(?:should|must|ought\s+to)\s+(?:(?:also|now|urgently|immediately|jointly|not|never|continue\s+to|at\s+least)\s+)*(?!be\b|have\s+been\b)\p{Ll}{3,}`, 'u');
const REPORTED_BEFORE = /\b(?:said|says|argued|noted|stressed|suggested|recommended|called|urged|insisted|demanded|proposed|told|believed|felt|according)\b/i;

/**
 * Whether ADDRESSED may match a sentence: it holds its modal as written (the pattern has no `i`).
 * ADDRESSED opens on any clause start and tries its actor words there, over the whole sentence;
 * a passage's sentences mostly have no modal even where one of them has (ADDRESSED_HINT).
 */
export const mayBeAddressed = (s: string): boolean => s.includes('should') || s.includes('must') || s.includes('ought');

/**
 * The prescriptions of a passage that addresses actors, wherever it stands: two or more of its
 * sentences, or its first, are "ACTOR should/must VERB" (ADDRESSED) and prescriptive
 * (prescriptiveAt). The matched words, or null.
 */
function addressedPrescriptions(text: string): string[] | null {
  const sents = sentences(text);
  const hits: string[] = [];
  let first = false;
  sents.forEach((s, i) => {
    const m = mayBeAddressed(s) ? ADDRESSED.exec(s) : null;
    if (!m || prescriptiveAt(s) < 0 || REPORTED_BEFORE.test(s.slice(0, m.index))) return;
    hits.push(m[0].replace(/^[,;:\s]+|^and\s+/, ''));
    if (i === 0) first = true;
  });
  return hits.length >= 2 || first ? hits : null;
}

export function kindOf(p: Passage): { kind: KindId; rule: string; matched: string[] } {
  if (p.blockType === 'footnote') {
    if (citationOnly(p.text)) return { kind: 'reference', rule: 'citation-only note', matched: [p.text.split(/[,.]/)[0]] };
    return { kind: 'footnote', rule: 'structure: footnote or endnote', matched: [] };
  }
  if (p.blockType === 'reference') return { kind: 'reference', rule: 'structure: reference-list entry', matched: [] };
  if (p.blockType === 'quote') return { kind: 'quotation', rule: p.duplicate ? 'structure: pull quote' : 'structure: block quotation', matched: [] };
  const keySection = p.section.find((s) => KEY_MESSAGE_SECTION.test(s));
  if (keySection) return { kind: 'key-message', rule: 'section', matched: [keySection] };
  const recSection = p.section.find((s) => RECOMMENDATION_SECTION.test(s));
  // Sentence splitting is the costly part: only passages that may be recommendations need it.
  const sents = recSection || p.blockType === 'list-item' ? sentences(p.text) : [];
  const prescriptive = sents.filter((s) => prescriptiveAt(s) >= 0);
  if (recSection) {
    // A numbered or bulleted point under Recommendations is one, whatever its grammar.
    if (p.blockType === 'list-item') {
      return { kind: 'recommendation', rule: 'list item in a recommendations section', matched: [recSection, ...(prescriptive[0] ? [PRESCRIPTIVE.exec(prescriptive[0])![0]] : GERUND_POINT.test(p.text) ? [p.text.split(/\s/)[0]] : [])] };
    }
    const lead = ADDRESSEE_LEAD.exec(p.text.trim());
    if (lead) return { kind: 'recommendation', rule: 'addressee lead-in in a recommendations section', matched: [recSection, lead[0].replace(/\s*:\s*\p{L}$/u, '')] };
    if (prescriptive.length && prescriptive.length / sents.length >= 0.2) {
      return { kind: 'recommendation', rule: 'prescriptive text in a recommendations section', matched: [recSection, ...prescriptive.map((s) => PRESCRIPTIVE.exec(s)![0])] };
    }
  } else if (p.blockType === 'list-item' && prescriptive.length === sents.length && sents.length > 0) {
    return { kind: 'recommendation', rule: 'prescriptive list item', matched: prescriptive.map((s) => PRESCRIPTIVE.exec(s)![0]) };
  }
  if (!recSection && p.blockType !== 'list-item' && ADDRESSED_HINT.test(p.text)) {
    const addressed = addressedPrescriptions(p.text);
    if (addressed) return { kind: 'recommendation', rule: 'addressed prescriptions', matched: addressed };
  }
  const exampleSection = p.section.find((s) => /\b(examples?|case stud(?:y|ies)|box \d|lessons from)\b/i.test(s));
  if (exampleSection || p.section.some((s) => /^box\b/i.test(s))) return { kind: 'case-example', rule: 'section or box of examples', matched: [exampleSection ?? p.section[p.section.length - 1]] };
  if (QUOTED.test(p.text.trim()) && /interview/i.test(p.text)) return { kind: 'quotation', rule: 'interviewee quotation', matched: [p.text.slice(0, 30)] };
  return { kind: 'finding', rule: 'body text', matched: [] };
}

/** A language's compiled cues (English and its own), their probe index and the cues found per heading. */
interface CueSet {
  cues: CompiledCue[];
  index: ProbeIndex;
  headings: Map<string, CompiledCue[]>;
  /**
   * per cue, the key its matches are counted under with its plural's ("theme\nsingular"):
   * made once here, not joined and hashed anew for every cue a passage holds
   */
  families: string[];
}

function cueSet(tax: Taxonomy, lang: CueLanguage): CueSet {
  const cues = compileCues(tax, lang).sort((a, b) => b.cue.length - a.cue.length);
  return { cues, index: new ProbeIndex(cues), headings: new Map(), families: cues.map((c) => `${c.theme}\n${c.singular ?? c.cue}`) };
}

/** The languages other than English the taxonomy's cue-tagged facets have cues for. */
const otherLanguages = (tax: Taxonomy): Exclude<CueLanguage, 'en'>[] => [
  ...new Set(facetsTaggedBy('cues').flatMap((f) => (tax[f.list] as CueEntry[]).flatMap((t) => Object.keys(t.cuesByLanguage) as Exclude<CueLanguage, 'en'>[]))),
];

export class Tagger {
  private readonly aliases;
  private readonly english: CueSet;
  /**
   * cue sets of the other languages the taxonomy has cues for: a passage detected as written in
   * one is read with its set (English passages never pay for them)
   */
  private readonly languages: Map<CueLanguage, CueSet>;
  /** what tag() found below the bar, for the context rules (context.ts rule 3); forgotten with the passage */
  private readonly generic = new WeakMap<Passage, Map<string, string>>();
  /** each theme's partner actors, by "facet:id" */
  private readonly partners: Map<string, string[]>;
  /** a word of humanitarian or conflict business (taxonomy: situationalContext), where a lone situational cue counts */
  private readonly context: RegExp;
  /** situations that imply a theme no word names (taxonomy: implied) */
  private readonly implied: ImpliedRule[];

  constructor(
    readonly taxonomy: Taxonomy,
    readonly options: TaggerOptions = DEFAULT_TAGGER,
  ) {
    this.aliases = compileAliases(taxonomy);
    this.english = cueSet(taxonomy, 'en');
    this.languages = new Map(otherLanguages(taxonomy).map((lang) => [lang, cueSet(taxonomy, lang)]));
    this.implied = compileImplied(taxonomy);
    this.context = taxonomy.situationalContext.length ? new RegExp(`\\b(?:${taxonomy.situationalContext.map((w) => words(withoutMarks(w))).join('|')})\\b`, 'i') : /(?!)/;
    this.partners = new Map(facetsTaggedBy('cues').flatMap((f) => (taxonomy[f.list] as CueEntry[]).filter((t) => t.partners.length).map((t): [string, string[]] => [`${f.name}:${t.id}`, t.partners])));
  }

  /**
   * The phrase cues a section heading holds, in cue order. Every passage under a heading asks
   * again, and each asking ran all the cues' patterns: remembered per heading, up to a bound.
   */
  private cuesIn(heading: string, set: CueSet): CompiledCue[] {
    let found = set.headings.get(heading);
    if (!found) {
      // On plain text only the cues whose probe and words the heading holds can match (as in a
      // passage): those are tried, in cue order, not every cue of the set.
      const probes = isPlain(heading) ? probed(heading) : undefined;
      const tried = probes ? set.index.candidates(probes, true).map((i) => set.cues[i]) : set.cues;
      found = tried.filter((c) => !c.pair && firstWordMatch([c.re], heading));
      if (set.headings.size >= 10_000) set.headings.clear();
      set.headings.set(heading, found);
    }
    return found;
  }

  /**
   * The cues a passage is read with: its language's when its function words say it is French
   * or Spanish (core/nlp/language.ts), or when they say nothing (a heading, a short list item)
   * and its document is; English otherwise.
   */
  private cueSetFor(words: ReadonlySet<string>, text: string, documentLanguage?: () => CueLanguage | undefined): CueSet {
    if (!this.languages.size) return this.english;
    const lang = languageOfWords(words, text) ?? documentLanguage?.();
    return (lang && this.languages.get(lang)) || this.english;
  }

  /**
   * Whether a theme's evidence makes it a topic of the passage, not a word in passing: two
   * matches or more, a cue strong enough to name the topic alone, a short passage, or its one
   * match in the opening sentence, where a passage states what it is about.
   */
  private isTopic(e: ThemeScore, text: string, plain: boolean): boolean {
    if (e.hits !== 1 || !e.first || e.first.weight >= this.options.topicWeight || wordCount(text) < this.options.topicWords) return true;
    const opening = sentences(text)[0] ?? text;
    return e.first.pair ? pairMatches(opening, e.first.pair, plain).n > 0 : firstWordMatch([plain ? asciiForm(e.first.re) : e.first.re], opening) !== undefined;
  }

  /** The actors a tagged passage names only by a generic word ("the mission", "communities"), with that word. */
  genericActors(p: Passage): Map<string, string> {
    return this.generic.get(p) ?? new Map<string, string>();
  }

  /** The actors named in a piece of text, by id, with the words that named them. */
  actorsIn(text: string): Map<string, string> {
    const out = new Map<string, string>();
    const view = compatibleView(text);
    for (const m of findMentions(view?.text ?? text, this.aliases)) if (m.facet === 'actor' && !out.has(m.id)) out.set(m.id, view ? view.written(m.start, m.end) : m.alias);
    return out;
  }

  /**
   * Every passage of one document, in reading order: each tagged alone, then the rules that
   * read a passage with its neighbours (context.ts: lead-ins of list items, quotation sources).
   */
  tagDocument(passages: Passage[]): Passage[] {
    let lang: CueLanguage | undefined | null = null;
    const documentLanguage = () => (lang === null ? (lang = languageOfDocument(passages)) : lang);
    return applyContext(passages.map((p) => this.tag(p, documentLanguage)), this);
  }

  /** `documentLanguage`: the language of the passage's document, asked only when the passage's own words do not say (cueSetFor) */
  tag(passage: Passage, documentLanguage?: () => CueLanguage | undefined): Passage {
    // What an earlier pass learnt from the neighbours is recomputed by tagDocument.
    const { leadIn: _leadIn, source: _source, ...p } = passage;
    const evidence: TagEvidence[] = [];
    const k = kindOf(p);
    // References (entries and citation-only notes) are bibliographic data: their authors,
    // publishers and links say nothing of what the cited work is about, its title does. A
    // country or an actor the title names ("Ethiopia suspends aid groups …", "… in the United
    // Nations Security Council") is tagged, so a reader filtering by it finds the work; the
    // author ("UNHCR (2017) …") is not. Themes too are read from the title.
    const written = k.kind === 'reference' ? referenceTitle(p.text) : p.text;
    // Names are matched on the text's letters ("ＵＮＨＣＲ" is UNHCR, "Ｓｙｒｉａ" Syria, as the
    // search reads them: core/nlp/fold.ts); the evidence quotes the text as written.
    const view = compatibleView(written);
    const text = view?.text ?? written;
    const probes = probed(text);
    const mentions = findMentions(text, this.aliases, k.kind === 'reference', probes);
    const byTag = new Map<string, { facet: TagFacetName; id: string; weight: number; aliases: string[]; generic: boolean }>();
    for (const m of mentions) {
      const key = `${m.facet}:${m.id}`;
      const e = byTag.get(key) ?? { facet: m.facet, id: m.id, weight: 0, aliases: [], generic: true };
      e.weight += m.weight;
      e.generic &&= m.generic === true;
      const said = view ? view.written(m.start, m.end) : m.alias;
      if (!e.aliases.includes(said)) e.aliases.push(said);
      byTag.set(key, e);
    }
    /** actors named here by a generic word only, below the bar: a neighbour may say who they are */
    const generic = new Map<string, string>();
    for (const e of byTag.values()) {
      // Only an actor every mention of which is a generic word: one named in passing by its name
      // ("UNHCR" in a list, 0.3 + 0.3) is named, and has no one to refer back to.
      if (e.facet === 'actor' && e.generic && e.weight < this.options.mentionThreshold && e.weight >= this.options.namedAgainWeight) generic.set(e.id, e.aliases[0]);
      if (e.weight < this.options.mentionThreshold) continue;
      evidence.push({ facet: e.facet, id: e.id, rule: e.weight < 1 ? 'named in several examples' : 'alias', matched: e.aliases, score: Math.round(e.weight * 10) / 10 });
    }
    // Cues of one theme claim their words longest first, so "IHL/IHRL" counts once, not as
    // IHL, IHRL and IHL/IHRL; each cue counts at most twice.
    const themeScores = new Map<string, ThemeScore>();
    /** what each theme's mined cues have added so far (options.minedCap) */
    const minedScores = new Map<string, number>();
    /** a cue's weight as it adds to its theme: a mined cue's no further than the theme's cap */
    const capped = (c: CompiledCue, add: number) => {
      if (!c.mined) return add;
      const sofar = minedScores.get(c.theme) ?? 0;
      const kept = Math.min(add, this.options.minedCap - sofar);
      minedScores.set(c.theme, sofar + kept);
      return kept;
    };
    /** matches counted so far per cue and its plural (theme + singular) */
    const counted = new Map<string, number>();
    const claimed = new Map<string, [number, number][]>();
    // Cues are matched without accents, on a text of the same length: "aide-mémoire" is the
    // aide memoire, "témoignage" is written either way.
    const cueText = probes.plain ? text : withoutMarks(text);
    const cueView = cueText === text ? probes : probed(cueText);
    const { words: textWords, plain } = cueView;
    const set = this.cueSetFor(textWords, cueText, documentLanguage);
    let examples: [number, number][] | undefined;
    // An organisation's name names the organisation, not a topic: "Norwegian Refugee Council"
    // is no displacement, "Office for the Coordination of Humanitarian Affairs" no coordination
    // (as a country inside an organisation's name is no place). A cue that is the whole name
    // is listed for what the body is ("commission of inquiry" is an investigation): it counts.
    const names = mentions.filter((m) => m.facet === 'actor' && ORGANISATION_NAME.test(m.alias));
    for (const ci of set.index.candidates(cueView)) {
      const c = set.cues[ci];
      // A mined or situational cue is a word common in a theme's passages, not a name of the
      // theme: a reference's themes are those its title states (a cited "war crimes" is no
      // topic here, "migration" in a title no displacement).
      if (c.situational && k.kind === 'reference') continue;
      const spans = claimed.get(c.theme) ?? [];
      // Pair cues weigh a relation between words the phrase cues may also count: they claim no span.
      // the cue index has just marked the passage's words (probe-words.ts): a side none of whose
      // alternatives has all its words here matches nothing, and is not searched for
      const pair = c.pair && (plain && !sidesMayMatch(c.pairWords!) ? { n: 0 } : pairMatches(cueText, c.pair, plain));
      // Each match counts 1, or less inside a list of examples; the strongest maxRepeats count.
      const counts: number[] = pair ? Array<number>(pair.n).fill(1) : [];
      const found = c.pair ? [] : plain && c.literal ? literalMatches(c.literal.cased ? cueText : cueView.lower, c.literal) : matchSpans(wordMatches(plain ? asciiForm(c.re) : c.re, cueText));
      for (const [s, e] of found) {
        if (spans.some(([a, b]) => s < b && e > a) || names.some((x) => s >= x.start && e <= x.end && e - s < x.end - x.start)) continue;
        spans.push([s, e]);
        counts.push((examples ??= exampleSpans(cueText)).some(([a, b]) => s >= a && e <= b) ? EXAMPLE_WEIGHT : 1);
      }
      claimed.set(c.theme, spans);
      // A cue of weight 0 only claims its words from the theme's shorter cues: "assessment
      // mission" is no peace operation, and "mission" in it does not count.
      if (c.weight === 0) continue;
      const family = set.families[ci];
      const room = (c.mined ? this.options.minedRepeats : this.options.maxRepeats) - (counted.get(family) ?? 0);
      if (!counts.length || room <= 0) continue;
      const kept = counts.sort((a, b) => b - a).slice(0, room);
      counted.set(family, (counted.get(family) ?? 0) + kept.length);
      const e = themeScores.get(c.theme) ?? { score: 0, cues: [], hits: 0 };
      e.score += capped(c, c.weight * kept.reduce((a, b) => a + b, 0));
      e.hits += kept.length;
      e.first ??= c;
      e.cues.push(pair?.words ?? c.cue);
      if (c.situational && !c.mined) {
        const seen = (e.situational ??= new Set()).add(family);
        // a pair whose second side meets two of its words ("safety" with schooling and an
        // income) names two of the theme's situations: two cues
        const second = c.pair ? new Set(c.pair[1].flatMap((re) => [...wordMatches(plain ? asciiForm(re) : re, cueText)].map((m) => m[0].toLowerCase()))) : undefined;
        if (second && second.size >= 2) seen.add(`${family} (2)`);
      }
      else e.named = true;
      themeScores.set(c.theme, e);
    }
    // The heading a passage sits under names its topic: its cues count too, once each.
    const heading = p.section[p.section.length - 1] ?? '';
    if (heading && k.kind !== 'reference' && k.kind !== 'footnote') {
      for (const c of this.cuesIn(withoutMarks(heading), set)) {
        const e = themeScores.get(c.theme) ?? { score: 0, cues: [], hits: 0 };
        e.score += capped(c, c.weight * this.options.headingWeight);
        // a cue in the heading puts the theme in a topic position: it counts as a second match
        e.hits += 2;
        e.cues.push(`heading: ${c.cue}`);
        e.named = true;
        themeScores.set(c.theme, e);
      }
    }
    const bar = themeBar(k.kind, text, this.options);
    // An actor whose definition shares a theme's subject (taxonomy: partners), tagged here, is
    // evidence of the theme as a cue is: courts at work are accountability, donors funding. Not
    // in a reference, whose themes are only those its title states. Nor when every word that
    // named the actor is one of the theme's cues already: "donors" is counted once, not as the
    // cue and again as the donors.
    if (k.kind !== 'reference') {
      const actors = new Map(evidence.filter((e) => e.facet === 'actor').map((e) => [e.id, e.matched]));
      for (const [key, ids] of this.partners) {
        const e = themeScores.get(key) ?? { score: 0, cues: [], hits: 0 };
        const partner = ids.find((id) => actors.get(id)?.some((alias) => !namesCue(alias, e.cues)));
        if (!partner) continue;
        e.score += this.options.partnerWeight;
        e.hits++;
        e.cues.push(`actor: ${partner}`);
        e.named = true;
        themeScores.set(key, e);
      }
    }
    // A situational word is an everyday word ("relocated", "raised concerns", "unlawful"): it
    // says the theme only beside another of the theme's cues, or in a passage on humanitarian or
    // conflict business (taxonomy: situationalContext). A football club that relocated is no
    // displacement, teachers who called on the minister no advocacy.
    let context: boolean | undefined;
    for (const [key, e] of themeScores) {
      if (e.score < bar) continue;
      if (!e.named && (e.situational?.size ?? 0) < 2 && !(context ??= this.context.test(cueText))) continue;
      // A reference states its themes in its title (its own bar); a recommendation asks for one
      // action, and what it names once is the object of that action, no word in passing.
      if (k.kind !== 'reference' && k.kind !== 'recommendation' && !this.isTopic(e, cueText, plain)) continue;
      const [facet, id] = splitKey(key);
      evidence.push({ facet, id, rule: 'weighted cues', matched: e.cues, score: e.score });
    }
    // A theme implied by who acts and what happens (taxonomy: implied). Not in a reference or a
    // note, whose themes are what their words state.
    if (this.implied.length && k.kind !== 'reference' && k.kind !== 'footnote') {
      for (const t of impliedThemes(cueText, new Set(evidence.map((e) => `${e.facet}:${e.id}`)), this.implied)) {
        const [facet, id] = splitKey(t.theme);
        evidence.push({ facet, id, rule: 'implied', matched: t.matched });
      }
    }
    evidence.push({ facet: 'kind', id: k.kind, rule: k.rule, matched: k.matched });
    // Each facet's ids are those its evidence gives, in the order found.
    const tagged: Passage = { ...p, ...setTagsFrom(evidence), kind: k.kind, evidence };
    if (generic.size) this.generic.set(tagged, generic);
    return tagged;
  }
}

/**
 * The language of a document: the first language three of its passages are said to be in
 * (languageOf), in reading order, else the one most of them are, else undefined. What a
 * passage too short to say its own is read as. It stops at the third: reading every passage's
 * words again cost English documents a sixth of the tagger's time.
 */
export function languageOfDocument(passages: readonly Passage[]): CueLanguage | undefined {
  const votes = new Map<CueLanguage, number>();
  for (const p of passages) {
    const lang = languageOf(p.text);
    if (!lang) continue;
    const n = (votes.get(lang) ?? 0) + 1;
    if (n >= 3) return lang;
    votes.set(lang, n);
  }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * The summed cue weight a theme needs in a passage of this kind and text. Long passages gather stray cues, short points say a lot in few words: the bar
 * scales with the square root of the length (100 words = the configured threshold). A reference
 * is read from its title, which names its subject and nothing else: a bar of its own.
 */
export function themeBar(kind: KindId, text: string, options: TaggerOptions): number {
  const [lo, hi] = options.lengthBounds;
  return kind === 'reference' ? options.titleThemeThreshold : options.themeThreshold * Math.min(hi, Math.max(lo, Math.sqrt(wordCount(text) / 100)));
}

/** A passage's many-valued facets as its evidence gives them, every facet present. */
export function setTagsFrom(evidence: TagEvidence[]): SetTags {
  return perSetField((f) => evidence.filter((e) => e.facet === f.name).map((e) => e.id));
}

/** Whether an alias that named an actor holds, as a word, one of the cues a theme matched ("Donor governments" holds "donor"). */
function namesCue(alias: string, cues: readonly string[]): boolean {
  const a = ` ${alias.toLowerCase()} `;
  return cues.some((c) => !c.includes(' … ') && !c.startsWith('heading: ') && a.includes(` ${c.toLowerCase()} `));
}

const splitKey = (key: string): [TagFacetName, string] => {
  const i = key.indexOf(':');
  return [key.slice(0, i) as TagFacetName, key.slice(i + 1)];
};

/** Document-level tags: each tag's share of the document's body passages, strongest first. */
export function aggregateTags(passages: Passage[]): DocumentRecord['tags'] {
  const body = passages.filter((p) => p.kind !== 'reference' && p.kind !== 'footnote');
  const n = body.length || 1;
  return perFacet((f) => {
    const m = new Map<string, number>();
    for (const id of body.flatMap((p) => tagsOf(p, f))) m.set(id, (m.get(id) ?? 0) + 1);
    return [...m].map(([id, c]) => ({ id, weight: Math.round((c / n) * 1000) / 1000 })).sort((a, b) => b.weight - a.weight);
  });
}
