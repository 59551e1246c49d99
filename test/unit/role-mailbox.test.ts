import assert from 'node:assert/strict';
import type { FrontLine } from '../../core/types.js';
import { firstPageGuess } from '../../indexer/metadata/resolve.js';

// meta42 (review41): a think tank prints its office's address under a subtitle
// ("info@ipinst.org", "contact@…", "press@…") as an author prints theirs under a byline; only a
// person's address says the line above names a person. Written from how covers print them.

const names = (lines: FrontLine[]) => firstPageGuess(lines).author?.map((n) => n.literal ?? `${n.given} ${n.family}`);
const title: FrontLine = { text: 'Peace Operations in a Warming World', size: 17 };
const line = (text: string): FrontLine => ({ text, size: 10 });

describe('an office’s mailbox under a line is no sign of a person (meta42)', () => {
  it('reads no author from a subtitle over an office’s address', () => {
    for (const mail of ['info@ipinst.org', 'Contact: contact@odi.org.uk', 'press@sipri.org', 'Enquiries: enquiries@chathamhouse.org', 'publications@hpg.org', 'info.geneva@icrc.org', 'press-office@nrc.no', 'geneva_media@msf.org', 'Media.Relations@unhcr.org']) {
      assert.equal(names([title, line('Armed Groups'), line(mail), line('2024')]), undefined, mail);
    }
  });

  it('still reads a name over a person’s address as a person', () => {
    for (const mail of ['v.smith@leeds.ac.uk', 'ssmith@ipinst.org', 'serenity.smith@odi.org.uk', 'serenity.smith-jones@odi.org.uk', 's_smith@ipinst.org']) {
      assert.deepEqual(names([title, line('Serenity Smith'), line(mail), line('2024')]), ['Serenity Smith'], mail);
    }
  });
});
