import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Passage, SetTags } from '../core/types.js';
import { processFile } from '../indexer/process-file.js';
import type { TagLabel } from './tags.js';
import { foldOf } from './cross-validate.js';

// Tags of reference-list entries from other documents than the three seeds
// (test/labels/reference-entries.json: real entries copied from the bibliographies of other
// reports and articles, labelled blind by the written rules). Each source's entries go through
// the indexer as the reference list of a small text document, as they would in a user's
// file, so segmentation and the reference context are those of the product.

export type ReferenceEntryLabel = SetTags & { id: string; source: string; text: string; note?: string };

export async function loadReferenceEntries(file = join(process.cwd(), 'test', 'labels', 'reference-entries.json')): Promise<ReferenceEntryLabel[]> {
  return JSON.parse(await readFile(file, 'utf8')) as ReferenceEntryLabel[];
}

/** The entries' sources in first-seen order, each with its entries. */
function bySource(entries: readonly ReferenceEntryLabel[]): ReferenceEntryLabel[][] {
  const groups = new Map<string, ReferenceEntryLabel[]>();
  for (const e of entries) groups.set(e.source, [...(groups.get(e.source) ?? []), e]);
  return [...groups.values()];
}

/**
 * The entries as labels of the passages they become, and those passages: one text document
 * per source, a short body and then the entries under "References", one paragraph each. The
 * labels come grouped by source: ids[i] is the id of labels[i]'s entry.
 */
export async function referenceEntryPassages(entries: readonly ReferenceEntryLabel[]): Promise<{ labels: TagLabel[]; passages: Passage[]; ids: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'reference-entries-'));
  const labels: TagLabel[] = [];
  const ids: string[] = [];
  const passages: Passage[] = [];
  try {
    for (const [i, group] of bySource(entries).entries()) {
      const doc = `source-${String(i + 1).padStart(2, '0')}`;
      const body = 'This note reviews what the literature below says about its subject, and draws on interviews with practitioners.';
      await writeFile(join(dir, `${doc}.txt`), `A review of the literature\n\n${body}\n\nReferences\n\n${group.map((e) => e.text.replace(/\s+/g, ' ').trim()).join('\n\n')}\n`);
      const r = await processFile(join(dir, `${doc}.txt`), `${doc}.txt`, [], { maxPages: 100, timeoutMs: 60_000 });
      passages.push(...(r.passages ?? []).map((p) => ({ ...p, doc })));
      for (const e of group) ids.push(e.id);
      for (const e of group) labels.push({ doc, at: e.text.replace(/\s+/g, ' ').trim().slice(0, 60), kind: 'reference', actors: e.actors, themes: e.themes, places: e.places });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { labels, passages, ids };
}

/**
 * Which half an entry is in: by its source (FNV-1a, mod 2), so that entries of one bibliography,
 * which share a style and a subject, never sit on both sides. Rules may be fitted to the tuning
 * half only; the held-out half is scored, never read.
 */
export function referenceHalf(entry: Pick<ReferenceEntryLabel, 'source'>): 'tuning' | 'held-out' {
  return foldOf({ doc: entry.source, at: '' }, 2) === 0 ? 'tuning' : 'held-out';
}
