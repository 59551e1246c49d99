import type { Server } from 'node:http';
import { constants } from 'node:os';
import { shutdown } from './http/server.js';
import type { IndexStore } from './index-store.js';
import type { Lifecycle } from './lifecycle.js';
import { logger } from './http/logger.js';

// SIGTERM (systemd, docker, a supervisor) and SIGINT (Ctrl-C) stop the server gracefully: at
// once /api/ready answers 503 and /api/health `draining`; after the optional stop delay (a load
// balancer's time to see the 503) the listener closes, requests in flight are answered (at most
// drainMs), the database is closed after the last of them, and the process exits 0. A second
// signal exits at once (128 + the signal's number, as the indexer does when interrupted).

export interface StopPlan {
  server: Server;
  life: Lifecycle;
  /** what a stop asks of the store: whether it serves a build, and closing its database */
  store: Pick<IndexStore, 'loaded' | 'close'>;
  /** aborted at the first signal: ends a first-start indexing run (its child exits, releasing its lock) */
  indexing: AbortController;
  /** settles when opening the index (and any first-start run) has: waited for at most CLEANUP_MS before the store is closed and the process exits */
  opened: () => Promise<unknown>;
  /** how long requests in flight get to finish */
  drainMs: number;
  /** how long the server keeps accepting, answering readiness with 503, before it stops accepting (STOP_DELAY) */
  delayMs: number;
  exit?: (code: number) => void;
  /** where the signals come from: the process, or a test's emitter */
  signals?: { on(signal: NodeJS.Signals, listener: () => void): unknown };
}

/** How long past the drain time the child indexer and the store get before the process exits anyway. */
const CLEANUP_MS = 5_000;

/**
 * The hard bound's margin past the longest clean stop (delay, drain, CLEANUP_MS): at exactly that
 * sum the timer, set first, fired before the clean exit it raced (exit 1, the store not closed).
 */
const EXIT_MARGIN_MS = 1_000;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function handleStopSignals(plan: StopPlan): void {
  const exit = plan.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, `second ${signal}: exiting now, without waiting for requests in flight`);
      plan.indexing.abort();
      plan.store.close();
      exit(128 + (constants.signals[signal] ?? 15));
      return;
    }
    stopping = true;
    const serving = plan.life.state === 'running' && plan.store.loaded;
    plan.life.draining();
    plan.indexing.abort();
    const delayMs = serving ? plan.delayMs : 0;
    logger.info({ signal, delayMs, drainMs: plan.drainMs }, `stopping: /api/ready answers 503${delayMs ? `, new connections taken for ${delayMs} ms more` : ''}; requests in flight get ${plan.drainMs} ms to finish`);
    // the bound: whatever hangs, the process is gone this long after the signal
    setTimeout(() => {
      logger.error('stopping took too long: exiting');
      exit(1);
    }, delayMs + plan.drainMs + CLEANUP_MS + EXIT_MARGIN_MS).unref();
    void (async () => {
      if (delayMs) await wait(delayMs);
      const drained = await shutdown(plan.server, async () => {
        await Promise.race([plan.opened().catch(() => undefined), wait(CLEANUP_MS)]);
        plan.store.close();
      }, plan.drainMs);
      logger.info({ drained }, 'stopped');
      exit(0);
    })();
  };
  const signals = plan.signals ?? process;
  signals.on('SIGTERM', () => stop('SIGTERM'));
  signals.on('SIGINT', () => stop('SIGINT'));
}
