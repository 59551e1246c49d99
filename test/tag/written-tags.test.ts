import assert from 'node:assert/strict';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { Tagger } from '../../indexer/tag/tagger.js';
import { scoreWritten, writtenHalf, writtenPassages, type WrittenLabel } from '../../eval/written-tags.js';

// The scorer of the written passages (eval/written-tags.ts): each labelled passage becomes one
// passage of its document, tagged in reading order as the indexer tags a document.

const tagger = new Tagger(loadTaxonomy());
const label = (doc: string, section: string[], blockType: string, text: string, extra: Partial<WrittenLabel> = {}): WrittenLabel => ({
  doc, title: 'A note', type: 'briefing-note', section, blockType, text, kind: 'finding', actors: [], themes: [], places: [], ...extra,
});

describe('written passages scorer', () => {
  it('splits documents w01–w09 from w10–w18 and from the held-out w19 on', () => {
    assert.equal(writtenHalf({ doc: 'w01-sahel' }), 'looked');
    assert.equal(writtenHalf({ doc: 'w09-x' }), 'looked');
    assert.equal(writtenHalf({ doc: 'w10-x' }), 'unseen');
    assert.equal(writtenHalf({ doc: 'w18-x' }), 'unseen');
    assert.equal(writtenHalf({ doc: 'w19-x' }), 'held-out');
    assert.equal(writtenHalf({ doc: 'w36-x' }), 'held-out');
    assert.equal(writtenHalf({ doc: 'w37-x' }), 'looked');
    assert.equal(writtenHalf({ doc: 'w44-x' }), 'unseen');
    assert.equal(writtenHalf({ doc: 'w53-x' }), 'looked');
    assert.equal(writtenHalf({ doc: 'w60-x' }), 'unseen');
    assert.equal(writtenHalf({ doc: 'w99-x' }), 'unseen');
  });

  it('keeps one passage per label, with its sections, and list items after their lead-in', () => {
    const labels = [
      label('w01-a', [], 'heading-free abstract', 'This note examines access in Mali.'),
      label('w01-a', ['5. Recommendations'], 'paragraph', 'Donor states should do more. This should involve:'),
      label('w01-a', ['5. Recommendations'], 'list-item', 'Funding for access work.', { kind: 'recommendation' }),
      label('w01-a', ['Box 2'], 'box', 'Box 2: A corridor in Djibo was negotiated by the ICRC.', { kind: 'case-example' }),
      label('w01-a', [], 'footnote', '4 Human Rights Watch has documented killings.', { kind: 'footnote' }),
    ];
    const { labels: tagLabels, passages } = writtenPassages(labels, tagger);
    assert.equal(passages.length, 5);
    assert.deepEqual(passages[2].section, ['5. Recommendations']);
    assert.equal(passages[2].kind, 'recommendation');
    assert.ok(passages[2].leadIn, 'the list item keeps its lead-in');
    assert.ok(passages[2].actors.includes('donors'), 'and inherits its addressee');
    assert.equal(passages[3].kind, 'case-example');
    assert.equal(passages[4].blockType, 'footnote');
    assert.equal(passages[4].text, 'Human Rights Watch has documented killings.', "a note's mark is kept apart");
    assert.equal(tagLabels[4].at.slice(0, 5), 'Human');
    const [looked] = scoreWritten(labels, tagger);
    assert.equal(looked.half, 'looked');
    assert.equal(looked.evaluation.matched, 5);
  });
});
