// Which documents' records a rebuild changed by the catalogue: a librarian who fixed a title, a
// name, a year or a DOI in catalog.json rebuilt and was told that no document had changed, the
// file list comparing bytes only. Only fields a catalogue gave, before or now, are compared: a
// record read from the PDF changes when the reader improves, which is no one's correction.

import type { RecordChange } from '../core/build/changes.js';
import { nameInverted } from '../core/csl.js';
import type { CslDate, CslItem, CslName, DocumentRecord, MetadataSource } from '../core/types.js';

export type { RecordChange };

/** A document's record as the previous build held it. */
export interface PreviousRecord {
  id: string;
  csl: CslItem;
  provenance: Record<string, MetadataSource | string>;
}

const CATALOGUES = new Set<string>(['catalog.json', 'catalog.bib']);

/** Longer values are cut: the report says which field changed and how, the record says the rest. */
const BRIEF = 80;

/** Fields compared apart: the id is the document's address (`id`), the key is `key`. */
const APART = new Set(['id', 'citation-key']);

const dateText = (d: CslDate): string => {
  const parts = d['date-parts']?.[0];
  if (Array.isArray(parts) && parts.length) return parts.join('-');
  return String(d.literal ?? d.raw ?? '');
};

/** A field's value as one short line. */
export function brief(value: unknown): string {
  let text: string;
  if (value === undefined || value === null) text = '';
  else if (Array.isArray(value)) text = value.map((v) => (v && typeof v === 'object' ? nameInverted(v as CslName) : String(v))).join('; ');
  else if (typeof value === 'object') text = 'date-parts' in value || 'literal' in value || 'raw' in value ? dateText(value as CslDate) : JSON.stringify(value);
  else text = String(value);
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > BRIEF ? `${text.slice(0, BRIEF - 1)}…` : text;
}

/**
 * The documents of this build whose catalogued fields or citation key differ from the previous
 * build's record of the same file (`renamedFrom`: a renamed file's previous name), in file order.
 */
export function recordChanges(previous: ReadonlyMap<string, PreviousRecord>, current: Iterable<DocumentRecord>, renamedFrom: ReadonlyMap<string, string> = new Map()): RecordChange[] {
  const out: RecordChange[] = [];
  for (const d of current) {
    const before = previous.get(renamedFrom.get(d.file) ?? d.file);
    if (!before) continue;
    const keys = new Set([...Object.keys(before.csl), ...Object.keys(d.csl)]);
    const fields: RecordChange['fields'] = [];
    for (const field of [...keys].sort()) {
      if (APART.has(field)) continue;
      if (!CATALOGUES.has(String(before.provenance[field])) && !CATALOGUES.has(String(d.provenance[field]))) continue;
      const from = brief(before.csl[field]);
      const to = brief(d.csl[field]);
      if (from !== to || JSON.stringify(before.csl[field]) !== JSON.stringify(d.csl[field])) fields.push({ field, from, to });
    }
    const [oldKey, newKey] = [before.csl['citation-key'], d.csl['citation-key']];
    const key = typeof oldKey === 'string' && typeof newKey === 'string' && oldKey !== newKey ? { from: oldKey, to: newKey } : undefined;
    // a renamed file's id follows its name, which the renames already say; the same file's is the catalogue's doing
    const id = !renamedFrom.has(d.file) && before.id !== d.id ? { from: before.id, to: d.id } : undefined;
    if (fields.length || key || id) out.push({ doc: d.id, file: d.file, fields, ...(key ? { key } : {}), ...(id ? { id } : {}) });
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
