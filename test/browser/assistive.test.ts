import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { shot, useBrowser } from '../helpers/browser.js';

// A blind researcher with a screen reader and the keyboard, one with low vision at 200–400 %
// zoom, a student on a phone (userreview20a): what the live region says after each swap, the
// landmarks and headings a screen reader lists, and reflow at 320 px.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's structure rules (moderate, so not in assertAxeClean's serious/critical set). */
async function structureViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate(async () => (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<unknown> } }).axe.run(document, { runOnly: ['landmark-unique', 'heading-order', 'page-has-heading-one', 'landmark-no-duplicate-main'] }))) as { violations: { id: string; nodes: { target: string[] }[] }[] };
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const liveText = (page: Page) => page.evaluate(() => document.getElementById('live-status')?.textContent ?? '');

describe('in a real browser, with a screen reader, zoom and a phone (userreview20a)', function () {
  this.timeout(180_000);
  const live = useBrowser();
  let browser: Browser;
  let base: string;
  before(() => {
    ({ browser, base } = live);
  });

  it('says the page after paging, in the live region and the title', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(base + '/?q=protection&perDoc=0');
    const pages = Number((await page.textContent('.pager .where'))!.match(/of (\d+)/)![1]);
    assert.ok(pages > 1);
    await page.locator('.pager a[rel=next]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /Page 2 of/.test(document.getElementById('live-status')?.textContent ?? ''));
    const said = await liveText(page);
    assert.match(said, new RegExp(`^\\d+ passages in \\d+ documents?\\. Page 2 of ${pages}\\.$`), said);
    assert.match(await page.title(), new RegExp(`^Search: protection, page 2 of ${pages} · `));
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'results');
    await context.close();
  });

  it('speaks a live search\'s warnings and corrections, and no link text', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(base + '/');
    await page.type('#q', '"unclosed AND', { delay: 15 });
    await page.waitForFunction(() => /quotation mark/.test(document.getElementById('live-status')?.textContent ?? ''));
    const said = await liveText(page);
    assert.match(said, /A quotation mark is not closed/);
    assert.match(said, /“AND” needs a word on each side|"AND" needs a word on each side/);
    // said once: the notes swapped in are no live regions of their own, which a screen reader
    // that speaks a status inserted with its text (VoiceOver, JAWS) said a second time (reviewfix20a)
    assert.equal(await page.locator('#results-region .warning').count() > 0, true);
    assert.equal(await page.locator('#results-region [role=status], #results-region [aria-live], #results-region [role=alert]').count(), 0);
    // the count carries a link ("list all N", "at most 3 per document"): its text is not read as prose
    await page.goto(base + '/?q=protection&perDoc=0');
    await page.fill('#q', 'advocacy');
    await page.waitForFunction(() => /^\d+ passages/.test(document.getElementById('live-status')?.textContent ?? ''));
    assert.ok(await page.locator('#count a.regroup').count(), 'the count has its "at most 3 per document" link');
    assert.doesNotMatch(await liveText(page), /at most|·/);
    await context.close();
  });

  it('names a chosen facet value as chosen, one a click removes', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(base + '/?q=protection');
    const value = page.locator('section.facet[data-facet=theme] a.value').first();
    const label = (await value.textContent())!.trim();
    await value.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('theme'));
    await page.waitForFunction(() => document.activeElement?.classList.contains('on'));
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    assert.equal(name, `${label}: chosen, activate to remove`);
    assert.deepEqual(await structureViolations(page), []);
    await context.close();
  });

  it('lists the search page\'s headings in order at desktop width, and one h1 on the passage page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(base + '/?q=protection');
    assert.deepEqual(await structureViolations(page), []);
    const headings = await page.locator('h1, h2, h3').evaluateAll((hs) => hs.slice(0, 3).map((h) => h.tagName + ' ' + (h.textContent ?? '').trim()));
    assert.deepEqual(headings.slice(0, 2), ['H1 Search passages', 'H2 Filters']);
    const id = (await page.locator('li.hit').first().getAttribute('id'))!.slice(4);
    await page.goto(`${base}/passages/${id}`);
    assert.deepEqual(await structureViolations(page), []);
    assert.match((await page.locator('h1').textContent())!, /^Passage from /);
    await context.close();
  });

  it('names only the hit among a document\'s passages, and its two hit navigations apart', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(base + '/?q=protection');
    await page.locator('li.hit .actions a', { hasText: 'Open in context' }).first().click();
    await page.waitForSelector('.passage.highlight');
    const cdp = await context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: string }; name?: { value?: string }; ignored?: boolean }[] };
    const regions = nodes.filter((n) => !n.ignored && n.role?.value === 'region').map((n) => n.name?.value ?? '');
    assert.equal(regions.length, 1, regions.slice(0, 5).join(' | '));
    assert.match(regions[0]!, /^Hit \d+ of \d+/);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    assert.equal(focused, regions[0]);
    assert.deepEqual(await structureViolations(page), []);
    await context.close();
  });

  it('reflows every page at 320 px (400 % zoom) without scrolling sideways', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 256 }, bypassCSP: true });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of ['/', '/?q=protection', '/citations', '/citations?q=protection', '/about', '/compare', '/list', '/documents/bowden-metcalfe-hough-2020-age-of-caution', '/nope']) {
      await page.goto(base + path);
      const [sw, w] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if (sw > w) wide.push(`${path}: ${sw} of ${w}`);
    }
    await page.goto(base + '/citations');
    await shot(page, 'citations-320');
    assert.deepEqual(wide, []);
    await context.close();
  });
});
