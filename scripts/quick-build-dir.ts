import { createHash } from 'node:crypto';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Where search-quick keeps its build of the bundled corpus for an engine: named after what the
// build depends on (every source file's path, size and time), so a script reading it (search-misses)
// reads the build of this worktree's sources, not whichever of several helpers' builds sorts first.

/** A name for what the build depends on: every source file's path, size and time. */
export function sourcesKey(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const s = statSync(p);
        hash.update(`${p}\t${s.size}\t${s.mtimeMs}\n`);
      }
    }
  };
  for (const dir of ['indexer', 'core', 'corpus', 'taxonomy']) if (existsSync(dir)) walk(dir);
  return hash.digest('hex').slice(0, 12);
}

/** The directory of search-quick's build for an engine, for the current sources. */
export const quickBuildDir = (engine: string): string => join(tmpdir(), `policy-passages-search-quick-${engine}-${sourcesKey()}`);
