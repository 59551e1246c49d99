import assert from 'node:assert/strict';
import { join } from 'node:path';
import ejs from 'ejs';
import { helpers } from '../../server/view-helpers.js';
import { exporters } from '../../server/export/registry.js';
import { EXPORT_LIMIT } from '../../server/export/selection.js';

// userreview29 finding 4: "Export all 7125 passages" gave a file of the first 2,000 (the export's
// limit), said only in its X-Export-Truncated header. The search page now says so before the download.

describe('the search page’s "Export all"', () => {
  const render = (total: number) => ejs.renderFile(join(process.cwd(), 'views/partials/export-all.ejs'), { total, exportLimit: EXPORT_LIMIT, exporters, query: { q: 'protection' }, h: helpers });
  const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

  it('offers every passage where a file holds them all', async () => {
    const html = await render(EXPORT_LIMIT);
    assert.match(html, new RegExp(`<summary>Export all ${EXPORT_LIMIT} passages</summary><p class="links">Export all:`));
    assert.doesNotMatch(html, /export-cap|first/);
  });

  it('says how many of the passages the file holds where they are more than its limit', async () => {
    const html = await render(7125);
    assert.match(html, new RegExp(`<summary>Export the first ${EXPORT_LIMIT} of 7125 passages</summary>`));
    assert.match(text(html), new RegExp(`A file holds at most ${EXPORT_LIMIT} passages: the first ${EXPORT_LIMIT} in this search’s order \\(“list all”\\) are exported\\. Narrow the search`));
    // the links are the same files, each format once
    assert.equal([...html.matchAll(/format=([a-z-]+)"/g)].length, exporters.length);
  });

  it('offers nothing where nothing was found', async () => {
    assert.equal((await render(0)).trim(), '');
  });
});
