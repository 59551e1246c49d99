import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { runIndex } from '../../indexer/run.js';
import { IndexStore } from '../../server/index-store.js';
import { createApp } from '../../server/app.js';
import { removeAll, tempDir } from '../helpers/tmp.js';
import { UN_REPORT } from '../helpers/un-report.js';

// The biblatex export of records as the indexer makes them, not as a test writes them
// (review17-b findings 1 and 4): a UN report read from its text (its organ the author, no
// publisher), a report a catalog.json gives both a genre and a series, and a report whose front
// matter gives a hostile edition. biber's data-model check reads the export.

const CATALOG = [
  {
    id: 'hpg-2019-briefing', type: 'report', title: 'Localisation in practice', author: [{ literal: 'Humanitarian Policy Group' }],
    publisher: 'ODI', 'publisher-place': 'London', genre: 'Briefing note', 'collection-title': 'HPG Working Paper', 'collection-number': '12', issued: '2019-03',
  },
];
const REVISED = `---\ntitle: "Access monitoring framework"\nauthor: "Access Monitoring Unit"\ndate: 2020\npublisher: "Humanitarian Access Forum"\nedition: "Revised}, title = {Pwned} \\\\input{/etc/passwd}"\n---\n\n# Findings\n\nThe unit recorded access incidents across the region, most of them restrictions on movement.\n`;
const IDS = ['s-2023-345', 'hpg-2019-briefing', 'revised-2020'];

const field = (entry: string, name: string) => new RegExp(`^\\s*${name} = \\{(.*)\\},$`, 'm').exec(entry)?.[1];
const entryOf = (bib: string, key: string) => bib.split(/\n\n(?=@)/).find((e) => e.startsWith(`@`) && e.includes(`{${key},`)) ?? '';

describe('biblatex export of what the indexer makes: a UN report, a report with genre and series, a front-matter edition (review17-b)', function () {
  this.timeout(180_000);
  let dir = '';
  let bib = '';
  before(async () => {
    dir = await tempDir('biblatex-indexed-');
    const corpus = join(dir, 'corpus');
    await mkdir(corpus);
    await writeFile(join(corpus, 's-2023-345.txt'), UN_REPORT);
    await writeFile(join(corpus, 'hpg-2019-briefing.txt'), 'Localisation in practice\n\nLocal organisations lead the response where international staff cannot travel.\n');
    await writeFile(join(corpus, 'catalog.json'), JSON.stringify(CATALOG));
    await writeFile(join(corpus, 'revised-2020.md'), REVISED);
    await runIndex({ corpusDir: corpus, indexDir: join(dir, 'index'), maxPages: 100, timeoutMs: 120_000, useCache: false });
    const store = new IndexStore(join(dir, 'index'));
    await store.refresh();
    const app = createApp(store, { capacity: { perClientPerMinute: 0 } });
    bib = (await request(app).get('/api/export').query({ ids: IDS.join(','), format: 'biblatex' }).expect(200)).text;
    await writeFile(join(dir, 'latex.bib'), bib);
  });
  after(() => removeAll(dir));

  it('has the three records as the indexer read them', () => {
    assert.equal((bib.match(/^@report\{/gm) ?? []).length, 3, bib);
  });

  it('gives the UN report its organ as institution, which @report requires (finding 4)', () => {
    const un = entryOf(bib, 'unitedNationsSecurity2023Protection');
    assert.equal(field(un, 'institution'), 'United Nations Security Council');
    assert.equal(field(un, 'number'), 'S/2023/345');
  });

  it('keeps a report’s genre as its type and writes no `series`, which @report lacks; the series is said in its note (finding 4)', () => {
    const hpg = entryOf(bib, 'humanitarianPolicyGroup2019Localisation');
    assert.equal(field(hpg, 'type'), 'Briefing note');
    assert.equal(field(hpg, 'series'), undefined);
    assert.equal(field(hpg, 'note'), 'HPG Working Paper 12');
    assert.equal(field(hpg, 'institution'), 'ODI');
  });

  it('writes a front matter’s hostile edition LaTeX-encoded in `version`: one title, no command (finding 1)', () => {
    const revised = entryOf(bib, 'accessMonitoringUnit2020Access');
    assert.equal((revised.match(/^\s*title = /gm) ?? []).length, 1, revised);
    assert.match(field(revised, 'version') ?? '', /^Revised\\ensuremath\{\\rbrace\}, title = .*\\textbackslash\{\}input/);
  });

  it('passes biber’s data-model check with no warning at all', function () {
    const r = spawnSync('biber', ['--tool', '--validate-datamodel', '--output-file=checked.bib', 'latex.bib'], { cwd: dir, encoding: 'utf8' });
    if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') this.skip();
    const log = `${r.stdout}${r.stderr}`;
    assert.deepEqual(log.split('\n').filter((l) => /^(WARN|ERROR)/.test(l)), [], log);
  });
});
