import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { quickBuildDir } from './quick-build-dir.js';
import { IndexStore } from '../server/index-store.js';
import { loadQueries, type LabelledQuery } from '../eval/search.js';

// What the scripts reading search-quick's build to study misses share (search-misses,
// question-misses, question-miss-causes): that build opened, and the validation sets' looked
// halves — never an unlooked query, which no one may read misses of.

export type LookedQuery = LabelledQuery & { looked?: boolean };

/** search-quick's build of these sources for an engine, opened (an error saying to build it first when there is none). */
export async function openQuickBuild(engine: string): Promise<IndexStore> {
  const dir = quickBuildDir(engine);
  if (!existsSync(dir)) throw new Error(`no build of these sources for ${engine} at ${dir}: run npx tsx scripts/search-quick.ts first`);
  const store = new IndexStore(dir);
  await store.refresh();
  return store;
}

/** The looked queries of the validation sets (the second set's since 6 December: validation/queries-2.json). */
export async function lookedValidationQueries(): Promise<LookedQuery[]> {
  const looked = async (file: string): Promise<LookedQuery[]> => (existsSync(file) ? ((await loadQueries(file)) as LookedQuery[]).filter((q) => q.looked) : []);
  return (await Promise.all(['queries.json', 'queries-2.json'].map((f) => looked(join('test', 'labels', 'validation', f))))).flat();
}
