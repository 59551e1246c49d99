import type { DocumentRecord, Passage } from '../core/types.js';
import type { Snapshot } from './index-store.js';
import { inText } from './export/citation-js.js';
import { editedSuccessor, renamedTo } from './renamed.js';

// The reading list as the server sees it: ids (and notes) carried in the URL. The browser
// keeps the list in localStorage and sends it here to be shown; without JavaScript the URL is
// the whole list, so every action on the page is a link to the list it leaves behind.

export interface ListItem {
  p: Passage;
  d: DocumentRecord;
  note: string;
  /** the in-text citation with the page, e.g. "(Gilder, 2024, p. 3)" */
  cite: string;
  /** saved under the id of a paragraph edited since: shown (and exported) as it reads now */
  edited?: boolean;
}

export interface ReadingList {
  items: ListItem[];
  ids: string[];
  /** passages in the URL that this index does not hold (their file removed), with the user's note */
  missing: { id: string; note: string }[];
  /** old id → new of passages whose file was renamed, or whose paragraph was edited, since the list was made (read as the new) */
  renamed: Record<string, string>;
}

const MAX_NOTE = 2000;

/** Comma-separated or repeated ids, in order, once each. */
export function listIds(...values: unknown[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    const parts = v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)];
    for (const id of parts.flatMap((s) => s.split(','))) {
      const t = id.trim();
      if (/^[\w-]{1,64}$/.test(t) && !out.includes(t)) out.push(t);
    }
  }
  return out;
}

/** The list the query describes: `list` (carried from page to page) then `ids` (just added). */
export function readingList(snap: Snapshot, query: Record<string, unknown>): ReadingList {
  const ids = listIds(query.list, query.ids);
  const items: ListItem[] = [];
  const missing: ReadingList['missing'] = [];
  const renamed: Record<string, string> = {};
  const noteOf = (id: string) => {
    const raw = query[`note-${id}`];
    return typeof raw === 'string' ? raw.slice(0, MAX_NOTE) : '';
  };
  for (const asked of ids) {
    // a passage of a file renamed since is the same passage under its new id, its note kept
    const moved = snap.passages.get(asked) ? undefined : renamedTo(snap, 'passage', asked);
    const id = moved ?? asked;
    const p = snap.passages.get(id);
    const d = p && snap.documents.get(p.doc);
    if (!p || !d) {
      missing.push({ id: asked, note: noteOf(asked) });
      continue;
    }
    if (items.some((i) => i.p.id === id)) continue;
    if (moved) renamed[asked] = moved;
    const edited = moved !== undefined && editedSuccessor(snap, asked) === moved;
    items.push({ p, d, note: noteOf(id) || noteOf(asked), cite: inText(d.csl, 'apa', p), ...(edited ? { edited } : {}) });
  }
  return { items, ids: items.map((i) => i.p.id), missing, renamed };
}

/** The ids with the one at `from` moved by `by` places (−1 up, +1 down). */
export function moved(ids: string[], from: number, by: number): string[] {
  const to = from + by;
  if (to < 0 || to >= ids.length) return ids;
  const out = [...ids];
  [out[from], out[to]] = [out[to], out[from]];
  return out;
}

/** The address of a list: its ids in order and the notes of those that have one. */
export function listUrl(items: { id: string; note: string }[], extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (items.length) params.set('ids', items.map((i) => i.id).join(','));
  for (const i of items) if (i.note) params.set(`note-${i.id}`, i.note);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const s = params.toString();
  return s ? `/list?${s}` : '/list';
}

/** Links for each item's actions, each to the list that action leaves. */
export function itemActions(list: ReadingList, index: number): { up: string | null; down: string | null; remove: string } {
  const entries = list.items.map((i) => ({ id: i.p.id, note: i.note }));
  const reorder = (by: number) => {
    const ids = moved(entries.map((e) => e.id), index, by);
    return listUrl(ids.map((id) => entries.find((e) => e.id === id)!));
  };
  return {
    up: index > 0 ? reorder(-1) : null,
    down: index < entries.length - 1 ? reorder(1) : null,
    remove: listUrl(entries.filter((_, i) => i !== index)),
  };
}

/** Everything the list page shows, from the query. */
export function listPage(snap: Snapshot, query: Record<string, unknown>) {
  const list = readingList(snap, query);
  const entries = list.items.map((i) => ({ id: i.p.id, note: i.note }));
  const self = listUrl(entries);
  const undo = typeof query.undo === 'string' && query.undo.startsWith('/list?') ? query.undo : null;
  return {
    list,
    actions: (i: number) => itemActions(list, i),
    self,
    cleared: undo,
    clearHref: entries.length ? listUrl([], { undo: self }) : '/list',
    searchHref: list.ids.length ? `/?list=${list.ids.join(',')}` : '/',
    listIds: list.ids,
  };
}
