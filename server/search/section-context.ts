import type { PassageStore } from '../../core/passage-store.js';

// Section context: a report's section is about one thing, so the passages under the same
// headings as the best hit are likely to answer the same question, often in words of their
// own ("aid agencies" where the question says "humanitarian organisations"). Where lexical
// rules cannot tell such a passage from one that merely repeats a query word, its place beside
// the best answer can: the first hit is nearly always right, and what is missing is the rest
// of the answer. (Reading-order neighbours and the whole document were tried and did not hold
// on both halves: docs/measurements.md.)

/**
 * How far from the best hit, in passages either way, its section's passages are looked for: a
 * bound on what is read (only the candidates this near are). The smallest that finds on the
 * tuning half what an unbounded look finds.
 */
export const SECTION_REACH = 48;

/** The headings of some passages, as comparable strings. */
function headingsOf(passages: PassageStore, ords: readonly number[]): string[] {
  return passages.sectionsOf ? passages.sectionsOf(ords) : ords.map((o) => JSON.stringify(passages.at(o).section));
}

/**
 * Multiplies, in place, the re-ranked score of every candidate under the same headings as the
 * best one, in its document and within SECTION_REACH of it (a footnote or a pull quote between
 * them, under other headings, does not end the section), by (1 + weight). The best is raised
 * alike, so it stays first. The best is the best the user is shown (`shown`: the facet filters'
 * members), so a filtered page is never ranked around a passage it leaves out; and a best
 * passage under no heading has no section to share, only reading-order neighbours, which did
 * not hold (docs/measurements.md).
 */
export function raiseSectionMates(scores: Map<number, number>, passages: PassageStore, weight: number, shown: (ord: number) => boolean = () => true): void {
  if (weight <= 0 || scores.size < 2) return;
  let best = -1;
  let bestScore = -Infinity;
  for (const [ord, s] of scores) if (shown(ord) && (s > bestScore || (s === bestScore && ord < best))) [best, bestScore] = [ord, s];
  if (best < 0) return;
  const doc = passages.docOf(best);
  const near: number[] = [best];
  for (const ord of scores.keys()) if (ord !== best && Math.abs(ord - best) <= SECTION_REACH && passages.docOf(ord) === doc) near.push(ord);
  if (near.length < 2) return;
  const headings = headingsOf(passages, near);
  if (headings[0] === '[]') return;
  near.forEach((ord, k) => {
    if (headings[k] === headings[0]) scores.set(ord, scores.get(ord)! * (1 + weight));
  });
}
