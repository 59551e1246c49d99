import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.js';

// review37 of 4181055: a note changed in another list tab is put in place in this one, but the
// page's own links (remove, move, clear) were made with the notes the page was made with, and
// a note emptied since came back from them when the list was next changed here; and a box only
// visited kept the older note once left.

describe('the reading list’s notes across tabs (review37)', function () {
  this.timeout(120_000);
  const live = useBrowser();
  let browser: Browser;
  let base: string;
  before(() => {
    ({ browser, base } = live);
  });

  const saved = (p: Page) => p.evaluate(() => JSON.parse(localStorage.getItem('policy-passages:reading-list') ?? '[]') as { id: string; note: string }[]);
  const noteIn = (p: Page, id: string) => p.locator(`#note-${id}`).inputValue();

  /** A browser context whose saved list holds the first `count` hits of a search, and their ids. */
  async function savedList(count: number): Promise<{ context: BrowserContext; ids: string[] }> {
    const context = await browser.newContext();
    const search = await context.newPage();
    await search.goto(base + '/?q=protection+advocacy');
    const boxes = search.locator('li.hit label.select input[name=ids]');
    const ids: string[] = [];
    for (let n = 0; n < count; n++) {
      await boxes.nth(n).check();
      ids.push((await boxes.nth(n).getAttribute('value'))!);
    }
    return { context, ids };
  }

  /** Types a note on the list page and waits for its address to carry it (or, empty, to drop it). */
  async function typeNote(p: Page, id: string, note: string): Promise<void> {
    await p.fill(`#note-${id}`, note);
    await p.waitForFunction(([i, n]) => (new URL(location.href).searchParams.get(`note-${i}`) ?? '') === n, [id, note] as const);
  }

  /** A list page whose first passage's note was saved, then emptied in the page made with it. */
  async function emptiedNote(count: number): Promise<{ context: BrowserContext; page: Page; ids: string[] }> {
    const { context, ids } = await savedList(count);
    const page = await context.newPage();
    await page.goto(base + '/list');
    await typeNote(page, ids[0], 'an old note');
    await page.reload();
    await typeNote(page, ids[0], '');
    return { context, page, ids };
  }

  it('keeps a note emptied in another tab empty when this tab then removes a passage', async () => {
    const { context, ids: [first, , third] } = await savedList(3);
    const a = await context.newPage();
    await a.goto(base + '/list');
    await typeNote(a, first, 'an old note');
    const b = await context.newPage();
    await b.goto(base + '/list');
    assert.equal(await noteIn(b, first), 'an old note');
    // tab a empties the note; tab b shows it emptied
    await a.fill(`#note-${first}`, '');
    await b.waitForFunction((id) => (document.getElementById(`note-${id}`) as HTMLTextAreaElement).value === '', first);
    // tab b removes the third passage: the first's note stays empty
    await b.locator(`#item-${third} a.act[data-act="remove"]`).click();
    await b.waitForFunction((id) => !document.getElementById(`item-${id}`), third);
    const list = await saved(b);
    assert.deepEqual(list.map((x) => x.id), [first, list[1].id]);
    assert.equal(list[0].note, '', JSON.stringify(list));
    assert.equal(await noteIn(b, first), '');
    await context.close();
  });

  it('keeps a note emptied in this tab empty when a passage is then moved', async () => {
    const { context, page, ids: [first] } = await emptiedNote(2);
    await page.locator(`#item-${first} a.act[data-act="down"]`).click();
    await page.waitForFunction((id) => document.querySelector('li.list-item:last-of-type')?.id === `item-${id}`, first);
    const list = await saved(page);
    assert.equal(list.find((x) => x.id === first)?.note, '', JSON.stringify(list));
    assert.equal(await noteIn(page, first), '');
    await context.close();
  });

  it('undoes a clear with the notes as they were when cleared, an emptied one empty', async () => {
    const { context, page, ids: [first] } = await emptiedNote(2);
    await page.locator('a.act.clear').click();
    await page.locator('a.undo').click();
    await page.waitForSelector(`#note-${first}`);
    const list = await saved(page);
    assert.equal(list.length, 2);
    assert.equal(list.find((x) => x.id === first)?.note, '', JSON.stringify(list));
    assert.equal(await noteIn(page, first), '');
    await context.close();
  });

  // 4181055 left a box this tab's reader is in as it was, a note put in place from another tab
  // or not; a box only visited (clicked or tabbed through, nothing typed) then showed the older
  // note after it was left, and a word added there saved the older note over the other tab's.
  it('puts a note from another tab in a box this tab’s reader only visited, once it is left', async () => {
    const { context, ids: [first, second] } = await savedList(2);
    const a = await context.newPage();
    await a.goto(base + '/list');
    const b = await context.newPage();
    await b.goto(base + '/list');
    await b.locator(`#note-${first}`).focus();
    await a.fill(`#note-${first}`, 'from tab a');
    await b.waitForFunction((id) => new URL(location.href).searchParams.get(`note-${id}`) === 'from tab a', first);
    await b.locator(`#note-${second}`).focus();
    assert.equal(await noteIn(b, first), 'from tab a');
    // but a box typed in keeps the typing, left or not
    await b.locator(`#note-${first}`).focus();
    await b.keyboard.type(', and b');
    await b.locator(`#note-${second}`).focus();
    assert.equal(await noteIn(b, first), 'from tab a, and b');
    await context.close();
  });
});
