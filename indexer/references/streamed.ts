import type { DocumentRecord, Passage } from '../../core/types.js';
import type { LateFields } from '../sink.js';
import { replayCitations, resolveCorpusCitations, traceDocumentCitations, type CitationTrace } from './graph.js';
import { workKey } from './parse.js';

/**
 * The citation graph built while documents stream in: each document's own references and
 * in-text citations as it arrives (its passages leave with them), the matches across the
 * corpus once every title is known. Only the traces of documents that cite stay in memory.
 */
export class StreamedCitations {
  private readonly traces = new Map<string, CitationTrace>();

  /** Sets the document's references and its passages' cites and citing, as far as the document alone resolves them. */
  add(document: DocumentRecord, passages: Passage[], places?: ReadonlySet<string>): void {
    this.keep(document.id, StreamedCitations.trace(document, passages, places));
  }

  /**
   * `add` in two halves, for a document prepared elsewhere (a file worker): `trace` sets the
   * document's references and its passages' citations and gives what `keep` needs of it.
   */
  static trace(document: DocumentRecord, passages: Passage[], places?: ReadonlySet<string>): CitationTrace | undefined {
    const trace = traceDocumentCitations(document, passages, places);
    if (!trace.cites.size && !trace.citing.size) return undefined;
    for (const p of passages) Object.assign(p, replayCitations(document, trace, p.id));
    return trace;
  }

  keep(documentId: string, trace: CitationTrace | undefined): void {
    if (trace) this.traces.set(documentId, trace);
  }

  /**
   * Matches references to documents of the corpus (every document's cites and citedBy set),
   * and gives the late fields: only documents with a reference matched have passages to change.
   */
  resolve(documents: Map<string, DocumentRecord>): LateFields {
    resolveCorpusCitations(documents);
    return {
      documents: [...documents.values()],
      // a reference matched to a document, or an undated one joined to its dated work (joinUndated)
      changed: (id) => this.traces.has(id) && (documents.get(id)?.references ?? []).some((r) => r.inCorpus || r.work !== workKey(r)),
      citations: (p) => replayCitations(documents.get(p.doc)!, this.traces.get(p.doc)!, p.id),
    };
  }
}
