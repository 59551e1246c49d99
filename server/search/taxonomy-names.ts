import { foldWord } from '../../core/nlp/fold.js';
import { isStopWord, words } from '../../core/analysis.js';
import { isRomanceFunctionWord } from './romance-questions.js';
import { entriesOf, type Taxonomy } from '../../core/taxonomy.js';

// Here rather than in core/taxonomy.ts: the indexer's workers load the taxonomy, and need no lunr.

/**
 * The words of every name the taxonomy gives an entry (labels, aliases, acronyms, missions, capitals, regions, peoples, groups),
 * lower-cased and folded (core/nlp/fold.ts), so a query word is looked up folded too: a word
 * among them is a word of some name, never corrected as a typo ("Sana'a" is not "Canada", "Cote"
 * not "Note"). Ordinary words of names ("council", "army", "white") are among them, and are
 * English words anyway.
 */
/** a French or Spanish article or preposition that is none of English ("de", "del", "du", "los"; not "a"): what tells a name is in another language */
export const otherLanguageWord = (w: string): boolean => (isRomanceFunctionWord(w, 'fr') || isRomanceFunctionWord(w, 'es')) && !isStopWord(w);

export function nameWords(tax: Taxonomy, isForeign: (w: string) => boolean = () => false): Set<string> {
  const foreign = foreignNameWords(tax, isForeign);
  const out = new Set<string>();
  for (const n of allNames(tax)) for (const w of wordsOfName(n)) if (!foreign.has(w)) out.add(w);
  return out;
}

/**
 * The words of the taxonomy's names in another language (one with a French or Spanish word in
 * it, `isForeign`: "Clúster de Protección", "Sudán del Sur") that are that language's own (written
 * with an accent there, or French or Spanish themselves: "protección", "del"; not "Washington"
 * or "Prince") and that no name in English has: words of that language, meant as typed as its cue
 * words are (foreign-words.ts), and so, as those, open to correction where the query's other
 * words say English ("proteccion of civilians" is protection), where a word of nameWords never is.
 */
export function foreignNameWords(tax: Taxonomy, isForeign: (w: string) => boolean): Set<string> {
  const names = allNames(tax);
  const english = new Set<string>();
  for (const n of names) if (!inAnotherLanguage(n, isForeign)) for (const w of wordsOfName(n)) english.add(w);
  const out = new Set<string>();
  for (const n of names) {
    if (!inAnotherLanguage(n, isForeign)) continue;
    for (const raw of n.toLowerCase().split(NAME_SEPARATORS)) {
      const w = foldWord(raw);
      if (raw.length > 2 && !english.has(w) && (/[^\p{ASCII}]/u.test(raw) || isForeign(w))) out.add(w);
    }
  }
  return out;
}

function allNames(tax: Taxonomy): string[] {
  return entriesOf(tax).flatMap((e) => [e.label, ...('aliases' in e ? [...e.aliases, ...Object.keys(e.acronyms), ...Object.values(e.acronyms), ...e.missions, ...e.capitals, ...e.regions, ...e.peoples, ...e.groups] : [])]);
}

const NAME_SEPARATORS = /[\s\-–—/,()]+/;
const wordsOfName = (name: string): string[] => name.toLowerCase().split(NAME_SEPARATORS).filter(Boolean).map(foldWord);

/** a name written in another language: one of its words French or Spanish (a place's accent is no language: Medellín) */
const inAnotherLanguage = (name: string, isForeign: (w: string) => boolean): boolean => wordsOfName(name).some(isForeign);

/**
 * A place's English demonym ("American", "Congolese", "Emirati", "Afghan", "Saudi"): a capitalised
 * plain-letter alias with an ending English gives a people's adjective, sharing its first letters
 * with a plain-letter word of the place's other names ("America" of "United States of America"),
 * or a word of its label itself. English word lists leave proper adjectives out, so without this
 * a library that never writes "American" has "Latin American migrants" searched as "Latin United
 * States migrants". French and Spanish names stay foreign: they carry an accent, have no such
 * ending, or share no beginning with an English name ("Soudan", "Liban").
 */
function englishDemonym(alias: string, place: Taxonomy['places'][number]): boolean {
  if (!/^\p{Lu}[a-z]+$/u.test(alias)) return false;
  const a = alias.toLowerCase();
  const names = [place.label, ...place.aliases].flatMap((n) => n.toLowerCase().split(NAME_SEPARATORS)).filter((w) => /^[a-z]{4,}$/.test(w));
  if (place.label.toLowerCase().split(NAME_SEPARATORS).includes(a)) return true;
  return /(?:an|ese|ish|i|ic|be)s?$/.test(a) && names.some((n) => n !== a && n.slice(0, 4) === a.slice(0, 4));
}

/**
 * A place's one-word aliases in the library's other languages and forms ("Irak", "Libia",
 * "Somalie", "Afganistán"), folded, each to its place's label ("Iraq"): a search for one the
 * library never writes is a search for the place (service.ts, shown as a correction is). Left
 * out: an alias spelled as the label once folded ("Sudán"), one with a capital inside (an
 * acronym: "oPt", "KSA", "RDC", whose letters may be an English word), an English word itself,
 * and one that two places share.
 */
export function placeAliases(tax: Taxonomy, isWord: (w: string) => boolean): Map<string, string> {
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const e of tax.places) {
    const label = foldWord(e.label.toLowerCase());
    for (const a of e.aliases) {
      if (/[\s\-–—/,()'’.]/.test(a) || /\p{Lu}/u.test(a.slice(1)) || englishDemonym(a, e)) continue;
      const w = foldWord(a.toLowerCase());
      if (w === label || isWord(w)) continue;
      if (out.has(w) && out.get(w) !== e.label) shared.add(w);
      out.set(w, e.label);
    }
  }
  for (const w of shared) out.delete(w);
  return out;
}

/**
 * A place's aliases that are several words or stand for a name of several words ("Soudan du Sud",
 * "Sudán del Sur", "République centrafricaine", "Centrafrique" → "Central African Republic"),
 * keyed by their words folded and joined by a space, each to its place's label: searched as the
 * place where the library never writes them (place-spans.ts). placeAliases takes the one-word
 * aliases of one-word places. Left out, as there: an alias that is its label once folded, one with
 * an acronym in it ("DR Congo", "D.R. Congo", "RD Congo"), an English form ("the Congo", "Assad
 * regime"), and one two places share.
 */
export function placeSpanAliases(tax: Taxonomy, isWord: (w: string) => boolean, isForeign: (w: string) => boolean): Map<string, string> {
  const out = new Map<string, string>();
  const shared = new Set<string>();
  const key = (name: string) => words(name).map(foldWord).join(' ');
  for (const e of tax.places) {
    const label = key(e.label);
    for (const a of e.aliases) {
      const ws = key(a).split(' ').filter(Boolean);
      if ((ws.length < 2 && !label.includes(' ')) || englishDemonym(a, e)) continue;
      if (!ws.length || ws.join(' ') === label || a.split(/[\s\-–—/]+/).some((w) => /\p{Lu}/u.test(w.slice(1)) || w.includes('.'))) continue;
      // a name in another language: a French or Spanish word in it ("du", "del", "République"
      // with its accent), or no English word at all ("Centrafrique", "Arabie saoudite"); an
      // English form ("Assad regime", "Biden administration", "South Sudanese") is the library's
      // own language, not a slip to put right
      const content = ws.filter((w) => !isStopWord(w));
      if (!content.length || !(/[^\p{ASCII}]/u.test(a) || ws.some(isForeign) || !content.some(isWord))) continue;
      const k = ws.join(' ');
      if (out.has(k) && out.get(k) !== e.label) shared.add(k);
      out.set(k, e.label);
    }
  }
  for (const k of shared) out.delete(k);
  return out;
}
