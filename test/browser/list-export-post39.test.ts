import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { useBrowser } from '../helpers/browser.js';

// user37: a reading list whose notes pass what an address holds opened, but its export went
// through an address, and past the limit the notes were lost or the address refused. Its links
// now name the passages alone and a click sends the notes in a POST's body.

describe('exporting a reading list whose notes outgrow an address', function () {
  this.timeout(180_000);
  const live = useBrowser();
  let browser: Browser;
  let base: string;
  before(() => {
    ({ browser, base } = live);
  });

  it('downloads the file by a POST, with every note in it', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(base + '/about');
    const ids = await page.evaluate(async (b) => ((await (await fetch(b + '/api/search?q=humanitarian&size=30&perDoc=0')).json()) as { hits: { passage: { id: string } }[] }).hits.map((h) => h.passage.id), base);
    assert.ok(ids.length >= 20, String(ids.length));
    // what an address escapes, and words in another script, in each note
    const note = (i: number) => `Note ${i}: compare the ICRC's position — 50% & “humanitarian diplomacy” #annex, p. 12; مقارنة ${'with the 2019 draft '.repeat(20)}end of note ${i}`;
    await page.evaluate((l) => localStorage.setItem('policy-passages:reading-list', JSON.stringify(l)), ids.map((id, i) => ({ id, note: note(i) })));
    await page.click('#list-link');
    await page.waitForSelector(`#note-${ids[ids.length - 1]}`);
    const total = ids.reduce((n, _id, i) => n + note(i).length, 0);
    assert.ok(total > 8000, `${total} characters of notes`);
    await page.click('.list-export summary');
    const link = page.locator('.list-export a[data-format="csl-json"]');
    // the link itself names the passages alone: copied, it still opens
    const href = new URL((await link.getAttribute('href'))!, base);
    assert.equal(href.searchParams.get('ids'), ids.join(','));
    assert.equal([...href.searchParams.keys()].filter((k) => k.startsWith('note-')).length, 0);
    const [download, request] = await Promise.all([page.waitForEvent('download'), page.waitForRequest((r) => new URL(r.url()).pathname === '/api/export'), link.click()]);
    assert.equal(request.method(), 'POST');
    assert.match(download.suggestedFilename(), /^policy-passages-\d{4}-\d{2}-\d{2}\.json$/);
    const items = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Record<string, unknown>[];
    const text = JSON.stringify(items);
    for (let i = 0; i < ids.length; i++) assert.ok(text.includes(JSON.stringify(note(i).trim()).slice(1, -1)), `note ${i} is in the file`);
    // the page stayed where it was: a download, not a page of JSON
    assert.equal(new URL(page.url()).pathname, '/list');
    // a short note leaves the export a link with its notes (a shared link keeps working)
    await page.evaluate((l) => localStorage.setItem('policy-passages:reading-list', JSON.stringify(l)), [{ id: ids[0], note: 'short' }]);
    await page.goto(`${base}/list`);
    await page.waitForSelector(`#note-${ids[0]}`);
    await page.click('.list-export summary');
    const short = new URL((await page.locator('.list-export a[data-format="ris"]').getAttribute('href'))!, base);
    assert.equal(short.searchParams.get(`note-${ids[0]}`), 'short');
    const [plain] = await Promise.all([page.waitForEvent('download'), page.locator('.list-export a[data-format="ris"]').click()]);
    // the link's own address: a GET (a POST's download is of the bare /api/export)
    assert.equal(new URL(plain.url()).searchParams.get(`note-${ids[0]}`), 'short');
    assert.match(readFileSync((await plain.path())!, 'utf8'), /My note: short/);
    await context.close();
  });
});
