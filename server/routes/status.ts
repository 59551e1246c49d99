import { Router } from 'express';
import type { IndexStore } from '../index-store.js';
import { NO_INDEX, NOT_READY } from '../http/access-log.js';
import { readiness, RETRY_AFTER_S, serverHealth, type Lifecycle } from '../lifecycle.js';

/**
 * /api/health (liveness: 200 whenever the process answers; `status` ok, degraded, starting,
 * draining or unavailable) and /api/ready (readiness: 200 when a build is loaded and requests are taken, else 503 with
 * Retry-After and the reason). Both are answered in every state, outside the rate limits.
 */
export function statusRoutes(store: IndexStore, life: Lifecycle): Router {
  const r = Router();
  r.get('/api/health', (_req, res) => {
    const h = serverHealth(life, store);
    // a probe's answer is never cached by a proxy between it and the monitor
    res.setHeader('Cache-Control', 'no-store');
    res.json(h);
  });
  r.get('/api/ready', (_req, res) => {
    const ready = readiness(life, store);
    // a probe's answer is never cached by a proxy between it and the balancer
    res.setHeader('Cache-Control', 'no-store');
    if (ready.ready) {
      res.json(ready);
      return;
    }
    Object.assign(res, { err: ready.reason === 'no-index' ? NO_INDEX : NOT_READY });
    res.setHeader('Retry-After', String(RETRY_AFTER_S[ready.reason]));
    res.status(503).json(ready);
  });
  return r;
}
