import assert from 'node:assert/strict';
import { Fts5Engine } from '../../core/engines/fts5.js';
import { LunrEngine } from '../../core/engines/lunr.js';
import { FTS_SCHEMA } from '../../core/build/library-db.js';
import type { EngineClause } from '../../core/engines/engine.js';

// FTS5 reads each analysed term whole, as lunr's index holds it (query41): its unicode61
// tokenizer had cut "e.g" into "e" and "g", so "e" found "e.g." on FTS5 and not on lunr
// (suggest39: 7 passages against 2). A format-25 build, made with unicode61, still answers as it did.

const TEXTS = ['Donors, e.g. the U.S., fund shelter.', 'Annex E lists item g.', 'Phase 1.5 of the plan; 2,000 tents.', 'Phase 1 and 5 of the earlier one.', "The donors' role, don't forget."];
const docs = TEXTS.map((text, ordinal) => ({ ordinal, text, section: '', title: 'report', author: 'A' }));
const found = (engine: Fts5Engine | LunrEngine, term: string, wildcard = false) => [...engine.search([{ term, presence: 'optional', ...(wildcard ? { wildcard } : {}) } as EngineClause]).keys()].sort();
const UNICODE61 = FTS_SCHEMA.replace(/tokenize="[^]*?", detail=full/, `tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*'", detail=full`);

describe('FTS5 reads each analysed term whole, as lunr does (query41)', () => {
  it('writes the fts table with a tokenizer that parts terms at spaces only', () => {
    assert.match(FTS_SCHEMA, /tokenize="ascii tokenchars/);
    assert.notEqual(UNICODE61, FTS_SCHEMA);
  });

  it('finds a lone letter, a dotted abbreviation, a decimal and a number with a comma as lunr does', () => {
    const fts5 = Fts5Engine.build(docs);
    const lunr = LunrEngine.build(docs);
    for (const term of ['e', 'g', 'e.g', 'u.s', 'u', 's', '1.5', '1', '5', '2,000', '2', "don't", 'don']) assert.deepEqual(found(fts5, term), found(lunr, term), term);
    assert.deepEqual(found(fts5, 'e'), [1]);
    assert.deepEqual(found(fts5, 'e.g'), [0]);
    assert.deepEqual(found(fts5, '5'), [3]);
    for (const prefix of ['e.g*', 'u.*', '1.*']) assert.deepEqual(found(fts5, prefix, true), found(lunr, prefix, true), prefix);
    assert.ok(fts5.knows('e.g') && fts5.knows('1.5') && !fts5.knows('f.g'));
  });

  it('still answers from a format-25 table, whose tokenizer cut a term at its punctuation: such a term as the phrase of its parts', () => {
    const old = Fts5Engine.build(docs, undefined, UNICODE61);
    assert.deepEqual(found(old, 'e.g'), [0]);
    // and "1 and 5", whose stop word leaves 1 and 5 side by side in the column: a rebuild mends it
    assert.deepEqual(found(old, '1.5'), [2, 3]);
    // the letters alone, as it always found them
    assert.deepEqual(found(old, 'e'), [0, 1]);
    assert.deepEqual(found(old, '5'), [2, 3]);
    assert.ok(old.knows('e.g') && old.knows('1.5') && !old.knows('f.g'));
  });
});
