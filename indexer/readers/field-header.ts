import type { EmbeddedMetadata } from './types.js';

// A note saved as plain text often opens with its metadata as labelled lines, the plain-text
// cousin of Markdown's front matter:
//   Title: Protection of civilians in urban warfare — internal draft
//   Author: policy team
//   Date: March 2023
// Read as text, the three lines were one paragraph and that paragraph the title ("Title:
// Protection … Author: policy team Date: …"), with no author or date and the citation key
// `anonndTitle` (userreview22, finding 4). A first block made only of such lines, a Title among
// them and at least one other field, is the document's metadata and no passage.

const FIELD = /^(title|author|authors|by|date|year|published|publisher|organisation|organization)\s*:[ \t]*(.*)$/i;

export interface FieldHeader {
  embedded: EmbeddedMetadata;
  body: string;
}

/** The labelled header the text opens with, or null. */
export function fieldHeader(text: string): FieldHeader | null {
  const lines = text.replace(/^\s*\n/, '').split('\n');
  const fields = new Map<string, string>();
  let end = 0;
  for (; end < lines.length; end++) {
    const line = lines[end].trim();
    if (!line) break;
    const f = FIELD.exec(line);
    if (!f) return null;
    const name = f[1].toLowerCase();
    const value = f[2].trim();
    if (value && !fields.has(name)) fields.set(name, value);
  }
  const title = fields.get('title');
  if (!title || fields.size < 2) return null;
  const embedded: EmbeddedMetadata = { title };
  const authors = fields.get('authors') ?? fields.get('author') ?? fields.get('by');
  // "A. Smith; B. Lee" and "A. Smith and B. Lee" are two; a comma may be inside one name ("Smith, Ann")
  if (authors) embedded.authors = authors.split(/\s*;\s*|\s+(?:and|&)\s+/).filter(Boolean);
  // the date as written: the metadata resolver reads a year or a whole date from it (date-text.ts)
  const date = fields.get('date') ?? fields.get('year') ?? fields.get('published');
  if (date && /\b(?:1[89]|20)\d\d\b/.test(date)) embedded.date = date;
  const publisher = fields.get('publisher') ?? fields.get('organisation') ?? fields.get('organization');
  if (publisher) embedded.publisher = publisher;
  return { embedded, body: lines.slice(end).join('\n').replace(/^\s*\n/, '') };
}
