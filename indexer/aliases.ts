import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { aliasesSchema, NO_ALIASES, type Aliases } from '../core/build/aliases.js';
import { LIBRARY_DB } from '../core/build/format.js';
import { currentBuild, readManifest } from '../core/build/publish.js';
import { PassageIds } from './stages/segment.js';
import { compatible, isStopWord, words } from '../core/analysis.js';

// The ids a renamed file's document and passages had in the build being replaced (see
// core/build/aliases.ts). A file is the same document when its bytes hash the same; its
// passages keep the text they had when the ids the segmenter would have made under the old
// document id are made again from it, so no passage of the old build is read.

export interface PreviousBuild {
  /** content hash → the document's id in the build being replaced */
  byHash: Map<string, string>;
  /** content hash → the corpus file that document was read from */
  fileByHash: Map<string, string>;
  /** document id → its content hash in the build being replaced */
  hashOf?: Map<string, string>;
  /** a document's passages in the build being replaced (ids and texts, reading order): read only for a document edited since */
  passagesOf?(docId: string): { id: string; text: string }[];
  /** releases what was opened to read it */
  close?(): void;
  aliases: Aliases;
}

export const NO_PREVIOUS: PreviousBuild = { byHash: new Map(), fileByHash: new Map(), aliases: NO_ALIASES };

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
function prefixOpposite(a: string, b: string): boolean {
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
  return sameTally(claimWords(a), claimWords(b)) && sameNames(a, b) && !prefixOpposite(a, b);
}

/**
 * How far an edited paragraph is its old self's successor: its share of content words, or 0 when
 * a negation or a number changed — a link to the old one must not lead to the opposite claim.
 */
export const successorShare = (before: string, after: string): number => (sameClaims(before, after) ? sharedWords(before, after) : 0);

/** The least share of content words an edited paragraph keeps to be its old self's successor. */
export const SUCCESSOR_SHARE = 0.6;

/** The published build's documents (id and content hash) and its alias table; none when there is none or it cannot be read. */
export async function readPrevious(indexDir: string): Promise<PreviousBuild> {
  const id = await currentBuild(indexDir);
  if (!id) return NO_PREVIOUS;
  const dir = join(indexDir, 'builds', id);
  try {
    const manifest = await readManifest(dir);
    let rows: [string, string, string][] = [];
    let passagesOf: PreviousBuild['passagesOf'];
    let close: PreviousBuild['close'];
    if (manifest.files['documents.json']) {
      rows = (JSON.parse(await readFile(join(dir, 'documents.json'), 'utf8')) as { id: string; hash: string; file: string }[]).map((d) => [d.hash, d.id, d.file]);
      // a lunr build is small (below 3,000 passages): its passages are read whole, once, if a document was edited
      let byDoc: Map<string, { id: string; text: string }[]> | undefined;
      passagesOf = (docId) => {
        if (!byDoc) {
          byDoc = new Map();
          const all = manifest.files['passages.json'] ? (JSON.parse(readFileSync(join(dir, 'passages.json'), 'utf8')) as { id: string; doc: string; text: string }[]) : [];
          for (const p of all) (byDoc.get(p.doc) ?? byDoc.set(p.doc, []).get(p.doc)!).push({ id: p.id, text: p.text });
        }
        return byDoc.get(docId) ?? [];
      };
    } else if (manifest.files[LIBRARY_DB]) {
      const db = new Database(join(dir, LIBRARY_DB), { readonly: true, fileMustExist: true });
      rows = db.prepare("SELECT json_extract(record, '$.hash'), id, json_extract(record, '$.file') FROM documents").raw().all() as [string, string, string][];
      const ofDoc = db.prepare('SELECT p.id, p.text FROM passages p JOIN documents d ON p.doc = d.ord WHERE d.id = ? ORDER BY p.ord');
      passagesOf = (docId) => ofDoc.all(docId) as { id: string; text: string }[];
      close = () => db.close();
    }
    const aliases = manifest.files['aliases.json'] ? aliasesSchema.parse(JSON.parse(await readFile(join(dir, 'aliases.json'), 'utf8'))) : NO_ALIASES;
    const hashed = rows.filter(([hash]) => typeof hash === 'string' && hash);
    return { byHash: new Map(hashed.map(([hash, id]) => [hash, id])), fileByHash: new Map(hashed.map(([hash, , file]) => [hash, file])), hashOf: new Map(hashed.map(([hash, doc]) => [doc, hash])), passagesOf, close, aliases };
  } catch {
    // a damaged or older build: the new build simply has no aliases for it
    return NO_PREVIOUS;
  }
}

/** Collects the aliases of a build as its documents arrive. */
export class AliasCollector {
  private readonly documents = new Map<string, string>();
  private readonly passages = new Map<string, string>();
  private readonly gone = new Map<string, string>();
  /** old passage id → its edited successor (text changed) */
  private readonly edits = new Map<string, string>();

  constructor(private readonly previous: PreviousBuild) {}

  /** A document of this build, its passages' ids and texts in reading order. */
  add(docId: string, hash: string, ids: readonly string[], texts: readonly string[]): void {
    const old = this.previous.byHash.get(hash);
    if (old === undefined) {
      const before = this.previous.hashOf?.get(docId);
      if (before !== undefined && before !== hash) this.edited(docId, ids, texts);
      return;
    }
    if (old === docId) return;
    this.documents.set(old, docId);
    const oldIds = new PassageIds(old);
    texts.forEach((text, i) => this.passages.set(oldIds.next(text), ids[i]));
  }

  /**
   * A document whose file changed under the same name: each passage of the previous build that
   * is no longer here leads to its successor — the passage at the same position, if it is new
   * in this build, shares most of its content words and changed no negation nor number — or
   * else to the document.
   */
  private edited(docId: string, ids: readonly string[], texts: readonly string[]): void {
    const before = this.previous.passagesOf?.(docId) ?? [];
    if (!before.length) return;
    const now = new Set(ids);
    const was = new Set(before.map((p) => p.id));
    const taken = new Set<number>();
    // the same position counted from the start and from the end: a paragraph added or removed
    // elsewhere in the document moves the ones after it (or before it, counted from the end)
    const shift = ids.length - before.length;
    before.forEach((p, i) => {
      if (now.has(p.id)) return;
      let best = -1;
      let share = SUCCESSOR_SHARE;
      for (const j of new Set([i, i + shift])) {
        if (j < 0 || j >= ids.length || was.has(ids[j]) || taken.has(j)) continue;
        const s = successorShare(p.text, texts[j]);
        if (s >= share) [best, share] = [j, s];
      }
      if (best >= 0) {
        taken.add(best);
        this.edits.set(p.id, ids[best]);
      } else this.gone.set(p.id, docId);
    });
  }

  private closed = false;

  /** Releases the previous build (its database); once. */
  close(): void {
    if (!this.closed) this.previous.close?.();
    this.closed = true;
  }

  /**
   * The table to publish: this build's renames and edits, and an earlier build's carried forward
   * to where their passages are now (a file renamed twice, a paragraph edited after its file was
   * renamed); never an id this build itself holds. A passage whose text changed anywhere on the
   * way is listed under `edited`, one whose text is the same under `passages`.
   */
  result(liveDocument: (id: string) => boolean, livePassage: (id: string) => boolean): Aliases {
    const out: Aliases = { documents: {}, passages: {}, gone: {}, edited: {} };
    for (const [from, to] of Object.entries(this.previous.aliases.documents)) {
      const now = this.documents.get(to) ?? (liveDocument(to) ? to : undefined);
      if (now !== undefined && !liveDocument(from)) out.documents[from] = now;
    }
    for (const [from, to] of this.documents) if (!liveDocument(from) && from !== to) out.documents[from] = to;
    // where a passage id of an earlier build is now, and whether its text changed this build
    const now = (to: string): [string, boolean] | undefined => {
      const moved = this.passages.get(to);
      if (moved !== undefined) return [moved, false];
      const successor = this.edits.get(to);
      if (successor !== undefined) return [successor, true];
      return livePassage(to) ? [to, false] : undefined;
    };
    const put = (from: string, to: string, edited: boolean) => {
      if (!livePassage(from) && from !== to) (edited ? out.edited : out.passages)[from] = to;
    };
    for (const [from, to] of Object.entries(this.previous.aliases.passages)) {
      const n = now(to);
      if (n) put(from, n[0], n[1]);
    }
    for (const [from, to] of Object.entries(this.previous.aliases.edited ?? {})) {
      const n = now(to);
      if (n) put(from, n[0], true);
    }
    for (const [from, to] of this.passages) put(from, to, false);
    for (const [from, to] of this.edits) put(from, to, true);
    // a gone passage's document, renamed since, is named by its id now; one no longer here drops the entry
    const docNow = (doc: string) => this.documents.get(doc) ?? (liveDocument(doc) ? doc : undefined);
    for (const [from, doc] of [...Object.entries(this.previous.aliases.gone ?? {}), ...this.gone]) {
      const now = docNow(doc);
      if (now !== undefined && !livePassage(from) && out.passages[from] === undefined && out.edited[from] === undefined) out.gone[from] = now;
    }
    return out;
  }
}
