import { basename } from 'node:path';
import { writeFileSync } from 'node:fs';
import { matchLabels, type TagLabel } from '../eval/tags.js';
import { splitSets, TRAINING_FILES, type SplitSet } from '../eval/tag-halves.js';
import { loadWritten, writtenPassages } from '../eval/written-tags.js';
import { loadTaxonomy } from '../core/taxonomy.js';
import { documentFolds, microF1, type Counts } from '../eval/theme-decision-cv.js';
import { DEFAULT_FIT, fitTheme, type Example, type FitOptions } from '../eval/theme-model-train.js';
import { DEFAULT_TAGGER, Tagger, themeBar, type TaggerOptions } from '../indexer/tag/tagger.js';
import { features, modelStems, themeLexicon, type ThemeLexicon, probability, type ModelInput, type ThemeModel, type ThemeModelWeights } from '../eval/theme-model.js';
import { probed } from '../indexer/tag/mentions.js';
import type { Passage } from '../core/types.js';
import { cosine, loadVectorTable, meanVector } from '../eval/theme-vectors.js';
import { cosineOf, loadEmbeddings } from '../eval/sentence-embeddings.js';

// npx tsx scripts/theme-model-cv.ts [--folds 5] [--l2 X] [--min-docs N] [--epochs N] [--threshold P]
//   [--no-context] [--no-words] [--no-lexicon] [--taxonomy-words] [--themes] [--remove] [--cpu] [--write FILE] [--check]
// The learned theme model (indexer/tag/theme-model.ts) by cross-validation by document on the
// design pool only (eval/tag-halves.ts's design halves and both training sets whole): each
// fold's per-theme models fitted on the other folds, its passages scored by them; the themes
// the cues gave plus those the model adds at or above a threshold. Prints out-of-fold micro-F1
// by threshold. --write fits on the whole pool and writes the model with --threshold.
// --check scores the check halves whole with the whole pool's model (once per candidate).
// --remove also fits a model on the passages the cues gave each theme and drops a cue tag it
// finds unlikely. --cpu times the whole pool's model over the pool (stems, features, scores).
// --no-words keeps only the theme's own words' counts (lexicon), the cues' nearness, context and
// kind; --taxonomy-words keeps word features only of the taxonomy's own vocabulary.
// --vectors TSV [--dense] [--meaning] [--sentences] adds the passage's meaning as a word-vector mean
// (eval/theme-vectors.ts, table from scripts/theme-vector-table.ts; themevec24). --cpu times
// the model without the vectors. --embeddings F32 takes the same features (--dense, --meaning,
// --sentences) from a sentence encoder's vectors instead (eval/sentence-embeddings.ts; meaning41);
// --texts-out FILE writes the texts it needs (passages, sentences, each theme's meaning; with
// --check the check halves' too) as a JSON array for the encoder, and stops.

const at = (flag: string) => process.argv.indexOf(flag);
const num = (flag: string, d: number) => (at(flag) > 0 ? Number(process.argv[at(flag) + 1]) : d);
const FOLDS = num('--folds', 5);
const FIT: FitOptions = { ...DEFAULT_FIT, l2: num('--l2', DEFAULT_FIT.l2), minDocs: num('--min-docs', DEFAULT_FIT.minDocs), epochs: num('--epochs', DEFAULT_FIT.epochs), rate: num('--rate', DEFAULT_FIT.rate) };
const THRESHOLD = num('--threshold', 0.5);
const NO_CONTEXT = process.argv.includes('--no-context');
const NO_WORDS = process.argv.includes('--no-words');
const LOW = 0.25;

interface Row {
  doc: string;
  set: string;
  gold: Set<string>;
  cue: Set<string>;
  input: ModelInput;
  stems: Set<string>;
  heading: Set<string>;
  text: string;
  /** the passage's SIF mean word vector (--vectors) */
  vec?: Float32Array;
  /** its sentences' SIF mean vectors (--vectors) */
  sentences?: Float32Array[];
}

async function pool(tagger: Tagger, role: 'design' | 'check'): Promise<SplitSet[]> {
  const sets = (await splitSets(tagger)).filter((s) => s.role === role);
  if (role === 'check') return sets;
  for (const file of TRAINING_FILES) {
    const { labels, passages } = writtenPassages(await loadWritten(file), tagger);
    sets.push({ name: basename(file, '.json'), role: 'design', labels, passages });
  }
  return sets;
}

const BODY = (p: Passage) => p.kind !== 'reference' && p.kind !== 'footnote';

async function rowsOf(role: 'design' | 'check'): Promise<Row[]> {
  const tax = loadTaxonomy();
  const low: TaggerOptions = { ...DEFAULT_TAGGER, themeThreshold: DEFAULT_TAGGER.themeThreshold * LOW, titleThemeThreshold: DEFAULT_TAGGER.titleThemeThreshold * LOW };
  const base = await pool(new Tagger(tax), role);
  const lowSets = await pool(new Tagger(tax, low), role);
  const rows: Row[] = [];
  base.forEach((s, si) => {
    // context of each passage in its document, from the cues' tags
    const ctx = new Map<Passage, { previous: Set<string>; next: Set<string>; share: Map<string, number> }>();
    const byDoc = new Map<string, Passage[]>();
    for (const p of s.passages) byDoc.set(p.doc, [...(byDoc.get(p.doc) ?? []), p]);
    for (const ps of byDoc.values()) {
      const body = ps.filter(BODY);
      const share = new Map<string, number>();
      for (const p of body) for (const t of p.themes) share.set(t, (share.get(t) ?? 0) + 1 / body.length);
      ps.forEach((p, i) => ctx.set(p, { previous: new Set(ps[i - 1]?.themes ?? []), next: new Set(ps[i + 1]?.themes ?? []), share }));
    }
    const lowPairs = matchLabels(lowSets[si].labels, lowSets[si].passages).pairs;
    matchLabels(s.labels, s.passages).pairs.forEach(([l, p]: [TagLabel, Passage], j) => {
      const q = lowPairs[j][1];
      const bar = themeBar(p.kind, p.text, DEFAULT_TAGGER);
      const ratio = new Map<string, number>();
      for (const e of q.evidence) if (e.facet === 'theme' && e.rule === 'weighted cues' && e.score !== undefined) ratio.set(e.id, e.score / bar);
      const c = ctx.get(p)!;
      const heading = p.section.at(-1) ?? '';
      const input: ModelInput = { words: probed(p.text).words, heading, kind: p.kind, ratio, previous: NO_CONTEXT ? new Set() : c.previous, next: NO_CONTEXT ? new Set() : c.next, documentShare: NO_CONTEXT ? new Map() : c.share };
      rows.push({ doc: `${s.name}\t${l.doc}`, set: s.name, gold: new Set(l.themes), cue: new Set(p.themes), input, text: p.text, vec: EMB ? EMB.of(p.text) : TABLE ? meanVector(TABLE, probed(p.text).words) : undefined, sentences: EMB ? sentencesOf(p.text).map((x) => EMB.of(x)) : TABLE ? sentenceVectors(p.text) : undefined, stems: new Set([...modelStems(input.words)].filter((w) => !TAX_WORDS || VOCAB.has(w))), heading: new Set([...modelStems(probed(heading).words)].filter((w) => !TAX_WORDS || VOCAB.has(w))) });
    });
  });
  return rows;
}

const TAX = loadTaxonomy();
const THEMES = TAX.themes.map((t) => t.id);
const NO_LEXICON = process.argv.includes('--no-lexicon');
const LEXICONS = new Map<string, ThemeLexicon>(TAX.themes.map((t) => [t.id, themeLexicon([...Object.keys(t.cues), ...Object.keys(t.situational), ...Object.keys(t.mined)].map((c) => c.replace(/[|~]/g, ' ')), t.definition)]));
const VOCAB = new Set([...LEXICONS.values()].flatMap((l) => [...l.cueWords, ...l.definitionWords]));
const TAX_WORDS = process.argv.includes('--taxonomy-words');
const lex = (t: string) => (NO_LEXICON ? undefined : LEXICONS.get(t));
const modelled = (r: Row) => r.input.kind !== 'reference';

// --vectors TSV: the passage's meaning (eval/theme-vectors.ts) as features: --dense its 100
// components (e:0…e:99, a weight each per theme), --meaning its cosine to the theme's own
// meaning, the SIF mean of its definition's and cues' words (one weight per theme, scaled so
// the usual spread of cosines spans about 1).
const TABLE = at('--vectors') > 0 ? loadVectorTable(process.argv[at('--vectors') + 1]) : undefined;
const DENSE = process.argv.includes('--dense');
const MEANING = process.argv.includes('--meaning');
// --sentences: the best cosine of any one sentence to the theme's meaning, for a theme said in one clause
const SENTENCES = process.argv.includes('--sentences');
const sentencesOf = (text: string): string[] => text.split(/(?<=[.;:!?])\s+/).filter((x) => /[a-z]/i.test(x));
const sentenceVectors = (text: string): Float32Array[] =>
  sentencesOf(text)
    .map((s) => (TABLE ? meanVector(TABLE, probed(s).words) : undefined))
    .filter((v): v is Float32Array => v !== undefined);
const EMB = at('--embeddings') > 0 ? loadEmbeddings(process.argv[at('--embeddings') + 1]) : undefined;
// a theme's meaning for the encoder: its label and definition as a sentence, then its cues as a list
const themeText = (t: (typeof TAX.themes)[number]) => `${t.label}: ${t.definition} ${[...Object.keys(t.cues), ...Object.keys(t.situational)].map((c) => c.replace(/[|~]/g, ' ')).join(', ')}`;
const THEME_VEC = new Map(
  TAX.themes.map((t) => [t.id, EMB ? EMB.of(themeText(t)) : TABLE ? meanVector(TABLE, [t.definition, ...Object.keys(t.cues), ...Object.keys(t.situational)].join(' ').toLowerCase().split(/[^a-z]+/)) : undefined]),
);
function rowFeatures(r: Row, theme: string): Map<string, number> {
  const f = features(r.input, theme, r.stems, r.heading, lex(theme), !NO_WORDS);
  if (r.vec) {
    // components scaled so a unit vector's spread matches the 100-dimensional table's whatever the length
    const scale = 3 * Math.sqrt(r.vec.length / 100);
    if (DENSE) r.vec.forEach((x, d) => f.set(`e:${d}`, x * scale));
    const tv = THEME_VEC.get(theme);
    const cos = EMB ? cosineOf : cosine;
    if (MEANING && tv) f.set('mc', (cos(r.vec, tv) - 0.5) * 4);
    if (SENTENCES && tv && r.sentences?.length) f.set('ms', (Math.max(...r.sentences.map((v) => cos(v, tv))) - 0.5) * 4);
  }
  return f;
}

function examplesFor(rows: readonly Row[], theme: string): Example[] {
  return rows.filter((r) => modelled(r) && !r.cue.has(theme)).map((r) => ({ doc: r.doc, positive: r.gold.has(theme), features: rowFeatures(r, theme) }));
}

function keepExamples(rows: readonly Row[], theme: string): Example[] {
  return rows.filter((r) => modelled(r) && r.cue.has(theme)).map((r) => ({ doc: r.doc, positive: r.gold.has(theme), features: rowFeatures(r, theme) }));
}

function fitKeep(rows: readonly Row[]): Map<string, ThemeModelWeights> {
  return new Map(THEMES.map((t) => [t, fitTheme(keepExamples(rows, t), FIT)]));
}

function fit(rows: readonly Row[]): Map<string, ThemeModelWeights> {
  return new Map(THEMES.map((t) => [t, fitTheme(examplesFor(rows, t), FIT)]));
}

/** Per row and theme the cues left silent, the model's probability. */
function scored(rows: readonly Row[], models: ReadonlyMap<string, ThemeModelWeights>): Map<Row, Map<string, number>> {
  return new Map(rows.map((r) => [r, new Map(modelled(r) ? THEMES.filter((t) => !r.cue.has(t)).map((t) => [t, probability(models.get(t)!, rowFeatures(r, t))]) : [])]));
}

function counts(rows: readonly Row[], probs: ReadonlyMap<Row, Map<string, number>>, threshold: number): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const r of rows) {
    const got = new Set(r.cue);
    for (const [t, p] of probs.get(r) ?? []) if (p >= threshold) got.add(t);
    for (const t of got) c[r.gold.has(t) ? 'tp' : 'fp']++;
    for (const t of r.gold) if (!got.has(t)) c.fn++;
  }
  return c;
}

const show = (c: Counts) => `${microF1(c).toFixed(3)} (P ${(c.tp / (c.tp + c.fp)).toFixed(3)} R ${(c.tp / (c.tp + c.fn)).toFixed(3)}; tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
const GRID = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9];

async function main(): Promise<void> {
  const textsOut = at('--texts-out') > 0 ? process.argv[at('--texts-out') + 1] : undefined;
  if (textsOut) {
    const passages = [...(await rowsOf('design')), ...(process.argv.includes('--check') ? await rowsOf('check') : [])].map((r) => r.text);
    const texts = new Set([...passages, ...passages.flatMap(sentencesOf), ...TAX.themes.map(themeText)]);
    writeFileSync(textsOut, JSON.stringify([...texts]));
    console.log(`wrote ${texts.size} texts to ${textsOut}`);
    return;
  }
  const rows = await rowsOf('design');
  console.log(`taxonomy vocabulary: ${VOCAB.size} stems${TAX_WORDS ? ' (word features only from it)' : ''}`);
  console.log(`design pool: ${rows.length} passages, ${new Set(rows.map((r) => r.doc)).size} documents; fit ${JSON.stringify(FIT)}${NO_CONTEXT ? ' no context' : ''}${NO_WORDS ? ' no words' : ''}`);
  const folds = documentFolds(rows.map((r) => r.doc), FOLDS);
  const oof = new Map<Row, Map<string, number>>();
  for (let i = 0; i < FOLDS; i++) {
    const models = fit(rows.filter((r) => folds.get(r.doc) !== i));
    for (const [r, m] of scored(rows.filter((r) => folds.get(r.doc) === i), models)) oof.set(r, m);
  }
  console.log(`cues alone: ${show(counts(rows, oof, Infinity))}`);
  if (process.argv.includes('--remove')) {
    const keep = new Map<Row, Map<string, number>>();
    for (let i = 0; i < FOLDS; i++) {
      const models = fitKeep(rows.filter((r) => folds.get(r.doc) !== i));
      for (const r of rows.filter((x) => folds.get(x.doc) === i)) keep.set(r, new Map(modelled(r) ? [...r.cue].map((t) => [t, probability(models.get(t)!, rowFeatures(r, t))]) : []));
    }
    for (const tr of [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4]) {
      const c = { tp: 0, fp: 0, fn: 0 };
      for (const r of rows) {
        const got = new Set([...r.cue].filter((t) => (keep.get(r)?.get(t) ?? 1) >= tr));
        for (const [t, p] of oof.get(r) ?? []) if (p >= THRESHOLD) got.add(t);
        for (const t of got) c[r.gold.has(t) ? 'tp' : 'fp']++;
        for (const t of r.gold) if (!got.has(t)) c.fn++;
      }
      console.log(`  remove below ${tr}, add at ${THRESHOLD}: ${show(c)}`);
    }
  }
  for (const t of GRID) console.log(`  out of fold, add at p >= ${t}: ${show(counts(rows, oof, t))}`);
  const sets = [...new Set(rows.map((r) => r.set))];
  for (const s of sets) {
    const mine = rows.filter((r) => r.set === s);
    console.log(`  ${s.padEnd(26)} cues ${show(counts(mine, oof, Infinity))} -> at ${THRESHOLD} ${show(counts(mine, oof, THRESHOLD))}`);
  }
  if (process.argv.includes('--themes')) {
    for (const t of THEMES) {
      const c0 = { tp: 0, fp: 0, fn: 0 };
      const c1 = { tp: 0, fp: 0, fn: 0 };
      const tally = (c: Counts, got: boolean, gold: boolean) => {
        if (got) c[gold ? 'tp' : 'fp']++;
        else if (gold) c.fn++;
      };
      for (const r of rows) {
        tally(c0, r.cue.has(t), r.gold.has(t));
        tally(c1, r.cue.has(t) || (oof.get(r)?.get(t) ?? 0) >= THRESHOLD, r.gold.has(t));
      }
      console.log(`  ${t.padEnd(28)} ${show(c0)} -> ${show(c1)}`);
    }
  }
  const write = at('--write') > 0 ? process.argv[at('--write') + 1] : undefined;
  if (write || process.argv.includes('--check') || process.argv.includes('--cpu')) {
    const whole = fit(rows);
    if (process.argv.includes('--cpu')) {
      // what tagging would pay for the model: each passage's stems and every theme's score
      const rounds = 5;
      const start = process.cpuUsage();
      for (let i = 0; i < rounds; i++) {
        for (const r of rows) {
          const stems = modelStems(r.input.words);
          const heading = modelStems(probed(r.input.heading).words);
          for (const t of THEMES) if (!r.cue.has(t)) probability(whole.get(t)!, features(r.input, t, stems, heading, lex(t), !NO_WORDS));
        }
      }
      const used = process.cpuUsage(start);
      console.log(`model CPU: ${((used.user + used.system) / (rounds * rows.length)).toFixed(0)} µs per passage (user+system, ${rounds} rounds of ${rows.length})`);
    }
    if (write) {
      const model: ThemeModel = { threshold: THRESHOLD, themes: Object.fromEntries(whole) };
      writeFileSync(write, `${JSON.stringify(model, null, 1)}\n`);
      console.log(`wrote ${write}: ${[...whole.values()].reduce((a, m) => a + Object.keys(m.weights).length, 0)} weights`);
    }
    if (process.argv.includes('--check')) {
      const check = await rowsOf('check');
      const probs = scored(check, whole);
      for (const s of [...new Set(check.map((r) => r.set))]) {
        const mine = check.filter((r) => r.set === s);
        console.log(`CHECK ${s.padEnd(26)} cues ${show(counts(mine, probs, Infinity))} -> at ${THRESHOLD} ${show(counts(mine, probs, THRESHOLD))}`);
      }
      console.log(`CHECK all: cues ${show(counts(check, probs, Infinity))} -> ${show(counts(check, probs, THRESHOLD))}`);
    }
  }
}
void main();
