import type { DocumentRecord, Passage } from '../core/types.js';
import { documentRows, type DocumentRows } from '../core/build/library-db.js';
import type { FreshWords, NumberedCounts } from './build-vocab.js';
import { documentWords } from './document-words.js';
import { CorpusTermsCollector, type AcronymCounts } from './build-terms.js';
import type { CitationTrace } from './references/graph.js';
import { StreamedCitations } from './references/streamed.js';

// Everything the run does with one document that needs no other document: its own citations,
// its words counted, its rows serialised and analysed. The file workers do it as each document
// is read, so the run's one process (which must write the build in order) only merges and
// inserts; before, that process used more CPU than either worker and held both of them back.

export interface PreparedDocument {
  /** the passages' rows: citations the document resolves alone applied (as StreamedCitations.add does) */
  rows: DocumentRows;
  /** what StreamedCitations keeps of the document, when it cites */
  trace?: CitationTrace;
  /** by word number (build-vocab.ts wordTable), as the acronyms' `known` */
  vocabulary: NumberedCounts;
  acronyms: AcronymCounts;
  /** set by a file worker: the words it numbered for this document (the pool renumbers them for the run) */
  words?: FreshWords;
}

/**
 * Sets the document's references and its passages' citations, as the run's `StreamedCitations.add` would.
 * `asNumbers`: the rows' tokens as this process's numbers (a file worker: core/build/token-numbers.ts).
 */
export function prepareDocument(document: DocumentRecord, passages: Passage[], places?: ReadonlySet<string>, asNumbers = false): PreparedDocument {
  const trace = StreamedCitations.trace(document, passages, places);
  const { vocabulary, known } = documentWords(passages);
  return { rows: documentRows(document, passages, asNumbers), ...(trace ? { trace } : {}), vocabulary, acronyms: CorpusTermsCollector.counts(passages, known) };
}

/** The passages back from their rows (the lunr build, and a document renamed by the run). */
export const passagesOf = (rows: DocumentRows): Passage[] => rows.records.map((r) => JSON.parse(r) as Passage);
