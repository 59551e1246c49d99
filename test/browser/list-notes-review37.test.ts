import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.js';

// review37 of 4181055: a note changed in another list tab is put in place in this one, but the
// page's own links (remove, move, clear) were made with the notes the page was made with, and
// a note emptied since came back from them when the list was next changed here.

describe('the reading list’s notes across tabs (review37)', function () {
  this.timeout(120_000);
  const live = useBrowser();
  let browser: Browser;
  let base: string;
  before(() => {
    ({ browser, base } = live);
  });

  const saved = (p: Page) => p.evaluate(() => JSON.parse(localStorage.getItem('policy-passages:reading-list') ?? '[]') as { id: string; note: string }[]);

  it('keeps a note emptied in another tab empty when this tab then removes a passage', async () => {
    const context = await browser.newContext();
    const search = await context.newPage();
    await search.goto(base + '/?q=protection+advocacy');
    const boxes = search.locator('li.hit label.select input[name=ids]');
    for (const n of [0, 1, 2]) await boxes.nth(n).check();
    const [first, , third] = await Promise.all([0, 1, 2].map(async (n) => (await boxes.nth(n).getAttribute('value'))!));
    const a = await context.newPage();
    await a.goto(base + '/list');
    await a.fill(`#note-${first}`, 'an old note');
    await a.waitForFunction((id) => new URL(location.href).searchParams.get(`note-${id}`) === 'an old note', first);
    const b = await context.newPage();
    await b.goto(base + '/list');
    await b.waitForSelector(`#note-${first}`);
    assert.equal(await b.locator(`#note-${first}`).inputValue(), 'an old note');
    // tab a empties the note; tab b shows it emptied
    await a.fill(`#note-${first}`, '');
    await b.waitForFunction((id) => (document.getElementById(`note-${id}`) as HTMLTextAreaElement).value === '', first);
    // tab b removes the third passage: the first's note stays empty
    await b.locator(`#item-${third} a.act[data-act="remove"]`).click();
    await b.waitForFunction((id) => !document.getElementById(`item-${id}`), third);
    const list = await saved(b);
    assert.deepEqual(list.map((x) => x.id), [first, list[1].id]);
    assert.equal(list[0].note, '', JSON.stringify(list));
    assert.equal(await b.locator(`#note-${first}`).inputValue(), '');
    await context.close();
  });

  it('keeps a note emptied in this tab empty when a passage is then moved', async () => {
    const context = await browser.newContext();
    const search = await context.newPage();
    await search.goto(base + '/?q=protection+advocacy');
    const boxes = search.locator('li.hit label.select input[name=ids]');
    for (const n of [0, 1]) await boxes.nth(n).check();
    const first = (await boxes.nth(0).getAttribute('value'))!;
    const page = await context.newPage();
    await page.goto(base + '/list');
    await page.fill(`#note-${first}`, 'an old note');
    await page.waitForFunction((id) => new URL(location.href).searchParams.get(`note-${id}`) === 'an old note', first);
    await page.reload();
    await page.fill(`#note-${first}`, '');
    await page.waitForFunction((id) => !new URL(location.href).searchParams.has(`note-${id}`), first);
    await page.locator(`#item-${first} a.act[data-act="down"]`).click();
    await page.waitForFunction((id) => document.querySelector('li.list-item:last-of-type')?.id === `item-${id}`, first);
    const list = await saved(page);
    assert.equal(list.find((x) => x.id === first)?.note, '', JSON.stringify(list));
    assert.equal(await page.locator(`#note-${first}`).inputValue(), '');
    await context.close();
  });

  it('undoes a clear with the notes as they were when cleared, an emptied one empty', async () => {
    const context = await browser.newContext();
    const search = await context.newPage();
    await search.goto(base + '/?q=protection+advocacy');
    const boxes = search.locator('li.hit label.select input[name=ids]');
    for (const n of [0, 1]) await boxes.nth(n).check();
    const first = (await boxes.nth(0).getAttribute('value'))!;
    const page = await context.newPage();
    await page.goto(base + '/list');
    await page.fill(`#note-${first}`, 'an old note');
    await page.waitForFunction((id) => new URL(location.href).searchParams.get(`note-${id}`) === 'an old note', first);
    await page.reload();
    await page.fill(`#note-${first}`, '');
    await page.waitForFunction((id) => !new URL(location.href).searchParams.has(`note-${id}`), first);
    await page.locator('a.act.clear').click();
    await page.locator('a.undo').click();
    await page.waitForSelector(`#note-${first}`);
    const list = await saved(page);
    assert.equal(list.length, 2);
    assert.equal(list.find((x) => x.id === first)?.note, '', JSON.stringify(list));
    assert.equal(await page.locator(`#note-${first}`).inputValue(), '');
    await context.close();
  });

  // 4181055 left a box this tab's reader is in as it was, a note put in place from another tab
  // or not; a box only visited (clicked or tabbed through, nothing typed) then showed the older
  // note after it was left, and a word added there saved the older note over the other tab's.
  it('puts a note from another tab in a box this tab’s reader only visited, once it is left', async () => {
    const context = await browser.newContext();
    const search = await context.newPage();
    await search.goto(base + '/?q=protection+advocacy');
    const boxes = search.locator('li.hit label.select input[name=ids]');
    for (const n of [0, 1]) await boxes.nth(n).check();
    const [first, second] = await Promise.all([0, 1].map(async (n) => (await boxes.nth(n).getAttribute('value'))!));
    const a = await context.newPage();
    await a.goto(base + '/list');
    await a.waitForSelector(`#note-${first}`);
    const b = await context.newPage();
    await b.goto(base + '/list');
    await b.locator(`#note-${first}`).focus();
    await a.fill(`#note-${first}`, 'from tab a');
    await b.waitForFunction((id) => new URL(location.href).searchParams.get(`note-${id}`) === 'from tab a', first);
    await b.locator(`#note-${second}`).focus();
    assert.equal(await b.locator(`#note-${first}`).inputValue(), 'from tab a');
    // but a box typed in keeps the typing, left or not
    await b.locator(`#note-${first}`).focus();
    await b.keyboard.type(', and b');
    await b.locator(`#note-${second}`).focus();
    assert.equal(await b.locator(`#note-${first}`).inputValue(), 'from tab a, and b');
    await context.close();
  });
});
