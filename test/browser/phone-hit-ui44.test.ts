import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { shot, useBrowser } from '../helpers/browser.js';

// A search hit on a phone (ui44): its tags no longer take a 44 px row for every one or two of
// them; they stay targets of 24 px at least, apart from each other (WCAG 2.2 2.5.8).

interface Box { name: string; x: number; y: number; w: number; h: number }

/** The shown boxes of what `selector` matches inside the first element `root` matches. */
const boxes = (page: Page, root: string, selector: string): Promise<Box[]> =>
  page.evaluate(([r, sel]) => Array.from(document.querySelector(r)!.querySelectorAll(sel)).flatMap((e) => {
    const b = e.getBoundingClientRect();
    return b.width === 0 && b.height === 0 ? [] : [{ name: (e.textContent ?? '').trim().slice(0, 30), x: b.x, y: b.y, w: b.width, h: b.height }];
  }), [root, selector] as const);

const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('a search hit on a 390 px phone (ui44)', function () {
  this.timeout(180_000);
  const live = useBrowser();
  let browser: Browser;
  let base: string;
  before(() => {
    ({ browser, base } = live);
  });

  it('shows three tags and "+N more" in targets of 24 px that do not touch, and the rest on a tap', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(base + '/?q=donors&perDoc=0');
    const hit = 'li.hit:has(ul.tags.folded)';
    await page.waitForSelector(hit);
    const all = await page.locator(`${hit} >> nth=0`).locator('ul.tags a.tag').count();
    assert.ok(all > 4, `${all} tags`);
    const shown = await boxes(page, hit, 'ul.tags a.tag, ul.tags button.more-tags');
    assert.deepEqual(shown.map((b) => b.name).slice(3), [`+${all - 3} more tags`]);
    for (const b of shown) assert.ok(b.h >= 24 && b.w >= 24, `"${b.name}" is ${b.w.toFixed(0)}×${b.h.toFixed(1)} px`);
    for (const [i, a] of shown.entries()) for (const b of shown.slice(i + 1)) assert.ok(!overlap(a, b), `"${a.name}" touches "${b.name}"`);
    // a hit with eight tags was 726 px tall (one a screen); now under 600 with its five-line quote
    const height = (await page.locator(hit).first().boundingBox())!.height;
    assert.ok(height < 600, `the hit is ${height} px tall`);
    await shot(page, 'ui44-phone-hit');
    await page.locator(`${hit} button.more-tags`).first().tap();
    const opened = await boxes(page, 'li.hit ul.tags.open', 'a.tag, button.more-tags');
    assert.equal(opened.length, all, 'every tag shown, the button gone');
    for (const b of opened) assert.ok(b.h >= 24 && b.w >= 24, `"${b.name}" is ${b.w.toFixed(0)}×${b.h.toFixed(1)} px`);
    assert.equal(await page.evaluate(() => document.activeElement?.closest('li')?.className), 'extra', 'the focus moves to the first tag shown');
    await context.close();
  });

  it('sets the export lines of the citation explorer and the search at 375 px as a sentence of 24 px links, with no blank around them', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    /** each link's box against its text's: a 44 px box centred "RIS" in 11 px of blank a side */
    const links = (sel: string) => page.evaluate((s) => Array.from(document.querySelectorAll(s)).map((a) => {
      const range = document.createRange();
      range.selectNodeContents(a);
      const b = a.getBoundingClientRect();
      return { name: a.textContent!.trim(), w: b.width, h: b.height, text: range.getBoundingClientRect().width };
    }), sel);
    for (const [path, sel] of [['/citations', '.export-cited a'], ['/?q=donors', '.export-all .links a']] as const) {
      await page.goto(base + path);
      if (path !== '/citations') await page.locator('.export-all summary').tap();
      const found = await links(sel);
      assert.ok(found.length >= 8, `${found.length} export links on ${path}`);
      for (const l of found) {
        assert.ok(l.h >= 24 && l.w >= 24, `${path}: "${l.name}" is ${l.w.toFixed(0)}×${l.h.toFixed(1)} px`);
        assert.ok(l.w <= Math.max(24, l.text + 4) + 0.5, `${path}: "${l.name}" is ${l.w.toFixed(0)} px wide around ${l.text.toFixed(0)} px of text`);
      }
    }
    // no line of an export or link line begins with a separator ("· RSS" alone on a line)
    const lineStarts = (sel: string) => page.evaluate((s) => Array.from(document.querySelectorAll(s)).map((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const tops = [...new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)))];
      // the first visible character of each line, read at the line's left edge
      return tops.map((top) => {
        const left = Math.min(...Array.from(range.getClientRects()).filter((r) => Math.round(r.top) === top && r.width > 0).map((r) => r.left));
        const at = document.caretRangeFromPoint(left + 1, top + 6);
        return at ? (at.startContainer.textContent ?? '').slice(at.startOffset, at.startOffset + 1) : '';
      });
    }).flat(), sel);
    for (const [path, sel] of [['/citations', '.export-cited'], ['/?q=humanitarian%20diplomacy', 'p.links']] as const) {
      await page.goto(base + path);
      const starts = await lineStarts(sel);
      assert.ok(!starts.includes('·'), `${path}: a line of ${sel} begins with a separator (${JSON.stringify(starts)})`);
    }
    await page.goto(base + '/citations');
    await page.locator('.export-cited').screenshot({ path: 'test/screenshots/ui44-citations-export-375.png' });
    await context.close();
  });

  it('shows every tag, unfolded, at desktop width and without JavaScript', async () => {
    for (const [width, js] of [[1280, true], [390, false]] as const) {
      const context = await browser.newContext({ viewport: { width, height: 844 }, javaScriptEnabled: js });
      const page = await context.newPage();
      await page.goto(base + '/?q=donors&perDoc=0');
      const hit = 'li.hit:has(ul.tags.folded)';
      const all = await page.locator(hit).first().locator('ul.tags a.tag').count();
      const shown = await boxes(page, hit, 'ul.tags a.tag, ul.tags button.more-tags');
      assert.equal(shown.length, all, `at ${width} px${js ? '' : ' without JavaScript'}`);
      await context.close();
    }
  });
});
