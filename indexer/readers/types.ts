// The Reader seam: a file's bytes in, pages of positioned text (PDF) or plain text out.
// Adding a format means one new file here and one line in registry.ts.
import type { Block, MetadataSource } from '../../core/types.js';

/** One run of text as the PDF draws it; coordinates are PDF points, y grows upwards. */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  font: string;
  bold: boolean;
  italic: boolean;
  serif: boolean;
}

export interface LayoutPage {
  /** 1-based physical page number */
  n: number;
  width: number;
  height: number;
  items: TextItem[];
}

/** Bibliographic hints found inside the file itself (PDF Info dictionary, YAML front matter). */
export interface EmbeddedMetadata {
  title?: string;
  authors?: string[];
  date?: string;
  subject?: string;
  keywords?: string;
  /** where the document is published (front matter's `url`) */
  url?: string;
  /** the work's DOI (front matter's `doi`) */
  doi?: string;
  /** who published it (front matter's `publisher`, pandoc's and Quarto's name for it) */
  publisher?: string;
  /** the language it is written in as a BCP 47 tag (front matter's `lang`, pandoc's, or `language`) */
  language?: string;
  /** which edition it is (front matter's `edition`: "2nd edition", "2", "Revised edition") */
  edition?: string;
}

export interface ReadResult {
  format: string;
  /** where `embedded` was read from, as provenance records it (PDF Info dictionary, YAML front matter) */
  embeddedSource?: MetadataSource;
  /** positioned text, for formats that have a layout */
  pages?: LayoutPage[];
  /** plain text, for formats that do not */
  text?: string;
  /**
   * the blocks, for formats that state their structure (Markdown's headings, lists, quotes):
   * used instead of recovering structure from `text` (indexer/stages/given-blocks.ts)
   */
  blocks?: Block[];
  embedded: EmbeddedMetadata;
  /** printed page labels from the file's own page-label tree, if it has one */
  pageLabels?: (string | null)[] | null;
  /** bookmarks: heading titles with their nesting level */
  outline?: { title: string; level: number }[];
  /** set when only part of the file could be read; the reason says what was lost */
  partial?: string;
  /** something the user should know about a file read whole (bytes that were not UTF-8) */
  note?: string;
}

/** A run of pages, first to last, 1-based and inclusive. */
export interface PageRange {
  from: number;
  to: number;
}

/**
 * Lets other processes read some of a long document's pages (the worker pool's idle workers,
 * process-corpus.ts): the reader claims its pages a run at a time, and what it did not claim
 * comes back from the others. The pages are the same whoever reads them.
 */
export interface PageShare {
  /** The next run of pages to read here, or null once every page of the `total` is handed out. */
  claim(total: number): Promise<PageRange | null>;
  /** Every run read elsewhere, once all have come back; `pages` is null where a reader failed. */
  lent(): Promise<(PageRange & { pages: LayoutPage[] | null })[]>;
}

export interface ReadOptions {
  /** stop after this many pages (reported as partial) */
  maxPages: number;
  /** read with the help of other processes; without it, every page is read here */
  share?: PageShare;
}

export interface Reader {
  format: string;
  extensions: string[];
  /** plain text read whole: held to the text size limit */
  textual?: boolean;
  /** extractions worth keeping between runs (slow to redo), keyed by the file's hash */
  cacheable?: boolean;
  read(data: Buffer, options: ReadOptions): Promise<ReadResult>;
}

/** A file that cannot be indexed; `reason` is one line a user can act on. */
export class ReadError extends Error {
  constructor(public readonly reason: string) {
    super(reason);
    this.name = 'ReadError';
  }
}
