import assert from 'node:assert/strict';
import { mailHeader } from '../../indexer/readers/mail-header.js';
import { txtReader } from '../../indexer/readers/txt.js';

const MAIL = ['From: Tom Reyes <tom.reyes@example.org>', 'To: protection-team@example.org', 'Date: Tue, 10 Sep 2024 14:22:05 +0200', 'Subject: RE: access figures for El Fasher', '', 'Hi all,', '', 'No convoy has reached El Fasher since 15 June 2024.'].join('\n');

describe('mailHeader: an e-mail saved as text (userreview18)', () => {
  it('reads sender, date and subject without its RE:, and leaves the header out of the body', () => {
    const m = mailHeader(MAIL)!;
    assert.deepEqual(m.embedded, { title: 'access figures for El Fasher', authors: ['Tom Reyes'], date: '2024-09-10' });
    assert.equal(m.body, 'Hi all,\n\nNo convoy has reached El Fasher since 15 June 2024.');
  });

  it('takes a quoted "Family, Given" sender, a folded subject, Outlook\'s Sent and Fwd:; a bare address names no one', () => {
    const m = mailHeader(['From: "Reyes, Tom" <t@x.org>', 'Sent: 3 September 2024 09:10', 'Subject: Fwd: Re: Arria meeting', '  concept note', '', 'Body.'].join('\n'))!;
    assert.deepEqual(m.embedded, { title: 'Arria meeting concept note', authors: ['Reyes, Tom'], date: '2024-09-03' });
    assert.equal(mailHeader(['From: t@x.org', 'Subject: Notes', '', 'Body.'].join('\n'))!.embedded.authors, undefined);
  });

  it('is no header without From, or when a line of the first block is no field', () => {
    assert.equal(mailHeader(['Subject: Notes', 'Date: 3 September 2024', '', 'Body.'].join('\n')), null);
    assert.equal(mailHeader(['From: Tom', 'Protecting civilians in El Fasher', '', 'Body.'].join('\n')), null);
    assert.equal(mailHeader('Peace operations and human security\n\nArticle\n'), null);
    assert.equal(mailHeader(['Note: this is a draft', 'From: the field team', '', 'Body.'].join('\n')), null, '"Note:" is no mail field');
  });

  it('gives the text reader the body and the header as front matter', async () => {
    const read = await txtReader.read(Buffer.from(MAIL), {} as Parameters<typeof txtReader.read>[1]);
    assert.equal(read.text?.startsWith('Hi all,'), true);
    assert.equal(read.embeddedSource, 'front-matter');
    assert.equal(read.embedded.title, 'access figures for El Fasher');
  });
});
