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
 * The time of one slice of a long answer's work, and the CPU of each slice after the first,
 * charged to the client: the first runs in the handler's turn, which the per-client CPU budget
 * times; later ones run between other requests' turns, outside it.
 */
export class SliceClock {
  private since = performance.now();
  private cpuAt: number | undefined;
  private readonly charge: (ms: number) => void;

  constructor(private readonly res: Response) {
    this.charge = cpuChargeOf(res);
  }

  /** Whether this slice has run SLICE_MS. */
  get due(): boolean {
    return performance.now() - this.since >= SLICE_MS;
  }

  /** Charges the client for the slice so far (once). */
  charged(): void {
    if (this.cpuAt !== undefined) this.charge(processCpuMs() - this.cpuAt);
    this.cpuAt = undefined;
  }

  /** Ends the slice and gives other requests a turn; false when the client went away meanwhile. */
  async pause(): Promise<boolean> {
    this.charged();
    await turn();
    if (this.res.destroyed) return false;
    this.since = performance.now();
    this.cpuAt = processCpuMs();
    return true;
  }
}

/**
 * Runs the steps, letting other requests have a turn whenever SLICE_MS went by since the last:
 * undefined when the client went away meanwhile (the work is dropped, and with it the snapshot
 * lease's last use).
 */
export async function runInSlices<T>(steps: Generator<void, T>, res: Response): Promise<T | undefined> {
  const clock = new SliceClock(res);
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (clock.due && !(await clock.pause())) return undefined;
    }
  } finally {
    clock.charged();
  }
}
