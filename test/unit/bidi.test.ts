import assert from 'node:assert/strict';
import { closeBidi } from '../../server/export/bidi.js';
import { safeItem } from '../../server/export/safe-item.js';
import type { Passage } from '../../core/types.js';

// Direction controls a document leaves open (exports16): an unclosed U+202E in a title had
// reversed the rest of the exported reference line, year and URL included.
describe('direction controls in exports (server/export/bidi.ts)', () => {
  it('closes what a field opens, innermost first', () => {
    assert.equal(closeBidi('a \u202Eevil'), 'a \u202Eevil\u202C');
    assert.equal(closeBidi('\u2067x \u202By'), '\u2067x \u202By\u202C\u2069');
    // a PDI closes the embeddings inside its isolate
    assert.equal(closeBidi('\u2066a \u202Eb\u2069 \u202Dc'), '\u2066a \u202Eb\u2069 \u202Dc\u202C');
  });

  it('leaves text that closes its own controls, and text with none, as it is', () => {
    for (const t of ['Shalom \u202Eevil\u202C שלום', 'تقرير \u2067عن\u2069 الحماية', 'plain', 'stray close \u202C\u2069']) assert.equal(closeBidi(t), t);
  });

  it('closes them in every string of an export item, names and quotes included, without touching the stored objects', () => {
    const csl = { id: 'd', type: 'report', title: 'T \u202Eevil', author: [{ family: 'F\u202E', given: 'G' }], issued: { 'date-parts': [[2020]] } };
    const p = { id: 'p', text: 'quote \u2067x' } as Passage;
    const out = safeItem({ csl, passages: [p], links: new Map() });
    assert.equal(out.csl.title, 'T \u202Eevil\u202C');
    assert.equal(out.csl.author?.[0].family, 'F\u202E\u202C');
    assert.deepEqual(out.csl.issued, { 'date-parts': [[2020]] });
    assert.equal(out.passages[0].text, 'quote \u2067x\u2069');
    assert.equal(csl.title, 'T \u202Eevil');
    assert.equal(p.text, 'quote \u2067x');
  });

  it('leaves out a URL that is no web address (javascript:, data:, file:), keeps http, https, ftp and none', () => {
    const url = (URL: string) => safeItem({ csl: { id: 'd', type: 'report', URL }, passages: [], links: new Map() }).csl.URL;
    for (const bad of ['javascript:alert(4)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>x</script>', 'file:///etc/passwd', 'vbscript:x']) assert.equal(url(bad), undefined, bad);
    for (const good of ['https://example.org/a%20b?x=1#y', 'http://x.org', 'ftp://ftp.example.org/f.pdf', 'www.example.org/report']) assert.equal(url(good), good);
  });

  it('with no scheme keeps only a host name: no UNC path, no //host, no file path (review16-b finding 7)', () => {
    const url = (URL: string) => safeItem({ csl: { id: 'd', type: 'report', URL }, passages: [], links: new Map() }).csl.URL;
    for (const bad of ['\\\\attacker.example\\share\\report.pdf', '//attacker.example/x', '/etc/passwd', 'C:\\Users\\x.pdf', '../etc/passwd', 'localhost/x', '10.1000/abc', 'www.example.org\\share']) assert.equal(url(bad), undefined, bad);
    for (const good of ['reliefweb.int', 'www.unhcr.org/report.pdf', 'sub.example.co.uk/a?x=1', 'example.org#top']) assert.equal(url(good), good);
  });

  it('makes every line break in the metadata a space, names part by part (review16-b finding 1)', () => {
    const csl = { id: 'd', type: 'report', title: 'A\nUR  - javascript:1\r\nER  - ', author: [{ family: 'Smith\u2028UR  - x', given: 'J\u0085K' }], publisher: 'Pub\r\u2029TY  - RPRT' };
    const out = safeItem({ csl, passages: [], links: new Map() }).csl;
    assert.equal(out.title, 'A UR  - javascript:1 ER  - ');
    assert.deepEqual(out.author, [{ family: 'Smith UR  - x', given: 'J K' }]);
    assert.equal(out.publisher, 'Pub TY  - RPRT');
    assert.equal(csl.title, 'A\nUR  - javascript:1\r\nER  - ');
  });
});
