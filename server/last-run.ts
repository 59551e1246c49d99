import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// A nightly `npm run index` that publishes nothing (an empty or unreadable corpus, every file
// failing) leaves the last good build serving, and said so only in cron's mail: /api/health
// answered "ok" (userreview21a finding 5). The run writes report.json into the index directory
// whenever it finishes, with "build": null when it published nothing; a monitor should see that.

interface Seen { mtimeMs: number; size: number; run: { finishedAt: string; published: boolean; files: number } | null }

/** The index directory's report.json, read again only when it changed (health is polled). */
export class LastRun {
  private seen: Seen | null = null;
  constructor(private readonly indexDir: string) {}

  private read(): Seen['run'] {
    const path = join(this.indexDir, 'report.json');
    let st;
    try {
      st = statSync(path);
    } catch {
      this.seen = null;
      return null;
    }
    if (this.seen && this.seen.mtimeMs === st.mtimeMs && this.seen.size === st.size) return this.seen.run;
    let run: Seen['run'] = null;
    try {
      const r = JSON.parse(readFileSync(path, 'utf8')) as { build?: unknown; finishedAt?: unknown; files?: unknown };
      if (typeof r.finishedAt === 'string') run = { finishedAt: r.finishedAt, published: Boolean(r.build), files: Array.isArray(r.files) ? r.files.length : 0 };
    } catch {
      run = null;
    }
    this.seen = { mtimeMs: st.mtimeMs, size: st.size, run };
    return run;
  }

  /** Why the build built at `builtAt` is older than the last run, when that run published nothing; else null. */
  failedSince(builtAt: string): string | null {
    const run = this.read();
    if (!run || run.published || run.finishedAt <= builtAt) return null;
    return `the last indexing run (${run.finishedAt}) published nothing from its ${run.files} files (see report.json in the index directory): the build of ${builtAt} is still served`;
  }
}
