import type { Response } from 'express';
import { setImmediate as turn } from 'node:timers/promises';
import { cpuChargeOf, processCpuMs } from '../http/capacity.js';

// Work made of steps (a generator that yields between them), run either at once or in slices
// of SLICE_MS with other requests' turns between: an export's selection (reading 2,000
// passages, grouping them into works) ran in one turn of 60–250 ms of CPU at 100k passages,
// and every search that arrived meanwhile waited behind it (attack20, attack21).

/** Work done between two turns of other requests. */
export const SLICE_MS = 10;

/** Runs every step now, in this turn (tests, HEAD-less callers that need the answer at once). */
export function runAtOnce<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs the steps, letting other requests have a turn whenever SLICE_MS went by since the last:
 * undefined when the client went away meanwhile (the work is dropped, and with it the snapshot
 * lease's last use). The first slice runs in the handler's turn, which the per-client CPU budget
 * times; each later one is charged to the client here, as sendExport charges its pieces.
 */
export async function runInSlices<T>(steps: Generator<void, T>, res: Response): Promise<T | undefined> {
  const charge = cpuChargeOf(res);
  let since = performance.now();
  let cpuAt: number | undefined;
  const charged = () => {
    if (cpuAt !== undefined) charge(processCpuMs() - cpuAt);
  };
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() - since < SLICE_MS) continue;
      charged();
      cpuAt = undefined;
      await turn();
      if (res.destroyed) return undefined;
      since = performance.now();
      cpuAt = processCpuMs();
    }
  } finally {
    charged();
  }
}
