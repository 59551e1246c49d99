import type { CslItem } from '../../core/types.js';
import { assignCitationKeys } from '../../core/csl.js';
import type { Snapshot } from '../index-store.js';
import { citationExplorer } from '../citation-explorer.js';
import { workOf } from '../cited-works.js';
import type { ExportSelection } from './selection.js';
import { safeItem } from './safe-item.js';

/**
 * The works the citation explorer shows (its `q`, `from` and `work` filters), as an export: one
 * record per cited work, its CSL-JSON as the reference list gave it, or the corpus document's own
 * record when the work is in the corpus. A researcher takes what the corpus cites into a
 * reference manager; the explorer's works had no export at all (userreview19a finding 9).
 * A work read from a reference list has no key of its own: each gets the product's key, unique
 * in the file, and a corpus document keeps its citation key.
 */
export function citedSelection(snap: Snapshot, query: Record<string, unknown>): ExportSelection {
  const { works, total } = citationExplorer(snap, query);
  const all: CslItem[] = works.map((w) => {
    // a copy of a work in the corpus is exported as its work (indexer/work-copies.ts)
    const own = w.ref.inCorpus ? snap.documents.get(workOf(snap.documents, w.ref.inCorpus)) : undefined;
    if (own) return own.csl;
    // the entry's place in its list (passage, work, inCorpus) is the product's, not the work's
    const { passage: _passage, work: _work, inCorpus: _inCorpus, ...csl } = w.ref;
    return { ...csl, id: `cited-${w.key}` };
  });
  // two cited works found in the corpus as one work (its .txt and its PDF copy) are one record
  const records = [...new Map(all.map((c) => [c.id, c])).values()];
  const keys = assignCitationKeys(records);
  const items = records.map((csl) => safeItem({ csl: { ...csl, 'citation-key': keys.get(csl.id)! }, passages: [], links: new Map() }));
  return { items, passages: 0, total, limit: items.length, capped: items.length < total, unknown: [], invalid: [], edited: [] };
}
