import type { IndexStore, Snapshot } from '../index-store.js';
import { searchRequest } from '../http/params.js';
import { logger } from '../http/logger.js';
import { runSearch } from './service.js';

// A build's first searches pay once for what its start-up left lazy (the engine's statements,
// the vocabulary's look-up tables, the facet columns) and for V8 compiling the search code: a
// first search at 100k passages took 245–400 ms of CPU where the same search again took 8–15.
// On a busy machine a user's first search could spend its whole 1 s budget on that and be cut
// short (userreview32 finding 7). So a build starting to be served is searched a few times in
// the background — only when no request has held the store for a while, one search at a time:
// a start's health checks and a user's or a benchmark's searches never wait behind it, and a
// server busy with searches is warmed by them.

/** Quiet, in ms, before each warm-up search. */
export const WARM_UP_QUIET_MS = 250;

/**
 * The searches that warm a build (none for a library with no word of five letters): a word,
 * the word misspelt, a prefix and a phrase. The word is the most frequent found at most once in
 * a hundred passages: the start's costs are paid by any word, a word in every passage would
 * make each search long.
 */
export function warmUpQueries(snap: Pick<Snapshot, 'vocabulary' | 'manifest'>): string[] {
  const word = snap.vocabulary.frequentWord(5, Math.max(10, snap.manifest.counts.passages / 100));
  if (!word) return [];
  return [word, misspelt(word), `${word.slice(0, 4)}*`, `"${word} ${word}"`];
}

/**
 * The word with two different letters after its first swapped: the first such pair, as "access"
 * or "aggression" repeat their second letter and swapped there were the word again, which takes
 * no correction and so warmed none of its look-up tables (review35).
 */
function misspelt(word: string): string {
  for (let i = 1; i + 1 < word.length; i++) if (word[i] !== word[i + 1]) return `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
  return word;
}

/** Runs the warm-up searches on `snap` while the store still serves it; resolves when done (or swapped out). */
export function warmUp(store: Pick<IndexStore, 'lease' | 'idleFor' | 'serves'>, snap: Snapshot, quietMs = WARM_UP_QUIET_MS): Promise<void> {
  // made at the first quiet moment, not as the build is swapped in: a scan of the vocabulary
  // (4–8 ms at 100k passages) on the way to a start's first health check
  let queries: string[] | undefined;
  let cpu = 0;
  return new Promise((resolve) => {
    const step = (i: number): void => {
      if (queries && i >= queries.length) {
        logger.debug({ build: snap.manifest.id, cpuMs: Math.round(cpu) }, 'build warmed');
        return resolve();
      }
      // Asked before waiting and before leasing: a build swapped out while requests keep the
      // store busy is let go of at once (not held in memory until a quiet moment), and with
      // nothing served (a stop's close(), a checksum mismatch) lease() would throw in a timer.
      // Swapped out meanwhile: the new build warms itself.
      if (!store.serves(snap)) return resolve();
      const quiet = store.idleFor();
      if (quiet < quietMs) {
        setTimeout(step, quietMs - quiet, i).unref();
        return;
      }
      queries ??= warmUpQueries(snap);
      if (!queries.length) return resolve();
      const { snap: served, release } = store.lease();
      try {
        if (served !== snap) return resolve();
        const started = process.cpuUsage();
        runSearch(snap, searchRequest({ q: queries[i] }, snap));
        const used = process.cpuUsage(started);
        cpu += (used.user + used.system) / 1000;
      } catch (error: unknown) {
        logger.warn({ err: error, build: snap.manifest.id }, 'a warm-up search failed');
      } finally {
        release();
      }
      // its own lease counts as a request: the next search waits for quiet again
      step(i + 1);
    };
    step(0);
  });
}
