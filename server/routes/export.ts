import { Router, type Request, type Response } from 'express';
import { badRequest, notFound } from '../http/errors.js';
import { bracketNames, queryText, single, type QueryInput } from '../http/params.js';
import { exporterFor, exporters } from '../export/registry.js';
import { selectionSteps } from '../export/selection.js';
import { runInSlices } from '../export/slices.js';
import { citedSelection } from '../export/cited.js';
import { citedWorks } from '../cited-works.js';
import { sendExport } from '../export/stream.js';
import { unapi, unapiItem } from '../export/unapi.js';
import { snapOf, type RouteContext } from './context.js';

/** what /api/export/cited reads: a bracketed one of these is a 400, as /api/export's are */
const CITED_PARAMETERS: ReadonlySet<string> = new Set(['format', 'q', 'from', 'work']);

// Exports: chosen passages or documents (ids=…), or every hit of a search (its parameters).
export function exportRoutes({ publicUrl }: RouteContext): Router {
  const r = Router();
  const exportOf = (parameters: QueryInput) => async (_req: Request, res: Response) => {
    const exporter = exporterFor(single(parameters, 'format') ?? '');
    if (!exporter) throw badRequest(`format must be one of ${exporters.map((e) => e.id).join(', ')}`);
    // the selection is made a slice at a time, other requests' turns between (attack21)
    const selection = await runInSlices(selectionSteps(snapOf(res), parameters, publicUrl, exporter), res);
    // undefined: the client went away while it was made
    if (selection) await sendExport(res, exporter, selection);
  };
  r.get('/api/export', (req, res) => exportOf(req.query)(req, res));
  // The same parameters in a body (http/request-body.ts read it): a reading list's notes past
  // what an address holds (user37). Parameters in the address too would be two answers to which
  // one wins: refused.
  r.post('/api/export', (req, res) => {
    if (req.originalUrl.includes('?')) throw badRequest('a POST export reads its parameters from the body alone: move the address\'s parameters into it');
    return exportOf(res.locals.body as QueryInput)(req, res);
  });
  // The citation explorer's works (its filters: q, from, work) as a file for a reference manager.
  r.get('/api/export/cited', async (req, res) => {
    const exporter = exporterFor(single(req.query, 'format') ?? '');
    const formats = exporters.filter((e) => !e.passageRows);
    // a passage-row format (CSV) has no row for a cited work: it answered a header alone
    if (!exporter || exporter.passageRows) throw badRequest(`format must be one of ${formats.map((e) => e.id).join(', ')}`);
    // work[]=x named a work the route never read: it answered every cited work (ready22's fuzz)
    const brackets = bracketNames(req.query, (name) => CITED_PARAMETERS.has(name));
    if (brackets.length) throw badRequest(brackets.join(' '));
    const snap = snapOf(res);
    // A work or document this build does not hold is an error, not every work: the page shows a
    // warning and all works, but a file has no warning, and an export link kept from before a
    // rebuild gave a file of every cited work in place of the one asked for (review19 c).
    const work = single(req.query, 'work');
    const from = single(req.query, 'from');
    if (from && !snap.documents.has(from)) throw notFound(`No document “${from}” in this index; it may have been removed by a rebuild.`);
    if (work && !citedWorks(snap).some((w) => w.key === work)) throw notFound('That cited work is not in this index (it may have been rebuilt).');
    // the words as the request reader caps them, as the page reads them
    const { typed: q } = queryText(req.query);
    await sendExport(res, exporter, citedSelection(snap, { ...req.query, q }));
  });
  // unAPI: reference managers fetch a document or passage as RIS, BibTeX or CSL-JSON.
  r.get('/unapi', (req, res) => {
    const snap = snapOf(res);
    const answer = unapi(req.query, (id) => unapiItem(snap, id, publicUrl));
    res.status(answer.status).type(answer.type).send(answer.body);
  });
  return r;
}
