import { join } from 'node:path';
import { runIndex } from '../../indexer/run.js';
import { IndexStore } from '../../server/index-store.js';
import { createApp } from '../../server/app.js';
import { tempDir } from './tmp.js';

/** The app over a fresh index of the bundled corpus, built once per test run. */
let shared: Promise<{ app: ReturnType<typeof createApp>; store: IndexStore; indexDir: string }> | null = null;

export function corpusApp(): Promise<{ app: ReturnType<typeof createApp>; store: IndexStore; indexDir: string }> {
  shared ??= (async () => {
    const indexDir = await tempDir('srv-');
    await runIndex({ corpusDir: join(process.cwd(), 'corpus'), indexDir, maxPages: 2000, timeoutMs: 60_000, useCache: true });
    const store = new IndexStore(indexDir);
    await store.refresh();
    // no per-client rate limit: every test file asks from the same address
    return { app: createApp(store, { capacity: { perClientPerMinute: 0, perClientCpuMsPerMinute: 0 } }), store, indexDir };
  })();
  return shared;
}
