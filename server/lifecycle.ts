import type { Health, IndexStore } from './index-store.js';
import { healthForClients } from './public-text.js';

// Where the server process is in its life, for a monitor and a load balancer (issue 11,
// userreview21a findings 7 and 8). The server listens at once: while it loads or builds its
// first index, and while it drains after SIGTERM, it answers rather than refusing connections,
// and says which of these it is doing. /api/health is the liveness answer (the process is alive
// and its event loop turns: always 200, the index's state in `status`); /api/ready the readiness
// answer (200 only when a build is loaded and the server takes requests).

/**
 * starting: loading a published build; building: indexing the corpus first (an empty index
 * directory, npm start on a fresh clone); running: serving, or answering 503 with the reason
 * when nothing can be served; draining: stopping (readiness 503), taking new connections only for
 * STOP_DELAY_SECONDS, then answering the requests in flight.
 */
export type LifeState = 'starting' | 'building' | 'running' | 'draining';

/** Files read of the files found by the first index run; total is null until the run has listed them. */
export interface BuildProgress {
  done: number;
  total: number | null;
}

export class Lifecycle {
  private current: LifeState;
  private progressNow: BuildProgress = { done: 0, total: null };

  /** A server made by createApp without one (the tests, an embedding) is running from the start. */
  constructor(state: LifeState = 'running') {
    this.current = state;
  }

  get state(): LifeState {
    return this.current;
  }

  get progress(): BuildProgress {
    return this.progressNow;
  }

  /** Building the first index; called again with each file read. Ignored once draining. */
  building(progress: BuildProgress): void {
    if (this.current === 'draining') return;
    this.current = 'building';
    this.progressNow = progress;
  }

  running(): void {
    if (this.current !== 'draining') this.current = 'running';
  }

  draining(): void {
    this.current = 'draining';
  }

  /** The state as a page or an API answer says it: "Building the library index (2 of 3 files)". */
  describe(): string {
    switch (this.current) {
      case 'starting':
        return 'Loading the library index';
      case 'building': {
        const { done, total } = this.progressNow;
        return total === null ? 'Building the library index (listing the files)' : done < total ? `Building the library index (${done} of ${total} files)` : `Building the library index (all ${total} files read; writing the index)`;
      }
      case 'draining':
        return 'The server is stopping: it answers the requests in flight and takes no new ones';
      default:
        return 'Running';
    }
  }
}

/** How long a client is told to wait (Retry-After, seconds) in each state that is not ready. */
export const RETRY_AFTER_S = { starting: 5, building: 10, draining: 5, 'no-index': 30 } as const;

/** Why the server is not ready: its state, or running with no build it can serve. */
export type NotReadyReason = keyof typeof RETRY_AFTER_S;

export type Readiness = { ready: true; state: 'running'; build: string } | { ready: false; state: LifeState; reason: NotReadyReason; message: string; progress?: BuildProgress };

/** /api/ready's answer: ready only when running with a build loaded (an older build served as a fallback counts). */
export function readiness(life: Lifecycle, store: IndexStore): Readiness {
  const state = life.state;
  if (state === 'running' && store.loaded) return { ready: true, state, build: store.snapshot.manifest.id };
  if (state === 'running') {
    const h = healthForClients(store.health(), store.indexDir);
    return { ready: false, state, reason: 'no-index', message: `no index can be served: ${'reason' in h ? h.reason : 'run npm run index'}` };
  }
  return { ready: false, state, reason: state, message: life.describe(), ...(state === 'building' ? { progress: life.progress } : {}) };
}

/** /api/health's answer: the index's health, with the process's state; starting and draining say so in `status`. */
export type ServerHealth = (Health & { state: LifeState }) | { status: 'starting'; state: 'starting' | 'building'; reason: string; progress?: BuildProgress } | { status: 'draining'; state: 'draining'; reason: string; index?: Extract<Health, { index: unknown }>['index'] };

/**
 * Health as /api/health gives it, always with 200: answering at all is what liveness asks (the
 * process is alive, its event loop turns), and no state of the index is cured by a restart.
 * While loading or building the first index, `starting` (a probe that restarted it would start
 * the build again); while draining, `draining`, with the build it serves; with nothing to serve,
 * `unavailable` (a 503 there had a liveness probe restart, in a loop, a server waiting for an
 * indexing run: review22a finding 6). /api/ready is the answer that says 503.
 */
export function serverHealth(life: Lifecycle, store: IndexStore): ServerHealth {
  const h = healthForClients(store.health(), store.indexDir);
  const state = life.state;
  if (state === 'draining') return { status: 'draining', state, reason: life.describe(), ...('index' in h ? { index: h.index } : {}) };
  if ((state === 'starting' || state === 'building') && !store.loaded) return { status: 'starting', state, reason: life.describe(), ...(state === 'building' ? { progress: life.progress } : {}) };
  return { ...h, state };
}

