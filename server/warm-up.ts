import { setImmediate as turn } from 'node:timers/promises';
import type { IndexStore } from './index-store.js';
import { citeAll } from './cite.js';
import { prepareEngines } from './export/citeproc-engine.js';

/**
 * citeproc compiles each CSL style on first use, seconds on a busy machine: done once the
 * server listens, a style at a time with other requests served between, so the first
 * visitor's page does not pay for it (nor everyone queued behind them), and start-up does not
 * wait for it either.
 */
export async function warmUp(store: IndexStore): Promise<void> {
  await prepareEngines(() => turn());
  if (!store.loaded) return;
  const snap = store.snapshot;
  const p = snap.passages.count ? snap.passages.at(0) : undefined;
  const d = p && snap.documents.get(p.doc);
  if (d) citeAll(snap.manifest.id, d, p);
}
