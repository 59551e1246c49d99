import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { parse } from 'yaml';
import { assertMatchesSpec } from './openapi.js';

// Generated requests across every route in openapi.yaml and every page: hostile values for
// each parameter its schema declares (objects by bracket syntax, repeats, huge values, bad
// %-escapes, query syntax at its worst), unknown parameters, and real ids now and then so the
// happy paths are walked too. Seeded, so a failure can be replayed.

interface Param {
  name: string;
  in: 'query' | 'path';
  schema: { type?: string; enum?: string[]; items?: { type?: string } };
}
interface Route {
  /** the path, or `POST path` for a route taking its parameters in a body */
  name: string;
  path: string;
  method: 'GET' | 'POST';
  params: Param[];
  /** answers in openapi.yaml, checked when the answer is JSON */
  spec: boolean;
}

interface BodySchema {
  properties?: Record<string, Param['schema'] & { oneOf?: unknown[] }>;
}

function openapiRoutes(): Route[] {
  const doc = parse(readFileSync(join(process.cwd(), 'openapi.yaml'), 'utf8')) as { paths: Record<string, { get: { parameters?: Param[] }; post?: { requestBody: { content: Record<string, { schema: BodySchema }> } } }> };
  return Object.entries(doc.paths).flatMap(([path, ops]): Route[] => {
    const get: Route = { name: path, path, method: 'GET', params: ops.get.parameters ?? [], spec: true };
    if (!ops.post) return [get];
    // a body's parameters: the JSON schema's properties (a list where it may be one)
    const properties = Object.entries(ops.post.requestBody.content['application/json']?.schema.properties ?? {});
    const params = properties.map(([name, schema]): Param => ({ name, in: 'query', schema: schema.oneOf ? { type: 'array', items: { type: 'string' } } : schema }));
    return [get, { name: `POST ${path}`, path, method: 'POST', params, spec: true }];
  });
}

/** The HTML and feed routes, with the search parameters the pages take. */
function pageRoutes(search: Route): Route[] {
  const id: Param = { name: 'id', in: 'path', schema: { type: 'string' } };
  const hl: Param = { name: 'hl', in: 'query', schema: { type: 'string' } };
  const q: Param = { name: 'q', in: 'query', schema: { type: 'string' } };
  const page = (path: string, params: Param[]): Route => ({ name: path, path, method: 'GET', params, spec: false });
  return [page('/', search.params), page('/feed.xml', search.params), page('/citations', [q]), page('/about', []), page('/documents/{id}', [id, hl]), page('/passages/{id}', [id])];
}

export const ROUTES: Route[] = (() => {
  const api = openapiRoutes();
  return [...api, ...pageRoutes(api.find((r) => r.name === '/api/search')!)];
})();

/** mulberry32: small, seedable, good enough to pick test inputs (and the bench's query mix) */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE = [
  '', ' ', '*', '**', '*x*', '*a', 'a*', '~', '~2', 'a~9', '^', 'x^', 'x^1e309', 'x^-1', '"', '""', '"a', '" "', '+', '-', '++a', '--a', '+-a', '-"a b"',
  'title:', 'author:*', 'section:~', 'nofield:x', ':', '::', '()', '[]', '{}', '\\', '%', '%ff', '%00', '\u0000', '\u0007\u001f', '\uD800', '🙂🙂', 'مرحبا', 'ع*',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' OR 1=1 --", '../../etc/passwd', '=HYPERLINK("x")', '@SUM(1)', 'NaN', 'Infinity', '-1', '0', '1e309', '0x10', '1.5',
  '99999999999999999999', '2020', '2020-2019', '9999-0000', '2019-2021', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'protection', 'humanitarian diplomacy',
  'IHL', 'Security Council', 'protect*', 'civlians~1', 'diplomacy^3', '"age of caution"', '+unhcr -refugees', 'relevance', 'date', 'unhcr', '-unhcr', 'protection-of-civilians',
];

const generators = {
  long: (r: () => number) => 'ab* cd~2 "e f" '.repeat(1 + Math.floor(r() * 800)),
  wildcards: (r: () => number) => Array.from({ length: 1 + Math.floor(r() * 200) }, () => (r() < 0.5 ? '*' : '') + String.fromCharCode(97 + Math.floor(r() * 26)) + '*').join(' '),
  fuzzy: (r: () => number) => Array.from({ length: 1 + Math.floor(r() * 50) }, () => `word${Math.floor(r() * 100)}~2`).join(' '),
  unicode: (r: () => number) => Array.from({ length: 1 + Math.floor(r() * 40) }, () => String.fromCodePoint(Math.floor(r() * 0x2ffff))).join(''),
};

/** A value as it goes into a URL: usually encoded, sometimes a raw (possibly broken) %-escape. */
function encode(v: string, r: () => number): string {
  if (r() < 0.05) return ['%ff', '%', '%E0%A4%A', '%zz', '%00', '%2', '%C0%AF'][Math.floor(r() * 7)];
  try {
    return encodeURIComponent(v);
  } catch {
    return '%ef%bf%bd'; // a lone surrogate cannot be encoded: send U+FFFD instead
  }
}

export interface Known {
  documents: string[];
  passages: string[];
  facetValues: string[];
}

export interface FuzzRequest {
  /** the route's name (its path, or `POST path`) */
  route: string;
  url: string;
  method: 'GET' | 'POST';
  body?: { type: string; text: string };
}

/** A parameter as a form carries it, decoded back (a broken %-escape as the text it is). */
function decoded(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

/** Malformed or unwanted bodies for a POST route: broken JSON, JSON of the wrong shape. */
const HOSTILE_BODIES = ['{"format": ', '[', '"ris"', 'null', '{"format": 1}', '{"format": "ris", "ids": {"a": "b"}}', '{"ids": [null]}', '{"__proto__": {"x": 1}}', '{"constructor": {"prototype": 1}}', '\uFEFF{}', '{}'.repeat(50), '{"a":'.repeat(2000)];

/** The i-th request of a run: its path and query, and for a POST route its body. */
export function fuzzRequest(i: number, seed: number, known: Known): FuzzRequest {
  const r = rng(seed * 1_000_003 + i);
  const route = ROUTES[i % ROUTES.length];
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const value = (p: Param): string => {
    const x = r();
    if (p.schema.enum && x < 0.5) return pick(p.schema.enum);
    if (p.schema.type === 'integer' && x < 0.5) return String(Math.floor(r() * 120) - 10);
    if (p.name === 'ids' && x < 0.5) return Array.from({ length: 1 + Math.floor(r() * 30) }, () => pick(r() < 0.8 ? known.passages : known.documents)).join(r() < 0.9 ? ',' : ',,');
    if (x < 0.6) return pick(HOSTILE);
    if (x < 0.75) return pick(known.facetValues);
    return pick(Object.values(generators))(r);
  };
  let path = route.path;
  const parts: string[] = [];
  for (const p of route.params) {
    if (p.in === 'path') {
      const v = r() < 0.4 ? pick(route.path.startsWith('/api/documents') || route.path.startsWith('/documents') ? known.documents : known.passages) : value(p);
      path = path.replace(`{${p.name}}`, encode(v, r) || 'x');
      continue;
    }
    if (r() < 0.45) continue;
    const repeat = p.schema.type === 'array' || r() < 0.1 ? 1 + Math.floor(r() * 3) : 1;
    for (let k = 0; k < repeat; k++) {
      // bracket syntax: an object or list where a string is expected
      const key = r() < 0.07 ? `${p.name}[${pick(['toString', '__proto__', '0', '', 'a][b', 'length'])}]` : p.name;
      parts.push(`${key}=${encode(value(p), r)}`);
    }
  }
  if (r() < 0.1) parts.push(`${pick(['junk', '__proto__', 'constructor', 'format', 'size'])}=${encode(pick(HOSTILE), r)}`);
  if (route.method === 'GET') return { route: route.name, url: parts.length ? `${path}?${parts.join('&')}` : path, method: 'GET' };
  // a POST: its parameters as a form or as JSON, now and then a body of the wrong type, a
  // malformed one, or a query string beside it
  const url = r() < 0.05 ? `${path}?${parts[0] ?? 'format=ris'}` : path;
  const x = r();
  if (x < 0.5) return { route: route.name, url, method: 'POST', body: { type: 'application/x-www-form-urlencoded', text: parts.join('&') } };
  if (x < 0.85) {
    const object: Record<string, unknown> = {};
    for (const [key, value] of parts.map((p) => p.split('=').map(decoded))) {
      const prior = object[key];
      object[key] = prior === undefined ? value : Array.isArray(prior) ? [...(prior as unknown[]), value] : [prior, value];
    }
    // a value that is not text: a number, null, an object
    if (r() < 0.1) object[pick(Object.keys(object).concat('format'))] = pick<unknown>([1, null, { a: 'b' }, [1, 2], true]);
    return { route: route.name, url, method: 'POST', body: { type: pick(['application/json', 'application/json; charset=utf-8']), text: JSON.stringify(object) } };
  }
  if (x < 0.93) return { route: route.name, url, method: 'POST', body: { type: 'application/json', text: pick(HOSTILE_BODIES) } };
  return { route: route.name, url, method: 'POST', body: { type: pick(['text/plain', 'multipart/form-data; boundary=x', 'application/xml', 'application/json; charset=latin-9', '']), text: parts.join('&') } };
}

export interface FuzzResult {
  requests: number;
  byRoute: Record<string, number>;
  byStatus: Record<string, number>;
  serverErrors: string[];
  slow: string[];
  specMismatches: string[];
  maxMs: number;
  p99Ms: number;
}

/** Sends `n` generated requests to a server on 127.0.0.1:port, `concurrency` at a time. */
export async function runFuzz(port: number, known: Known, { n = 1000, seed = 1, concurrency = 4, slowMs = 2000 } = {}): Promise<FuzzResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const out: FuzzResult = { requests: 0, byRoute: {}, byStatus: {}, serverErrors: [], slow: [], specMismatches: [], maxMs: 0, p99Ms: 0 };
  const times: number[] = [];
  let next = 0;
  type Answer = { status: number; type: string; body: string; ms: number };
  const one = ({ url, method, body }: Omit<FuzzRequest, 'route'>, retried = false): Promise<Answer> =>
    new Promise<Answer>((resolve) => {
      const t0 = performance.now();
      const headers = body ? { ...(body.type ? { 'Content-Type': body.type } : {}), 'Content-Length': String(Buffer.byteLength(body.text)) } : {};
      const req = request({ host: '127.0.0.1', port, path: url, method, headers, agent: retried ? false : agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - t0 }));
        // an answer cut off half-way is the server's failure, counted with the 5xx
        res.on('error', (e) => resolve({ status: 599, type: '', body: `answer cut off: ${e.message}`, ms: performance.now() - t0 }));
      });
      req.on('error', (e: NodeJS.ErrnoException) => {
        // a kept-alive socket the server closed as the request went out: sent again once (Node's
        // advice), on a new connection, as the other idle sockets may be closing as well
        if (req.reusedSocket && e.code === 'ECONNRESET' && !retried) resolve(one({ url, method, body }, true));
        else resolve({ status: 599, type: '', body: `connection failed: ${e.code ?? e.message}`, ms: performance.now() - t0 });
      });
      req.end(body?.text);
    });
  const worker = async () => {
    while (next < n) {
      const generated = fuzzRequest(next++, seed, known);
      const { route, url } = generated;
      const a = await one(generated);
      out.requests++;
      out.byRoute[route] = (out.byRoute[route] ?? 0) + 1;
      out.byStatus[a.status] = (out.byStatus[a.status] ?? 0) + 1;
      times.push(a.ms);
      if (a.status >= 500) out.serverErrors.push(`${a.status} ${url.slice(0, 300)}: ${a.body.slice(0, 200)}`);
      if (a.ms > slowMs) out.slow.push(`${Math.round(a.ms)} ms ${url.slice(0, 300)}`);
      // 414 (an address over the limit) is the server's answer to any route, not one openapi.yaml
      // lists per path; so is 431, Node's parser's answer to an address past the header limit
      // (64 KiB, before the app sees it: seed 16 drew one)
      // a POST's refusals (its body's own 400, 408, 413, 415) are checked against its entry
      const posted = generated.method === 'POST' && a.status >= 400;
      if ((posted || (route.startsWith('/api/') && route !== '/api/export')) && a.type.startsWith('application/json') && a.status < 500 && a.status !== 414 && a.status !== 431) {
        try {
          if (posted) assertMatchesSpec(generated.url.split('?')[0], a.status, JSON.parse(a.body), 'post');
          else assertMatchesSpec(route, a.status, JSON.parse(a.body));
        } catch (error) {
          out.specMismatches.push(`${url.slice(0, 200)}: ${(error as Error).message.slice(0, 300)}`);
        }
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    agent.destroy();
  }
  times.sort((a, b) => a - b);
  out.maxMs = Math.round(times[times.length - 1] ?? 0);
  out.p99Ms = Math.round(times[Math.floor(times.length * 0.99)] ?? 0);
  return out;
}
