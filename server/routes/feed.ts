import { Router } from 'express';
import { linkQuery, searchRequest } from '../http/params.js';
import { rssFeed } from '../feed.js';
import { runSearch } from '../search/service.js';
import { urlWith } from '../view-helpers.js';
import { snapOf, type RouteContext } from './context.js';

// RSS 2.0 of a search's first twenty hits, for a feed reader to follow a query.
export function feedRoutes({ publicUrl }: RouteContext): Router {
  const r = Router();
  r.get('/feed.xml', (req, res) => {
    const snap = snapOf(res);
    // a feed follows what the query finds: no passages without its quoted phrase
    const sr = { ...searchRequest(req.query, snap), page: 1, size: 20, near: false };
    const result = runSearch(snap, sr);
    res.type('application/rss+xml; charset=utf-8').send(rssFeed(snap, sr.typed ?? sr.q, result, publicUrl, urlWith(linkQuery(req.query, sr), {})));
  });
  return r;
}
