import { processFile, type ProcessOptions } from './process-file.js';
import { ExtractionCache } from './cache.js';
import { Tagger } from './tag/tagger.js';
import { loadTaxonomy } from '../core/taxonomy.js';
import type { FromWorker, ToWorker, WorkerSettings } from './worker-protocol.js';
import { prepareDocument } from './prepare-document.js';

// A child process that reads, structures and tags one corpus file at a time for the pool in
// process-corpus.ts. It runs in its own process so that a parser stuck in a synchronous loop,
// or allocating without end, can be killed without taking the batch down with it.

let settings: WorkerSettings | undefined;
let options: ProcessOptions | undefined;

const send = (message: FromWorker) => process.send?.(message);

process.on('message', (message: ToWorker) => {
  if (message.type === 'init') {
    settings = message.settings;
    options = {
      maxPages: settings.maxPages,
      maxTextBytes: settings.maxTextBytes,
      cache: settings.cacheDir ? new ExtractionCache(settings.cacheDir) : undefined,
      tagger: new Tagger(loadTaxonomy(settings.taxonomyFile)),
    };
    send({ type: 'ready' });
    return;
  }
  if (!settings || !options) throw new Error('file worker: a file arrived before its settings');
  void processFile(message.abs, message.rel, settings.entries, options).then((result) => {
    // Blocks and furniture serve inspection only; the run needs the document and its passages,
    // or (what `npm run index` asks for) the document prepared for the build.
    const { report, document, passages } = result;
    if (settings?.prepare && document && passages) send({ type: 'done', seq: message.seq, result: { report, document, prepared: prepareDocument(document, passages) } });
    else send({ type: 'done', seq: message.seq, result: { report, document, passages } });
  });
});

// The pool going away (a crash, Ctrl-C) must not leave this process behind.
process.on('disconnect', () => process.exit(0));
