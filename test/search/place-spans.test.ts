import assert from 'node:assert/strict';
import { placeSpans } from '../../server/search/place-spans.js';

// The query-string rewriting of place-spans.ts alone, with a library that writes what `library` holds.
describe('placeSpans', () => {
  const aliases = new Map([
    ['soudan du sud', 'South Sudan'],
    ['sud soudan', 'South Sudan'],
    ['centrafrique', 'Central African Republic'],
    ['republique centrafricaine', 'Central African Republic'],
    ['costa de marfil', "Côte d'Ivoire"],
  ]);
  const needs = (library: string[] = ['south sudan', 'central african republic', 'côte ivoire']) => ({ aliases, written: (ws: readonly string[]) => library.includes(ws.join(' ')) });
  const q = (typed: string, library?: string[]) => placeSpans(typed, needs(library))?.q ?? null;

  it('replaces a name typed plainly, hyphenated, with a sign or quoted whole, accents or none', () => {
    assert.equal(q('Soudan du Sud'), '"South Sudan"');
    assert.equal(q('sud-soudan refugees'), '"South Sudan" refugees');
    assert.equal(q('+Centrafrique +displacement'), '+"Central African Republic" +displacement');
    assert.equal(q('"République  centrafricaine" AND health'), '"Central African Republic" AND health');
    assert.equal(q('Republique centrafricaine, Soudan du Sud'), '"Central African Republic", "South Sudan"');
    assert.deepEqual(placeSpans('Costa de Marfil', needs())?.corrections, { 'costa de marfil': "côte d'ivoire" });
  });

  it('leaves a name meant as typed, inside a longer quotation, or one the library writes', () => {
    for (const typed of ['-Centrafrique', 'NOT Centrafrique', 'title:Centrafrique', 'Centrafrique*', 'Centrafrique~1', 'Centrafrique^2', '"la Centrafrique"', 'Soudan du Sudan', 'Soudan', 'protection']) assert.equal(q(typed), null, typed);
    assert.equal(q('Soudan du Sud', ['soudan du sud', 'south sudan']), null);
    // nor where the library does not write the place either
    assert.equal(q('Soudan du Sud', []), null);
  });

  it('never throws on odd quotes', () => {
    for (const typed of ['"Centrafrique', 'Centrafrique"', '""Centrafrique""', '“Centrafrique”', '"a "Centrafrique" b"']) assert.doesNotThrow(() => placeSpans(typed, needs()), typed);
    assert.equal(q('“Centrafrique”'), '"Central African Republic"');
    // review31: excluded and quoted whole, either sign excludes the place
    assert.equal(q('displacement -"Soudan du Sud"'), 'displacement -"South Sudan"');
    assert.equal(q('displacement NOT "Soudan du Sud"'), 'displacement NOT "South Sudan"');
    assert.equal(q('displacement a-"Soudan du Sud"'), null);
  });
  // review31: a phrase is required; a name typed plainly beside other optional words was optional
  it('keeps a name optional where the query beside it is: the place’s words, not its phrase', () => {
    const beside = (typed: string, optional: string[]) => ({ ...needs(), optionalBeside: (start: number, end: number) => optional.some((w) => { const at = typed.indexOf(w); return at < start || at >= end; }) });
    const typed = 'Centrafrique Yemen';
    assert.equal(placeSpans(typed, beside(typed, ['Centrafrique', 'Yemen']))?.q, 'Central African Republic Yemen');
    const or = 'Soudan du Sud OR Tchad';
    assert.equal(placeSpans(or, beside(or, ['Soudan', 'Sud', 'Tchad']))?.q, 'South Sudan OR Tchad');
    // alone, signed or quoted whole, it is required anyway: the phrase
    const alone = 'Soudan du Sud';
    assert.equal(placeSpans(alone, beside(alone, ['Soudan', 'Sud']))?.q, '"South Sudan"');
    const signed = '+Centrafrique Yemen';
    assert.equal(placeSpans(signed, beside(signed, ['Yemen']))?.q, '+"Central African Republic" Yemen');
    const quoted = '"Soudan du Sud" Yemen';
    assert.equal(placeSpans(quoted, beside(quoted, ['Yemen']))?.q, '"South Sudan" Yemen');
  });

  it('reads a minus sign between a name’s words as the exclusion it is (review31)', () => {
    assert.equal(q('Soudan -du Sud'), null);
    assert.equal(q('Sud -Soudan'), null);
    assert.equal(q('Sud - Soudan'), '"South Sudan"');
  });
});
