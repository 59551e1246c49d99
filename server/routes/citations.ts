import { Router } from 'express';
import { queryText } from '../http/params.js';
import { citedWorks } from '../cited-works.js';
import { snapOf, type RouteContext } from './context.js';

// The citation explorer: works cited across the corpus, most cited first, with the citing
// passages in context and links to works that are in the corpus.
export function citationRoutes(_ctx: RouteContext): Router {
  const r = Router();
  r.get('/citations', (req, res) => {
    const snap = snapOf(res);
    const { q } = queryText(req.query);
    res.render('citations', { ...citedWorks(snap, q), q, snap });
  });
  return r;
}
