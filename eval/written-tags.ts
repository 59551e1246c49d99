import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Block, BlockType, Passage, SetTags } from '../core/types.js';
import { segment } from '../indexer/stages/segment.js';
import type { Tagger } from '../indexer/tag/tagger.js';
import { evaluateTags, type TagEvaluation, type TagLabel } from './tags.js';

// Tags of passages written for the purpose (test/labels/validation/written-tags.json): 180
// passages in 18 imagined documents, in varied voices, written and labelled by a labeller who saw
// only the taxonomy's definitions and the labelling rules, never the code or its output. Each
// document goes through the tagger as the indexer sends a document's passages: its blocks
// (headings from the sections, then each passage's block) segmented, then tagged in reading
// order, so list items follow their lead-ins and quotations their speakers.

export interface WrittenLabel extends SetTags {
  doc: string;
  title: string;
  type: string;
  section: string[];
  blockType: string;
  text: string;
  kind: string;
  note?: string;
}

export type WrittenHalf = 'looked' | 'unseen' | 'held-out';

/** The validation sets of written passages; the held-out set is test/labels/heldout/written-tags.json. */
export const WRITTEN_VALIDATION_FILES: readonly string[] = ['written-tags.json', 'written-tags-2.json', 'written-tags-3.json'].map((f) => join('test', 'labels', 'validation', f));

export async function loadWritten(file = join(process.cwd(), WRITTEN_VALIDATION_FILES[0])): Promise<WrittenLabel[]> {
  return JSON.parse(await readFile(file, 'utf8')) as WrittenLabel[];
}

/**
 * Which half a document is in, by its number, fixed when the set was written: a looked-at
 * document may be read passage by passage while designing a rule; an unseen one is only ever
 * scored as a whole, its errors never printed; a held-out one (w19–w36, written on 4 December
 * into test/labels/heldout/) is scored only by a full `npm run eval`. The second validation set
 * (w37–w60, 4 December, three writers of eight documents) gives each writer's first four
 * documents to the looked-at half. The third (w61–w72, 6 December, one writer) is unseen as a whole:
 * it was written to check the afternoon's tag changes, which were designed without it. A number in
 * no range counts as unseen, so a new document is never read by mistake.
 */
const WRITTEN_HALVES: readonly (readonly [from: number, to: number, half: WrittenHalf])[] = [
  [1, 9, 'looked'],
  [10, 18, 'unseen'],
  [19, 36, 'held-out'],
  [37, 40, 'looked'],
  [41, 44, 'unseen'],
  [45, 48, 'looked'],
  [49, 52, 'unseen'],
  [53, 56, 'looked'],
  [57, 60, 'unseen'],
  [61, 72, 'unseen'],
];

export function writtenHalf(label: Pick<WrittenLabel, 'doc'>): WrittenHalf {
  const n = Number(/\d+/.exec(label.doc)?.[0] ?? NaN);
  return WRITTEN_HALVES.find(([from, to]) => n >= from && n <= to)?.[2] ?? 'unseen';
}

const BLOCK_TYPES: readonly BlockType[] = ['paragraph', 'list-item', 'quote', 'box', 'footnote', 'reference'];

/** The labeller's block type as one the extractors give ("blockquote" is a quote, anything unknown a paragraph). */
function blockTypeOf(raw: string): BlockType {
  const t = raw.toLowerCase().replace(/[\s_]+/g, '-');
  if ((BLOCK_TYPES as readonly string[]).includes(t)) return t as BlockType;
  if (/quot/.test(t)) return 'quote';
  if (/list|bullet|item/.test(t)) return 'list-item';
  if (/note/.test(t)) return 'footnote';
  if (/ref|bib/.test(t)) return 'reference';
  return 'paragraph';
}

/** A passage's text as an extractor gives it: spaces collapsed, and a note's mark apart ("4 The Volontaires …" is note 4). */
function blockText(l: WrittenLabel): { text: string; mark?: string } {
  const text = l.text.replace(/\s+/g, ' ').trim();
  const mark = blockTypeOf(l.blockType) === 'footnote' ? /^(\d{1,3}|[*†‡])\s+(?=\S)/u.exec(text) : null;
  return mark ? { text: text.slice(mark[0].length), mark: mark[1] } : { text };
}

/** The labels' documents, in first-seen order, each with its labels in reading order. */
function byDocument(labels: readonly WrittenLabel[]): WrittenLabel[][] {
  const docs = new Map<string, WrittenLabel[]>();
  for (const l of labels) docs.set(l.doc, [...(docs.get(l.doc) ?? []), l]);
  return [...docs.values()];
}

/**
 * One document's blocks: a heading block wherever the section path changes (a box is a heading
 * of the box's label, as the extractors give its parts a section of their own), then each
 * passage's block. A passage under a "Box …" section is a box part, as segment() makes one.
 */
function documentBlocks(labels: readonly WrittenLabel[]): Block[] {
  const blocks: Block[] = [];
  let path: string[] = [];
  for (const l of labels) {
    const section = l.section ?? [];
    let same = 0;
    while (same < path.length && same < section.length && path[same] === section[same]) same++;
    for (let i = same; i < section.length; i++) blocks.push({ type: 'heading', text: section[i], level: i + 1, page: null });
    if (section.length < path.length && same === section.length) {
      // back up to a shallower section: a heading of that level again
      if (section.length) blocks.push({ type: 'heading', text: section[section.length - 1], level: section.length, page: null });
    }
    path = section;
    const type = blockTypeOf(l.blockType);
    const { text, mark } = blockText(l);
    blocks.push({ type: type === 'box' ? 'paragraph' : type, text, page: null, ...(mark ? { n: mark } : {}) });
  }
  return blocks;
}

/**
 * The labels as tag labels of the passages they become, and those passages, tagged by the given
 * tagger (the indexer's path: segment, then tagDocument). Passages are neither merged nor split:
 * the labeller wrote each one as a passage.
 */
export function writtenPassages(labels: readonly WrittenLabel[], tagger: Tagger): { labels: TagLabel[]; passages: Passage[] } {
  const out: TagLabel[] = [];
  const passages: Passage[] = [];
  for (const doc of byDocument(labels)) {
    const id = doc[0].doc;
    const segmented = segment(id, documentBlocks(doc), null, { targetWords: Number.POSITIVE_INFINITY, fragmentWords: 0 });
    passages.push(...tagger.tagDocument(segmented));
    for (const l of doc) out.push({ doc: id, at: blockText(l).text.slice(0, 80), kind: l.kind, actors: l.actors ?? [], themes: l.themes ?? [], places: l.places ?? [] });
  }
  return { labels: out, passages };
}

/** Each half's tag evaluation (a half with no labels yet is left out). */
export function scoreWritten(labels: readonly WrittenLabel[], tagger: Tagger): { half: WrittenHalf; docs: number; evaluation: TagEvaluation }[] {
  return (['looked', 'unseen', 'held-out'] as const).flatMap((half) => {
    const mine = labels.filter((l) => writtenHalf(l) === half);
    if (!mine.length) return [];
    const { labels: tagLabels, passages } = writtenPassages(mine, tagger);
    return [{ half, docs: new Set(mine.map((l) => l.doc)).size, evaluation: evaluateTags(tagLabels, passages) }];
  });
}
