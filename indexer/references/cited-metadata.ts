import type { CslItem, DocumentRecord } from '../../core/types.js';
import { lettersOnly } from '../../core/text.js';
import { firstAuthorName, issuedYear } from '../../core/csl.js';

// A document read with no catalogue entry knows only what its file says: a report's PDF rarely
// prints its publisher's city or its own address, so it exported as "(HPG Briefing Note)." and
// nothing after, while the corpus's reference lists cite it as "London: ODI" with its URL and
// the citation explorer showed both (userreview29 finding 5). What the citing entries agree on
// fills the fields the document lacks; a catalogue entry is the user's record and is left as it is.

const FIELDS = ['publisher', 'publisher-place', 'URL'] as const;

/** A title's letters, and those of its main title (before a subtitle's colon, dash or question mark). */
const titleForms = (title: string | undefined): [string, string] => [lettersOnly(title ?? ''), lettersOnly((title ?? '').split(/[:?]|\s[–—-]\s/)[0])];

/**
 * The entry and the document name one title: the same letters, or one is the other's main
 * title (a subtitle left off). The graph matches an entry to a document by a like title (Dice
 * 0.75), which one author's two reports of a year share ("Humanitarian access in northern Mali"
 * and "…northern Niger"): the other report's address and publisher are no fields of this one (review32).
 */
function sameTitle(a: string | undefined, b: string | undefined): boolean {
  const [x, xMain] = titleForms(a);
  const [y, yMain] = titleForms(b);
  return !!x && !!y && (x === y || x === yMain || y === xMain);
}

/** The entry is this document's own citation: same first author, year and title, not only a like title. */
const sameWork = (ref: CslItem, doc: DocumentRecord): boolean =>
  !!lettersOnly(firstAuthorName(doc.csl)) &&
  lettersOnly(firstAuthorName(ref)) === lettersOnly(firstAuthorName(doc.csl)) &&
  issuedYear(ref) !== null &&
  issuedYear(ref) === issuedYear(doc.csl) &&
  sameTitle(ref.title, doc.csl.title);

/**
 * The value more entries give than any other; none on a tie. Two entries that disagree ("London:
 * ODI" and "Geneva: UNHCR") say nothing the document can take: the first in corpus order was
 * taken, and with it a place and publisher one citing author may have got wrong (review32).
 */
function mostCited(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let tied = false;
  for (const [v, n] of counts) {
    const top = best === undefined ? 0 : counts.get(best)!;
    if (n > top) [best, tied] = [v, false];
    else if (n === top) tied = true;
  }
  return tied ? undefined : best;
}

/** Fills each uncatalogued document's missing publisher, place and URL from the entries matched to it (Reference.inCorpus). */
export function fillFromCitations(docs: readonly DocumentRecord[]): void {
  const citing = new Map<string, CslItem[]>();
  // pushed, not copied: a list citing one document 20,000 times copied 2·10⁸ entries (hostile31)
  for (const d of docs) {
    for (const r of d.references ?? []) {
      if (!r.inCorpus) continue;
      const same = citing.get(r.inCorpus);
      if (same) same.push(r);
      else citing.set(r.inCorpus, [r]);
    }
  }
  for (const d of docs) {
    const refs = (citing.get(d.id) ?? []).filter((r) => sameWork(r, d));
    // a record built by hand (a tool's, a test's) may come with no provenance at all
    const provenance: Partial<Record<string, string>> = d.provenance ?? {};
    if (!refs.length || Object.values(provenance).some((s) => s === 'catalog.json' || s === 'catalog.bib')) continue;
    for (const field of FIELDS) {
      if (d.csl[field]) continue;
      const value = mostCited(refs.map((r) => r[field]).filter((v): v is string => typeof v === 'string' && v.length > 0));
      if (value === undefined) continue;
      d.csl[field] = value;
      d.provenance = { ...d.provenance, [field]: 'reference-list' };
    }
  }
}
