import { anchoredPassage } from './label-anchor.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Passage, SetTags } from '../core/types.js';
import { SET_FACETS, SET_FIELDS, perSetField, type SetField } from '../core/facets.js';
import { processFile } from '../indexer/process-file.js';
import { parseCatalogJson } from '../indexer/metadata/catalog.js';
import type { Tagger } from '../indexer/tag/tagger.js';

// Tag quality against hand-labelled passages (test/labels/tags.json, and the held-out half).

/** A labelled passage: where it is, its kind, and its ids in each many-valued facet (core/facets.ts). */
export type TagLabel = SetTags & {
  doc: string;
  at: string;
  kind: string;
};

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface TagEvaluation {
  labels: number;
  matched: number;
  unmatched: string[];
  facets: Record<SetField, { micro: PRF; macro: PRF; perTag: Record<string, PRF> }>;
  kind: { accuracy: number; perKind: Record<string, PRF>; confusion: Record<string, Record<string, number>> };
  errors: string[];
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const SEEDS = ['bowden-metcalfe-hough-2020-age-of-caution', 'metcalfe-hough-2021-collaborative-advocacy', 'gilder-2024-peace-operations-human-security'];

/**
 * Passages of the three seed documents, tagged by the given tagger (the default one if none):
 * from the bundled texts, or from the PDFs in test/fixtures/pdf, to see that tagging holds up
 * on what pdf-parse extracts.
 */
export async function seedPassages(tagger?: Tagger, source: 'txt' | 'pdf' = 'txt'): Promise<Passage[]> {
  const corpus = join(process.cwd(), 'corpus');
  const dir = source === 'txt' ? corpus : join(process.cwd(), 'test', 'fixtures', 'pdf');
  const entries = parseCatalogJson(await readFile(join(corpus, 'catalog.json'), 'utf8'));
  const out: Passage[] = [];
  for (const doc of SEEDS) {
    const r = await processFile(join(dir, `${doc}.${source}`), `${doc}.${source}`, entries, { maxPages: 100, timeoutMs: 60_000, tagger });
    // Labels name the document by its id, whichever file it was read from.
    out.push(...(r.passages ?? []).map((p) => ({ ...p, doc })));
  }
  return out;
}

export async function loadLabels(file = join(process.cwd(), 'test', 'labels', 'tags.json')): Promise<TagLabel[]> {
  return JSON.parse(await readFile(file, 'utf8')) as TagLabel[];
}

export interface ThemePasses {
  doc: string;
  at: string;
  first: string[];
  second: string[];
}

/** Both theme labelling passes of every labelled passage (test/labels/theme-passes.json). */
export async function loadThemePasses(): Promise<ThemePasses[]> {
  return JSON.parse(await readFile(join(process.cwd(), 'test', 'labels', 'theme-passes.json'), 'utf8')) as ThemePasses[];
}

/**
 * How far two independent labellings of the same passages agree on themes: the first pass and a
 * second pass made without seeing it (tags.json holds the labels adjudicated between them). It
 * is the ceiling to read the tagger's themes score against.
 */
export function themeAgreement(passes: ThemePasses[]): PRF {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { first, second } of passes) {
    tp += second.filter((t) => first.includes(t)).length;
    fp += second.filter((t) => !first.includes(t)).length;
    fn += first.filter((t) => !second.includes(t)).length;
  }
  return prf(tp, fp, fn);
}

/** One passage labelled twice, blind: by the writer of the training set and by a second labeller. */
export interface SecondLabelling {
  doc: string;
  at: string;
  first: SetTags & { kind: string };
  second: SetTags & { kind: string };
}

/**
 * How far a second labeller, who saw only the definitions, the rules and the passages' text,
 * agrees with the writers of the training set (test/labels/training/second-labeller.json, 120
 * passages of 12 of its documents): per facet, micro-F1 of the second against the first, and the
 * kind's accuracy. The ceiling of the same kind as themeAgreement, for text written blind.
 */
export async function secondLabellerAgreement(file = join(process.cwd(), 'test', 'labels', 'training', 'second-labeller.json')): Promise<{ passages: number; facets: Record<SetField, PRF>; kind: number }> {
  const rows = JSON.parse(await readFile(file, 'utf8')) as SecondLabelling[];
  const facets = Object.fromEntries(SET_FIELDS.map((f) => [f, themeAgreement(rows.map((r) => ({ doc: r.doc, at: r.at, first: r.first[f], second: r.second[f] })))])) as Record<SetField, PRF>;
  return { passages: rows.length, facets, kind: rows.filter((r) => r.first.kind === r.second.kind).length / rows.length };
}

export function matchLabels(labels: TagLabel[], passages: Passage[]): { pairs: [TagLabel, Passage][]; unmatched: string[] } {
  const pairs: [TagLabel, Passage][] = [];
  const unmatched: string[] = [];
  for (const l of labels) {
    const p = anchoredPassage(passages.filter((x) => x.doc === l.doc), l.at);
    if (p) pairs.push([l, p]);
    else unmatched.push(`${l.doc}: ${l.at}`);
  }
  return { pairs, unmatched };
}

export function evaluateTags(labels: TagLabel[], passages: Passage[]): TagEvaluation {
  const { pairs, unmatched } = matchLabels(labels, passages);
  const errors: string[] = [];
  const facets = {} as TagEvaluation['facets'];
  for (const facet of SET_FIELDS) {
    const per = new Map<string, { tp: number; fp: number; fn: number }>();
    const bump = (id: string, k: 'tp' | 'fp' | 'fn') => {
      const e = per.get(id) ?? { tp: 0, fp: 0, fn: 0 };
      e[k]++;
      per.set(id, e);
    };
    for (const [l, p] of pairs) {
      const gold = new Set(l[facet]);
      const got = new Set(p[facet]);
      for (const id of got) bump(id, gold.has(id) ? 'tp' : 'fp');
      for (const id of gold) if (!got.has(id)) bump(id, 'fn');
      const fp = [...got].filter((x) => !gold.has(x));
      const fn = [...gold].filter((x) => !got.has(x));
      if (fp.length || fn.length) errors.push(`${facet} ${l.doc.slice(0, 12)} "${l.at.slice(0, 40)}": +${fp.join(',')} -${fn.join(',')}`);
    }
    const perTag: Record<string, PRF> = {};
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [id, e] of per) {
      perTag[id] = prf(e.tp, e.fp, e.fn);
      tp += e.tp;
      fp += e.fp;
      fn += e.fn;
    }
    const tags = Object.values(perTag);
    const macro = tags.length
      ? { ...prf(tp, fp, fn), precision: avg(tags.map((t) => t.precision)), recall: avg(tags.map((t) => t.recall)), f1: avg(tags.map((t) => t.f1)) }
      : prf(0, 0, 0);
    facets[facet] = { micro: prf(tp, fp, fn), macro, perTag };
  }
  const confusion: Record<string, Record<string, number>> = {};
  let correct = 0;
  for (const [l, p] of pairs) {
    confusion[l.kind] ??= {};
    confusion[l.kind][p.kind] = (confusion[l.kind][p.kind] ?? 0) + 1;
    if (l.kind === p.kind) correct++;
    else errors.push(`kind ${l.doc.slice(0, 12)} "${l.at.slice(0, 40)}": ${l.kind} → ${p.kind}`);
  }
  const kinds = new Set([...pairs.map(([l]) => l.kind), ...pairs.map(([, p]) => p.kind)]);
  const perKind: Record<string, PRF> = {};
  for (const k of kinds) {
    const tp = pairs.filter(([l, p]) => l.kind === k && p.kind === k).length;
    const fp = pairs.filter(([l, p]) => l.kind !== k && p.kind === k).length;
    const fn = pairs.filter(([l, p]) => l.kind === k && p.kind !== k).length;
    perKind[k] = prf(tp, fp, fn);
  }
  return { labels: labels.length, matched: pairs.length, unmatched, facets, kind: { accuracy: pairs.length ? correct / pairs.length : 0, perKind, confusion }, errors };
}

const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Micro-F1 targets: each set facet's from its registry line (core/facets.ts), and recommendation F1. */
export const TAG_TARGETS = { ...perSetField((f) => f.target), recommendation: 0.95 };

export function tagTable(e: TagEvaluation): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [`labels ${e.labels}, matched ${e.matched}${e.unmatched.length ? `, unmatched ${e.unmatched.length}` : ''}`, '', '| facet | micro P | micro R | micro F1 | macro F1 | target |', '|---|---|---|---|---|---|'];
  for (const facet of SET_FIELDS) {
    const m = e.facets[facet];
    lines.push(`| ${facet} | ${f(m.micro.precision)} | ${f(m.micro.recall)} | ${f(m.micro.f1)} | ${f(m.macro.f1)} | ≥ ${TAG_TARGETS[facet]} micro F1 |`);
  }
  const rec = e.kind.perKind.recommendation ?? prf(0, 0, 0);
  lines.push(`| kind: recommendation | ${f(rec.precision)} | ${f(rec.recall)} | ${f(rec.f1)} | | ≥ ${TAG_TARGETS.recommendation} F1 |`);
  lines.push(`| kind: accuracy | | | ${f(e.kind.accuracy)} | | |`, '', '| tag | tp | fp | fn | P | R | F1 |', '|---|---|---|---|---|---|---|');
  for (const { field: facet, name } of SET_FACETS) {
    for (const [id, t] of Object.entries(e.facets[facet].perTag).sort()) lines.push(`| ${name}:${id} | ${t.tp} | ${t.fp} | ${t.fn} | ${f(t.precision)} | ${f(t.recall)} | ${f(t.f1)} |`);
  }
  for (const [k, t] of Object.entries(e.kind.perKind).sort()) lines.push(`| kind:${k} | ${t.tp} | ${t.fp} | ${t.fn} | ${f(t.precision)} | ${f(t.recall)} | ${f(t.f1)} |`);
  const kinds = [...new Set([...Object.keys(e.kind.confusion), ...Object.values(e.kind.confusion).flatMap((r) => Object.keys(r))])].sort();
  lines.push('', 'kind confusion (rows: label, columns: tagger)', '', `| | ${kinds.join(' | ')} |`, `|---|${kinds.map(() => '---').join('|')}|`);
  for (const k of kinds) lines.push(`| ${k} | ${kinds.map((c) => e.kind.confusion[k]?.[c] ?? 0).join(' | ')} |`);
  return lines.join('\n');
}
