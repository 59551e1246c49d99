import lunr from '../core/lunr-setup.js';
import type { DocumentRecord, Passage } from '../core/types.js';
import { SEARCH_FIELDS } from '../core/search-fields.js';
import { nameDisplay } from '../core/csl.js';

/** The lunr index over passages: text, section headings, document title and author names. */
export function buildLunrIndex(passages: Passage[], documents: Map<string, DocumentRecord>): lunr.Index {
  return lunr(function () {
    this.ref('id');
    for (const f of SEARCH_FIELDS) this.field(f.name, { boost: f.boost });
    this.metadataWhitelist = ['position'];
    for (const p of passages) {
      const doc = documents.get(p.doc);
      this.add({
        id: p.id,
        text: p.text,
        section: p.section.join(' '),
        title: doc?.csl.title ?? '',
        author: (doc?.csl.author ?? []).map(nameDisplay).join(' '),
      });
    }
  });
}
