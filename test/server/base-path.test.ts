import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { corpusApp } from '../helpers/server.js';
import { createApp } from '../../server/app.js';
import { basePathOf, prefixHtml, ROUTE_HEADS } from '../../server/http/base-path.js';

// userreview21a, finding 1: behind https://intranet/passages/ every link, the style, the script,
// the forms and the redirects were root-relative and left the prefix. PUBLIC_URL's path is now
// the sub-path they keep; requests come with it (a proxy passing the path on) or without it (one
// stripping it).

/** Root-relative addresses of a page's attributes that do not start with the prefix. */
const outside = (html: string, base: string): string[] =>
  [...html.matchAll(/\s(?:href|src|action|formaction)=["'](\/[^"']*)["']/g)].map((m) => m[1]!).filter((u) => !u.startsWith(`${base}/`) && u !== base && !u.startsWith('//'));

describe('served under a sub-path (PUBLIC_URL with a path; userreview21a)', function () {
  this.timeout(180_000);
  let app: ReturnType<typeof createApp>;
  before(async () => {
    const { store } = await corpusApp();
    app = createApp(store, { publicUrl: 'https://intranet/passages/', capacity: { perClientPerMinute: 0, perClientCpuMsPerMinute: 0 } });
  });

  it('takes the prefix from PUBLIC_URL, and refuses one that is not plain path segments', () => {
    assert.equal(basePathOf(undefined), '');
    assert.equal(basePathOf('http://192.168.1.20:3000'), '');
    assert.equal(basePathOf('https://intranet/passages/'), '/passages');
    assert.equal(basePathOf('https://intranet/tools/passages'), '/tools/passages');
    assert.throws(() => basePathOf('https://intranet/pass"ages'), /plain segments/);
  });

  it('prefixes root-relative addresses of markup only', () => {
    assert.equal(prefixHtml('<a href="/about">x</a> <img src="/static/a.svg"> <a href="//cdn/x">', '/p'), '<a href="/p/about">x</a> <img src="/p/static/a.svg"> <a href="//cdn/x">');
    assert.equal(prefixHtml('<button formaction="/list">', '/p'), '<button formaction="/p/list">');
    // text a template escaped cannot look like an attribute
    assert.equal(prefixHtml('<p>href=&#34;/x&#34;</p>', '/p'), '<p>href=&#34;/x&#34;</p>');
  });

  for (const [name, prefix] of [['stripped by the proxy', ''], ['passed on by the proxy', '/passages']] as const) {
    it(`every page's links, forms, style and script keep the prefix (path ${name})`, async () => {
      const first = await request(app).get(`${prefix}/?q=protection`).expect(200);
      assert.match(first.text, /<html lang="en" data-base="\/passages">/);
      assert.deepEqual(outside(first.text, '/passages'), []);
      assert.match(first.text, /href="\/passages\/static\/style\.css\?v=[0-9a-f]{10}"/);
      assert.match(first.text, /action="\/passages\/api\/export"/);
      const passage = /href="\/passages(\/passages\/[^"#?]+)/.exec(first.text)?.[1];
      const doc = /href="\/passages(\/documents\/[^"#?]+)/.exec(first.text)?.[1];
      assert.ok(passage && doc, 'the results link a passage and a document');
      for (const path of [passage, doc, '/about', '/compare', '/citations', '/list?ids=x', '/no-such-page']) {
        const res = await request(app).get(`${prefix}${path}`);
        assert.deepEqual(outside(res.text, '/passages'), [], path);
        // the prefix /passages is also where passage pages live: a stripped '/passages/<id>' is a passage (review21a finding 1)
        if (path !== '/no-such-page') assert.equal(res.status, 200, `${prefix}${path}`);
      }
      await request(app).get(`${prefix}/static/app.js`).expect(200);
      await request(app).get(`${prefix}/api/health`).expect(200);
    });

    it(`redirects keep the prefix (path ${name})`, async () => {
      const res = await request(app).get(`${prefix}/search?q=protection`).expect(301);
      assert.equal(res.headers.location, '/passages/?q=protection');
    });
  }

  it('knows the first segment of every route the server answers (a prefix naming one is told apart by it)', () => {
    interface Layer { route?: { path: string | string[] }; handle?: { stack?: Layer[] } }
    const paths: string[] = [];
    const walk = (stack: Layer[] | undefined) => {
      for (const l of stack ?? []) {
        if (l.route) paths.push(...[l.route.path].flat());
        else walk(l.handle?.stack);
      }
    };
    walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
    assert.ok(paths.length > 10, `routes found: ${paths.length}`);
    for (const p of paths) assert.ok(ROUTE_HEADS.has(p.split('/')[1] ?? ''), p);
  });

  it('a server at the root is unchanged: no data-base, no prefix', async () => {
    const { app: root } = await corpusApp();
    const res = await request(root).get('/?q=protection').expect(200);
    assert.match(res.text, /<html lang="en">/);
    assert.match(res.text, /href="\/static\/style\.css\?v=[0-9a-f]{10}"/);
    assert.equal((await request(root).get('/search?q=x').expect(301)).headers.location, '/?q=x');
  });

  it('app.js makes every address from data-base', () => {
    const js = readFileSync('public/app.js', 'utf8');
    // quoted root-relative paths appear only inside at('…')
    const bare = [...js.matchAll(/(?<!at\()'\/(?:api|list|\?)[^']*'/g)].map((m) => m[0]);
    assert.deepEqual(bare, []);
    assert.match(js, /getAttribute\('data-base'\)/);
  });
});
