import { currentBuild } from '../indexer/publish.js';
import { runIndex, RUN_DEFAULTS } from '../indexer/run.js';
import { summaryTable } from '../indexer/summary.js';
import { IndexStore } from './index-store.js';

/**
 * The store `npm start` serves. The corpus is indexed first when nothing has been published,
 * and again when the current build cannot be served (written by an older version of the
 * indexer, or damaged), so an upgrade never leaves the user with a server that will not start.
 */
export async function openIndex(opts: { corpusDir: string; indexDir: string; log?: (line: string) => void }): Promise<IndexStore> {
  const log = opts.log ?? console.log;
  const store = new IndexStore(opts.indexDir);
  const id = await currentBuild(opts.indexDir);
  if (id) await store.refresh();
  if (store.loaded) return store;
  log(id ? `The index in ${opts.indexDir} cannot be served (${store.lastError}): indexing ${opts.corpusDir} again…` : `No index in ${opts.indexDir}: indexing ${opts.corpusDir} first…`);
  const { report, manifest } = await runIndex({ ...RUN_DEFAULTS, corpusDir: opts.corpusDir, indexDir: opts.indexDir });
  log(summaryTable(report));
  if (!manifest) throw new Error(`nothing in ${opts.corpusDir} could be indexed`);
  await store.refresh();
  if (!store.loaded) throw new Error(store.lastError ?? 'the new build could not be loaded');
  return store;
}
