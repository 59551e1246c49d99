import { createServer } from 'node:http';
import { config } from '../core/config.js';
import { currentBuild } from '../indexer/publish.js';
import { runIndex } from '../indexer/run.js';
import { IndexStore } from './index-store.js';
import { createApp } from './app.js';

// npm start: index the bundled corpus if nothing has been published yet, then serve.
async function main(): Promise<void> {
  if (!(await currentBuild(config.indexDir))) {
    console.log(`No index in ${config.indexDir}: indexing ${config.corpusDir} first…`);
    const { report, manifest } = await runIndex({ corpusDir: config.corpusDir, indexDir: config.indexDir, maxPages: 2000, timeoutMs: 120_000, useCache: true });
    for (const f of report.files) console.log(`  ${f.status.padEnd(7)} ${f.file}${f.reason ? ` — ${f.reason}` : ''}`);
    if (!manifest) throw new Error(`nothing in ${config.corpusDir} could be indexed`);
  }
  const store = new IndexStore(config.indexDir);
  await store.refresh();
  void store.watch();
  const app = createApp(store);
  // Long export URLs (a selection of hundreds of passage ids) need more than Node's 16 KiB head.
  createServer({ maxHeaderSize: 128 * 1024 }, app).listen(config.port, () => {
    const s = store.snapshot.manifest;
    console.log(`Serving ${s.counts.documents} documents, ${s.counts.passages} passages (build ${s.id}) on http://localhost:${config.port}`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
