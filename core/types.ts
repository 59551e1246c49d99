// The vocabulary every stage speaks. Indexer and server both import from here; this
// module imports from neither, so the data can only flow one way.

import type { ManyFacet, TagFacetName } from './facets.js';

/** A CSL-JSON name. */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  /** "van der" in Pieter van der Berg: part of the family name as it is cited and sorted */
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
}

export interface CslDate {
  'date-parts'?: (number | string)[][];
  raw?: string;
  literal?: string;
}

/** The subset of CSL-JSON we read and write; unknown fields are carried through untouched. */
export interface CslItem {
  id: string;
  type: string;
  title?: string;
  author?: CslName[];
  editor?: CslName[];
  issued?: CslDate;
  publisher?: string;
  'publisher-place'?: string;
  'collection-title'?: string;
  'container-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  URL?: string;
  ISSN?: string;
  note?: string;
  language?: string;
  [field: string]: unknown;
}

/** A cover or title-page line as metadata reads it; the PDF builder adds the type and position. */
export interface FrontLine {
  text: string;
  /** type size; 0 when unknown (plain text) */
  size: number;
  font?: string;
  italic?: boolean;
  /** left and right edge: lines set one under another share an edge or a centre */
  x0?: number;
  x1?: number;
  /** baseline, growing down the page (PDF): names set side by side either side of a gutter share it */
  y?: number;
  /** the text cut at gaps far wider than a word space, where the line has any */
  parts?: string[];
}

/** Where a metadata field's value came from, strongest first. */
/** Where a metadata field came from; `text` is read off the document's own words (its language). */
export type MetadataSource = 'catalog.json' | 'catalog.bib' | 'pdf-info' | 'front-matter' | 'first-page' | 'file-name' | 'text' | 'reference-list';

export type BlockType = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'box' | 'footnote' | 'reference';

/** A structural unit recovered from a document, in reading order. */
export interface Block {
  type: BlockType;
  text: string;
  /** 1-based physical page where the block starts (null when the source has no pages). */
  page: number | null;
  pageEnd?: number | null;
  /**
   * Where a later page starts in the block: `at` counts the letters and digits of the text
   * before it (note marks left out), which the repairs between reading and segmenting keep
   * (indexer/stages/page-turns.ts); `page` is physical. Absent where not known.
   */
  pageTurns?: { at: number; page: number }[];
  /** heading level 1..3 */
  level?: number;
  /** list marker ("1", "•", "–") or footnote mark ("1", "*") */
  n?: string;
  depth?: number;
  ordered?: boolean;
  /** quote: pull-quote (duplicates body text) or block-quote (quotation in the flow) */
  role?: 'pull-quote' | 'block-quote' | 'key-messages' | 'box';
  /** box label ("Box 1: …", "Key messages") */
  label?: string;
  /** footnote marks referenced from this block */
  footnoteRefs?: string[];
  /** citation keys the block cites in pandoc's syntax (`[@grace2020, p. 80]`), in order */
  citeKeys?: string[];
  /** a box's inner structure (label excluded) */
  parts?: Block[];
  /** the first block after a page with no text (a full-page figure or a scan): it continues the text before only as repair's rejoining allows */
  afterTextless?: boolean;
}

/** A note or front-matter line that was taken out of the flow, kept for metadata and reports. */
export interface Furniture {
  kind: 'running-header' | 'page-number' | 'front-matter' | 'back-matter' | 'toc';
  text: string;
  page: number | null;
}

export type KindId =
  | 'recommendation'
  | 'key-message'
  | 'finding'
  | 'quotation'
  | 'case-example'
  | 'footnote'
  | 'reference';

/** Why a tag was given: the alias matched, or the rule and the words that fired. */
export interface TagEvidence {
  facet: TagFacetName;
  id: string;
  rule: string;
  matched: string[];
  score?: number;
}

/** A passage's ids in each many-valued tag facet (core/facets.ts): actors, themes, places … */
export type SetTags = { [F in ManyFacet as F['field']]: string[] };

export interface Passage extends SetTags {
  /** stable: derived from document id and normalised text, so the same text keeps its id */
  id: string;
  doc: string;
  ordinal: number;
  /** index of the block this passage comes from (several passages may share one block) */
  block: number;
  text: string;
  section: string[];
  /** printed page label users cite ("7", "iv"); the physical page where none is known (pageIsPhysical); null for text without pages */
  page: string | null;
  /** printed page label where the passage ends, when it runs onto a later page */
  pageEnd?: string | null;
  /**
   * Where a later page starts in the passage's text: `offset` into `text`, `page` its label (as
   * `page` is: printed, or physical where pageIsPhysical). Set when the build knows where the
   * page turned; a passage with pageEnd and none cites its whole range for any span of it.
   */
  pageBreaks?: PageBreak[];
  /** `page` and `pageEnd` are physical page numbers (the PDF's own), no printed number being known for the page */
  pageIsPhysical?: boolean;
  /** 1-based paragraph number within the document, for citing sources without pages (APA: para. 12) */
  para?: number;
  /** 1-based physical page, null for text sources */
  physicalPage: number | null;
  /** character offsets into the document's cleaned text */
  start: number;
  end: number;
  /** structural kind hint: refined by the tagger */
  kind: KindId;
  blockType: BlockType;
  /** footnote marks this passage refers to, and the passage ids of those notes */
  notes?: { n: string; passage?: string }[];
  /** set on pull quotes that repeat text found in the body */
  duplicate?: boolean;
  evidence: TagEvidence[];
  /** a list item's nesting depth, when the source shows it (larger is deeper) */
  depth?: number;
  /** a list item's lead-in, the passage that introduces the list ("… This should involve:") */
  leadIn?: { id: string; text: string };
  /** who a quotation is by, when the text names them ("the Commission on Human Security") */
  source?: string;
  /** works this passage cites (keys shared across the corpus) */
  cites?: string[];
  /** where in the text an in-text citation names a work: [start, end) offsets of "(Author, 2020)" */
  citing?: { work: string; start: number; end: number }[];
}

/** A page turn inside a passage's text (Passage.pageBreaks). */
export interface PageBreak {
  offset: number;
  page: string;
}

/** The three statuses spec/api.md promises; a copy of a file indexed earlier is `skipped` with `duplicateOf`. */
export type FileStatus = 'indexed' | 'partial' | 'skipped';

export interface FileReport {
  file: string;
  status: FileStatus;
  reason?: string;
  /** the same bytes as this file, indexed earlier in the run (this one is skipped: indexed once) */
  duplicateOf?: string;
  passages: number;
  pages?: number;
  doc?: string;
  /** the extraction came from the cache (a PDF read by an earlier run) */
  cached?: boolean;
  /** the whole document came from the cache: the file, its catalogue entry, the taxonomy and the indexer unchanged since an earlier run built it */
  reused?: boolean;
  ms?: number;
  /** what the user should know about a file indexed whole (bytes that were not UTF-8 read as Windows-1252) */
  note?: string;
  /**
   * an earlier file of the same work (a PDF and its .txt): both indexed; `key` when the build
   * made them one work (cited and exported under that key); `work` when this file's record is
   * the work's (the catalogued file), else this file is a copy of it
   */
  sameWork?: { file: string; reason: string; key?: string; work?: boolean };
}

export interface DocumentRecord {
  id: string;
  csl: CslItem;
  /** per CSL field, where the value came from */
  provenance: Record<string, MetadataSource>;
  file: string;
  format: string;
  hash: string;
  pages: number | null;
  /** printed page label of each physical page (index 0 = page 1) */
  pageLabels: (string | null)[] | null;
  passageCount: number;
  /** document-level tags: each tag's share of the body passages */
  tags: Record<TagFacetName, { id: string; weight: number }[]>;
  furniture: { removed: number; kinds: Record<string, number> };
  /** the parsed reference list and citation notes, CSL-JSON with the passage and work they belong to */
  references?: (CslItem & { passage: string; work: string; inCorpus?: string })[];
  /**
   * Pandoc citation keys per block (Markdown): read by the citation graph while the document is
   * prepared, then dropped before the document is written (indexer/run.ts).
   */
  citeKeys?: { block: number; keys: string[] }[];
  /** corpus documents this one cites, and those that cite it */
  cites?: string[];
  citedBy?: string[];
  /** the document whose work this file repeats (indexer/work-copies.ts): its record is that work's, and so is its citation key */
  copyOf?: string;
  /** the documents that are copies of this one's work */
  copies?: string[];
  /** ids of sections (heading texts) in reading order, for a table of contents */
  outline: { level: number; text: string; passage: string | null }[];
}
