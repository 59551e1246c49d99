import type { IndexStore } from './index-store.js';
import { citeAll } from './cite.js';
import { prepareEngines } from './export/citeproc-engine.js';

/**
 * citeproc compiles each CSL style on first use, seconds on a busy machine: done at start-up,
 * so the first visitor's page does not pay for it (nor everyone queued behind them).
 */
export function warmUp(store: IndexStore): void {
  prepareEngines();
  if (!store.loaded) return;
  const snap = store.snapshot;
  const p = snap.passages.count ? snap.passages.at(0) : undefined;
  const d = p && snap.documents.get(p.doc);
  if (d) citeAll(snap.manifest.id, d, p);
}
