import { compatible, isStopWord, words } from '../core/analysis.js';

// Whether an edited paragraph is its old self's successor: most content words kept and the same
// claims — negations, qualifiers, figures, names, no word turned into its opposite. A link to the
// old paragraph must never lead to the opposite statement (indexer/aliases.ts uses it).

/**
 * Share of content words two texts have in common (counted with repeats), of the longer's: stop
 * words left out, since "the", "of" and "did" are shared by any two sentences of a paragraph, and
 * negations, qualifiers and figures too (sameClaims compares them, "did not" and "didn't",
 * "3,000" and "three thousand" alike).
 */
export function sharedWords(a: string, b: string): number {
  const content = (w: string) => !isStopWord(w) && !isNegation(w) && !QUALIFIERS.has(w) && !isQuantity(w);
  const wa = words(percentAsWord(a)).filter(content);
  const wb = words(percentAsWord(b)).filter(content);
  if (!wa.length || !wb.length) return 0;
  const counts = tally(wa);
  let shared = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return shared / Math.max(wa.length, wb.length);
}

const tally = (ws: readonly string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const w of ws) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
};

// Words that turn a statement into its opposite: a paragraph that gained or lost one says
// something else, however many words it shares ("did not condemn" → "did condemn"). English
// first, then the French and Spanish a humanitarian library holds; "didn't", "can’t" are "not".
const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'neither', 'none', 'nobody', 'nothing', 'nowhere', 'without', 'cannot', 'ne', 'pas', 'jamais', 'sans', 'aucun', 'aucune', 'ni', 'nunca', 'sin', 'ningún', 'ninguna', 'nada']);
const CONTRACTED_NOT = /n[’']t$/;
const isNegation = (w: string) => NEGATIONS.has(w) || CONTRACTED_NOT.test(w);
// Quantifiers and modals are stop words to search, yet "all households" → "some households" and
// "must guarantee" → "may guarantee" are other claims (review12): they must agree like negations.
const QUALIFIERS = new Set(['all', 'some', 'most', 'few', 'many', 'any', 'every', 'each', 'only', 'must', 'may', 'might', 'should', 'shall', 'can', 'could', 'will', 'would']);
// the modal a contraction keeps: "can't" is "can" and "not", "won't" "will" and "not"
const CONTRACTED_MODAL: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };
// Number words read as values, so "three thousand" and "3,000" are one figure; the rest of the
// words that state a quantity ("half", "dozens", "hundreds") must agree as written.
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const QUANTITY_WORDS = new Set(['hundreds', 'thousands', 'millions', 'billions', 'half', 'dozen', 'dozens']);
// a token as core/analysis's words() finds one, punctuation between tokens kept apart
const TOKEN = /[\p{L}\p{N}*](?:[^\s\-–—/]*[\p{L}\p{N}\p{M}*])?|[^\s\p{L}\p{N}\-–—]/gu;
const isQuantity = (w: string): boolean => /\p{N}/u.test(w) || w in UNITS || w in SCALES || w === 'hundred' || w === 'percent' || QUANTITY_WORDS.has(w);
// "40%", "40 percent" and "40 per cent" are one figure
const percentAsWord = (text: string): string => text.replace(/\s*%|\bper\s?cent\b/giu, ' percent');
const FIGURE = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

/** The figures of a text as values: "3,000", "3000", "three thousand" and "3 thousand" are 3000. */
function figures(text: string): string[] {
  const out: string[] = [];
  let total = 0;
  let current = 0;
  let open = false;
  const flush = () => {
    if (open) out.push(String(Math.round((total + current) * 1000) / 1000));
    total = current = 0;
    open = false;
  };
  for (const [w] of compatible(percentAsWord(text)).toLowerCase().matchAll(TOKEN)) {
    if (w === 'percent') {
      const figure = open;
      flush();
      if (figure) out[out.length - 1] += '%';
    } else if (FIGURE.test(w)) {
      flush(); // two figures in a row are two figures ("in 2019, 12 staff")
      current = Number(w.replace(/,/g, ''));
      open = true;
    } else if (w in UNITS) {
      // "twenty five", "two hundred five" are one figure; "three, four" and "2019 one" two
      if (open && current % 100 !== 0 && !(current < 100 && current % 10 === 0 && UNITS[w] < 10)) flush();
      current += UNITS[w];
      open = true;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
      open = true;
    } else if (w in SCALES) {
      total += (current || 1) * SCALES[w];
      current = 0;
      open = true;
    } else {
      flush();
      if (/\p{N}/u.test(w)) out.push(w); // "12th", "COVID-19": as written
      else if (QUANTITY_WORDS.has(w)) out.push(w);
    }
  }
  flush();
  return out;
}

/** The words of a text that carry its polarity, its qualifiers and its figures: negations (as "not"), quantifiers and modals, numbers as values. */
function claimWords(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (CONTRACTED_NOT.test(w)) {
      const modal = w.replace(CONTRACTED_NOT, '');
      const base = CONTRACTED_MODAL[modal] ?? modal;
      if (QUALIFIERS.has(base)) out.push(base);
      out.push('not');
    } else if (w === 'cannot') out.push('can', 'not');
    else if (isNegation(w)) out.push('not');
    else if (QUALIFIERS.has(w)) out.push(w);
  }
  return out.concat(figures(text));
}

/** Whether two word lists hold the same words, each as many times. */
function sameTally(ca: readonly string[], cb: readonly string[]): boolean {
  if (ca.length !== cb.length) return false;
  const counts = tally(ca);
  for (const w of cb) {
    const n = counts.get(w) ?? 0;
    if (!n) return false;
    counts.set(w, n - 1);
  }
  return true;
}

// The names a text mentions: capitalised words that are no stop word nor claim word. "Oxfam
// suspended" → "MSF suspended" is another actor; a name at a sentence's start counts too, so an
// edit of a sentence's first content word is refused with it (a false "gone" is the cheap error).
function names(text: string): Set<string> {
  const out = new Set<string>();
  for (const [t] of compatible(text).matchAll(TOKEN)) {
    if (!/^\p{Lu}/u.test(t)) continue;
    const w = t.toLowerCase();
    if (isStopWord(w) || isNegation(w) || QUALIFIERS.has(w) || w in UNITS || w in SCALES || QUANTITY_WORDS.has(w)) continue;
    out.add(w);
  }
  return out;
}

const sameNames = (a: string, b: string): boolean => {
  const inA = new Set(words(a));
  const inB = new Set(words(b));
  for (const n of names(a)) if (!inB.has(n)) return false;
  for (const n of names(b)) if (!inA.has(n)) return false;
  return true;
};

// Prefixes that make a word its opposite ("lawful" → "unlawful", "agree" → "disagree"), and
// "de-" against "in-" ("increased" → "decreased"); what is left must be a word's worth (4 letters).
const OPPOSING_PREFIX = /^(?:non|dis|un|in|im|il|ir|de)(?=\p{L}{4})/u;
const unprefixed = (w: string): string => w.replace(OPPOSING_PREFIX, '');

// Words of opposite direction with no prefix between them ("rose" → "fell", "improved" →
// "deteriorated", "more" → "fewer"), as data: each pair's two sides, their common forms.
const OPPOSITE_WORDS: [string, string][] = [
  ['rise rises rose risen rising', 'fall falls fell fallen falling'],
  ['grow grows grew grown growing growth', 'shrink shrinks shrank shrunk shrinking'],
  ['improve improves improved improving improvement', 'worsen worsens worsened worsening deteriorate deteriorates deteriorated deteriorating deterioration'],
  ['increase increases increased increasing', 'decline declines declined declining drop drops dropped dropping'],
  ['gain gains gained gaining win wins won winning', 'lose loses lost losing loss losses'],
  ['expand expands expanded expanding expansion', 'reduce reduces reduced reducing reduction cut cuts'],
  ['strengthen strengthens strengthened strengthening', 'weaken weakens weakened weakening'],
  ['support supports supported supporting', 'oppose opposes opposed opposing'],
  ['accept accepts accepted accepting approve approves approved approving', 'reject rejects rejected rejecting refuse refuses refused refusing'],
  ['allow allows allowed allowing permit permits permitted permitting', 'prevent prevents prevented preventing prohibit prohibits prohibited prohibiting ban bans banned banning block blocks blocked blocking'],
  ['succeed succeeds succeeded success successful', 'fail fails failed failing failure'],
  ['more', 'less fewer'],
  ['higher highest', 'lower lowest'],
  ['better best', 'worse worst'],
  ['above', 'below'],
  ['before', 'after'],
  ['true', 'false'],
];
/** A word's side in OPPOSITE_WORDS: the pair's index times two, plus 0 or 1. */
const SIDE = new Map(OPPOSITE_WORDS.flatMap(([one, other], i) => [...one.split(' ').map((w) => [w, 2 * i] as const), ...other.split(' ').map((w) => [w, 2 * i + 1] as const)]));

/** Whether a word replaced in the edit is its replacement's opposite: by a negating prefix, or a word of the other direction. */
function turnedOpposite(a: string, b: string): boolean {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  const onlyA = [...wa].filter((w) => !wb.has(w));
  const onlyB = [...wb].filter((w) => !wa.has(w));
  const sidesB = new Set(onlyB.map((w) => SIDE.get(w)).filter((s) => s !== undefined));
  for (const x of onlyA) {
    const side = SIDE.get(x);
    if (side !== undefined && sidesB.has(side ^ 1)) return true;
    for (const y of onlyB) {
      const ux = unprefixed(x);
      const uy = unprefixed(y);
      if ((ux !== x || uy !== y) && (ux === y || uy === x || ux === uy)) return true;
    }
  }
  return false;
}

/** Whether two texts hold the same negations, qualifiers, figures and names, and no word turned into its opposite. */
export function sameClaims(a: string, b: string): boolean {
  return sameTally(claimWords(a), claimWords(b)) && sameNames(a, b) && !turnedOpposite(a, b);
}

/**
 * How far an edited paragraph is its old self's successor: its share of content words, or 0 when
 * a negation or a number changed — a link to the old one must not lead to the opposite claim.
 */
export const successorShare = (before: string, after: string): number => (sameClaims(before, after) ? sharedWords(before, after) : 0);

/** The least share of content words an edited paragraph keeps to be its old self's successor. */
export const SUCCESSOR_SHARE = 0.6;
