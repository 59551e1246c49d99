import type { DocumentRecord, Passage } from '../core/types.js';
import { PassageIds } from './stages/segment.js';

/**
 * Gives a document read under one id another (the run's `-2` when two files resolve to one id:
 * notes.txt in two folders, x.pdf beside x.txt). Passage ids hash the document id, so they are
 * made again as segmenting under the new id would make them, and everything naming a passage of
 * the document (note links, list lead-ins, the outline) follows; references and citations are
 * set again from the renamed passages by `prepareDocument`. Left alone, both documents' shared
 * paragraphs kept one id: FTS5 refused the build, lunr served one file's text under the other's.
 */
export function renameDocument(document: DocumentRecord, passages: Passage[], id: string): void {
  const ids = new PassageIds(id);
  const renamed = new Map<string, string>();
  for (const p of [...passages].sort((a, b) => a.ordinal - b.ordinal)) renamed.set(p.id, ids.next(p.text));
  const to = (old: string) => renamed.get(old) ?? old;
  for (const p of passages) {
    p.id = to(p.id);
    p.doc = id;
    if (p.notes) p.notes = p.notes.map((n) => (n.passage ? { ...n, passage: to(n.passage) } : n));
    if (p.leadIn) p.leadIn = { ...p.leadIn, id: to(p.leadIn.id) };
  }
  document.id = id;
  document.csl = { ...document.csl, id };
  document.outline = document.outline.map((o) => (o.passage ? { ...o, passage: to(o.passage) } : o));
}
