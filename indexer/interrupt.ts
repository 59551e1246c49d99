import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the indexer prints when Ctrl-C (SIGINT) or SIGTERM stops it: it had printed nothing and
 * exited 130, leaving the user to guess whether the library was half replaced (userreview19b
 * finding 7). A run publishes only by switching CURRENT to a finished build, so whatever CURRENT
 * names now is what the server serves; it is read here rather than assumed.
 */
export function interruptedMessage(indexDir: string, signal: string): string {
  let current = '';
  try {
    current = readFileSync(join(indexDir, 'CURRENT'), 'utf8').trim();
  } catch {
    // nothing published there yet
  }
  return [
    `Stopped (${signal}) before this run finished: it published nothing.`,
    current ? `The index served is still build ${current} in ${indexDir}.` : `No index has been published in ${indexDir} yet.`,
    'Run the same command again to index the folder (the files already read come from the cache, unless --no-cache).',
  ].join('\n');
}
