import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { currentBuild } from '../core/build/publish.js';

// Which builds the server may serve, best first. CURRENT names the one the indexer published
// last; the builds it keeps beside it are the fallbacks when that one is damaged or missing.

/** A build id is a plain directory name under builds/: a CURRENT holding `../x` or `/etc` names nothing. */
const BUILD_ID = /^[\w-][\w.-]{0,127}$/;
export const isBuildId = (id: string) => BUILD_ID.test(id) && !id.includes('..');

export interface BuildChoice {
  /** the build CURRENT names, when it names one that may be a build */
  current: string | null;
  /** what is wrong with CURRENT itself (absent, or pointing outside builds/) */
  problem: string | null;
  /** the other published builds, newest first (ids start with their UTC time) */
  fallbacks: string[];
}

export async function buildChoice(indexDir: string): Promise<BuildChoice> {
  const pointer = await currentBuild(indexDir);
  const current = pointer !== null && isBuildId(pointer) ? pointer : null;
  let names: string[] = [];
  try {
    names = (await readdir(join(indexDir, 'builds'), { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith('.') && isBuildId(e.name)).map((e) => e.name);
  } catch {
    // no builds/ yet
  }
  // with neither a pointer nor builds, nothing has been published: not a problem, a fresh start
  const problem = pointer === null ? (names.length ? 'CURRENT is missing' : null) : current === null ? `CURRENT does not name a build (${JSON.stringify(pointer.slice(0, 80))})` : null;
  return { current, problem, fallbacks: names.filter((n) => n !== current).sort().reverse() };
}
