import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processFile } from '../../indexer/process-file.js';
import { tempDirSync } from '../helpers/tmp.js';

// A byline set as a heading above the text, ending with its place and date (userreview20b): a
// French note's "Note d'information, Organisation des Nations Unies, Djouba, 7 novembre 2022" was a
// heading, so the work was dated by its file name's year alone.

describe('a byline heading dates its work (process-file dated lines)', () => {
  const dir = tempDirSync('byline-date-');

  it('reads the date a byline heading ends with', async () => {
    const file = join(dir, 'note-soudan.txt');
    writeFileSync(file, "Soudan du Sud : la protection des civils\n\nNote d'information, Organisation des Nations Unies, Djouba, 7 novembre 2022\n\nRésumé\n\nLa mission abrite encore plus de 35 000 personnes déplacées dans ses sites de protection des civils et les autorités veulent en reprendre la gestion.\n");
    const r = await processFile(file, 'note-soudan.txt', [], { maxPages: 10 });
    assert.deepEqual(r.document!.csl.issued, { 'date-parts': [[2022, 11]] });
  });
});
