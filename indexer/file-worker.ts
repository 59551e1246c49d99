import { readFile } from 'node:fs/promises';
import { processFile, type ProcessOptions } from './process-file.js';
import { ExtractionCache } from './cache.js';
import { DocumentCache } from './document-cache.js';
import { Tagger } from './tag/tagger.js';
import { gazetteer } from './references/parse.js';
import { wordTable } from './build-vocab.js';
import type { FromWorker, ToWorker, WorkerSettings } from './worker-protocol.js';
import type { LayoutPage, PageRange, PageShare } from './readers/types.js';
import type { PageReader } from './readers/pdf.js';
import type { prepareDocument as PrepareDocument } from './prepare-document.js';
import { mark, nameThread } from './timeline.js';

// A child process that reads, structures and tags one corpus file at a time for the pool in
// process-corpus.ts. It runs in its own process so that a parser stuck in a synchronous loop,
// or allocating without end, can be killed without taking the batch down with it. Between
// files it may read a run of pages of a PDF another worker is reading (page-lending.ts).

let settings: WorkerSettings | undefined;
/**
 * Loaded only for a run that asks for documents prepared for the build (`npm run index`): its
 * modules (the build's rows, lunr's stemmer, SQLite's bindings) were a tenth of a second of
 * every worker's start where nothing needed them (the benches, the eval's pool, hash-passages).
 */
let prepareDocument: typeof PrepareDocument | undefined;
let options: ProcessOptions | undefined;
// the taxonomy's place names: a place alone after a reference's title is no publisher
let places: ReadonlySet<string> | undefined;

const send = (message: FromWorker) => process.send?.(message);

/** The reader's side of page lending: claims go to the pool, runs read elsewhere come back from it. */
class PoolShare implements PageShare {
  private answer: ((run: PageRange | null) => void) | undefined;
  /** runs lent out, once the pool has said (with its last answer) */
  private expected = Infinity;
  private readonly back: (PageRange & { pages: LayoutPage[] | null })[] = [];
  private whenBack: (() => void) | undefined;

  constructor(readonly seq: number) {}

  claim(total: number): Promise<PageRange | null> {
    return new Promise((resolve) => {
      this.answer = resolve;
      send({ type: 'claim', seq: this.seq, total });
    });
  }

  lent(): Promise<(PageRange & { pages: LayoutPage[] | null })[]> {
    return new Promise((resolve) => {
      this.whenBack = () => resolve(this.back);
      this.settle();
    });
  }

  answered(run: PageRange | null, lent: number): void {
    if (!run) this.expected = lent;
    const answer = this.answer;
    this.answer = undefined;
    answer?.(run);
    this.settle();
  }

  returned(run: PageRange, pages: LayoutPage[] | null): void {
    this.back.push({ ...run, pages });
    this.settle();
  }

  private settle(): void {
    if (this.whenBack && this.back.length >= this.expected) this.whenBack();
  }
}

let share: PoolShare | undefined;

/** The PDF this worker last read runs of, kept open for its next run. */
let lending: { abs: string; reader: PageReader } | undefined;

async function stopLending(): Promise<void> {
  const open = lending;
  lending = undefined;
  await open?.reader.close().catch(() => undefined);
}

/** A run of another worker's PDF; null if it cannot be read here (the reader then reads it itself). */
async function readRun(abs: string, run: PageRange): Promise<LayoutPage[] | null> {
  try {
    if (lending?.abs !== abs) {
      await stopLending();
      const { PageReader } = await import('./readers/pdf.js');
      lending = { abs, reader: await PageReader.open(await readFile(abs)) };
    }
    return await lending.reader.pages(run);
  } catch {
    await stopLending();
    return null;
  }
}

process.on('message', (message: ToWorker) => {
  if (message.type === 'init') {
    nameThread('file-worker');
    mark('worker: init');
    settings = message.settings;
    options = {
      maxPages: settings.maxPages,
      maxTextBytes: settings.maxTextBytes,
      cache: settings.cacheDir ? new ExtractionCache(settings.cacheDir) : undefined,
      documents: settings.cacheDir && settings.documents ? new DocumentCache(settings.cacheDir, settings.documents) : undefined,
      codeId: settings.codeId,
      tagger: new Tagger(settings.taxonomy),
    };
    places = gazetteer(settings.taxonomy);
    if (!settings.prepare) send({ type: 'ready' });
    else
      void import('./prepare-document.js').then((m) => {
        prepareDocument = m.prepareDocument;
        mark('worker: ready');
        send({ type: 'ready' });
      });
    return;
  }
  if (message.type === 'range') {
    if (share?.seq === message.seq) share.answered(message.run, message.lent);
    return;
  }
  if (message.type === 'lent') {
    if (share?.seq === message.seq) share.returned(message.run, message.pages);
    return;
  }
  if (message.type === 'pages') {
    const { seq } = message;
    void readRun(message.abs, message.run).then((pages) => send({ type: 'pages', seq, pages }));
    return;
  }
  if (!settings || !options) throw new Error('file worker: a file arrived before its settings');
  const { seq } = message;
  share = new PoolShare(seq);
  const own = { ...options, share };
  void stopLending()
    .then(() => processFile(message.abs, message.rel, settings!.entries, own))
    .then((result) => {
      share = undefined;
      // Blocks and furniture serve inspection only; the run needs the document and its passages,
      // or (what `npm run index` asks for) the document prepared for the build.
      const { report, document, passages } = result;
      if (prepareDocument && document && passages) {
        wordTable.bound();
        const prepared = prepareDocument(document, passages, places, true);
        send({ type: 'done', seq, result: { report, document, prepared: { ...prepared, words: wordTable.fresh() } } });
        mark(`worker: file ${seq}`);
      }
      else send({ type: 'done', seq, result: { report, document, passages } });
    });
});

// The pool going away (a crash, Ctrl-C) must not leave this process behind.
process.on('disconnect', () => process.exit(0));
