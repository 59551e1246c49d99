import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { shot, useBrowser } from '../helpers/browser.js';

// A reader on a phone, by touch (a11y38): every control of a page a target of at least 24 px
// (WCAG 2.2 2.5.8), measured as laid out, not as styled.

/** The boxes of what `selector` matches that are shown, as "label WxH at y". */
const boxes = (page: Page, selector: string) =>
  page.evaluate((sel) => Array.from(document.querySelectorAll(sel)).flatMap((e) => {
    const r = e.getBoundingClientRect();
    return r.width === 0 && r.height === 0 ? [] : [{ name: (e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 30), w: r.width, h: r.height, top: r.top }];
  }), selector);

describe('on a 375 px phone by touch, targets of 24 px at least (a11y38)', function () {
  this.timeout(180_000);
  const live = useBrowser();
  let browser: Browser;
  let base: string;
  before(() => {
    ({ browser, base } = live);
  });

  it('makes the reading view\'s and the passage page\'s "Reading list" boxes as tall as the links beside them', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(base + '/documents/metcalfe-hough-2021-collaborative-advocacy');
    await page.waitForSelector('label.select.keep:not([hidden])');
    const kept = await boxes(page, '.passage .meta label.select');
    assert.ok(kept.length > 10, `${kept.length} boxes`);
    for (const b of kept) assert.ok(b.h >= 24, `a box of the reading view is ${b.w.toFixed(0)}×${b.h.toFixed(1)} px`);
    const passage = await page.locator('.passage .meta a[href^="/passages/"]').first().getAttribute('href');
    await page.goto(base + passage!);
    await page.waitForSelector('label.select.keep:not([hidden])');
    const [one] = await boxes(page, '.passage-page .meta label.select');
    assert.ok(one && one.h >= 24, `the passage page's box is ${one?.w.toFixed(0)}×${one?.h.toFixed(1)} px`);
    await shot(page, 'a11y38-passage-keep-375');
    await context.close();
  });

  it('makes each row of About\'s charts a target 24 px high, even at 320 px', async () => {
    for (const width of [375, 320]) {
      const context = await browser.newContext({ viewport: { width, height: 667 }, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      await page.goto(base + '/about');
      const rows = await boxes(page, '.chart ol.bars a');
      assert.ok(rows.length > 5, `${rows.length} chart rows`);
      for (const r of rows) assert.ok(r.h >= 24, `at ${width} px the chart row "${r.name}" is ${r.w.toFixed(0)}×${r.h.toFixed(1)} px`);
      if (width === 375) await shot(page, 'a11y38-about-charts-375');
      await context.close();
    }
  });
});

describe('the reading view by keyboard: a control reached backwards is not under the sticky title (a11y38)', function () {
  this.timeout(180_000);
  const live = useBrowser();

  it('stops a link reached by Shift+Tab below the title, at desktop width and on a phone', async () => {
    for (const [width, height] of [[1280, 900], [375, 667]]) {
      const page = await live.browser.newPage({ viewport: { width, height } });
      await page.goto(live.base + '/documents/metcalfe-hough-2021-collaborative-advocacy');
      for (const n of [5, 12]) {
        // the "cite" link of a passage scrolled to 10 px below the screen's top, behind the title (one
        // wholly off the screen is centred), and the control after it focused
        const hidden = await page.evaluate((n) => {
          const all = Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')).filter((e) => e.getClientRects().length > 0);
          const target = Array.from(document.querySelectorAll<HTMLElement>('.passage .meta a[href^="/passages/"]'))[n]!;
          const next = all[all.indexOf(target) + 1]!;
          window.scrollTo(0, window.scrollY + target.getBoundingClientRect().top - 10);
          next.focus({ preventScroll: true });
          return target.getAttribute('href');
        }, n);
        await page.keyboard.press('Shift+Tab');
        const where = await page.evaluate(() => ({
          href: document.activeElement?.getAttribute('href'),
          top: document.activeElement!.getBoundingClientRect().top,
          title: document.querySelector('.doc-title')!.getBoundingClientRect().bottom,
        }));
        assert.equal(where.href, hidden);
        assert.ok(where.top >= where.title, `at ${width} px the link focused is at ${where.top.toFixed(0)} px, under the title that ends at ${where.title.toFixed(0)} px`);
      }
      await page.close();
    }
  });
});
