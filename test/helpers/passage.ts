import type { Passage } from '../../core/types.js';

/** A body paragraph of a one-passage document, as the tag tests give the tagger a sentence to read. */
export const passage = (text: string): Passage => ({
  id: 'x', doc: 'd', ordinal: 0, block: 0, text, section: [], page: null, physicalPage: null, start: 0, end: text.length,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
});
