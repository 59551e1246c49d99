import { resolve, sep } from 'node:path';
import type { Health } from './index-store.js';

// What the server says to clients about its own trouble (health, 503 pages, the About page's
// skipped files) comes from file-system errors and the indexer's report, which name paths on
// the server ("ENOENT: … stat '/srv/lib/index/builds/…/aliases.json'"). /api/health answers
// anyone, outside the rate limit: the server's layout is nobody's business there. The log keeps
// the full text (main.ts logs IndexStore.health() itself).

/** An absolute path after a space, quote or bracket (not a URL's path): all but its last part is dropped. */
const ABSOLUTE_PATH = /(^|[\s'"(`])\/(?:[^\s'"()`/]+\/)+([^\s'"()`/]+)/g;

/**
 * The text with paths inside the index directory made relative to it ("builds/…/aliases.json"),
 * the directory itself called "the index directory", and any other absolute path cut to its last part.
 */
export function withoutServerPaths(text: string, indexDir?: string): string {
  let out = text;
  if (indexDir) {
    const dir = resolve(indexDir);
    out = out.split(dir + sep).join('').split(dir).join('the index directory');
  }
  return out.replace(ABSOLUTE_PATH, (_match, lead: string, last: string) => `${lead}…/${last}`);
}

/** IndexStore.health() as /api/health and the 503 answers give it: the reason without server paths. */
export function healthForClients(health: Health, indexDir: string): Health {
  return 'reason' in health ? { ...health, reason: withoutServerPaths(health.reason, indexDir) } : health;
}
