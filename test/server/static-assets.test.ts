import assert from 'node:assert/strict';
import request from 'supertest';
import { corpusApp } from '../helpers/server.js';

describe('versioned static files', function () {
  this.timeout(60_000);
  let app: Awaited<ReturnType<typeof corpusApp>>['app'];
  before(async () => {
    ({ app } = await corpusApp());
  });

  it('pages name app.js and style.css with a version, and that URL is cached for a year', async () => {
    const page = await request(app).get('/about').expect(200);
    const script = /src="(\/static\/app\.js\?v=[0-9a-f]{10})"/.exec(page.text);
    const style = /href="(\/static\/style\.css\?v=[0-9a-f]{10})"/.exec(page.text);
    assert.ok(script && style, 'both URLs carry a version');
    for (const url of [script[1], style[1]]) {
      const res = await request(app).get(url).expect(200);
      assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
    }
  });

  it('an unversioned or stale URL is still served but revalidated', async () => {
    for (const url of ['/static/app.js', '/static/app.js?v=0000000000']) {
      const res = await request(app).get(url).expect(200);
      assert.match(String(res.headers['cache-control']), /max-age=0/);
    }
  });
});
