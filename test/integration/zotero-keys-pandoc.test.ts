import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CslItem } from '../../core/types.js';
import { exporterFor } from '../../server/export/registry.js';
import type { ExportItem } from '../../server/export/types.js';

// userreview19a: a researcher's Zotero keys and pandoc. Items as a catalog.bib gives them (a key
// with hyphens, a French note with a babel language name) and a report series, exported as BibTeX
// and biblatex and read by pandoc --citeproc as a writer's Markdown cites them.

const installed = (spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).error as NodeJS.ErrnoException | undefined)?.code !== 'ENOENT';

const works: CslItem[] = [
  { id: 'fr-mali-protection-civils', 'citation-key': 'fr-mali-protection-civils', type: 'report', title: 'Protéger les civils au centre du Mali : leçons pour les opérations de paix', author: [{ family: 'Doré', given: 'Élodie' }], issued: { 'date-parts': [[2022]] }, publisher: 'Médecins Sans Frontières', genre: 'Étude de cas', language: 'french' },
  { id: 'diallo', 'citation-key': 'diallo2022Cash', type: 'report', title: 'Cash Transfers in Protracted Displacement: Lessons from the Sahel', author: [{ family: 'Diallo', given: 'Amina' }], issued: { 'date-parts': [[2022, 3]] }, 'collection-title': 'Sahel Policy Institute Working Paper', 'collection-number': '14', language: 'en' },
  { id: 'civwatch', 'citation-key': 'civwatch-2024-sudan-el-fasher-briefing', type: 'report', title: 'Protecting civilians in El Fasher', author: [{ literal: 'Civilian Protection Watch' }], issued: { 'date-parts': [[2024, 3]] }, publisher: 'Civilian Protection Watch', genre: 'Briefing note', language: 'en' },
];
const items: ExportItem[] = works.map((csl) => ({ csl, passages: [], links: new Map() }));

describe('Zotero keys, report kinds and French titles through pandoc --citeproc (userreview19a)', function () {
  this.timeout(30000);
  let dir = '';
  before(function () {
    if (!installed) this.skip();
    dir = mkdtempSync(join(tmpdir(), 'ur19a-'));
    writeFileSync(join(dir, 'doc.md'), `${works.map((w) => `Claim [@${String(w['citation-key'])}, p. 3].`).join('\n\n')}\n`);
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  for (const format of ['bibtex', 'biblatex']) {
    it(`finds every key in the ${format} export and prints no brace or LaTeX escape`, () => {
      const bib = exporterFor(format)!.render(items);
      // the catalogue's key is the label, not citation-js's own (`Dor2022Prot`)
      assert.match(bib, /^@techreport\{fr-mali-protection-civils,$|^@report\{fr-mali-protection-civils,$/m);
      writeFileSync(join(dir, 'refs.bib'), bib);
      const r = spawnSync('pandoc', ['doc.md', '-t', 'plain', '--wrap=none', '--citeproc', '--bibliography=refs.bib'], { cwd: dir, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.doesNotMatch(r.stderr, /not found/i, 'every citation found');
      const out = r.stdout;
      assert.doesNotMatch(out, /[{}\\]/, 'no brace or backslash printed');
      assert.match(out, /Sahel Policy Institute Working Paper 14/);
      assert.match(out, /Étude de cas/);
      // langid french: the French title is left in its own case, not "Protéger Les Civils"
      assert.match(out, /Protéger les civils au centre du Mali/);
      assert.doesNotMatch(out, /\?\?\?|\(\?\?/, 'no unresolved citation');
    });
  }
});
