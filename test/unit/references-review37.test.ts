import assert from 'node:assert/strict';
import type { CslName } from '../../core/types.js';
import { parseAuthorDate } from '../../indexer/references/parse.js';

// review37: faults found in orgs36's reading of organisations as authors.

const entryAuthors = (who: string): CslName[] | undefined => parseAuthorDate(`${who} (2020) A probe title of the work. London: Probe Press.`)?.author;

describe('organisations as authors: review37', () => {
  it('reads an inverted entry whose family name is a kind of body as the person it names, not two bodies', () => {
    // A body is not printed family-first before a given name: "Service, Robert" is Robert Service.
    // orgs36's guard tested the inverted family too, and made two authors, "Service" and "Robert".
    assert.deepEqual(entryAuthors('Service, Robert'), [{ family: 'Service', given: 'Robert' }]);
    assert.deepEqual(entryAuthors('Court, Margaret'), [{ family: 'Court', given: 'Margaret' }]);
    assert.deepEqual(entryAuthors('Cámara, Javier'), [{ family: 'Cámara', given: 'Javier' }]);
    assert.deepEqual(entryAuthors('Bureau, Jean, and Hugo Slim'), [{ family: 'Bureau', given: 'Jean' }, { family: 'Slim', given: 'Hugo' }]);
  });

  it('still reads a body in the given or a later place as literals', () => {
    assert.deepEqual(entryAuthors('Oxfam, Amnesty International'), [{ literal: 'Oxfam' }, { literal: 'Amnesty International' }]);
    assert.deepEqual(entryAuthors('International, Impartial and Independent Mechanism'), [{ literal: 'International, Impartial and Independent Mechanism' }]);
    // a body among the others is one name, the person before it still a person
    assert.deepEqual(entryAuthors('Slim, Hugo, and Human Rights Watch'), [{ family: 'Slim', given: 'Hugo' }, { literal: 'Human Rights Watch' }]);
    // a given name shaped as an adjective (-ic, -ent, -al) shares no head with the body after it
    assert.deepEqual(entryAuthors('Smith, Eric and Amnesty International'), [{ family: 'Smith', given: 'Eric' }, { literal: 'Amnesty International' }]);
    assert.deepEqual(entryAuthors('Dupont, Laurent and Human Rights Watch'), [{ family: 'Dupont', given: 'Laurent' }, { literal: 'Human Rights Watch' }]);
  });
});
