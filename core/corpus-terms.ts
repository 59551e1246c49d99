import { z } from 'zod';
import { wordLists, wordPairs } from './large-json.js';

// terms.json in a build: what the indexer learnt about the corpus's own words
// (indexer/build-terms.ts) for the query side to read. A build without it (made before it
// existed) reads as one with no terms.

export const corpusTermsSchema = z.object({
  /** acronyms the corpus defines, "Name (ACR)" or "ACR (Name)": each as written, then the name */
  acronyms: z.array(z.array(z.string()).min(2)),
  /** letters no corpus word spells → the Title Case name whose initials they are ("hruf" → "Human Rights Up Front") */
  initialisms: wordPairs,
  /** word → the words it shares the most passages with */
  related: wordLists,
});

export type CorpusTerms = z.infer<typeof corpusTermsSchema>;

export const NO_TERMS: CorpusTerms = { acronyms: [], initialisms: [], related: {} };

/** The corpus's acronyms as groups of equivalent phrasings, beside the taxonomy's synonym groups. */
export function acronymGroups(terms: CorpusTerms): string[][] {
  return [...terms.acronyms, ...terms.initialisms];
}
