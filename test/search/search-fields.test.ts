import assert from 'node:assert/strict';
import { sectionField, textField } from '../../core/search-fields.js';

describe('search fields', () => {
  it('indexes a passage without its web addresses: their pieces are no words of the text', () => {
    const text = 'Judgment of 20 June (https://caat.org.uk/wp-content/uploads/2019-06-20.judgement.pdf). See www.example.org/a-b.';
    assert.equal(textField(text).includes('wp-content'), false);
    assert.equal(textField(text).includes('example'), false);
    assert.match(textField(text), /Judgment of 20 June/);
    assert.equal(textField('no address here'), 'no address here');
    assert.equal(textField('See WWW.EXAMPLE.ORG/WP-CONTENT or HTTP://X.ORG/A.').includes('WP-CONTENT'), false);
  });
  it('gives a list item its lead-in in the section field', () => {
    assert.equal(sectionField({ section: ['Recommendations'], leadIn: { text: 'OHCHR should:' } }), 'Recommendations OHCHR should:');
    assert.equal(sectionField({ section: ['A', 'B'] }), 'A B');
  });
});
