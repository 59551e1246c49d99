import type { Passage } from './types.js';
import { PassageColumnsBuilder, type PassageColumnSet } from './passage-columns.js';

// How the server reaches a build's passages. A build of a million passages cannot sit in the
// heap as objects, so consumers ask for the rows they show (by ordinal or id), and the few
// whole-corpus needs (facet columns, the citing index) read compact columns (passage-columns.ts). The builder
// writes each document's passages together, so a document is a contiguous ordinal range.

/** Ordinals [first, end) of one document's passages. */
export interface OrdinalRange {
  first: number;
  end: number;
}

/** What the search reads of its best candidates. */
export type PassageBrief = Pick<Passage, 'text' | 'kind'>;

/** A build's stem dictionary (core/build/stem-runs.ts): what the ranking rules compare instead of stemming text. */
export interface StemIds {
  /** the id of a stem (core/analysis.ts stem), undefined when no passage has it */
  of(stem: string): number | undefined;
  /** per ordinal asked, the ids of the stems of its text's words (core/analysis.ts words), in order */
  ofPassages(ordinals: readonly number[]): Map<number, Uint32Array>;
}

export interface PassageStore {
  /** passages in the build */
  readonly count: number;
  /** the passage at an ordinal (0 ≤ ordinal < count) */
  at(ordinal: number): Passage;
  /** a passage's text and kind, without the rest of its record: what ranking and phrase checks read of a few hundred passages per search */
  brief(ordinal: number): PassageBrief;
  /** optional: reads the briefs of these passages in one go (a search's candidates), so that brief() finds them */
  prefetch?(ordinals: readonly number[]): void;
  /** optional: reads these passages whole in one go (a page of hits), so that at() finds them */
  readAhead?(ordinals: readonly number[]): void;
  /** optional: every passage's words as stem ids, kept by the build */
  readonly stemIds?: StemIds;
  get(id: string): Passage | undefined;
  ordinalOf(id: string): number | undefined;
  /** optional: the headings of these passages, each path as JSON (an array of strings), in one read (else each is read whole) */
  sectionsOf?(ordinals: readonly number[]): string[];
  /** the document a passage belongs to, without reading the passage */
  docOf(ordinal: number): string;
  /** a pull quote that repeats body text, without reading the passage */
  isDuplicate(ordinal: number): boolean;
  /** the ordinals of a document's passages; undefined for a document with none */
  rangeOf(doc: string): OrdinalRange | undefined;
  /** a document's passages in reading order */
  ofDocument(doc: string): Passage[];
  /** every passage in ordinal order: for work done once per build, never per request */
  all(): Iterable<Passage>;
  /** what facet counting and the citing index hold of every passage (the same object each call) */
  columnSet(): PassageColumnSet;
}

/** Every passage held as an object: small builds, tests, and engines built in memory. */
export class MemoryPassageStore implements PassageStore {
  private readonly byId = new Map<string, number>();
  private readonly ranges = new Map<string, OrdinalRange>();
  private columns: PassageColumnSet | undefined;

  constructor(private readonly passages: readonly Passage[]) {
    passages.forEach((p, i) => {
      this.byId.set(p.id, i);
      const r = this.ranges.get(p.doc);
      if (!r) this.ranges.set(p.doc, { first: i, end: i + 1 });
      else if (r.end === i) r.end = i + 1;
      else throw new Error(`the passages of ${p.doc} are not contiguous (passage ${p.id} at ${i})`);
    });
  }

  get count(): number {
    return this.passages.length;
  }

  at(ordinal: number): Passage {
    return this.row(ordinal);
  }

  brief(ordinal: number): PassageBrief {
    return this.row(ordinal);
  }

  get(id: string): Passage | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.passages[i];
  }

  ordinalOf(id: string): number | undefined {
    return this.byId.get(id);
  }

  // columns, not rows: what a disk-backed store answers without reading the passage
  docOf(ordinal: number): string {
    return this.row(ordinal).doc;
  }

  isDuplicate(ordinal: number): boolean {
    return this.row(ordinal).duplicate === true;
  }

  private row(ordinal: number): Passage {
    const p = this.passages[ordinal];
    if (!p) throw new RangeError(`no passage at ${ordinal} (of ${this.passages.length})`);
    return p;
  }

  rangeOf(doc: string): OrdinalRange | undefined {
    return this.ranges.get(doc);
  }

  ofDocument(doc: string): Passage[] {
    const r = this.ranges.get(doc);
    return r ? this.passages.slice(r.first, r.end) : [];
  }

  all(): Iterable<Passage> {
    return this.passages;
  }

  columnSet(): PassageColumnSet {
    this.columns ??= PassageColumnsBuilder.of(this.passages);
    return this.columns;
  }
}
