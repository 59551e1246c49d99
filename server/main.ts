import { createServer } from 'node:http';
import { config } from '../core/config.js';
import { openIndex } from './open-index.js';
import { createApp } from './app.js';

// npm start: index the bundled corpus if there is no build it can serve, then serve.
async function main(): Promise<void> {
  const store = await openIndex({ corpusDir: config.corpusDir, indexDir: config.indexDir });
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
