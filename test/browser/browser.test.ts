import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { assertAxeClean, shot as save, useBrowser } from '../helpers/browser.js';

// Real headless Chromium (Debian's, installed by .ci/run) against the real server. Each test
// leaves a screenshot in test/screenshots/ (git-ignored).

describe('in a real browser', function () {
  this.timeout(120_000);
  const live = useBrowser();
  let browser: Browser;
  let base: string;
  before(() => {
    ({ browser, base } = live);
  });

  const api = async (path: string) => (await fetch(base + path)).json() as Promise<{ total: number; hits: { passage: { id: string } }[] }>;
  // the visible part: full-page shots of the long reading view time out on a loaded machine
  const shot = (page: Page, name: string) => save(page, name);
  // page.waitForFunction takes the promise an async predicate returns for a truthy answer and
  // stops waiting at once, so waits that must read the clipboard or fetch poll from here.
  const until = async (page: Page, predicate: () => Promise<boolean | undefined>, what: string, timeoutMs = 15_000) => {
    for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
      if (await page.evaluate(predicate)) return;
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const countOf = async (page: Page) => Number((await page.textContent('#count'))!.match(/\d+/)![0]);

  it('searches from the box and shows as many passages as the API', async () => {
    const page = await browser.newPage();
    await page.goto(base + '/');
    await page.fill('#q', 'protection advocacy');
    await page.press('#q', 'Enter');
    await page.waitForURL(/q=protection\+advocacy/);
    assert.equal(await countOf(page), (await api('/api/search?q=protection+advocacy')).total);
    assert.ok((await page.locator('li.hit mark').count()) > 0, 'matches are highlighted');
    await shot(page, 'search');
    await page.close();
  });

  it('filters by two values of one facet and one of another, with counts the API agrees with', async () => {
    const page = await browser.newPage();
    await page.goto(base + '/?q=protection');
    await page.click('section.facet[data-facet=kind] a.value:text-is("Recommendation")');
    await page.click('section.facet[data-facet=kind] a.value:text-is("Finding or analysis")');
    await page.click('section.facet[data-facet=doc] a.value:has-text("Collaborative advocacy")');
    // with JavaScript the results are swapped in place; clicks made while loading are kept
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll('kind').length === 2 && new URL(location.href).searchParams.has('doc'));
    const url = new URL(page.url());
    assert.deepEqual(url.searchParams.getAll('kind').sort(), ['finding', 'recommendation']);
    const expected = await api(`/api/search?${url.searchParams}`);
    assert.equal(await countOf(page), expected.total);
    const shown = await page.locator('li.hit').evaluateAll((els) => els.map((e) => e.id.replace('hit-', '')));
    assert.deepEqual(shown, expected.hits.map((h) => h.passage.id));
    assert.equal(await page.locator('.chips .chip').count(), 4, 'three filter chips and "clear all"');
    // A chip removes its filter.
    await page.click('.chips .chip:has-text("Recommendation")');
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll('kind').length === 1);
    assert.deepEqual(new URL(page.url()).searchParams.getAll('kind'), ['finding']);
    await shot(page, 'facets');
    await page.close();
  });

  it('opens a hit in context: the reading view scrolls to the passage and marks it', async () => {
    const page = await browser.newPage();
    await page.goto(base + '/?q=aide+memoire');
    const id = (await page.locator('li.hit').first().getAttribute('id'))!.replace('hit-', '');
    await page.locator('li.hit').first().locator('a:text("Open in context")').click();
    await page.waitForURL(new RegExp(`#p-${id}$`));
    const target = page.locator(`#p-${id}`);
    assert.match((await target.getAttribute('class'))!, /highlight/);
    assert.ok(await target.isVisible());
    await page.waitForFunction((sel) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight - 40;
    }, `#p-${id}`);
    await shot(page, 'context');
    await page.close();
  });

  it('keeps a second tab’s reading-list count and boxes in step, without a reload', async () => {
    const context = await browser.newContext();
    const [one, two] = [await context.newPage(), await context.newPage()];
    for (const p of [one, two]) await p.goto(base + '/?q=aide+memoire');
    const box = one.locator('li.hit label.select input').first();
    const id = await box.getAttribute('value');
    await box.check();
    await two.waitForFunction(() => /\(1\)/.test(document.querySelector('#list-count')?.textContent ?? ''));
    assert.equal(await two.locator(`li.hit input[value="${id}"]`).isChecked(), true);
    await box.uncheck();
    await two.waitForFunction(() => (document.querySelector('#list-count')?.textContent ?? '') === '');
    await context.close();
  });

  it('marks the query in the reading view opened from a search, and walks to the next hit', async () => {
    const page = await browser.newPage();
    await page.goto(base + '/?q=aide+memoire');
    await page.locator('li.hit').first().locator('a:text("Open in context")').click();
    await page.waitForURL(/q=aide\+memoire&hl=/);
    assert.ok((await page.locator('.passage.highlight mark').count()) > 0);
    const next = page.locator('.passage.highlight .hit-nav a[rel="next"]');
    if (await next.count()) {
      const href = (await next.getAttribute('href'))!;
      await next.click();
      await page.waitForURL(new RegExp(href.replace(/[?+.]/g, '\\$&') + '$'));
      assert.ok(await page.locator(`#p-${href.slice(-16)}.highlight`).isVisible());
    }
    await shot(page, 'context-hits');
    await page.close();
  });

  it('shows the first hit above the fold on a 390 px phone', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(base + '/?q=protection+of+civilians');
    // the export links folded away: the first hit's words, not only its title, on the first screen
    const top = await page.locator('li.hit .snippet').first().evaluate((el) => el.getBoundingClientRect().top);
    // (the export links unfolded left one line of it: 774 px; folded, 687 px)
    assert.ok(top < 844 - 120, `first hit's snippet at ${top} px`);
    await page.close();
  });

  it('keeps "Sort" beside its select at 390 px, and says a facet\'s values combine as any of them (userreview16)', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(base + '/?q=protection+of+civilians&actor=un-security-council');
    const label = await page.locator('label[for=sort]').boundingBox();
    const select = await page.locator('#sort').boundingBox();
    assert.ok(label && select && Math.abs(label.y + label.height / 2 - (select.y + select.height / 2)) < 12, `label ${JSON.stringify(label)}, select ${JSON.stringify(select)}`);
    // the facet with a chosen value says how its values combine; the others do not
    assert.equal(await page.locator('section.facet[data-facet=actor] .facet-note').count(), 1);
    assert.match((await page.locator('section.facet[data-facet=actor] .facet-note').textContent())!, /any value chosen here/);
    assert.equal(await page.locator('section.facet[data-facet=theme] .facet-note').count(), 0);
    await shot(page, 'narrow-sort-facet-note');
    await page.close();
  });

  it('says when no listed value of a facet holds the words typed in its filter box (userreview18b)', async () => {
    const page = await browser.newPage();
    await page.goto(base + '/?q=protection');
    const actor = page.locator('section.facet[data-facet=actor]');
    await actor.locator('input.facet-filter').fill('zzqq');
    assert.match((await actor.locator('.facet-none').textContent())!, /^No value listed here holds “zzqq”/);
    assert.equal(await actor.locator('li:visible').count(), 0);
    await actor.locator('input.facet-filter').fill('');
    assert.equal(await actor.locator('.facet-none').isVisible(), false);
    await page.close();
  });

  it('shows About\'s documents as cards at 390 px, each title a full line wide (userreview18b)', async () => {
    // axe is injected as a script: the page's CSP is bypassed for it
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(base + '/about');
    // five table columns left a title ~40 px, broken a letter or two a line
    const widths = await page.locator('table.docs tbody td:first-child').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    assert.ok(widths.length >= 3 && widths.every((w) => w > 300), `title widths ${widths.join(', ')}`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, 'no sideways scroll');
    // the cells run on one line after the title, separated as a citation would be
    const marks = await page.locator('table.docs tbody tr').first().evaluate((tr) => [...tr.children].map((td) => getComputedStyle(td, '::before').content + '|' + getComputedStyle(td, '::after').content));
    assert.deepEqual(marks, ['none|none', 'none|none', '" · "|none', '" · "|none', '" · "|" passages"']);
    await assertAxeClean(page, 'About at 390 px');
    await shot(page, 'about-documents-390');
    await context.close();
  });

  it('jumps to a hit in a document with a two-line title without the title covering its top edge (userreview16)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/documents/metcalfe-hough-2021-collaborative-advocacy`);
    // the bundled corpus's longest title, set over two lines at 1280 px
    const titleHeight = await page.locator('.doc-title').evaluate((el) => el.getBoundingClientRect().height);
    const ids = await page.locator('.passage').evaluateAll((els) => els.map((e) => e.id));
    const middle = ids[Math.floor(ids.length / 2)];
    await page.goto(`${base}/documents/metcalfe-hough-2021-collaborative-advocacy#${middle}`);
    await page.waitForTimeout(300);
    const top = await page.locator(`#${middle}`).evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top >= titleHeight, `the passage's top at ${top} px, the title's foot at ${titleHeight} px`);
    await page.close();
  });

  it('selects three hits and downloads them as BibTeX', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(base + '/?q=protection&perDoc=0');
    const boxes = page.locator('li.hit input[name=ids]');
    for (let i = 0; i < 3; i++) await boxes.nth(i).check();
    await page.selectOption('#export-format', 'bibtex');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-form button.export-button')]);
    assert.match(download.suggestedFilename(), /^policy-passages-\d{4}-\d{2}-\d{2}\.bib$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const records = new Cite(text).data as { title?: string }[];
    assert.ok(records.length >= 1 && records.length <= 3, `${records.length} records`);
    assert.ok(records.every((r) => r.title));
    await shot(page, 'export-selected');
    await page.close();
  });

  it('copies a quote with its citation', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const page = await context.newPage();
    await page.goto(base + '/?q=age+of+caution');
    await page.locator('li.hit button.copy').first().click();
    await page.waitForSelector('li.hit button.copy:text("Copied")');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // a short quote in quotation marks, one of 40 words or more as an indented block (APA 7)
    // (the bundled texts have no pages: the locator is a paragraph number)
    assert.match(copied, /^(“.+” \([A-Z][^)]+, 20\d\d(, (p|pp|para)\. [^)]+)?\)\.| {4}[^“].+ \([A-Z][^)]+, 20\d\d(, (p|pp|para)\. [^)]+)?\))\n\n/s);
    assert.match(copied, /\n\n.+\(20\d\d\)\./);
    // beside the plain text, HTML with the style's italics for a word processor
    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item.types.includes('text/html') ? (await item.getType('text/html')).text() : '';
    });
    assert.match(html, /<i>[^<]+<\/i>/);
    await shot(page, 'copy-citation');
    // another style, chosen once for the whole result list
    await page.selectOption('#copy-style', 'chicago');
    await page.locator('li.hit button.copy').nth(1).click();
    await until(page, async () => /\n\n[^\n]+\. 20\d\d\. “/.test(await navigator.clipboard.readText()), 'a Chicago reference on the clipboard');
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^( {4}[^“].+|“.+” )\([A-Z][^),]+ 20\d\d[,)]/s);
    await context.close();
  });

  it('cites words selected in a passage, on the passage page and in the reading view', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const page = await context.newPage();
    const id = (await api('/api/search?q=protection+cluster&doc=metcalfe-hough-2021-collaborative-advocacy')).hits[0].passage.id;
    // select the third to seventh words of the passage, as a reader's mouse would
    const select = (root: string) =>
      page.evaluate((sel) => {
        const el = document.querySelector(sel)!;
        const node = el.firstChild as Text;
        const words = [...node.data.matchAll(/\S+/g)];
        const range = document.createRange();
        range.setStart(node, words[2].index!);
        range.setEnd(node, words[6].index! + words[6][0].length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return range.toString();
      }, root);
    for (const [url, root] of [[`/passages/${id}`, 'blockquote .text'], [`/documents/metcalfe-hough-2021-collaborative-advocacy#p-${id}`, `#p-${id} .text`]]) {
      await page.goto(base + url);
      const chosen = await select(root);
      // the clipboard is the machine's: an earlier test's citation must not pass for this one
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await page.click('button.cite-selection');
      await until(page, async () => (await navigator.clipboard.readText()).includes('Metcalfe-Hough'), 'the selection cited on the clipboard');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      // words from inside a sentence: quoted with the ellipses the export of the selection shows
      assert.ok(copied.startsWith(`“… ${chosen.replace(/\.$/, '')}`), copied);
      assert.match(copied, /” \(Metcalfe-Hough, 2021/);
      await page.evaluate(() => navigator.clipboard.writeText(''));
      // the passage page; the whole reading view is too long to photograph in time
      if (url.startsWith('/passages/')) await shot(page, 'cite-selection');
    }
    await context.close();
  });

  it('saves words selected in a passage to the reading list, which shows and exports them with their citation', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const id = (await api('/api/search?q=protection+cluster&doc=metcalfe-hough-2021-collaborative-advocacy')).hits[0].passage.id;
    // a drag from inside the third word to inside the seventh: saved as the whole words
    const select = (root: string, from: number, to: number) =>
      page.evaluate(([sel, a, b]) => {
        const node = document.querySelector(sel as string)!.firstChild as Text;
        const words = [...node.data.matchAll(/\S+/g)];
        const range = document.createRange();
        range.setStart(node, words[a as number].index! + 1);
        range.setEnd(node, words[b as number].index! + words[b as number][0].length - 1);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return words.slice(a as number, (b as number) + 1).map((w) => w[0]).join(' ');
      }, [root, from, to] as const);
    const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('policy-passages:reading-list') ?? '[]') as { id: string }[]);
    await page.goto(`${base}/passages/${id}`);
    const first = await select('blockquote .text', 2, 6);
    await page.click('button.save-selection');
    await page.waitForFunction(() => (localStorage.getItem('policy-passages:reading-list') ?? '').includes('.'));
    assert.equal(await page.textContent('#list-count'), '(1)');
    await page.waitForFunction(() => document.querySelector('#list-status')?.textContent?.startsWith('Saved to the reading list'));
    // a second selection in the reading view, of the same passage
    await page.goto(`${base}/documents/metcalfe-hough-2021-collaborative-advocacy#p-${id}`);
    const second = await select(`#p-${id} .text`, 10, 14);
    await page.click('button.save-selection');
    await until(page, async () => (JSON.parse(localStorage.getItem('policy-passages:reading-list') ?? '[]') as unknown[]).length === 2, 'the second selection saved');
    const ids = (await stored()).map((x) => x.id);
    assert.ok(ids.every((x) => new RegExp(`^${id}\\.\\d+-\\d+$`).test(x)), ids.join());
    // the list page (the saved list, from localStorage) shows the words, not the whole passage
    await page.goto(`${base}/list`);
    await page.waitForURL(/ids=/);
    const quotes = await page.locator('li.list-item.selection blockquote p').allTextContents();
    assert.equal(quotes.length, 2);
    assert.ok(quotes[0].includes(first) && quotes[1].includes(second), quotes.join(' | '));
    assert.match(await page.locator('li.list-item.selection .cite-line').first().textContent() ?? '', /^\(Metcalfe-Hough, 2021, para\. \d+\)$/);
    // a note on a selection is kept, and the export holds the words
    await page.fill(`textarea[id="note-${ids[0]}"]`, 'for chapter 2');
    await until(page, async () => localStorage.getItem('policy-passages:reading-list')?.includes('for chapter 2'), 'the note kept');
    const ris = await (await fetch(base + (await page.getAttribute('.list-export a[href*="format=ris"]', 'href'))!)).text();
    assert.equal((ris.match(/^N1 {2}- para\. \d+: “… /gm) ?? []).length, 2, ris);
    assert.ok(ris.includes(first) && ris.includes(second));
    await shot(page, 'reading-list-selection');
    await assertAxeClean(page, 'reading list with saved selections');
    // removing a selection without a reload leaves the other
    await page.click(`li.list-item[data-id="${ids[0]}"] a[data-act=remove]`);
    await page.waitForFunction(() => document.querySelectorAll('li.list-item').length === 1);
    assert.deepEqual((await stored()).map((x) => x.id), [ids[1]]);
    await context.close();
  });

  it('keeps once, with both notes, two saved selections that name the same words, as the list page does', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const id = (await api('/api/search?q=protection+cluster&doc=metcalfe-hough-2021-collaborative-advocacy')).hits[0].passage.id;
    const text = ((await (await fetch(`${base}/api/passages/${id}`)).json()) as { passage: { text: string } }).passage.text;
    // the third word whole, and the same word from its second letter: both snap to that word
    const word = [...text.matchAll(/\p{L}{3,}/gu)][2];
    const a = `${id}.${word.index}-${word.index! + word[0].length}`;
    const b = `${id}.${word.index! + 1}-${word.index! + word[0].length}`;
    await page.goto(`${base}/about`);
    await page.evaluate(([x, y]) => localStorage.setItem('policy-passages:reading-list', JSON.stringify([{ id: x, note: 'one' }, { id: y, note: 'two' }])), [a, b]);
    await page.goto(`${base}/list`);
    await page.waitForURL(/ids=/);
    await page.waitForSelector(`li[data-merged-id="${b}"]`);
    await until(page, async () => (JSON.parse(localStorage.getItem('policy-passages:reading-list') ?? '[]') as unknown[]).length === 1, 'the saved list kept the words once');
    const saved = (await page.evaluate(() => JSON.parse(localStorage.getItem('policy-passages:reading-list') ?? '[]'))) as { id: string; note: string }[];
    assert.equal(saved[0].id, a);
    assert.ok(saved[0].note.includes('one') && saved[0].note.includes('two'), saved[0].note);
    assert.ok(!new URL(page.url()).searchParams.get('ids')!.split(',').includes(b), page.url());
    await context.close();
  });

  it('says so when a citation cannot be copied', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const page = await context.newPage();
    await page.route('**/api/passages/**', (route) => route.fulfill({ status: 503, body: '{}' }));
    await page.goto(base + '/?q=age+of+caution');
    await page.selectOption('#copy-style', 'harvard');
    const button = page.locator('li.hit button.copy').first();
    await button.click();
    const handle = await button.elementHandle();
    await page.waitForFunction((b) => b?.textContent === 'Copy failed', handle);
    // and the button gets its own label back, not the message
    await page.waitForFunction((b) => b?.textContent === 'Copy quote with citation', handle, { timeout: 5000 });
    await context.close();
  });

  it('works without JavaScript: search, facets, paging and the reading view', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(base + '/');
    await page.fill('#q', 'humanitarain');
    await page.click('form.search button[type=submit]');
    assert.match(await page.textContent('.corrected') ?? '', /Showing results for humanitarian/);
    await page.click('section.facet[data-facet=doc] a.value >> nth=0');
    assert.ok(new URL(page.url()).searchParams.get('doc'));
    assert.equal(await page.locator('input.facet-filter:visible').count(), 0, 'no script-only controls shown');
    await page.locator('li.hit a:text("Open in context")').first().click();
    assert.ok(await page.locator('section.passage').count() > 10);
    await shot(page, 'no-js');
    await context.close();
  });

  it('updates results as you type, keeping the URL in step', async () => {
    const page = await browser.newPage();
    await page.goto(base + '/');
    await page.type('#q', 'counter-terrorism', { delay: 20 });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'counter-terrorism');
    await until(page, async () => {
      const r = await fetch('/api/search?q=counter-terrorism');
      const total = (await r.json()).total;
      return document.querySelector('#count')?.textContent?.startsWith(`${total} passage`);
    }, 'the count of the live search');
    assert.ok((await page.locator('li.hit').count()) > 0);
    // the swapped-in results are the server's own: copy buttons, tags, facet counts, status
    assert.ok(await page.locator('li.hit button.copy').first().isVisible());
    assert.ok((await page.locator('li.hit .tags').count()) > 0);
    const api = (await (await fetch(`${base}/api/search?q=counter-terrorism`)).json()) as { total: number; facets: { kind: { id: string; count: number }[] } };
    const shownKinds = await page.$$eval('section.facet[data-facet=kind] li', (lis) => lis.map((li) => [li.querySelector('a.value')?.getAttribute('href')?.match(/kind=([\w-]+)/)?.[1], Number(li.querySelector('.n')?.textContent)]));
    assert.deepEqual(Object.fromEntries(shownKinds), Object.fromEntries(api.facets.kind.map((k) => [k.id, k.count])));
    // the live region is emptied and filled 50 ms later, so the same words twice are spoken again
    await page.waitForFunction((n) => new RegExp(`^${n} passage`).test(document.getElementById('live-status')?.textContent ?? ''), api.total);
    await shot(page, 'live-search');
    // from a query with several pages to one with a single page: the pager goes, the chosen style stays
    await page.goto(base + '/?q=protection&perDoc=0');
    assert.ok(await page.locator('nav.pager').isVisible());
    await page.selectOption('#copy-style', 'chicago');
    await page.fill('#q', 'counter-terrorism sanctions');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'counter-terrorism sanctions');
    await page.waitForSelector('nav.pager', { state: 'detached' });
    assert.equal(new URL(page.url()).searchParams.get('perDoc'), '0', 'a new query keeps the page’s other settings');
    assert.equal(await page.inputValue('#copy-style'), 'chicago');
    await page.close();
  });

  it('goes to any page from the pager\'s box and to the last by its link, at 390 px, keeping the search', async () => {
    // axe is injected as a script: the page's CSP is bypassed for it
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    const page = await context.newPage();
    const { pages } = (await (await fetch(`${base}/api/search?q=protection&perDoc=0&sort=date`)).json()) as { pages: number };
    assert.ok(pages > 4, String(pages));
    await page.goto(base + '/?q=protection&perDoc=0&sort=date&page=2');
    await page.fill('#page-box', String(pages - 2));
    await page.press('#page-box', 'Enter');
    // with JavaScript the results are swapped in place, the focus on them, as the pager's links do
    await page.waitForFunction((n) => new URL(location.href).searchParams.get('page') === String(n), pages - 2);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('perDoc'), '0');
    assert.equal(url.searchParams.get('sort'), 'date');
    assert.equal((await page.textContent('.pager .where'))?.trim(), `Page ${pages - 2} of ${pages}`);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'results');
    await shot(page, 'pager-jump-390');
    await assertAxeClean(page, 'search page with the pager box at 390 px');
    await page.click('.pager a.last');
    await page.waitForFunction((n) => new URL(location.href).searchParams.get('page') === String(n), pages);
    assert.equal(await page.locator('.pager a.last, .pager a[rel=next]').count(), 0);
    await context.close();
  });

  it('finds in a facet\'s box a value the page does not list, and chooses it', async () => {
    const page = await browser.newPage();
    const all = (await (await fetch(`${base}/api/search?q=protection&facetSize=10000`)).json()) as { facets: { actor: { id: string; label: string; count: number }[] } };
    assert.ok(all.facets.actor.length > 9, String(all.facets.actor.length));
    // nine listed (the box shows past eight): the least frequent actor is not among them
    const rare = all.facets.actor[all.facets.actor.length - 1];
    await page.goto(base + '/?q=protection&facetSize=9');
    assert.equal(await page.locator(`section[data-facet=actor] a.value[data-key="actor:${rare.id}"]`).count(), 0);
    await page.fill('#filter-actor', rare.label);
    const found = page.locator(`section[data-facet=actor] ul.facet-found a.value[data-key="actor:${rare.id}"]`);
    await found.waitFor();
    assert.equal(await page.locator('section[data-facet=actor] ul.facet-found li .n').first().textContent(), String(rare.count));
    await shot(page, 'facet-find');
    // a value found through the box can be excluded, as a listed one can (search20)
    const exclude = page.locator(`section[data-facet=actor] ul.facet-found a.exclude[data-key="actor:${rare.id}"]`);
    assert.equal(new URL((await exclude.getAttribute('href')) ?? '', base).searchParams.get('actor'), `-${rare.id}`);
    assert.equal(await exclude.getAttribute('aria-label'), `Exclude ${rare.label}`);
    await found.click();
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('actor') === id, rare.id);
    assert.equal(await countOf(page), rare.count);
    await page.close();
  });

  it('can be used with the keyboard alone', async () => {
    const page = await browser.newPage();
    await page.goto(base + '/?q=donors');
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'q');
    await page.keyboard.press('Escape');
    assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'q');
    // Leaving the box must not clear it: the live search would replace the results (seen as
    // focus falling to BODY below when the re-render won the race).
    await page.waitForTimeout(400);
    assert.equal(await page.inputValue('#q'), 'donors');
    await page.keyboard.press('j');
    const first = await page.evaluate(() => document.activeElement?.id);
    assert.match(first ?? '', /^hit-/);
    await page.keyboard.press('j');
    const second = await page.evaluate(() => document.activeElement?.id);
    assert.notEqual(second, first);
    await page.keyboard.press('k');
    assert.equal(await page.evaluate(() => document.activeElement?.id), first);
    // One Tab stop per result: Tab goes to the next result, the arrow keys into this one.
    await page.keyboard.press('Tab');
    assert.match((await page.evaluate(() => document.activeElement?.id)) ?? '', /^hit-/);
    assert.notEqual(await page.evaluate(() => document.activeElement?.id), first);
    await page.keyboard.press('ArrowRight');
    const reached = await page.evaluate(() => document.activeElement?.tagName === 'A' && document.activeElement.closest('li.hit') !== null);
    const where = await page.evaluate(() => `${document.activeElement?.tagName ?? 'none'} at ${location.href}`);
    assert.ok(reached, `ArrowRight from a focused result went to ${where}`);
    await shot(page, 'keyboard');
    await page.close();
  });

  it('has no serious or critical accessibility violations (axe-core) on any page, desktop or 360 px wide', async function () {
    // 24 pages checked: minutes on a loaded machine
    this.timeout(480_000);
    const passage = (await api('/api/search?q=caution')).hits[0].passage.id;
    for (const [w, h] of [[1280, 900], [360, 780]]) {
      // axe is injected as a script, which the pages' Content Security Policy would refuse.
      const context = await browser.newContext({ viewport: { width: w, height: h }, bypassCSP: true });
      const page = await context.newPage();
      for (const path of ['/', '/?q=protection&kind=recommendation', '/?q=zzzqqq', '/documents/metcalfe-hough-2021-collaborative-advocacy', `/passages/${passage}`, '/about', '/citations', '/citations?from=bowden-metcalfe-hough-2020-age-of-caution', `/list?ids=${passage}`, '/list', '/compare?q=protection&doc=metcalfe-hough-2021-collaborative-advocacy&doc=gilder-2024-peace-operations-human-security', '/compare']) {
        await page.goto(base + path);
        await assertAxeClean(page, `${path} at ${w}px`);
        // Nothing wider than the screen at 360 px.
        if (w === 360) assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), `${path} scrolls sideways at 360 px`);
      }
      await shot(page, `about-${w}`);
      await context.close();
    }
  });

  it('keeps the search page of a typical query light: under 50 kB plus 5 kB per hit shown', async () => {
    // With three documents every hit is ranked (no grouping), so a page shows 20 hits, not 9:
    // the bound is per hit. Result lists carry no copy text and tags no duplicate tooltip.
    const r = await fetch(base + '/?q=protection+of+civilians');
    const html = await r.text();
    const bytes = Buffer.byteLength(html);
    const hits = (html.match(/<li class="hit"/g) ?? []).length;
    assert.ok(hits > 0);
    assert.ok(bytes < 50_000 + 5_000 * hits, `${bytes} bytes for ${hits} hits`);
    const page = await browser.newPage();
    await page.goto(base + '/citations');
    await shot(page, 'citations');
    await page.close();
  });
});
