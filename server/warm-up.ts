import { setImmediate as turn } from 'node:timers/promises';
import type { IndexStore } from './index-store.js';
import { citeAll } from './cite.js';
import { prepareEngines } from './export/citeproc-engine.js';

/**
 * citation-js is loaded and citeproc compiles each CSL style on first use (see citeJs): a
 * second or two on a busy machine, paid by the first citation or export after start. This
 * pays it ahead, a style at a time with other requests served between, for a caller whose
 * timings should be each request's own (the fuzz). npm start does not: the compiled styles
 * are some 15 MB of live heap, which V8 lets grow several times over before collecting, and
 * most visits search without citing.
 */
export async function warmUp(store: IndexStore): Promise<void> {
  await prepareEngines(() => turn());
  if (!store.loaded) return;
  const snap = store.snapshot;
  const p = snap.passages.count ? snap.passages.at(0) : undefined;
  const d = p && snap.documents.get(p.doc);
  if (d) citeAll(snap.manifest.id, d, p);
}
