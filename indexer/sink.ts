import type { EngineName } from '../core/build/format.js';
import type { StagedBuild } from '../core/build/publish.js';
import type { DocumentRecord, Passage } from '../core/types.js';
import type { DocumentRows } from '../core/build/library-db.js';

/**
 * Where the indexer streams a build's engine files: each document with its tagged passages' rows
 * (prepare-document.ts) as soon as they are ready, in corpus order, so no stage holds the corpus's passages together.
 * Passages arrive with the citations their own document resolves; what can only be known once
 * every document is read (citation keys, documents citing each other, and the passages whose
 * citations name a document of the corpus) arrives at `finish`.
 */
export interface BuildSink {
  /** the engine the build is being written for (an auto sink may change it while streaming) */
  readonly engine: EngineName;
  add(document: DocumentRecord, rows: DocumentRows): Promise<void>;
  /** Writes what is left into the staged build; `engine` is final from then on. */
  finish(late: LateFields): Promise<void>;
  /** Releases what the sink holds open when the run publishes nothing (the staging directory then goes). */
  abort(): Promise<void>;
}

export interface LateFields {
  /** every document's final record, in corpus order (the order they were added in) */
  documents: DocumentRecord[];
  /** whether the citations of that document's passages changed at the end (it cites a document of the corpus) */
  changed(documentId: string): boolean;
  /** a passage's final cites and citing (only asked for passages of changed documents) */
  citations(passage: Passage): Pick<Passage, 'cites' | 'citing'>;
}

/** What is known of a corpus before it is read: a writer may choose how to work from it. */
export interface CorpusSize {
  /** bytes of its text and Markdown files (a PDF's text is known only once read) */
  textBytes: number;
}

/** Opens a sink over a build being staged. */
export type SinkFactory = (staged: StagedBuild, corpus?: CorpusSize) => Promise<BuildSink>;
