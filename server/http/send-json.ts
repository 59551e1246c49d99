import type { Response } from 'express';
import { jsonBytes } from './json-bytes.js';

/**
 * A JSON answer sent without express's ETag: res.json hashes the body (SHA-1) and copies it
 * into a Buffer to do so, ~0.1–0.2 ms for a page of search hits (60 kB), on every request.
 * A search's ETag only ever saved bytes on the wire, never the search: a conditional request
 * still runs it whole to find the same tag. The body and the other headers are res.json's;
 * the body is made as bytes in pieces (json-bytes.ts), never one large string.
 */
export function sendJson(res: Response, value: unknown): void {
  const body = jsonBytes(value) ?? Buffer.alloc(0);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', body.length);
  // node leaves the body out of an answer to HEAD by itself
  res.end(body);
}
