import { basename } from 'node:path';
import { matchLabels, type TagLabel } from '../eval/tags.js';
import { splitSets, TRAINING_FILES } from '../eval/tag-halves.js';
import { loadWritten, writtenPassages } from '../eval/written-tags.js';
import { loadTaxonomy } from '../core/taxonomy.js';
import { DEFAULT_TAGGER, Tagger, type TaggerOptions } from '../indexer/tag/tagger.js';
import type { Passage } from '../core/types.js';

// npx tsx scripts/theme-miss-classes.ts [--sample N]: why the tagger misses the themes labellers gave on the
// design data (training sets whole, the design halves of eval/tag-halves.ts; check halves never
// read), by theme (issue 14, themes24). Each missed label is put in the first class that
// explains it: the topic rule dropped it (tagged with topicWords off), the bar (tagged at half
// the bar), some cue below it (tagged at any score), or no cue at all; and, apart, its kind, its
// length, whether its lead-in or the previous passage of its section carries the theme. With each
// variant, the false tags it adds, so a class is read against its cost. Then context rules that
// would add a missing theme from the neighbours or the document (the previous / next passage of
// the section, the lead-in, the document's count of the theme), each with how often the label
// holds what it would add: a rule pays in micro-F1 only above F1/2 (eval/theme-decision-cv.ts).
// --sample N prints N of the labels missed with no cue at all, evenly spaced, to be read.

type Pool = { name: string; labels: TagLabel[]; passages: Passage[] }[];

async function pool(tagger: Tagger): Promise<Pool> {
  const sets: Pool = [];
  for (const file of TRAINING_FILES) sets.push({ name: basename(file, '.json'), ...writtenPassages(await loadWritten(file), tagger) });
  for (const s of (await splitSets(tagger)).filter((x) => x.role === 'design')) sets.push(s);
  return sets;
}

const key = (s: string, l: TagLabel) => `${s}\u0000${l.doc}\u0000${l.at}`;

async function tagged(options: TaggerOptions): Promise<Map<string, { label: TagLabel; passage: Passage; prev?: Passage; lead?: Passage }>> {
  const out = new Map<string, { label: TagLabel; passage: Passage; prev?: Passage; lead?: Passage }>();
  for (const s of await pool(new Tagger(loadTaxonomy(), options))) {
    const byId = new Map(s.passages.map((p) => [p.id, p]));
    for (const [l, p] of matchLabels(s.labels, s.passages).pairs) {
      const i = s.passages.indexOf(p);
      const prev = i > 0 && s.passages[i - 1].doc === p.doc && s.passages[i - 1].section.join('/') === p.section.join('/') ? s.passages[i - 1] : undefined;
      out.set(key(s.name, l), { label: l, passage: p, prev, lead: p.leadIn ? byId.get(p.leadIn.id) : undefined });
    }
  }
  return out;
}

async function main(): Promise<void> {
  const variants: [string, TaggerOptions][] = [
    ['topic rule', { ...DEFAULT_TAGGER, topicWords: Number.POSITIVE_INFINITY }],
    ['half bar', { ...DEFAULT_TAGGER, topicWords: Number.POSITIVE_INFINITY, themeThreshold: DEFAULT_TAGGER.themeThreshold / 2 }],
    ['any cue', { ...DEFAULT_TAGGER, topicWords: Number.POSITIVE_INFINITY, themeThreshold: 0.01 }],
  ];
  const base = await tagged(DEFAULT_TAGGER);
  const runs = [];
  for (const [name, o] of variants) runs.push({ name, tags: await tagged(o) });
  const byTheme = new Map<string, Map<string, number>>();
  const add = (theme: string, cls: string) => {
    const m = byTheme.get(theme) ?? new Map<string, number>();
    m.set(cls, (m.get(cls) ?? 0) + 1);
    byTheme.set(theme, m);
  };
  const fpAdded = new Map<string, number>();
  /** --sample N: N of the missed labels with no cue at all, every k-th in pool order, to read (design data only) */
  const sampleAt = process.argv.indexOf('--sample');
  const noCue: string[] = [];
  for (const [k, { label, passage, prev, lead }] of base) {
    const gold = new Set(label.themes);
    for (const r of runs) {
      for (const t of r.tags.get(k)!.passage.themes) if (!gold.has(t) && !passage.themes.includes(t)) fpAdded.set(r.name, (fpAdded.get(r.name) ?? 0) + 1);
    }
    for (const t of gold) {
      if (passage.themes.includes(t)) continue;
      const cls = runs.find((r) => r.tags.get(k)!.passage.themes.includes(t))?.name ?? 'no cue';
      add(t, cls);
      add('all', cls);
      if (cls === 'no cue') noCue.push(`${t} | ${label.doc} ${passage.kind} §${passage.section.at(-1) ?? ''} | labelled ${label.themes.join(',')}\n    ${passage.text}`);
      if (lead?.themes.includes(t)) add('all', 'lead-in has it');
      if (prev?.themes.includes(t)) add('all', 'previous passage has it');
      if (passage.blockType === 'list-item') add('all', 'is a list item');
      add('all', `kind ${passage.kind}`);
      const n = passage.text.split(/\s+/).length;
      add('all', n < 40 ? 'words <40' : n < 60 ? 'words 40-59' : n < 100 ? 'words 60-99' : 'words 100+');
    }
  }
  // Candidate context rules: a theme the tagger did not give, given when …
  const rules: [string, (x: { t: string; passage: Passage; prev?: Passage; next?: Passage; lead?: Passage; any: boolean; half: boolean }) => boolean][] = [
    ['prev has it, any cue', (x) => !!x.prev?.themes.includes(x.t) && x.any],
    ['prev has it, half bar', (x) => !!x.prev?.themes.includes(x.t) && x.half],
    ['next has it, any cue', (x) => !!x.next?.themes.includes(x.t) && x.any],
    ['prev or next has it, any cue', (x) => (!!x.prev?.themes.includes(x.t) || !!x.next?.themes.includes(x.t)) && x.any],
    ['prev and next have it', (x) => !!x.prev?.themes.includes(x.t) && !!x.next?.themes.includes(x.t)],
    ['prev and next have it, any cue', (x) => !!x.prev?.themes.includes(x.t) && !!x.next?.themes.includes(x.t) && x.any],
    ['lead-in has it', (x) => !!x.lead?.themes.includes(x.t)],
    ['prev has it (no cue needed)', (x) => !!x.prev?.themes.includes(x.t)],
    ...['quotation', 'key-message', 'recommendation', 'finding', 'case-example'].flatMap((kind): [string, (x: { t: string; passage: Passage; prev?: Passage; any: boolean }) => boolean][] => [
      [`${kind}: prev has it`, (x) => x.passage.kind === kind && !!x.prev?.themes.includes(x.t)],
      [`${kind}: prev has it, any cue`, (x) => x.passage.kind === kind && !!x.prev?.themes.includes(x.t) && x.any],
    ]),
  ];
  const ruleCounts = new Map<string, [number, number]>();
  const all = [...base];
  // how many passages of each document carry each theme (by the cues)
  const docThemes = new Map<string, Map<string, number>>();
  for (const [, { passage }] of all) {
    const m = docThemes.get(passage.doc) ?? new Map<string, number>();
    for (const t of passage.themes) m.set(t, (m.get(t) ?? 0) + 1);
    docThemes.set(passage.doc, m);
  }
  const docRules: [string, number, 'any' | 'half'][] = [[`doc has it in 3+, any cue`, 3, 'any'], [`doc has it in 3+, half bar`, 3, 'half'], [`doc has it in 5+, any cue`, 5, 'any'], [`doc has it in 5+, half bar`, 5, 'half'], [`doc has it in 2+, half bar`, 2, 'half']];
  for (const [k, { label, passage }] of all) {
    if (passage.kind === 'reference' || passage.kind === 'footnote') continue;
    const anyTags = runs[2].tags.get(k)!.passage.themes;
    const halfTags = runs[1].tags.get(k)!.passage.themes;
    for (const [t, n] of docThemes.get(passage.doc)!) {
      if (passage.themes.includes(t)) continue;
      for (const [name, min, how] of docRules) {
        if (n < min || !(how === 'any' ? anyTags : halfTags).includes(t)) continue;
        const c = ruleCounts.get(name) ?? [0, 0];
        c[label.themes.includes(t) ? 0 : 1]++;
        ruleCounts.set(name, c);
      }
    }
  }
  for (let i = 0; i < all.length; i++) {
    const [k, { label, passage, prev, lead }] = all[i];
    const nx = all[i + 1]?.[1].passage;
    const next = nx && nx.doc === passage.doc && nx.section.join('/') === passage.section.join('/') ? nx : undefined;
    if (passage.kind === 'reference' || passage.kind === 'footnote') continue;
    const anyTags = runs[2].tags.get(k)!.passage.themes;
    const halfTags = runs[1].tags.get(k)!.passage.themes;
    for (const t of new Set([...(prev?.themes ?? []), ...(next?.themes ?? []), ...(lead?.themes ?? [])])) {
      if (passage.themes.includes(t)) continue;
      for (const [name, rule] of rules) {
        if (!rule({ t, passage, prev, next, lead, any: anyTags.includes(t), half: halfTags.includes(t) })) continue;
        const c = ruleCounts.get(name) ?? [0, 0];
        c[label.themes.includes(t) ? 0 : 1]++;
        ruleCounts.set(name, c);
      }
    }
  }
  for (const [name, [r, w]] of ruleCounts) console.log(`rule ${name.padEnd(34)} right ${r} wrong ${w} precision ${(r / (r + w)).toFixed(2)}`);
  if (sampleAt > 0) {
    const n = Number(process.argv[sampleAt + 1]);
    const step = Math.max(1, Math.floor(noCue.length / n));
    for (let i = 0; i < noCue.length && i / step < n; i += step) console.log(`\n${noCue[i]}`);
    return;
  }
  for (const [t, m] of [...byTheme].sort()) console.log(`${t.padEnd(28)} ${[...m].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(' | ')}`);
  console.log(`false positives added (cumulative variants): ${[...fpAdded].map(([c, n]) => `${c} ${n}`).join(' | ')}`);
}
void main();
