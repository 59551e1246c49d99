import type { PassageStore } from '../../core/passage-store.js';
import { distinct } from './ranking.js';
import type { FacetIndex } from './facets.js';
import { stemsOfTitle } from '../../core/title-stems.js';

// Title match: a document's title says what all of its passages are about, but is no word of
// any one of them. Counted in every passage's row, a title word was as common as the document
// is long (FTS5 floors the idf of a word in over half the rows at nothing) and lifted all of a
// document's passages alike (search-fields.ts). Matched once per document instead: the
// re-ranked candidates of a document whose title holds a share of the query's content words
// are raised ×(1 + RANKING.titleMatch × that share) — a document about the question is likelier
// to answer it, but a passage must still hold the words to be found at all.

/** The share of the query's content stems the title holds (0 with none). */
export function titleShare(title: string, queryStems: readonly string[]): number {
  return shareOf(title, distinct(queryStems));
}

/** `titleShare` with the query's stems made distinct once, not once per document. */
function shareOf(title: string, wanted: readonly string[]): number {
  if (!wanted.length) return 0;
  const stems = stemsOfTitle(title);
  let held = 0;
  for (const s of wanted) if (stems.has(s)) held++;
  return held / wanted.length;
}

/**
 * A document's title by its id, as the document facet labels it; none for a document without a
 * title, which that facet labels by its id (core/csl.ts): an id's words are no title's.
 */
export function documentTitles(facets: Pick<FacetIndex, 'labels'>): (doc: string) => string | undefined {
  const titles = facets.labels.get('doc');
  return (doc) => {
    const title = titles?.get(doc);
    return title === doc ? undefined : title;
  };
}

/**
 * Each re-ranked candidate's score ×(1 + weight × its document title's share of the query's
 * content stems), worked out once per document. `titleOf`: a document's title by its id.
 */
export function raiseTitleMatches(reranked: Map<number, number>, passages: Pick<PassageStore, 'docOf'>, titleOf: (doc: string) => string | undefined, queryStems: readonly string[], weight: number): void {
  if (!weight || !queryStems.length) return;
  const wanted = distinct(queryStems);
  const factors = new Map<string, number>();
  for (const [ord, s] of reranked) {
    const doc = passages.docOf(ord);
    let f = factors.get(doc);
    if (f === undefined) factors.set(doc, (f = 1 + weight * shareOf(titleOf(doc) ?? '', wanted)));
    if (f !== 1) reranked.set(ord, s * f);
  }
}
