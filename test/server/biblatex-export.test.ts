import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import type { CslItem, Passage } from '../../core/types.js';
import { assignCitationKeys } from '../../core/csl.js';
import { exporterFor } from '../../server/export/registry.js';
import type { ExportItem } from '../../server/export/types.js';
import { corpusApp } from '../helpers/server.js';
import { tempDir } from '../helpers/tmp.js';

// The biblatex export (server/export/formats/biblatex.ts) and undated works in it and in BibTeX,
// on every kind of record the product makes (findings-ur17 11 and 12), read by biber's data-model
// check, bibtex with plain.bst and pandoc --citeproc, as a doctoral student's LaTeX would.

const RECORDS: CslItem[] = [
  { id: 'article', type: 'article-journal', title: 'Negotiating access with armed groups', author: [{ family: 'Keller', given: 'Anna' }, { family: 'Haddad', given: 'Sami' }], 'container-title': 'Journal of Humanitarian Affairs', volume: '5', issue: '2', page: '45–52', DOI: '10.7227/JHA.2023.0042', publisher: 'Manchester University Press', issued: { 'date-parts': [[2023, 12, 10]] }, language: 'en', URL: 'https://example.org/jha/5/2/45', accessed: { 'date-parts': [[2024, 1, 2]] } },
  { id: 'series-report', type: 'report', title: 'Humanitarian access in contested areas', author: [{ family: 'Bowden', given: 'Mark' }], publisher: 'ODI', 'publisher-place': 'London', 'collection-title': 'Policy Report', number: '7', issued: { 'date-parts': [[2020, 11]] }, language: 'en' },
  { id: 'chapter', type: 'chapter', title: 'Engaging armed groups on humanitarian norms', author: [{ family: 'Mancini', given: 'Rosa' }], editor: [{ family: 'Slim', given: 'Hugo' }, { family: 'Ortiz', given: 'Ana' }], 'container-title': 'Humanitarian Ethics in Practice', publisher: 'Oxford University Press', 'publisher-place': 'Oxford', page: '112-134', issued: { 'date-parts': [[2021]] } },
  { id: 'un', type: 'report', title: 'Protection of civilians in armed conflict: report of the Secretary-General', author: [{ literal: 'United Nations Security Council' }], publisher: 'United Nations', 'publisher-place': 'New York', number: 'S/2023/345', issued: { 'date-parts': [[2023, 5, 12]] }, URL: 'https://undocs.org/S/2023/345', language: 'en' },
  { id: 'undated-anon', type: 'document', title: 'Field note on access constraints' },
  { id: 'undated', type: 'document', title: 'Engaging the armed opposition', author: [{ family: 'Mancini', given: 'Rosa' }] },
  { id: 'undated-report', type: 'report', title: 'Notes for access negotiators', author: [{ literal: 'UNHCR' }], publisher: 'UNHCR' },
  { id: 'edition-1', type: 'report', title: 'Access monitoring and reporting framework', author: [{ literal: 'Access Monitoring Unit' }], publisher: 'OCHA', edition: '1', issued: { 'date-parts': [[2019]] } },
  { id: 'edition-2', type: 'report', title: 'Access monitoring and reporting framework', author: [{ literal: 'Access Monitoring Unit' }], publisher: 'OCHA', edition: '2', issued: { 'date-parts': [[2022]] } },
  { id: 'french', type: 'article-journal', title: 'L’accès humanitaire au Sahel : un bilan', author: [{ family: 'Núñez', given: 'Zoë' }, { family: 'Ødegård', given: 'Łukasz' }, { family: 'Berg', given: 'Pieter', 'non-dropping-particle': 'van der' }], 'container-title': 'Revue internationale de la Croix-Rouge', volume: '93', page: '353-384', issued: { 'date-parts': [[2011]] }, language: 'fr' },
  { id: 'web', type: 'webpage', title: 'Flash update on access', author: [{ literal: 'OCHA' }], URL: 'https://example.org/flash', issued: { 'date-parts': [[2020, 3]] }, accessed: { 'date-parts': [[2024, 2, 1]] } },
];
const keys = assignCitationKeys(RECORDS);
const keyed = RECORDS.map((c) => ({ ...c, 'citation-key': keys.get(c.id)! }));
const passage = (text: string, page: string | null, extra: Partial<Passage> = {}): Passage => ({
  id: text.slice(0, 8), doc: 'd', ordinal: 0, block: 0, text, section: [], page, physicalPage: null, start: 0, end: 0, kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [], ...extra,
});
// a passage running over a page break (pp. 46–47) on the article, one quote on the rest
const ITEMS: ExportItem[] = keyed.map((csl, i) => ({ csl, passages: [passage('Access is negotiated, never granted.', i ? null : '46', i ? { para: 3 } : { pageEnd: '47' })], links: new Map() }));

const run = (cmd: string, args: string[], cwd: string, okStatus = [0]) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') throw new Error(`${cmd} is not installed: .ci/run installs it`);
  if (r.error || !okStatus.includes(r.status ?? -1)) throw new Error(`${cmd} failed (${r.status}): ${r.stderr || r.error?.message}`);
  return r.stdout + r.stderr;
};
const warnings = (log: string) => log.split('\n').filter((l) => /^(WARN|ERROR)/.test(l));
/** The field's value in an entry (the first, as a line `field = {value},`). */
const field = (entry: string, name: string) => new RegExp(`^\\s*${name} = \\{(.*)\\},$`, 'm').exec(entry)?.[1];
const entryOf = (bib: string, key: string) => bib.split(/\n\n(?=@)/).find((e) => e.includes(`{${key},`)) ?? '';

describe('biblatex export and undated works (findings-ur17 11, 12)', function () {
  this.timeout(120_000);
  let dir: string;
  const biblatex = exporterFor('biblatex')!.render(ITEMS);
  const bibtex = exporterFor('bibtex')!.render(ITEMS);
  before(async () => {
    dir = await tempDir('biblatex-');
    writeFileSync(join(dir, 'latex.bib'), biblatex);
    writeFileSync(join(dir, 'plain.bib'), bibtex);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('keys an undated work as builds before it did (mancinindEngaging, anonndField: review17-b finding 9)', () => {
    assert.equal(keys.get('undated'), 'mancinindEngaging');
    assert.equal(keys.get('undated-anon'), 'anonndField');
    assert.equal(keys.get('undated-report'), 'unhcrndNotes');
  });

  it('writes biblatex’s own fields: date, journaltitle, location, institution, urldate, @online, @incollection, pages with --', () => {
    const a = entryOf(biblatex, keys.get('article')!);
    assert.match(a, /^@article\{/);
    assert.equal(field(a, 'date'), '2023-12-10');
    assert.equal(field(a, 'journaltitle'), 'Journal of Humanitarian Affairs');
    assert.equal(field(a, 'pages'), '45--52');
    assert.equal(field(a, 'doi'), '10.7227/JHA.2023.0042');
    assert.equal(field(a, 'urldate'), '2024-01-02');
    assert.equal(field(a, 'langid'), 'english');
    for (const absent of ['month', 'day', 'year', 'journal', 'publisher', 'language', 'note']) assert.equal(field(a, absent), undefined, absent);
    const r = entryOf(biblatex, keys.get('series-report')!);
    assert.match(r, /^@report\{/);
    assert.deepEqual([field(r, 'type'), field(r, 'number'), field(r, 'institution'), field(r, 'location'), field(r, 'date'), field(r, 'series')], ['Policy Report', '7', 'ODI', 'London', '2020-11', undefined]);
    const c = entryOf(biblatex, keys.get('chapter')!);
    assert.match(c, /^@incollection\{/);
    assert.equal(field(c, 'editor'), 'Slim, Hugo and Ortiz, Ana');
    assert.equal(field(c, 'pages'), '112--134');
    assert.equal(field(entryOf(biblatex, keys.get('un')!), 'number'), 'S/2023/345');
    assert.equal(field(entryOf(biblatex, keys.get('edition-2')!), 'version'), '2');
    assert.match(entryOf(biblatex, keys.get('web')!), /^@online\{/);
    assert.equal(field(entryOf(biblatex, keys.get('french')!), 'langid'), 'french');
  });

  it('leaves an undated work’s date out in biblatex (its styles print “n.d.”), and gives BibTeX’s authorless entry a key', () => {
    for (const id of ['undated', 'undated-anon', 'undated-report']) {
      const e = entryOf(biblatex, keys.get(id)!);
      assert.equal(field(e, 'date'), undefined);
      assert.equal(field(e, 'year'), undefined);
    }
    assert.equal(field(entryOf(bibtex, keys.get('undated-anon')!), 'key'), 'Field note on access constraints');
    assert.equal(field(entryOf(bibtex, keys.get('undated')!), 'key'), undefined, 'an author sorts it');
  });

  it('passes biber’s data-model check: the only warnings are the undated entries’ missing date', () => {
    const log = run('biber', ['--tool', '--validate-datamodel', '--output-file=latex-checked.bib', 'latex.bib'], dir);
    const undated = ['undated', 'undated-anon', 'undated-report'].map((id) => keys.get(id)!);
    const other = warnings(log).filter((w) => !undated.some((k) => w.includes(`Entry '${k}'`) && /Missing mandatory field - one of 'date, year'/.test(w)));
    assert.deepEqual(other, []);
  });

  it('BibTeX: plain.bst sorts and prints every record, no “need author or key”; only the undated report’s empty year', () => {
    writeFileSync(join(dir, 'plain.aux'), `\\citation{*}\n\\bibstyle{plain}\n\\bibdata{plain}\n`);
    const log = run('bibtex', ['plain'], dir, [0, 1]);
    // plain.bst wants a year of a report (not of @misc): an undated one is said, not made up
    assert.deepEqual(log.split('\n').filter((l) => /^Warning--|error message/.test(l)), [`Warning--empty year in ${keys.get('undated-report')}`]);
  });

  it('pandoc --citeproc reads every biblatex and BibTeX entry, the undated ones as “n.d.”', () => {
    for (const [file, from] of [['latex.bib', 'biblatex'], ['plain.bib', 'bibtex']]) {
      const csl = JSON.parse(run('pandoc', [file, '-f', from, '-t', 'csljson'], dir)) as CslItem[];
      assert.equal(csl.length, RECORDS.length, file);
      const a = csl.find((c) => c.id === keys.get('article'))!;
      assert.deepEqual(a.issued?.['date-parts'], [[2023, 12, 10]], file);
      // pandoc keeps biblatex's "--" as a hyphen, BibTeX's as an en dash; styles print either as a range
      assert.match(String(a.page), /^45[-–]52$/, file);
      writeFileSync(join(dir, 'doc.md'), `---\nnocite: '@*'\n---\n\n[@${keys.get('undated')}]\n`);
      const out = run('pandoc', ['doc.md', '-t', 'plain', '--wrap=none', '--citeproc', `--bibliography=${file}`, `--csl=${join(process.cwd(), 'styles', 'chicago-author-date.csl')}`], dir);
      assert.match(out, /\(Mancini, n\.d\.\)/, file);
      assert.doesNotMatch(out, /\[WARNING\]/, file);
    }
  });

  it('keeps every blank line between the quotes in `annotation`, as BibTeX’s `annote` does, with or without an access date (review17-b finding 8)', () => {
    const quotes = ['First finding.', 'Second finding.', 'Third finding.'].map((t, i) => passage(t, String(i + 1)));
    for (const csl of [keyed.find((c) => c.id === 'web')!, keyed.find((c) => c.id === 'chapter')!]) {
      const item: ExportItem = { csl, passages: quotes, links: new Map() };
      const latex = exporterFor('biblatex')!.render([item]);
      const annote = /^\s*annote = \{([^]*?)\},$/m.exec(exporterFor('bibtex')!.render([item]))?.[1];
      const annotation = /^\s*annotation = \{([^]*?)\},$/m.exec(latex)?.[1];
      assert.equal(annotation?.split('\n\n').length, 3, String(csl.id));
      assert.equal(annotation, annote, String(csl.id));
      // no blank line outside the annotation, none left where the access note was
      assert.doesNotMatch(latex.replace(annotation ?? '', ''), /\n\n/, String(csl.id));
      assert.doesNotMatch(latex, /Online; accessed/);
    }
  });

  it('is offered by the API as format=biblatex, a .bib file', async () => {
    const { app } = await corpusApp();
    const r = await request(app).get('/api/export').query({ format: 'biblatex' }).expect(200);
    assert.match(r.headers['content-type'] ?? '', /application\/x-bibtex/);
    assert.match(r.headers['content-disposition'] ?? '', /\.bib"/);
    assert.match(r.text, /^\s*date = \{\d{4}/m);
  });
});

// fixrev17b's leftovers: a report's series number with no genre, and a report by persons with no
// publisher. Each is checked by biber's data model and by bibtex with plain.bst.
describe('reports numbered in a series, and reports by persons with no publisher (fixrev17b leftovers)', function () {
  this.timeout(120_000);
  const REPORTS: CslItem[] = [
    { id: 'series-no', type: 'report', title: 'Access in besieged areas', author: [{ family: 'Bowden', given: 'Mark' }], publisher: 'ODI', 'collection-title': 'Policy Report', 'collection-number': '7', issued: { 'date-parts': [[2020]] } },
    { id: 'own-no', type: 'report', title: 'Access in besieged areas, annex', author: [{ family: 'Bowden', given: 'Mark' }], publisher: 'ODI', number: 'ODI-2020-3', 'collection-title': 'Policy Report', 'collection-number': '8', issued: { 'date-parts': [[2020]] } },
    { id: 'authority', type: 'report', title: 'Access after the ceasefire', author: [{ family: 'Haddad', given: 'Sami' }], authority: 'Overseas Development Institute', issued: { 'date-parts': [[2021]] } },
    { id: 'no-body', type: 'report', title: 'Access and its brokers', author: [{ family: 'Keller', given: 'Anna' }], 'collection-title': 'HPG Working Paper', 'collection-number': '12', issued: { 'date-parts': [[2022]] } },
  ];
  const rkeys = assignCitationKeys(REPORTS);
  const items: ExportItem[] = REPORTS.map((c) => ({ csl: { ...c, 'citation-key': rkeys.get(c.id)! }, passages: [], links: new Map() }));
  const biblatex = exporterFor('biblatex')!.render(items);
  const bibtex = exporterFor('bibtex')!.render(items);
  const k = (id: string) => rkeys.get(id)!;
  let dir: string;
  before(async () => {
    dir = await tempDir('reports-');
    writeFileSync(join(dir, 'latex.bib'), biblatex);
    writeFileSync(join(dir, 'plain.bib'), bibtex);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('keeps a series number with no genre as the report’s number, its series as its type, in both exports', () => {
    for (const bib of [biblatex, bibtex]) {
      const e = entryOf(bib, k('series-no'));
      assert.equal(field(e, 'number'), '7');
      assert.match(field(e, 'type') ?? '', /^Policy \{?Report\}?$/);
      assert.equal(field(e, 'series'), undefined);
    }
    // a number of its own stays the number; the series number is said in the note
    for (const bib of [biblatex, bibtex]) {
      const e = entryOf(bib, k('own-no'));
      assert.equal(field(e, 'number'), 'ODI-2020-3');
      assert.equal(field(e, 'note'), 'Policy Report 8');
    }
  });

  it('takes a person-authored report’s institution from the issuing body the record names, and invents none from its series', () => {
    for (const bib of [biblatex, bibtex]) {
      assert.equal(field(entryOf(bib, k('authority')), 'institution'), 'Overseas Development Institute');
      assert.equal(field(entryOf(bib, k('no-body')), 'institution'), undefined);
      assert.equal(field(entryOf(bib, k('no-body')), 'number'), '12');
    }
  });

  it('biber: the only warning is the missing institution of the report that names no body', () => {
    const log = run('biber', ['--tool', '--validate-datamodel', '--output-file=latex-checked.bib', 'latex.bib'], dir);
    assert.deepEqual(warnings(log).map((w) => w.replace(/^.*Entry '([^']+)'.*?(Missing mandatory field '\w+').*$/, '$1: $2')), [`${k('no-body')}: Missing mandatory field 'institution'`]);
  });

  it('bibtex with plain.bst: prints the series and number, warns only of the empty institution', () => {
    writeFileSync(join(dir, 'plain.aux'), `\\citation{*}\n\\bibstyle{plain}\n\\bibdata{plain}\n`);
    const log = run('bibtex', ['plain'], dir, [0, 1]);
    assert.deepEqual(log.split('\n').filter((l) => /^Warning--|error message/.test(l)), [`Warning--empty institution in ${k('no-body')}`]);
    // the series unbraced, as pandoc reads `type` verbatim (userreview19a finding 7); plain.bst
    // prints a numbered report's type as it is
    assert.match(readFileSync(join(dir, 'plain.bbl'), 'utf8').replace(/\s+/g, ' '), /Policy Report~7, ODI, 2020/);
  });
});
