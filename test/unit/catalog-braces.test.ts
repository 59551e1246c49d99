import assert from 'node:assert/strict';
import { parseCatalogJson } from '../../indexer/metadata/catalog.js';
import { withoutCaseBraces } from '../../indexer/metadata/tex-braces.js';
import { exporterFor } from '../../server/export/registry.js';
import type { CslItem } from '../../core/types.js';

// user32 finding 11: a catalog.json written for BibTeX tools holds `{ICRC} in {South Sudan}`;
// the braces mean "keep this case" and were shown on pages and exported as literal braces.

const CATALOG = JSON.stringify([
  { id: 'icrc', type: 'report', title: 'The {ICRC} in {South Sudan}: protection of {{UN}} sites', 'container-title': '{HPG} Working Papers', author: [{ literal: 'ICRC' }], issued: { 'date-parts': [[2021]] } },
]);

describe('BibTeX braces in catalog.json titles (indexer/metadata/tex-braces.ts)', () => {
  const item = (): CslItem => ({ ...parseCatalogJson(CATALOG)[0].item, 'citation-key': 'icrc2021' });

  it('reads the title as text, its case as written', () => {
    assert.equal(item().title, 'The ICRC in South Sudan: protection of UN sites');
    assert.equal(item()['container-title'], 'HPG Working Papers');
  });

  it('leaves a brace that is no case protection as written', () => {
    assert.equal(withoutCaseBraces("Garc{\\'\\i}a"), "Garc{\\'\\i}a");
    assert.equal(withoutCaseBraces('a {Brussels note'), 'a {Brussels note');
    assert.equal(withoutCaseBraces('set \\{x\\}'), 'set \\{x\\}');
  });

  it('exports BibTeX with the protecting braces back and no literal brace; CSL-JSON and RIS as text', () => {
    const items = [{ csl: item(), passages: [], links: new Map<string, string>() }];
    const bib = exporterFor('bibtex')!.render(items);
    assert.match(bib, /title = \{The \{ICRC\} in \{South\} \{Sudan:\} protection of \{UN\} sites\}/, bib);
    assert.doesNotMatch(bib, /\\\{|\\lbrace/, bib);
    const csl = JSON.parse(exporterFor('csl-json')!.render(items)) as CslItem[];
    assert.equal(csl[0].title, 'The ICRC in South Sudan: protection of UN sites');
    assert.match(exporterFor('ris')!.render(items), /^TI {2}- The ICRC in South Sudan: protection of UN sites$/m);
  });
});
