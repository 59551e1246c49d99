import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { assertAxeClean, shot, useBrowser } from '../helpers/browser.js';

// The researcher's workflow (issue 15), in Chromium as a user does it: the bugs found on the
// way, then six tasks by mouse, by keyboard alone and on a 390 px phone, each ending axe-clean
// with a screenshot in test/screenshots/.

/** Records in a CSV text (newlines inside quoted fields do not count), the header excluded. */
function csvRecords(text: string): number {
  let quoted = false;
  let records = 0;
  for (const ch of text.trimEnd()) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n' && !quoted) records++;
  }
  return records;
}

interface ApiSearch {
  total: number;
  hits: { passage: { id: string; kind: string; places: string[]; duplicate: boolean; text: string } }[];
}

describe('the researcher’s workflow in a real browser', function () {
  this.timeout(180_000);
  const live = useBrowser();
  let browser: Browser;
  let base: string;
  before(() => {
    ({ browser, base } = live);
  });

  const api = async (path: string) => (await fetch(base + path)).json() as Promise<ApiSearch>;
  const desktop = () => browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true, acceptDownloads: true });
  const phone = () => browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, bypassCSP: true, acceptDownloads: true });
  const countOf = async (page: Page) => Number((await page.textContent('#count'))!.match(/\d+/)![0]);
  const listCount = async (page: Page) => (await page.textContent('#list-count'))?.trim() ?? '';
  const focused = (page: Page) => page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName ?? '', id: el?.id ?? '', key: el?.getAttribute('data-key') ?? '', text: el?.textContent?.trim() ?? '', cls: el?.className ?? '', act: el?.getAttribute('data-act') ?? '' };
  });
  const typeQuery = async (page: Page, q: string) => {
    await page.fill('#q', '');
    await page.type('#q', q, { delay: 15 });
    await page.waitForFunction((want) => new URL(location.href).searchParams.get('q') === want, q);
    await page.waitForFunction((want) => document.title.includes(want), q);
  };

  describe('bugs', () => {
    let context: BrowserContext;
    beforeEach(async () => { context = await desktop(); });
    afterEach(async () => { await context.close(); });

    it('the "Filter theme…" box hides the values that do not match', async () => {
      const page = await context.newPage();
      await page.goto(base + '/');
      const items = page.locator('section.facet[data-facet=theme] li');
      const before = await items.evaluateAll((lis) => lis.filter((li) => (li as HTMLElement).offsetParent !== null).length);
      await page.fill('#filter-theme', 'protection');
      const visible = await items.evaluateAll((lis) => lis.filter((li) => (li as HTMLElement).offsetParent !== null).map((li) => li.textContent ?? ''));
      assert.ok(visible.length > 0 && visible.length < before, `${visible.length} of ${before} values shown`);
      assert.ok(visible.every((t) => /protection/i.test(t)), visible.join(' | '));
    });

    it('typing a new query makes a history entry: Back returns to the previous results', async () => {
      const page = await context.newPage();
      await page.goto(base + '/?q=protection');
      await page.waitForTimeout(1600);
      await page.fill('#q', 'donors');
      const donors = (await api('/api/search?q=donors')).total;
      await page.waitForFunction((n) => new URL(location.href).searchParams.get('q') === 'donors' && document.querySelector('#count')?.textContent?.startsWith(`${n} passage`), donors);
      await page.goBack();
      await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'protection');
      assert.equal(await page.inputValue('#q'), 'protection');
      await page.waitForFunction(() => document.title.includes('protection'));
      assert.equal(await countOf(page), (await api('/api/search?q=protection')).total);
      await page.goForward();
      await page.waitForFunction(() => document.title.includes('donors'));
      assert.equal(await page.inputValue('#q'), 'donors');
    });

    it('choosing a sort order applies it at once', async () => {
      const page = await context.newPage();
      await page.goto(base + '/?q=protection');
      await page.selectOption('#sort', 'date');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'date');
      const expected = await api('/api/search?q=protection&sort=date');
      await page.waitForFunction((id) => document.querySelector('li.hit')?.id === `hit-${id}`, expected.hits[0].passage.id);
    });

    it('remembers the chosen copy style on the next visit', async () => {
      const page = await context.newPage();
      await page.goto(base + '/?q=caution');
      await page.selectOption('#copy-style', 'chicago');
      await page.goto(base + '/?q=donors');
      assert.equal(await page.inputValue('#copy-style'), 'chicago');
      await page.reload();
      assert.equal(await page.inputValue('#copy-style'), 'chicago');
    });

    it('shows a pull quote once, in the reading view with its label, not as a second hit', async () => {
      const page = await context.newPage();
      await page.goto(base + '/?q=%22no+perfection+in+protection%22&perDoc=0');
      // the phrase's own hits (passages with its words apart follow in a list of their own)
      assert.equal(await page.locator('ol.hits:not(.near) li.hit').count(), 1, 'the paragraph, not also its pull quote');
      const id = (await page.locator('li.hit').first().getAttribute('id'))!.replace('hit-', '');
      const shown = (await api(`/api/search?q=%22no+perfection+in+protection%22&perDoc=0&near=0`)).hits;
      assert.deepEqual(shown.map((h) => h.passage.duplicate), [false]);
      assert.equal(shown[0].passage.id, id);
      await page.locator('li.hit').first().locator('a:text("Open in context")').click();
      assert.equal(await page.locator('section.pull-quote:has-text("no perfection in protection")').count(), 1);
      assert.match((await page.textContent('section.pull-quote .pull-label')) ?? '', /Pull quote/);
    });

    it('marks a phrase only where the whole phrase occurs', async () => {
      const page = await context.newPage();
      for (const q of ['Security Council', '"human security"']) {
        await page.goto(base + '/?perDoc=0&size=50&q=' + encodeURIComponent(q));
        // each mark with the marks right before and after it (a space apart)
        const marks = await page.$$eval('li.hit mark', (ms) => ms.map((m) => [
          m.previousSibling?.textContent === ' ' && m.previousSibling.previousSibling?.nodeName === 'MARK' ? m.previousSibling.previousSibling.textContent!.toLowerCase() : '',
          m.textContent!.toLowerCase(),
          m.nextSibling?.textContent === ' ' && m.nextSibling.nextSibling?.nodeName === 'MARK' ? m.nextSibling.nextSibling.textContent!.toLowerCase() : '',
        ]));
        const lone = marks.filter(([prev, w, next]) => w === 'security' && next !== 'council' && prev !== 'human').length;
        assert.equal(lone, 0, `"security" marked alone for ${q}`);
        assert.ok((await page.locator('li.hit mark').count()) > 0);
      }
    });
  });

  describe('six tasks', () => {
    it('1. collects three quotable donor recommendations from two searches and exports them (mouse)', async () => {
      const context = await desktop();
      const page = await context.newPage();
      await page.goto(base + '/');
      await typeQuery(page, 'donors');
      await page.click('section.facet[data-facet=kind] a.value:text-is("Recommendation")');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('kind') === 'recommendation');
      await page.waitForSelector('.chips .chip:has-text("Recommendation")');
      const first = page.locator('li.hit label.select');
      await first.nth(0).click();
      await first.nth(1).click();
      assert.equal(await listCount(page), '(2)');
      // a second search: the list stays
      await typeQuery(page, 'funding');
      await page.waitForSelector('li.hit');
      const boxes = page.locator('li.hit input[name=ids]');
      let added = false;
      for (let i = 0; i < (await boxes.count()) && !added; i++) {
        if (!(await boxes.nth(i).isChecked())) { await page.locator('li.hit label.select').nth(i).click(); added = true; }
      }
      assert.equal(await listCount(page), '(3)');
      await page.click('#list-link');
      await page.waitForURL(/\/list\?ids=/);
      assert.equal(await page.locator('li.list-item').count(), 3);
      const order = await page.locator('li.list-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
      // reorder: the last one up
      await page.locator('li.list-item').nth(2).locator('a.act[data-act=up]').click();
      await page.waitForFunction((id) => document.querySelectorAll('li.list-item')[1]?.getAttribute('data-id') === id, order[2]);
      // annotate, then come back on another visit
      await page.fill(`#note-${order[0]}`, 'Use in section 3: donor leverage');
      await page.waitForTimeout(500);
      await page.goto(base + '/?q=caution');
      assert.equal(await listCount(page), '(3)');
      await page.click('#list-link');
      await page.waitForURL(/\/list\?ids=/);
      assert.equal(await page.inputValue(`#note-${order[0]}`), 'Use in section 3: donor leverage');
      assert.deepEqual(await page.locator('li.list-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))), [order[0], order[2], order[1]]);
      // export in every format; the CSV has one row per passage in the list's order
      const formats = await page.locator('.list-export a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('format')));
      for (const f of ['bibtex', 'ris', 'csl-json', 'csv', 'apa', 'chicago', 'harvard']) assert.ok(formats.includes(f), `no ${f} export`);
      await page.click('.list-export summary'); // the formats are folded so the items come first
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('.list-export a:has-text("CSV")')]);
      assert.equal(csvRecords(readFileSync((await download.path())!, 'utf8')), 3);
      // clear, and undo
      await page.click('a.act.clear');
      await page.waitForSelector('a.undo');
      assert.equal(await listCount(page), '');
      assert.equal(await page.locator('li.list-item').count(), 0);
      await page.click('a.undo');
      await page.waitForSelector('li.list-item');
      assert.equal(await listCount(page), '(3)');
      await assertAxeClean(page, 'reading list');
      await shot(page, 'task1-reading-list', true);
      await context.close();
    });

    it('2. narrows Security Council + Syria with the facet filter box (mouse)', async () => {
      const context = await desktop();
      const page = await context.newPage();
      await page.goto(base + '/');
      await typeQuery(page, 'Security Council');
      await page.fill('#filter-place', 'syr');
      const syria = page.locator('section.facet[data-facet=place] a.value:text-is("Syria")');
      await syria.scrollIntoViewIfNeeded();
      const before = (await syria.boundingBox())!.y;
      const scrolled = await page.evaluate(() => window.scrollY);
      await syria.click();
      await page.waitForFunction(() => new URL(location.href).searchParams.get('place') === 'SYR');
      await page.waitForSelector('.chips .chip:has-text("Syria")');
      const url = new URL(page.url());
      const expected = await api(`/api/search?${url.searchParams}`);
      assert.ok(expected.total > 0);
      assert.equal(await countOf(page), expected.total);
      assert.ok(expected.hits.every((h) => h.passage.places.includes('SYR')));
      // the facet just chosen keeps the focus, and stays where it was on the screen
      assert.equal((await focused(page)).key, 'place:SYR');
      const after = (await page.locator('section.facet[data-facet=place] a.value[data-key="place:SYR"]').boundingBox())!.y;
      assert.ok(Math.abs(after - before) < 30, `the facet moved from ${before} to ${after} px`);
      assert.ok(scrolled === 0 || (await page.evaluate(() => window.scrollY)) > 0, 'not sent back to the top');
      await assertAxeClean(page, 'Security Council + Syria');
      await shot(page, 'task2-security-council-syria');
      await context.close();
    });

    it('3. compares what two notes say about quiet diplomacy, in columns with citations (mouse)', async () => {
      const context = await desktop();
      const page = await context.newPage();
      await page.goto(base + '/');
      await page.click('header.site a:text-is("Compare")');
      await page.fill('#q-compare', 'quiet diplomacy');
      await page.check('label.choice:has-text("Humanitarian diplomacy and protection advocacy") input');
      await page.check('label.choice:has-text("Collaborative advocacy") input');
      await page.click('form.compare-form button[type=submit]');
      await page.waitForSelector('section.column');
      assert.equal(await page.locator('section.column').count(), 2);
      const titles = await page.locator('section.column h3').allTextContents();
      assert.ok(titles.some((t) => /age of caution/.test(t)) && titles.some((t) => /Collaborative advocacy/.test(t)), titles.join(' | '));
      for (let c = 0; c < 2; c++) {
        const col = page.locator('section.column').nth(c);
        assert.ok((await col.locator('li.hit').count()) > 0);
        const cites = await col.locator('.cite-line').allTextContents();
        assert.ok(cites.every((t) => /\(.*Metcalfe-Hough.*20(20|21)/.test(t)), cites.join(' | '));
      }
      // side by side at laptop width
      const [a, b] = await page.locator('section.column').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
      assert.ok(b > a + 200);
      await assertAxeClean(page, 'compare');
      await shot(page, 'task3-compare');
      await context.close();
    });

    it('4. explores what a note cites: filtered by citing document and by cited work, titles not ids (mouse)', async () => {
      const context = await desktop();
      const page = await context.newPage();
      await page.goto(base + '/documents/metcalfe-hough-2021-collaborative-advocacy');
      // the document page names the documents it cites by title
      const citesLine = (await page.textContent('article.document header')) ?? '';
      assert.match(citesLine, /Cites in the corpus: Humanitarian diplomacy and protection advocacy/);
      assert.doesNotMatch(citesLine, /bowden-metcalfe-hough-2020/);
      await page.click('a:has-text("What this document cites")');
      await page.waitForURL(/from=metcalfe-hough-2021/);
      assert.equal(await page.inputValue('#from'), 'metcalfe-hough-2021-collaborative-advocacy');
      const total = Number((await page.textContent('#count'))!.match(/\d+/)![0]);
      assert.ok(total > 10, `${total} works`);
      const citedBy = await page.locator('li.work > p.meta').allTextContents();
      assert.ok(citedBy.every((t) => /Collaborative advocacy/.test(t)));
      assert.ok(!/\b[a-z]+(-[a-z]+)+-20\d\d-[a-z-]+\b/.test(await page.innerText('main')), 'no raw document ids on the page');
      // one cited work
      await page.locator('li.work a:has-text("only this work")').first().click();
      await page.waitForURL(/work=/);
      assert.equal(await page.locator('li.work').count(), 1);
      // a document whose references could not be read says so
      await page.selectOption('#from', 'bowden-metcalfe-hough-2020-age-of-caution');
      await page.click('form.explorer-filters button[type=submit]');
      await page.waitForURL(/from=bowden/);
      await page.click('.chips a:has-text("Work:")');
      await page.waitForSelector('.note-unread');
      assert.match((await page.textContent('.note-unread')) ?? '', /No reference list .* could be read from Humanitarian diplomacy/);
      await assertAxeClean(page, 'citation explorer');
      await shot(page, 'task4-citations');
      await context.close();
    });

    it('5. does task 1 with the keyboard alone', async () => {
      const context = await desktop();
      const page = await context.newPage();
      await page.goto(base + '/');
      await page.keyboard.press('/');
      await page.keyboard.type('donors', { delay: 15 });
      await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'donors' && document.title.includes('donors'));
      // the skip link: a few Tabs from the search box to the results
      let presses = 0;
      while (presses < 10 && !(await focused(page)).cls.includes('skip-inline')) { await page.keyboard.press('Tab'); presses++; }
      assert.ok(presses < 10, 'the skip link is within a few Tab presses of the search box');
      await page.keyboard.press('Enter');
      assert.equal((await focused(page)).id, 'results');
      // a facet: Tab to Recommendation, Enter; focus stays on it
      await page.keyboard.press('/');
      for (presses = 0; presses < 80 && (await focused(page)).key !== 'kind:recommendation'; presses++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.chips .chip:has-text("Recommendation")');
      assert.equal((await focused(page)).key, 'kind:recommendation');
      // one Tab stop per result, arrows inside
      await page.keyboard.press('j');
      const firstHit = (await focused(page)).id;
      assert.match(firstHit, /^hit-/);
      // the first by the arrows to its "Reading list" box and Space, the second with "x"
      for (let k = 0; k < 40 && (await focused(page)).tag !== 'INPUT'; k++) await page.keyboard.press('ArrowRight');
      assert.equal((await focused(page)).tag, 'INPUT');
      await page.keyboard.press('Space');
      await page.keyboard.press('Escape');
      assert.equal((await focused(page)).id, firstHit);
      // one Tab stop per result: Tab goes to the next result
      await page.keyboard.press('Tab');
      const secondHit = (await focused(page)).id;
      assert.ok(/^hit-/.test(secondHit) && secondHit !== firstHit, `Tab went to ${secondHit}`);
      await page.keyboard.press('x');
      assert.equal(await page.evaluate(() => (document.activeElement?.querySelector('input[name=ids]') as HTMLInputElement).checked), true);
      assert.equal(await listCount(page), '(2)');
      // a second search, one more passage
      await page.keyboard.press('/');
      await page.keyboard.type('donor funding', { delay: 15 });
      await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'donor funding' && document.title.includes('funding'));
      await page.keyboard.press('Escape');
      await page.keyboard.press('j');
      for (let n = 0; n < 10; n++) {
        const box = await page.evaluate(() => (document.activeElement?.querySelector('input[name=ids]') as HTMLInputElement | null)?.checked);
        if (box === false) break;
        await page.keyboard.press('j');
      }
      await page.keyboard.press('x');
      assert.equal(await listCount(page), '(3)');
      // to the reading list: the header link is one Shift+Tab before the search box
      await page.keyboard.press('/');
      await page.keyboard.press('Shift+Tab');
      assert.equal((await focused(page)).id, 'list-link');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/list\?ids=/);
      assert.equal(await page.locator('li.list-item').count(), 3);
      // move the second item up; the focus stays with it
      const second = await page.locator('li.list-item').nth(1).getAttribute('data-id');
      for (presses = 0; presses < 40; presses++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(() => ({ act: document.activeElement?.getAttribute('data-act'), item: document.activeElement?.closest('li.list-item')?.getAttribute('data-id') }));
        if (f.act === 'up' && f.item === second) break;
      }
      await page.keyboard.press('Enter');
      await page.waitForFunction((id) => document.querySelector('li.list-item')?.getAttribute('data-id') === id, second);
      assert.equal(await page.evaluate(() => document.activeElement?.closest('li.list-item')?.getAttribute('data-id')), second);
      // export by keyboard
      // the formats are folded under "Export the list": open it, then Tab to RIS
      for (presses = 0; presses < 40 && !(await focused(page)).text.startsWith('Export the list'); presses++) await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      for (presses = 0; presses < 40 && !(await focused(page)).text.startsWith('RIS'); presses++) await page.keyboard.press('Tab');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      const ris = readFileSync((await download.path())!, 'utf8');
      assert.ok((ris.match(/^TY {2}- /gm) ?? []).length >= 1);
      await assertAxeClean(page, 'keyboard task');
      await shot(page, 'task5-keyboard');
      await context.close();
    });

    it('6. on a 390 px phone: filters over the results, big tap targets, a title that stays', async () => {
      const context = await phone();
      const page = await context.newPage();
      await page.goto(base + '/');
      await page.tap('#q');
      await page.keyboard.type('donors', { delay: 15 });
      await page.waitForFunction(() => document.title.includes('donors'));
      // the Filters button is on screen, not 5,900 px down
      const toggle = page.locator('.filters-toggle');
      const box = (await toggle.boundingBox())!;
      assert.ok(box.y < 844 && box.height >= 44, `Filters button at ${box.y}, ${box.height} px high`);
      await toggle.tap();
      const panel = page.locator('#filters');
      assert.ok(await panel.isVisible());
      const pb = (await panel.boundingBox())!;
      assert.ok(pb.y <= 1 && pb.width >= 380, 'the filters cover the results');
      // a facet far down the panel: the panel keeps its scroll position
      const docValue = page.locator('section.facet[data-facet=doc] a.value').first();
      await docValue.scrollIntoViewIfNeeded();
      const panelTop = await panel.evaluate((el) => el.scrollTop);
      assert.ok(panelTop > 100, `the panel scrolled ${panelTop} px`);
      const docKey = await docValue.getAttribute('data-key');
      const tappedAt = (await docValue.boundingBox())!.y;
      await docValue.tap();
      await page.waitForSelector('.chips .chip:has-text("Document")', { state: 'attached' });
      // not sent back to the top: the value just tapped is still on screen, near where it was
      const chosen = page.locator(`section.facet a.value[data-key="${docKey}"]`);
      const nowAt = (await chosen.boundingBox())!.y;
      assert.ok((await page.locator('#filters').evaluate((el) => el.scrollTop)) > 100, 'the filters were scrolled back to the top');
      assert.ok(nowAt > 0 && nowAt < 844 && Math.abs(nowAt - tappedAt) < 300, `the value tapped at ${tappedAt} px is now at ${nowAt} px`);
      assert.equal((await focused(page)).key, docKey);
      await page.locator(`section.facet a.value[data-key="${docKey}"]`).tap();
      await page.waitForSelector('.chips .chip:has-text("Document")', { state: 'detached' });
      await page.locator('section.facet[data-facet=kind] a.value:text-is("Recommendation")').tap();
      await page.waitForSelector('.chips .chip:has-text("Recommendation")', { state: 'attached' });
      assert.ok(await panel.isVisible(), 'the filters stay open after a change');
      assert.equal((await focused(page)).key, 'kind:recommendation');
      // tap targets of 44 px or more, in the filters and the results
      const small = await page.$$eval('#filters a, #filters button, .chips a, li.hit .actions a, li.hit .actions button, li.hit .actions label, .filters-toggle', (els) => els
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .map((e) => ({ t: e.textContent!.trim().slice(0, 20), r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.height < 44 || r.width < 44)
        .map(({ t, r }) => `${t} ${Math.round(r.width)}×${Math.round(r.height)}`));
      assert.deepEqual(small, []);
      await shot(page, 'task6-phone-filters');
      await page.locator('.close-filters').tap();
      assert.ok(!(await panel.isVisible()));
      await page.locator('li.hit label.select').first().tap();
      assert.equal(await listCount(page), '(1)');
      await assertAxeClean(page, 'phone results');
      await page.locator('li.hit a:text("Open in context")').first().tap();
      await page.waitForURL(/#p-/);
      await page.evaluate(() => window.scrollBy(0, 1500));
      await page.waitForTimeout(200);
      const title = (await page.locator('h1.doc-title').boundingBox())!;
      assert.ok(title.y >= -1 && title.y < 5, `the title is at ${title.y}`);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1));
      await assertAxeClean(page, 'phone reading view');
      await shot(page, 'task6-phone-reading');
      await context.close();
    });
  });

  it('keeps a reading list in the URL without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(base + '/?q=donors&perDoc=0');
    const boxes = page.locator('li.hit input[name=ids]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.click('button.add-selected');
    await page.waitForURL(/\/list\?/);
    assert.equal(await page.locator('li.list-item').count(), 2);
    assert.equal((await page.textContent('#list-count'))?.trim(), '(2)');
    await page.click('a:text("Back to search")');
    await page.fill('#q', 'funding');
    await page.click('form.search button[type=submit]');
    assert.match(page.url(), /list=/);
    const ids = await page.locator('li.hit input[name=ids]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    const kept = new URL(page.url()).searchParams.get('list')!.split(',');
    const fresh = ids.findIndex((id) => !kept.includes(id));
    await page.locator('li.hit input[name=ids]').nth(fresh).check();
    await page.click('button.add-selected');
    assert.equal(await page.locator('li.list-item').count(), 3);
    await page.locator('li.list-item').nth(2).locator('a.act[data-act=up]').click();
    assert.equal(await page.locator('li.list-item').nth(1).getAttribute('data-id'), ids[fresh]);
    await page.fill(`#note-${ids[fresh]}`, 'key quote');
    await page.click('button.save-notes');
    assert.equal(await page.inputValue(`#note-${ids[fresh]}`), 'key quote');
    const csv = await page.locator('.list-export a:has-text("CSV")').getAttribute('href');
    assert.equal(new URL(csv!, base).searchParams.get('ids')!.split(',').length, 3);
    await page.click('a.act.clear');
    assert.equal(await page.locator('li.list-item').count(), 0);
    await page.click('a.undo');
    assert.equal(await page.locator('li.list-item').count(), 3);
    await shot(page, 'no-js-reading-list');
    await context.close();
  });
});
