import { foldWord } from '../../core/nlp/fold.js';
import { entriesOf, type Taxonomy } from '../../core/taxonomy.js';

// Here rather than in core/taxonomy.ts: the indexer's workers load the taxonomy, and need no lunr.

/**
 * The words of every name the taxonomy gives an entry (labels, aliases, acronyms, missions, capitals, regions, peoples, groups),
 * lower-cased and folded (core/nlp/fold.ts), so a query word is looked up folded too: a word
 * among them is a word of some name, never corrected as a typo ("Sana'a" is not "Canada", "Cote"
 * not "Note"). Ordinary words of names ("council", "army", "white") are among them, and are
 * English words anyway.
 */
export function nameWords(tax: Taxonomy): Set<string> {
  const out = new Set<string>();
  for (const e of entriesOf(tax)) {
    const names = [e.label, ...('aliases' in e ? [...e.aliases, ...Object.keys(e.acronyms), ...Object.values(e.acronyms), ...e.missions, ...e.capitals, ...e.regions, ...e.peoples, ...e.groups] : [])];
    for (const n of names) for (const w of n.toLowerCase().split(/[\s\-–—/,()]+/)) if (w) out.add(foldWord(w));
  }
  return out;
}
