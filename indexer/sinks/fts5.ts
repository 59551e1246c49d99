import { createHash } from 'node:crypto';
import { LIBRARY_DB } from '../../core/build/format.js';
import { LibraryWriter, type DocumentRows } from '../../core/build/library-db.js';
import type { StagedBuild } from '../../core/build/publish.js';
import type { DocumentRecord, Passage } from '../../core/types.js';
import type { BuildSink, CorpusSize, LateFields, SinkFactory } from '../sink.js';
import { worthCounting } from '../../core/build/term-counts.js';
import { countedInThreads, termBestInThreads } from '../term-best-pool.js';
import { phraseWriter, type PhraseWriter } from '../phrase-writer.js';
import { mark } from '../timeline.js';

/** The phrase tables' file while the build is written (phrase-writer.ts): never published. */
const PHRASES_FILE = 'phrases.side.db';

const digest = (json: string) => createHash('sha1').update(json).digest('base64');

/**
 * The FTS5 build: library.db, each document and its passages inserted as they arrive. At the
 * end only the rows the late fields change are updated: documents whose record changed (in
 * practice every one gains its citation key), and the passages of documents citing a document
 * of the corpus whose citations now name it.
 */
export class Fts5Sink implements BuildSink {
  readonly engine = 'fts5';
  private readonly writer: LibraryWriter;
  private readonly staged: StagedBuild;
  /** the thread writing the phrase tables, where one can run (phrase-writer.ts) */
  private readonly phrases: PhraseWriter | undefined;
  /** per document in order, a digest of the record as inserted: what changed is found without keeping the records */
  private readonly inserted: string[] = [];

  constructor(staged: StagedBuild, corpus?: CorpusSize) {
    this.staged = staged;
    // in the staging directory, adopted into library.db and deleted before the build is published
    this.phrases = phraseWriter(staged.path(LIBRARY_DB), staged.path(PHRASES_FILE));
    try {
      this.writer = new LibraryWriter(staged.path(LIBRARY_DB), { countTerms: corpus === undefined || worthCounting(corpus.textBytes), phrases: this.phrases });
    } catch (error) {
      // no sink for the run to abort: a thread left running would keep the process from ending
      void this.phrases?.abort();
      throw error;
    }
  }

  static async open(staged: StagedBuild, corpus?: CorpusSize): Promise<Fts5Sink> {
    return new Fts5Sink(staged, corpus);
  }

  async add(document: DocumentRecord, rows: DocumentRows): Promise<void> {
    this.writer.addRows(document, rows);
    this.inserted.push(digest(JSON.stringify(document)));
  }

  async finish(late: LateFields): Promise<void> {
    if (late.documents.length !== this.inserted.length) throw new Error(`${late.documents.length} documents at the end, ${this.inserted.length} added`);
    // The phrase tables take no late field: their thread merges them while this one writes the
    // late fields and finishes the rest, instead of waiting for the late fields to be written.
    this.phrases?.finish();
    late.documents.forEach((d, ord) => {
      if (digest(JSON.stringify(d)) !== this.inserted[ord]) this.writer.updateDocument(ord, d);
      if (!late.changed(d.id)) return;
      for (const row of this.writer.passagesOf(ord)) {
        const p = JSON.parse(row.record) as Passage;
        Object.assign(p, late.citations(p));
        if (JSON.stringify(p) !== row.record) this.writer.updatePassageCitations(row.ord, p);
      }
    });
    mark('sink: late fields');
    const job = this.writer.finishIndexes();
    mark('sink: indexes');
    // counted as the rows went in (core/build/term-counts.ts), scored in two threads; FTS5 asked in threads only if the counts do not match the index
    const counted = this.writer.countedTermBestJob(job);
    const rows = counted ? await countedInThreads(counted) : await termBestInThreads(job);
    this.writer.finishTermBest(rows);
    mark('sink: term_best');
    await this.phrases?.adopt();
    mark('sink: phrases adopted');
    // closed: hashed for the manifest while the run writes the build's other files
    this.staged.seal(LIBRARY_DB);
  }

  async abort(): Promise<void> {
    try {
      this.writer.abort();
    } finally {
      await this.phrases?.abort();
    }
  }
}

/** The writer of an FTS5 build (found by the engine's name: indexer/sinks/registry.ts). */
export const openSink: SinkFactory = (staged, corpus) => Fts5Sink.open(staged, corpus);
