import type { PageRange } from './readers/types.js';

// The pages of long PDFs that the pool's workers read for one another (process-corpus.ts). A
// worker reading a PDF claims its pages a run at a time (PageShare, readers/types.ts); an idle
// worker may take a run the reader has not claimed yet, and the pages it reads go back to
// the reader. Without this, one long file keeps one core busy while the other waits: in a batch's
// last minutes, or when one file is most of the batch.

/** Pages per run: a few tenths of a second of reading, so that no one waits long for the last run. */
export const RUN_PAGES = 8;

/**
 * Unclaimed pages a file must have for an idle worker to help with it before it starts a file
 * of its own: reading a run of a document means opening it (and loading its fonts) a second time.
 */
export const HELP_FIRST_PAGES = 32;

interface Shared {
  total: number;
  /** the first page not yet claimed */
  next: number;
  /** runs read by other workers so far */
  lent: number;
}

export class PageLending {
  private readonly files = new Map<number, Shared>();

  /** The next run of file `index` for its reader, or null (with the number of runs lent) once every page is claimed. */
  claim(index: number, total: number): { run: PageRange | null; lent: number } {
    let f = this.files.get(index);
    if (!f) this.files.set(index, (f = { total, next: 1, lent: 0 }));
    return { run: this.take(f), lent: f.lent };
  }

  /** A run for an idle worker, from the file with the most unclaimed pages if it has at least `minPages`. */
  lend(minPages: number): { index: number; run: PageRange } | undefined {
    let best: [number, Shared] | undefined;
    for (const entry of this.files) if (!best || left(entry[1]) > left(best[1])) best = entry;
    if (!best || left(best[1]) < Math.max(1, minPages)) return undefined;
    const [index, f] = best;
    f.lent++;
    return { index, run: this.take(f)! };
  }

  /** The file is done (read, or its worker killed): runs still out come back to no one. */
  forget(index: number): void {
    this.files.delete(index);
  }

  has(index: number): boolean {
    return this.files.has(index);
  }

  private take(f: Shared): PageRange | null {
    if (f.next > f.total) return null;
    const run = { from: f.next, to: Math.min(f.total, f.next + RUN_PAGES - 1) };
    f.next = run.to + 1;
    return run;
  }
}

const left = (f: Shared) => f.total - f.next + 1;
