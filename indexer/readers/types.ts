// The Reader seam: a file's bytes in, pages of positioned text (PDF) or plain text out.
// Adding a format means one new file here and one line in registry.ts.
import type { MetadataSource } from '../../core/types.js';

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
}

export interface ReadResult {
  format: string;
  /** where `embedded` was read from, as provenance records it (PDF Info dictionary, YAML front matter) */
  embeddedSource?: MetadataSource;
  /** positioned text, for formats that have a layout */
  pages?: LayoutPage[];
  /** plain text, for formats that do not */
  text?: string;
  embedded: EmbeddedMetadata;
  /** printed page labels from the file's own page-label tree, if it has one */
  pageLabels?: (string | null)[] | null;
  /** bookmarks: heading titles with their nesting level */
  outline?: { title: string; level: number }[];
  /** set when only part of the file could be read; the reason says what was lost */
  partial?: string;
}

export interface ReadOptions {
  /** stop after this many pages (reported as partial) */
  maxPages: number;
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
