import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { shot, useBrowser } from '../helpers/browser.js';

// userreview29 finding 1: a note typed beside a reading-list passage reaches the list's exports
// (its links follow the typing), and the search page's "Export reading list" carries it too.

describe('the reading list’s notes, typed in the browser, in its exports', function () {
  this.timeout(120_000);
  const live = useBrowser();
  let browser: Browser;
  let base: string;
  before(() => {
    ({ browser, base } = live);
  });

  it('exports what was typed, from the list page and from the search page', async () => {
    const page = await browser.newPage();
    await page.goto(base + '/?q=protection+advocacy');
    await page.locator('li.hit label.select input[name=ids]').first().check();
    const id = await page.locator('li.hit label.select input[name=ids]').first().getAttribute('value');
    await page.click('#list-link');
    await page.waitForSelector(`#note-${id}`);
    await page.fill(`#note-${id}`, 'Chapter 2: contrast with Bowden');
    // the links are remade when the typing pauses
    await page.waitForFunction((pid) => new URL((document.querySelector('.list-export a[data-format="ris"]') as HTMLAnchorElement).href).searchParams.get(`note-${pid}`) === 'Chapter 2: contrast with Bowden', id);
    const ris = await page.evaluate(async () => (await fetch((document.querySelector('.list-export a[data-format="ris"]') as HTMLAnchorElement).href)).text());
    assert.match(ris, /N1 {2}- .*” — My note: Chapter 2: contrast with Bowden/);
    await shot(page, 'list-notes');
    // the search page's export form reads the saved list, notes and all
    await page.goto(base + '/?q=protection+advocacy');
    await page.selectOption('#export-format', 'apa');
    const [request] = await Promise.all([page.waitForRequest((r) => r.url().includes('/api/export')), page.locator('#export-form').evaluate((f: HTMLFormElement) => f.requestSubmit())]);
    assert.equal(new URL(request.url()).searchParams.get(`note-${id}`), 'Chapter 2: contrast with Bowden');
    await page.close();
  });
});
