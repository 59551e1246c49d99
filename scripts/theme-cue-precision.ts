import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { matchLabels, type TagLabel } from '../eval/tags.js';
import { splitSets, TRAINING_FILES, type SplitSet } from '../eval/tag-halves.js';
import { loadWritten, writtenPassages } from '../eval/written-tags.js';
import { DEFAULT_TAXONOMY, loadTaxonomy } from '../core/taxonomy.js';
import { DEFAULT_TAGGER, Tagger, themeBar } from '../indexer/tag/tagger.js';
import type { Passage } from '../core/types.js';
import { countsWithout, crossValidate, microF1, standingTags, weakCues, type CueTag, type Counts } from '../eval/theme-decision-cv.js';

// npx tsx scripts/theme-cue-precision.ts [--min N] [--bar P] [--folds K] [--list]
// Precision first (issue 14, themes18): per theme cue, on the design pool only (the design
// halves of eval/tag-halves.ts and both training sets whole; no check half is read), the tags
// that STAND on the cue — the theme's summed weight without the cue's share falls below the
// passage's bar — and how many of them the labels hold. A cue whose standing tags are right
// less often than break-even (a removed false tag gains F1/D, a removed true one costs
// (2 − F1)/D: break-even precision F1/2) costs more than it earns. The bar (--bar, 0.30) and the
// least number of standing tags (--min, 5) are fixed before counting. --folds K cross-validates
// the rule by document: the cues chosen on K−1 folds, their tags removed on the K-th, F1 before
// and after summed over the folds. The estimate is first-order (one cue's share is its weight
// times its matches, at most two); a cue list chosen here is then measured by tagging again.

const at = (flag: string) => process.argv.indexOf(flag);
const num = (flag: string, d: number) => (at(flag) > 0 ? Number(process.argv[at(flag) + 1]) : d);
const MIN = num('--min', 5);
const BAR = num('--bar', 0.3);
const FOLDS = num('--folds', 5);

type WeightMap = Map<string, number>;

/** Every written cue of a theme with its weight, lower-cased: cues, situational, mined, other languages. */
function weights(): Map<string, WeightMap> {
  const raw = JSON.parse(readFileSync(DEFAULT_TAXONOMY, 'utf8')) as { themes: { id: string; cues?: Record<string, number>; situational?: Record<string, number>; mined?: Record<string, number>; cuesByLanguage?: Record<string, Record<string, number>> }[] };
  const out = new Map<string, WeightMap>();
  for (const t of raw.themes) {
    const m: WeightMap = new Map();
    for (const dict of [t.cues, t.situational, t.mined, ...Object.values(t.cuesByLanguage ?? {})]) for (const [k, v] of Object.entries(dict ?? {})) m.set(k.toLowerCase(), v);
    out.set(t.id, m);
  }
  return out;
}

function weightOf(m: WeightMap, cue: string): number | undefined {
  const c = cue.toLowerCase();
  for (const v of [c, c.replace(/s$/, ''), c.replace(/es$/, ''), c.replace(/ies$/, 'y'), c.replace(/iz/g, 'is'), c.replace(/is/g, 'iz'), c.replace(/our/g, 'or'), c.replace(/or\b/g, 'our')]) if (m.has(v)) return m.get(v);
  return undefined;
}

function matchesIn(text: string, cue: string): number {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
  return Math.min(2, Math.max(1, [...text.matchAll(re)].length));
}

async function pool(tagger: Tagger): Promise<SplitSet[]> {
  const sets = (await splitSets(tagger)).filter((s) => s.role === 'design');
  for (const file of TRAINING_FILES) {
    const { labels, passages } = writtenPassages(await loadWritten(file), tagger);
    sets.push({ name: basename(file, '.json'), role: 'design', labels, passages });
  }
  return sets;
}

/** Every theme given in the pool with its cues' shares, and every one missed (a tag that never holds). */
function tagsOf(sets: SplitSet[]): CueTag[] {
  const w = weights();
  const tagged: CueTag[] = [];
  for (const s of sets) {
    for (const [l, p] of matchLabels(s.labels, s.passages).pairs as [TagLabel, Passage][]) {
      const got = new Set(p.themes);
      for (const id of l.themes) if (!got.has(id)) tagged.push({ doc: `${s.name}\t${l.doc}`, right: true, score: Number.NEGATIVE_INFINITY, bar: 0, parts: [] });
      for (const id of p.themes) {
        const e = p.evidence.find((x) => x.facet === 'theme' && x.id === id);
        const parts: CueTag['parts'] = [];
        if (e?.rule === 'weighted cues') {
          for (const cue of e.matched) {
            const heading = cue.startsWith('heading: ');
            const actor = cue.startsWith('actor: ');
            const bare = cue.replace(/^(heading|actor): /, '');
            const weight = actor ? DEFAULT_TAGGER.partnerWeight : weightOf(w.get(id) ?? new Map(), bare);
            if (weight === undefined) continue;
            const share = heading ? weight * DEFAULT_TAGGER.headingWeight : actor ? weight : weight * matchesIn(p.text, bare);
            parts.push({ key: `${id}\t${cue.toLowerCase()}`, share });
          }
        }
        tagged.push({ doc: `${s.name}\t${l.doc}`, right: l.themes.includes(id), parts, score: e?.score ?? Number.POSITIVE_INFINITY, bar: themeBar(p.kind, p.text, DEFAULT_TAGGER) });
      }
    }
  }
  return tagged;
}

async function main(): Promise<void> {
  const tagger = new Tagger(loadTaxonomy());
  const tagged = tagsOf(await pool(tagger));
  const stand = standingTags(tagged);
  const drop = weakCues(stand, MIN, BAR);
  const given = tagged.filter((t) => t.score > Number.NEGATIVE_INFINITY).length;
  console.log(`design pool: ${given} themes given, ${tagged.length - given} missed; a cue is dropped below P ${BAR} with at least ${MIN} tags standing on it`);
  const p = ([r, w]: [number, number]) => r / (r + w);
  const rows = [...stand].filter(([, [r, w]]) => r + w >= MIN).sort((a, b) => p(a[1]) - p(b[1]));
  for (const [k, [r, w]] of at('--list') > 0 ? rows : rows.filter(([k]) => drop.has(k))) console.log(`${drop.has(k) ? 'DROP ' : '     '}${k.replace('\t', '  ').padEnd(60)} standing ${r}/${r + w} right (P ${(r / (r + w)).toFixed(2)})`);
  const show = (c: Counts) => `${microF1(c).toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
  console.log(`whole pool, first-order: F1 ${show(countsWithout(tagged, 0, new Set()))} -> ${show(countsWithout(tagged, 0, drop))}, ${drop.size} cues dropped`);
  const cv = crossValidate(tagged, FOLDS, (train) => weakCues(standingTags(train), MIN, BAR), (held, choice) => countsWithout(held, 0, choice ?? new Set()));
  console.log(`${FOLDS}-fold by document (each fold's cues chosen on the others: ${cv.choices.map((c) => c.size).join(', ')}): F1 ${show(cv.before)} -> ${show(cv.after)}`);
}
void main();
