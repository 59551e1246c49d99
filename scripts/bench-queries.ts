import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rng } from '../test/helpers/fuzz.js';

// The query mix of npm run bench, drawn from the corpus text itself (never from the labelled
// queries the ranking was tuned on): words by frequency band, two words, phrases, prefixes,
// typos, and facet filters with and without words. Deterministic for a corpus and a seed.

export type Query = { class: string; params: Record<string, string | string[]> };

/** A generated corpus's paragraphs (blank-line separated), the text both peers index. */
export async function corpusParagraphs(corpusDir: string, maxFiles = Infinity): Promise<{ doc: string; text: string }[]> {
  const files = (await readdir(corpusDir)).filter((f) => /\.(txt|md)$/.test(f)).sort().slice(0, maxFiles);
  const out: { doc: string; text: string }[] = [];
  for (const f of files) {
    const body = await readFile(join(corpusDir, f), 'utf8');
    for (const para of body.split(/\n\s*\n/)) if (para.trim()) out.push({ doc: f.replace(/\.\w+$/, ''), text: para.replace(/\s+/g, ' ').trim() });
  }
  return out;
}

const STOP = new Set(['the', 'and', 'for', 'that', 'with', 'this', 'from', 'have', 'their', 'which', 'were', 'been', 'there', 'they', 'also', 'into', 'such', 'more', 'other', 'than', 'these', 'would', 'should', 'could', 'about']);

export function queryMix(paragraphs: { doc: string; text: string }[], n = 400, seed = 7): Query[] {
  // deterministic (mulberry32): the same seed gives the same mix
  const rnd = rng(seed);
  const counts = new Map<string, number>();
  // a sample is enough to rank words by frequency
  for (let i = 0; i < paragraphs.length; i += Math.max(1, Math.floor(paragraphs.length / 5000))) {
    for (const w of paragraphs[i].text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) if (!STOP.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const words = [...counts].filter(([, c]) => c >= 3).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
  const band = (from: number, to: number) => words[Math.min(words.length - 1, from + Math.floor(rnd() * Math.max(1, Math.min(to, words.length) - from)))];
  const docs = [...new Set(paragraphs.map((p) => p.doc))];
  const para = () => paragraphs[Math.floor(rnd() * paragraphs.length)].text;
  const out: Query[] = [];
  for (let i = 0; out.length < n; i++) {
    switch (i % 9) {
      case 0: out.push({ class: 'common word', params: { q: band(10, 200) } }); break;
      case 1: out.push({ class: 'rare word', params: { q: band(500, 20_000) } }); break;
      case 2: out.push({ class: 'two words', params: { q: `${band(20, 2000)} ${band(20, 2000)}` } }); break;
      case 3: {
        const ws = para().split(' ').map((w) => w.replace(/[^\p{L}]/gu, '')).filter((w) => w.length > 2);
        const at = Math.floor(rnd() * Math.max(1, ws.length - 3));
        out.push({ class: 'phrase', params: { q: `"${ws.slice(at, at + 3).join(' ')}"` } });
        break;
      }
      case 4: out.push({ class: 'prefix', params: { q: `${band(50, 3000).slice(0, 5)}*` } }); break;
      case 5: {
        const w = band(50, 3000);
        const k = 1 + Math.floor(rnd() * (w.length - 2));
        out.push({ class: 'typo', params: { q: w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2) } });
        break;
      }
      case 6: out.push({ class: 'word + kind', params: { q: band(20, 2000), kind: rnd() < 0.5 ? 'recommendation' : 'finding' } }); break;
      case 7: out.push({ class: 'word + document', params: { q: band(20, 2000), doc: docs[Math.floor(rnd() * docs.length)] } }); break;
      default: out.push({ class: 'facets only', params: { q: '', kind: ['recommendation', 'key-message'], year: `${2005 + Math.floor(rnd() * 10)}-2025` } });
    }
  }
  return out;
}

/**
 * Shapes of request the bench's mix never sends, drawn from the corpus text and the build's own
 * facet values: three or four words, two-word phrases, short prefixes, a word with a tag facet,
 * an excluded word, sorted by date, a second page, a phrase with a word, a typo beside a word,
 * capitalised words and OR.
 */
export function otherMix(paragraphs: { doc: string; text: string }[], facetValues: (facet: string) => string[], n: number, seed: number): Query[] {
  const rnd = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const wordsOf = () => pick(paragraphs).text.split(' ').map((w) => w.replace(/[^\p{L}]/gu, '')).filter((w) => w.length > 3);
  const word = () => pick(wordsOf().length ? wordsOf() : ['water']).toLowerCase();
  const run = (k: number) => {
    const ws = wordsOf();
    const at = Math.floor(rnd() * Math.max(1, ws.length - k));
    return ws.slice(at, at + k).join(' ') || word();
  };
  const typo = (w: string) => (w.length < 5 ? w : w.slice(0, 2) + w[3] + w[2] + w.slice(4));
  const facets = ['actor', 'theme', 'place'].map((f) => ({ f, vs: facetValues(f) })).filter((x) => x.vs.length);
  const out: Query[] = [];
  for (let i = 0; out.length < n; i++) {
    switch (i % 10) {
      case 0: out.push({ class: 'three words', params: { q: `${word()} ${word()} ${word()}` } }); break;
      case 1: out.push({ class: 'two-word phrase', params: { q: `"${run(2)}"` } }); break;
      case 2: out.push({ class: 'short prefix', params: { q: `${word().slice(0, 3 + Math.floor(rnd() * 2))}*` } }); break;
      case 3: {
        const { f, vs } = pick(facets);
        out.push({ class: 'word + tag', params: { q: word(), [f]: pick(vs) } });
        break;
      }
      case 4: out.push({ class: 'word -word', params: { q: `${word()} ${word()} -${word()}` } }); break;
      case 5: out.push({ class: 'by date / page 2', params: rnd() < 0.5 ? { q: `${word()} ${word()}`, sort: 'date' } : { q: word(), page: '2' } }); break;
      case 6: out.push({ class: 'phrase + word', params: { q: `"${run(2)}" ${word()}` } }); break;
      case 7: out.push({ class: 'typo + word', params: { q: `${typo(word())} ${word()}` } }); break;
      case 8: out.push({ class: 'typed as written', params: { q: run(4 + Math.floor(rnd() * 3)) } }); break;
      default: out.push({ class: 'OR', params: { q: `${word()} OR ${word()}` } });
    }
  }
  return out;
}

/**
 * A prefix beside other words, the shape the engine ranks as an OR of a prefix and terms:
 * a 3–6 letter prefix of a corpus word with one or two words, before or after them, and one
 * prefix of every length alone (what a prefix list answers by itself).
 */
export function prefixMix(paragraphs: { doc: string; text: string }[], n: number, seed: number): Query[] {
  const rnd = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const words = () => pick(paragraphs).text.split(' ').map((w) => w.replace(/[^\p{L}]/gu, '').toLowerCase()).filter((w) => w.length > 6);
  const word = () => {
    // the pick reads a second paragraph's words, which may be none ("Table 3", a number alone):
    // picked from nothing, the word was undefined and the mix threw; the draws stay as serve44's
    // seeds made them
    const ws = words().length ? words() : [];
    return pick(ws.length ? ws : ['protection']);
  };
  const prefix = (length: number) => `${word().slice(0, length)}*`;
  const out: Query[] = [];
  for (let i = 0; out.length < n; i++) {
    const length = 3 + (i % 4);
    switch (Math.floor(i / 4) % 4) {
      case 0: out.push({ class: `prefix${length} + word`, params: { q: `${prefix(length)} ${word()}` } }); break;
      case 1: out.push({ class: `word + prefix${length}`, params: { q: `${word()} ${prefix(length)}` } }); break;
      case 2: out.push({ class: `prefix${length} + 2 words`, params: { q: `${prefix(length)} ${word()} ${word()}` } }); break;
      default: out.push({ class: `prefix${length}`, params: { q: prefix(length) } });
    }
  }
  return out;
}

/** The text part of a query as SQLite FTS5 reads it, for the raw peer (no typo correction, no facets). */
export function fts5Match(q: string): string | null {
  const phrase = /^"(.*)"$/.exec(q);
  if (phrase) return `"${phrase[1].replace(/"/g, '')}"`;
  const terms = q.split(/\s+/).filter(Boolean).map((t) => (t.endsWith('*') ? `"${t.slice(0, -1)}"*` : `"${t}"`));
  return terms.length ? terms.join(' ') : null;
}
