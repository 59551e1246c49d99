import { Router } from 'express';
import { badRequest } from '../http/errors.js';
import { single } from '../http/params.js';
import { exporterFor, exporters } from '../export/registry.js';
import { exportSelection } from '../export/selection.js';
import { citedSelection } from '../export/cited.js';
import { sendExport } from '../export/stream.js';
import { unapi, unapiItem } from '../export/unapi.js';
import { snapOf, type RouteContext } from './context.js';

// Exports: chosen passages or documents (ids=…), or every hit of a search (its parameters).
export function exportRoutes({ publicUrl }: RouteContext): Router {
  const r = Router();
  r.get('/api/export', async (req, res) => {
    const exporter = exporterFor(single(req.query, 'format') ?? '');
    if (!exporter) throw badRequest(`format must be one of ${exporters.map((e) => e.id).join(', ')}`);
    await sendExport(res, exporter, exportSelection(snapOf(res), req.query, publicUrl, exporter));
  });
  // The citation explorer's works (its filters: q, from, work) as a file for a reference manager.
  r.get('/api/export/cited', async (req, res) => {
    const exporter = exporterFor(single(req.query, 'format') ?? '');
    if (!exporter) throw badRequest(`format must be one of ${exporters.map((e) => e.id).join(', ')}`);
    await sendExport(res, exporter, citedSelection(snapOf(res), req.query));
  });
  // unAPI: reference managers fetch a document or passage as RIS, BibTeX or CSL-JSON.
  r.get('/unapi', (req, res) => {
    const snap = snapOf(res);
    const answer = unapi(req.query, (id) => unapiItem(snap, id, publicUrl));
    res.status(answer.status).type(answer.type).send(answer.body);
  });
  return r;
}
