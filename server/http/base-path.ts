import type { NextFunction, Request, Response } from 'express';

// Served under a sub-path behind a reverse proxy (https://intranet/passages/): the pages, the
// script and the server's redirects must keep that prefix, or every link leaves the site
// (userreview21a: under /passages/ the page came unstyled and a search landed on the proxy's
// 404). The prefix is PUBLIC_URL's path, so one setting says where users reach the server.
// Requests are accepted with the prefix (a proxy that passes the path on) or without it (one
// that strips it, as nginx's `proxy_pass http://127.0.0.1:3000/;` does).

/** PUBLIC_URL's path without its trailing slash ('' at the root); throws on a malformed URL. */
export function basePathOf(publicUrl: string | undefined): string {
  if (!publicUrl) return '';
  const path = new URL(publicUrl).pathname.replace(/\/+$/, '');
  // the prefix is written into attributes and Location headers: plain path characters only
  if (path && !/^(?:\/[\w.~-]+)+$/.test(path)) throw new Error(`PUBLIC_URL's path must be plain segments like /passages, not "${path}"`);
  return path;
}

/**
 * The slash opening a root-relative address in a page's attributes: href, src, action and
 * formaction="/x" (not "//host"). Matched after a lookbehind: 0.3–0.5 ms of CPU on a 120 kB
 * results page, where capturing the attribute cost 1.7 ms (the slash alone is replaced).
 */
const ROOT_RELATIVE = /(?<=\s(?:href|src|action|formaction)=["'])\/(?!\/)/g;

/** Every root-relative address of an HTML page given the prefix (text is escaped by the templates, so only markup matches). */
export function prefixHtml(html: string, base: string): string {
  return html.replace(ROOT_RELATIVE, `${base}/`);
}

const isPage = (body: unknown): body is string => typeof body === 'string' && /^\s*<!doctype html/i.test(body.slice(0, 64));

/**
 * The first path segments of the server's own addresses. A prefix that is one of them (the
 * README's /passages is also where passage pages live) makes a stripped request ambiguous:
 * '/passages/a5fe…' from a proxy that strips is a passage page, not the prefix before '/a5fe…'.
 * A route added under a new first segment belongs here (base-path.test.ts checks the router).
 */
export const ROUTE_HEADS: ReadonlySet<string> = new Set(['', 'about', 'api', 'citations', 'compare', 'documents', 'feed.xml', 'list', 'passages', 'search', 'static', 'unapi']);

/**
 * Whether a request's path starts with the prefix, to be taken off. Where the prefix is itself a
 * route's first segment, only when what follows it is one of the server's addresses: a proxy
 * passing the path on sends '/passages/passages/a5fe…' (taken off once), one stripping it sends
 * '/passages/a5fe…' (kept: a passage page). It had 404ed every passage page behind the README's
 * own nginx example (review21a finding 1).
 */
function hasPrefix(url: string, base: string): boolean {
  if (url === base || url.startsWith(`${base}?`)) return true;
  if (!url.startsWith(`${base}/`)) return false;
  if (!ROUTE_HEADS.has(base.slice(1))) return true;
  const head = /^\/([^/?#]*)/.exec(url.slice(base.length))?.[1] ?? '';
  return ROUTE_HEADS.has(head);
}

/** The middleware: strips the prefix from a request, puts it on redirects and on the addresses in pages. */
export function basePath(base: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (hasPrefix(req.url, base)) req.url = req.url.slice(base.length) || '/';
    if (req.url.startsWith('?')) req.url = `/${req.url}`;
    // res.redirect sets Location through res.location
    const location = res.location.bind(res);
    res.location = (url: string) => location(url.startsWith('/') && !url.startsWith('//') ? `${base}${url}` : url);
    const send = res.send.bind(res);
    res.send = (body?: unknown) => send(isPage(body) ? prefixHtml(body, base) : body);
    next();
  };
}
