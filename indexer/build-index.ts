import lunr, { fieldText, INDEX_PIPELINE, SEARCH_PIPELINE } from '../core/lunr-setup.js';
import type { DocumentRecord, Passage } from '../core/types.js';
import { SEARCH_FIELDS, sectionField, textField } from '../core/search-fields.js';
import { nameDisplay } from '../core/csl.js';

/**
 * The lunr index over passages (text, section headings, document title and author names),
 * fed one document at a time: what lunr(config) does, with the adds spread over the run.
 */
export class LunrIndexBuilder {
  private readonly builder = new lunr.Builder();

  constructor() {
    this.builder.pipeline.add(...INDEX_PIPELINE);
    this.builder.searchPipeline.add(...SEARCH_PIPELINE);
    this.builder.ref('id');
    for (const f of SEARCH_FIELDS) this.builder.field(f.name, { boost: f.boost, extractor: fieldText(f.name) });
    this.builder.metadataWhitelist = ['position'];
  }

  add(doc: DocumentRecord | undefined, passages: Passage[]): void {
    const title = doc?.csl.title ?? '';
    const author = (doc?.csl.author ?? []).map(nameDisplay).join(' ');
    for (const p of passages) this.builder.add({ id: p.id, text: textField(p.text), section: sectionField(p), title, author });
  }

  build(): lunr.Index {
    return this.builder.build();
  }
}

export function buildLunrIndex(passages: Passage[], documents: Map<string, DocumentRecord>): lunr.Index {
  const builder = new LunrIndexBuilder();
  for (const p of passages) builder.add(documents.get(p.doc), [p]);
  return builder.build();
}
