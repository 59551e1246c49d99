import type { Response } from 'express';
import { setImmediate as turn } from 'node:timers/promises';
import type { Exporter } from './types.js';
import type { ExportSelection } from './selection.js';

/**
 * Sends an export as a download, a document at a time where the format allows: between
 * pieces other requests get their turn, a slow client's socket buffer is waited for, and a
 * client that went away stops the work. The headers say how much of the selection is in it.
 */
export async function sendExport(res: Response, exporter: Exporter, selection: ExportSelection, day = new Date().toISOString().slice(0, 10)): Promise<void> {
  res.setHeader('Content-Type', exporter.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="policy-passages-${day}.${exporter.extension}"`);
  res.setHeader('X-Export-Limit', String(selection.limit));
  res.setHeader('X-Export-Passages', String(selection.passages));
  res.setHeader('X-Export-Total', String(selection.total));
  res.setHeader('X-Export-Truncated', String(selection.capped));
  const pieces = exporter.pieces ? exporter.pieces(selection.items) : [exporter.render(selection.items)];
  for (const piece of pieces) {
    if (res.destroyed) return;
    if (!res.write(piece)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          res.off('drain', done);
          res.off('close', done);
          resolve();
        };
        res.once('drain', done);
        res.once('close', done);
      });
    }
    await turn();
  }
  res.end();
}
