import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { shot, useBrowser } from '../helpers/browser.js';

// The pages as a keyboard user, a reader jumping to a passage and a phone user meet them
// (userreview15).
describe('in a real browser, the first use of the pages', function () {
  this.timeout(120_000);
  const live = useBrowser();
  let browser: Browser;
  let base: string;
  before(() => {
    ({ browser, base } = live);
  });

  it('says the result keys beside the results and on each result, where they work', async () => {
    const page = await browser.newPage();
    await page.goto(base + '/?q=donors');
    assert.ok(await page.locator('#keys-hint').isVisible());
    const described = await page.locator('li.hit').evaluateAll((els) => els.map((e) => e.getAttribute('aria-describedby')));
    assert.ok(described.length > 0 && described.every((d) => d === 'keys-hint'), described.join());
    // still there after a live search replaced the results
    await page.fill('#q', 'donors funding');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'donors funding');
    await page.waitForFunction(() => !document.querySelector('#keys-hint')?.hasAttribute('hidden') && document.querySelector('li.hit')?.getAttribute('aria-describedby') === 'keys-hint');
    await shot(page, 'keys-hint');
    await page.close();
  });

  it('shows a section\'s heading below the sticky title when jumping to its first passage', async () => {
    for (const width of [1280, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const doc = 'metcalfe-hough-2021-collaborative-advocacy';
      await page.goto(`${base}/documents/${doc}`);
      const ids = await page.locator('h2.section + .passage').evaluateAll((els) => els.map((e) => e.id));
      const id = ids[Math.floor(ids.length / 2)];
      // an in-page jump, as "Next hit" and the contents make
      await page.evaluate((i) => { location.hash = i; }, id);
      await page.waitForTimeout(300);
      const [titleBottom, headingTop] = await page.evaluate((i) => [document.querySelector('.doc-title')!.getBoundingClientRect().bottom, document.getElementById(i)!.previousElementSibling!.getBoundingClientRect().top], id);
      assert.ok(headingTop >= titleBottom, `at ${width} px the heading's top ${headingTop} is under the title's bottom ${titleBottom}`);
      await shot(page, `section-jump-${width}`);
      await page.close();
    }
  });

  it('puts the reading list\'s items before its export formats on a phone, and a space before its count', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const ids = ((await (await fetch(base + '/api/search?q=donors')).json()) as { hits: { passage: { id: string } }[] }).hits.slice(0, 3).map((h) => h.passage.id);
    await page.goto(`${base}/list?ids=${ids.join(',')}`);
    await page.waitForFunction(() => /\(3\)/.test(document.querySelector('#list-count')?.textContent ?? ''));
    // the words and the count are flex items (innerText puts a line break between them): a gap is measured
    const gap = await page.evaluate(() => {
      const link = document.querySelector('#list-link')!;
      const range = document.createRange();
      range.selectNodeContents(link.firstChild!);
      return document.querySelector('#list-count')!.getBoundingClientRect().left - range.getBoundingClientRect().right;
    });
    assert.ok(gap >= 3 && gap <= 8, `the count is ${gap} px after "Reading list"`);
    // one space's width on a desktop too, where the link is inline (not two)
    await page.setViewportSize({ width: 1280, height: 800 });
    const wide = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('#list-link')!.firstChild!);
      return document.querySelector('#list-count')!.getBoundingClientRect().left - range.getBoundingClientRect().right;
    });
    assert.ok(wide <= 8, `on a desktop the count is ${wide} px after "Reading list"`);
    const top = await page.locator('li.list-item').first().evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top < 844 - 200, `the first item starts at ${top} px`);
    await shot(page, 'phone-list');
    await page.close();
  });
});
