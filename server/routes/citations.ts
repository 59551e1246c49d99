import { Router } from 'express';
import { queryText } from '../http/params.js';
import { citationExplorer } from '../citation-explorer.js';
import { exporters } from '../export/registry.js';
import { snapOf, type RouteContext } from './context.js';

// The citation explorer: works cited across the corpus, most cited first, with the citing
// passages in context; narrowed by citing document, cited work or words.
export function citationRoutes(_ctx: RouteContext): Router {
  const r = Router();
  r.get('/citations', (req, res) => {
    const snap = snapOf(res);
    const { typed: q } = queryText(req.query);
    // the words as the request reader capped them, never the raw parameter
    // the works shown can be exported (api/export/cited): every format but those of passage rows
    res.render('citations', { ...citationExplorer(snap, { ...req.query, q }), snap, exporters: exporters.filter((e) => !e.passageRows) });
  });
  return r;
}
