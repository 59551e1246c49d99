import type { Truth, TruthBlock } from '../../eval/fidelity.js';

// What every producer of scripts/make-unseen-variants.ts needs from a seed's truth file: its
// blocks with the notes each one calls, and the lines a first page prints about the document.

export type Block = TruthBlock & { footnote_refs?: string[]; depth?: number; ordered?: boolean; parts?: TruthBlock[] };
export type SeedTruth = Omit<Truth, 'blocks'> & Record<string, unknown> & { blocks: Block[] };

export interface Source {
  truth: SeedTruth;
  /** blocks in reading order, notes left out */
  body: Block[];
  /** the notes each body block calls, by index into body; a note no block calls goes with the first paragraph */
  notesOf: Map<number, TruthBlock[]>;
  notes: TruthBlock[];
  /** the journal's citation lines (journal articles) or the series line (reports) */
  masthead: string[];
  byline: string;
  date: string;
}

export function source(truth: SeedTruth): Source {
  const notes = truth.blocks.filter((b) => b.type === 'footnote');
  const byN = new Map(notes.map((n) => [n.n ?? '', n]));
  const body: Block[] = truth.blocks.filter((b) => b.type !== 'footnote');
  const notesOf = new Map<number, TruthBlock[]>();
  const called = new Set<string>();
  body.forEach((b, i) => {
    const mine = (b.footnote_refs ?? []).map((r) => byN.get(r)).filter((n): n is TruthBlock => Boolean(n) && !called.has(n?.n ?? ''));
    for (const n of mine) called.add(n.n ?? '');
    if (mine.length) notesOf.set(i, mine);
  });
  const firstPara = body.findIndex((b) => b.type === 'paragraph');
  const uncalled = notes.filter((n) => !called.has(n.n ?? ''));
  if (uncalled.length) notesOf.set(firstPara, [...uncalled, ...(notesOf.get(firstPara) ?? [])]);
  const pages = String(truth.pages ?? '').replace('-', '–');
  const masthead = truth.journal
    ? [`${String(truth.journal)}, Vol. ${String(truth.volume)}, No. ${String(truth.issue)} (${truth.year}), pp. ${pages}`, `https://doi.org/${String(truth.doi)}`]
    : truth.series
      ? [String(truth.series)]
      : [];
  const date = `${truth.month ? `${String(truth.month)} ` : ''}${truth.year}`;
  return { truth, body, notesOf, notes, masthead, byline: truth.authors.join(' and '), date };
}

/** The variant's truth: the seed's, with what its PDF does and does not carry. */
export function variantTruth(truth: SeedTruth, variant: string): SeedTruth {
  return { ...truth, id: `${truth.id}.${variant}`, variant, pdf_info: null, prints_metadata: true };
}
