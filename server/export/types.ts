import type { CslItem, Passage } from '../../core/types.js';

// The Exporter seam: chosen documents (each with the passages that were chosen from it) in,
// a file body out. Adding a format is one file in formats/ and one line in registry.ts.

export interface ExportItem {
  csl: CslItem;
  /**
   * The passages chosen, and the selections of words chosen in them (server/selections.ts
   * narrowed(): the selection id as id, the quoted words as text, the words' own pages)
   */
  passages: Passage[];
  /** absolute link to each passage's permalink, by passage id */
  links: Map<string, string>;
  /**
   * passage id → the file it was read from, for a passage of another file of the work (a PDF
   * copy beside the catalogued .txt): its page is that file's, which its quote's note names
   */
  files?: Map<string, string>;
  /**
   * passage id → the note the user wrote beside it in the reading list (`note-ID=` with the
   * ids): it goes with that passage's quote, so the list's notes reach the reference manager
   */
  notes?: Map<string, string>;
  /**
   * passage id → its place in what the user asked for (the reading list's order, or the
   * search's ranking): a table of passages keeps that order, where a bibliography groups by work
   */
  order?: Map<string, number>;
}

export interface Exporter {
  id: string;
  label: string;
  /** the name where every format is listed in a row ("APA 7"); formats sharing it are one entry */
  short: string;
  /** which of the formats sharing a short name this is ("HTML") */
  variant?: string;
  contentType: string;
  extension: string;
  /** rows are passages: a document chosen by id brings every passage of it (else only its record) */
  passageRows?: boolean;
  render(items: ExportItem[]): string;
  /**
   * The same body in pieces, a document (or a quote) at a time, made as they are asked for,
   * so a large export streams and other requests run between pieces; joined they equal
   * render(items). An empty piece marks a step of work with nothing to send yet.
   */
  pieces(items: ExportItem[]): Iterable<string>;
  /**
   * The file of a selection that holds nothing, saying `text` where the format has a place a
   * reader sees and an importer skips (a BibTeX comment, a paragraph of a formatted list);
   * absent where it has none (RIS, CSL-JSON, CSV): the format's empty file, said in a Warning.
   */
  empty?(text: string): string;
}
