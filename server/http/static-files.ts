import type { NextFunction, Request, Response } from 'express';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

// public/'s few files (app.js, style.css, the icon) sent whole with res.send, so that
// compressWhole compresses them (express.static streams a file, which it leaves alone: 52 kB of
// script and style to a phone's first visit). Revalidated on every use as before (max-age=0;
// the URLs carry no version, and an hour's cache ran an upgraded page's HTML with the old
// app.js): res.send answers a matching If-None-Match with 304. A file is read again when its
// modification time or size changes. Names not in the folder at start-up go on to next().

interface Kept { mtimeMs: number; size: number; body: Buffer }

export function staticFiles(dir: string) {
  const names = new Set(readdirSync(dir));
  const kept = new Map<string, Kept>();
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = req.path.slice(1);
    if (!names.has(name)) return next();
    const file = join(dir, name);
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return next();
    }
    let entry = kept.get(name);
    if (!entry || entry.mtimeMs !== stat.mtimeMs || entry.size !== stat.size) {
      entry = { mtimeMs: stat.mtimeMs, size: stat.size, body: readFileSync(file) };
      kept.set(name, entry);
    }
    res.setHeader('Cache-Control', 'public, max-age=0');
    res.setHeader('Last-Modified', new Date(stat.mtimeMs).toUTCString());
    res.type(extname(name));
    res.send(entry.body);
  };
}
