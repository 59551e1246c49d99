import { existsSync } from 'node:fs';
import { join } from 'node:path';

// Where the labelled data lives. The tuning half (test/labels/tags.json, queries.json) is what
// cues, thresholds and boosts may be fitted to; the held-out half (test/labels/heldout/) is
// labelled blind by others and only ever scored, never looked at while tuning. The validation
// set (test/labels/validation/) was labelled blind later, by the same procedure, to see whether
// a change generalises before the held-out half is run: half of it has been looked at query by
// query while designing a change (see test/labels/README.md), so it is not a held-out figure.

export interface LabelSet {
  name: 'tuning' | 'validation' | 'held-out';
  tags?: string;
  queries?: string;
}

/** The label sets under `root` (test/labels by default): tuning always, held-out when its files exist. */
export function labelSets(root = join(process.cwd(), 'test', 'labels'), options: { heldOut?: boolean } = {}): LabelSet[] {
  const present = (file: string) => (existsSync(file) ? file : undefined);
  const sets: LabelSet[] = [{ name: 'tuning', tags: present(join(root, 'tags.json')), queries: present(join(root, 'queries.json')) }];
  const validation = present(join(root, 'validation', 'queries.json'));
  if (validation) sets.push({ name: 'validation', queries: validation });
  if (options.heldOut !== false) {
    const held: LabelSet = { name: 'held-out', tags: present(join(root, 'heldout', 'tags.json')), queries: present(join(root, 'heldout', 'queries.json')) };
    if (held.tags || held.queries) sets.push(held);
  }
  return sets;
}
