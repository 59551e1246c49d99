import { basename } from 'node:path';
import type { Passage } from '../core/types.js';
import type { Tagger } from '../indexer/tag/tagger.js';
import { loadReferenceEntries, referenceEntryPassages, referenceHalf } from './reference-entries.js';
import { loadLabels, seedPassages, type TagLabel } from './tags.js';
import { loadWritten, writtenHalf, writtenPassages, WRITTEN_VALIDATION_FILES, type WrittenHalf } from './written-tags.js';

// The tuning labels' design and check halves, in one place for every script that reads tag
// errors (scripts/tag-split.ts, theme-study.ts, theme-misses.ts, mine-theme-cues.ts,
// theme-sweep.ts): a design half may be read passage by passage while a rule is designed; a
// check half is only ever scored whole, its errors never printed. A script that split the
// labels its own way could print a check half's passages as design ones (review16 finding 8).

export type Role = 'design' | 'check';

/** tags.json: A, the odd label indexes, to design on; B, the even ones, to check on. */
export function seedRole(index: number): Role {
  return index % 2 === 1 ? 'design' : 'check';
}

/**
 * reference-entries.json's tuning half (eval/reference-entries.ts): A, the odd ids (r001,
 * r003 …), to design on; B, the even ids, to check on. By id, so a new entry keeps its half.
 */
export function referenceRole(entry: { id: string }): Role {
  return Number(entry.id.slice(1)) % 2 === 1 ? 'design' : 'check';
}

/** A written validation set's halves (eval/written-tags.ts): the looked-at half is design, the unseen half check; the held-out half is neither. */
export function writtenRole(half: WrittenHalf): Role | undefined {
  return half === 'looked' ? 'design' : half === 'unseen' ? 'check' : undefined;
}

/** The training sets (test/labels/training/): design data as a whole, every passage may be read. */
export const TRAINING_FILES: readonly string[] = ['test/labels/training/theme-training.json', 'test/labels/training/theme-training-2.json'];

/** Whether a labelled set's file is a training set, wholly design data. */
export function isTrainingFile(file: string): boolean {
  return /(^|[\\/])training[\\/]/.test(file);
}

/** The items in one role, in order; items[i]'s role is role(items[i], i). */
export function inRole<T>(items: readonly T[], role: Role, roleOf: (item: T, index: number) => Role | undefined): T[] {
  return items.filter((x, i) => roleOf(x, i) === role);
}

/** One labelled half and the passages its labels are matched against. */
export interface SplitSet {
  name: string;
  role: Role;
  labels: TagLabel[];
  passages: Passage[];
  /** the written sets' documents in this half */
  docs?: number;
}

/**
 * Every design and check half of the tuning labels: tags.json A and B and each written
 * validation set's looked-at and unseen halves (of `written`: all of them by default) tagged by
 * the given tagger, the reference entries' A and B by the default one (their themes are read
 * from titles).
 */
export async function splitSets(tagger: Tagger, { written = WRITTEN_VALIDATION_FILES }: { written?: readonly string[] } = {}): Promise<SplitSet[]> {
  const sets: SplitSet[] = [];
  const labels = await loadLabels();
  const seed = await seedPassages(tagger);
  for (const [name, role] of [['tags.json A', 'design'], ['tags.json B', 'check']] as const) sets.push({ name, role, labels: inRole(labels, role, (_, i) => seedRole(i)), passages: seed });
  const entries = (await loadReferenceEntries()).filter((e) => referenceHalf(e) === 'tuning');
  const { labels: rl, passages: rp, ids } = await referenceEntryPassages(entries);
  for (const [name, role] of [['reference entries A', 'design'], ['reference entries B', 'check']] as const) sets.push({ name, role, labels: inRole(rl, role, (_, i) => referenceRole({ id: ids[i] })), passages: rp });
  for (const file of written) {
    const all = await loadWritten(file);
    for (const half of ['looked', 'unseen'] as const) {
      const mine = all.filter((x) => writtenHalf(x) === half);
      if (!mine.length) continue;
      const { labels: l, passages: p } = writtenPassages(mine, tagger);
      sets.push({ name: `${basename(file, '.json')} ${half}`, role: writtenRole(half)!, labels: l, passages: p, docs: new Set(mine.map((x) => x.doc)).size });
    }
  }
  return sets;
}
