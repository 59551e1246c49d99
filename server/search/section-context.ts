import type { PassageStore } from '../../core/passage-store.js';
import { bestOf } from '../../core/best-of.js';
import { stem, words } from '../../core/analysis.js';

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

/**
 * A section's vote counts more where its headings name the query's words, ×(1 + weight × the
 * share of queryStems they hold): a report's heading says what its section is about, so where
 * two sections' best candidates hold near the same score ("What is the rationale for more
 * collaborative advocacy?" against "Recommendations"), the one whose heading asks the question
 * is the likelier answer. Only headings the vote reads anyway are weighed (those of voters that
 * share a document); a lone voter's are not read for it.
 */
export interface HeadingVote {
  /** the query's content stems (rankingWords' queryStems) */
  queryStems: readonly string[];
  weight: number;
}

/** The share of the query's distinct stems a heading path (JSON, as headingsOf gives it) holds. */
export function headingShare(headingsJson: string, queryStems: readonly string[]): number {
  const wanted = [...new Set(queryStems)];
  if (!wanted.length) return 0;
  const held = new Set((JSON.parse(headingsJson) as string[]).flatMap((h) => words(h).map((w) => stem(w))));
  return wanted.filter((s) => held.has(s)).length / wanted.length;
}

/** The headings of some passages, as comparable strings. */
function headingsOf(passages: PassageStore, ords: readonly number[]): string[] {
  return passages.sectionsOf ? passages.sectionsOf(ords) : ords.map((o) => JSON.stringify(passages.at(o).section));
}

/** The `n` best-scored candidates the user is shown, best first (ties by ordinal). */
function bestShown(scores: Map<number, number>, n: number, shown: (ord: number) => boolean): [number, number][] {
  const ords = [...scores.keys()];
  const values = [...scores.values()];
  const worse = (i: number, j: number) => values[i] < values[j] || (values[i] === values[j] && ords[i] > ords[j]);
  return bestOf(ords.length, n, worse, (i) => shown(ords[i])).map((i) => [ords[i], values[i]]);
}

/**
 * The passage the section context is anchored on: the best of the `voters` best shown
 * candidates' section that holds the most of their score (summed). One word the question uses
 * in another sense ("take *part*", the *aide* of an aide memoire) can put one passage first;
 * the section several of the best candidates share is the likelier answer, and the best
 * passage's own section when it is not outvoted. Candidates under no heading do not vote, but
 * a voter with no other of its document within SECTION_REACH votes alone, its headings unread
 * (so with no two voters that near, the anchor is the best passage, as with one voter; under no
 * heading, it raises nothing). With `named`, a section's score is weighed by how many of the
 * query's words its headings hold (HeadingVote). -1 when none is shown or none can vote.
 */
function anchorOf(scores: Map<number, number>, passages: PassageStore, voters: number, shown: (ord: number) => boolean, named?: HeadingVote): number {
  const sections = votedSections(scores, passages, voters, shown, named);
  let anchor = -1;
  let most = -Infinity;
  // best first: a tie in mass goes to the section whose best candidate ranks higher
  for (const s of sections) if (s.mass > most) [anchor, most] = [s.anchor, s.mass];
  return anchor;
}

/** The sections the `voters` best shown candidates vote for: each one's best candidate and the score its voters hold, in the order of their best candidates. */
function votedSections(scores: Map<number, number>, passages: PassageStore, voters: number, shown: (ord: number) => boolean, named?: HeadingVote): { anchor: number; mass: number }[] {
  const top = bestShown(scores, Math.max(1, voters), shown);
  if (!top.length) return [];
  // A section lies in one document, and it is raised only within SECTION_REACH of its anchor: a
  // voter with no other in its document that near has only its own vote, and only the voters
  // that may share one have their headings read (none, where the best come from as many
  // documents, as in a large library).
  const docs = top.map(([ord]) => passages.docOf(ord));
  const paired = top.map(([ord], i) => top.some(([other], j) => j !== i && docs[j] === docs[i] && Math.abs(other - ord) <= SECTION_REACH));
  const read = top.filter((_, i) => paired[i]).map(([ord]) => ord);
  if (!read.length) return top.map(([anchor, mass]) => ({ anchor, mass }));
  const readHeadings = new Map(headingsOf(passages, read).map((h, k) => [read[k], h]));
  const keys = top.map(([ord], i) => {
    if (!paired[i]) return `${ord}`;
    const h = readHeadings.get(ord)!;
    return h === '[]' ? null : `${docs[i]}\u0000${h}`;
  });
  const mass = new Map<string, number>();
  const first = new Map<string, number>();
  top.forEach(([ord, s], i) => {
    if (keys[i] === null) return;
    mass.set(keys[i]!, (mass.get(keys[i]!) ?? 0) + s);
    if (!first.has(keys[i]!)) first.set(keys[i]!, ord);
  });
  return [...first].map(([key, anchor]) => ({ anchor, mass: mass.get(key)! * (named?.weight && readHeadings.has(anchor) ? 1 + named.weight * headingShare(readHeadings.get(anchor)!, named.queryStems) : 1) }));
}

/**
 * Multiplies, in place, the re-ranked score of every candidate under the same headings as the
 * anchor (anchorOf: the best of the section the `voters` best candidates favour; with one
 * voter, the best candidate), in its document and within SECTION_REACH of it (a footnote or a
 * pull quote between them, under other headings, does not end the section), by (1 + weight).
 * The anchor is raised alike. Only passages the user is shown vote (`shown`: the facet
 * filters' members), so a filtered page is never ranked around a passage it leaves out; and a
 * passage under no heading has no section to share, only reading-order neighbours, which did
 * not hold (docs/measurements.md).
 */
export function raiseSectionMates(scores: Map<number, number>, passages: PassageStore, weight: number, shown: (ord: number) => boolean = () => true, voters = 1, named?: HeadingVote): void {
  if (weight <= 0 || scores.size < 2) return;
  const best = anchorOf(scores, passages, voters, shown, named);
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
