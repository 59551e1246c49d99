import type { DocumentRecord, Passage } from '../core/types.js';
import { splitsPair } from '../core/text.js';
import type { Snapshot } from './index-store.js';
import { inText } from './export/citation-js.js';
import { editedSuccessor, renamedTo } from './renamed.js';
import { spanLocation, type PassageLocation } from '../core/csl.js';
import { isSelectionId, parseSelectionId, selectionId, selectionSpan } from './selections.js';
import { quotedWords } from './quoted-words.js';

// The reading list as the server sees it: ids (and notes) carried in the URL. The browser
// keeps the list in localStorage and sends it here to be shown; without JavaScript the URL is
// the whole list, so every action on the page is a link to the list it leaves behind.

export interface ListItem {
  /** the passage id, or the selection id of words saved from it (PASSAGE.START-END) */
  id: string;
  p: Passage;
  /** the saved words of a selection, quoted (an ellipsis where they cut a sentence); absent for a whole passage */
  words?: string;
  /** where the item's words are: a selection's own page(s), else the passage's */
  where: PassageLocation;
  d: DocumentRecord;
  note: string;
  /** the in-text citation with the page, e.g. "(Gilder, 2024, p. 3)" */
  cite: string;
  /** saved under the id of a paragraph edited since: shown (and exported) as it reads now */
  edited?: boolean;
  /** a selection saved from that edited paragraph: its offsets no longer hold, the whole paragraph stands for it */
  editedSelection?: boolean;
}

export interface ReadingList {
  items: ListItem[];
  ids: string[];
  /** passages in the URL that this index does not hold (their file removed), with the user's note */
  missing: { id: string; note: string }[];
  /** old id → new of passages whose file was renamed, or whose paragraph was edited, since the list was made (read as the new) */
  renamed: Record<string, string>;
  /** selections whose offsets select no words of their passage (out of range, reversed, empty): left out, with why */
  invalid: { id: string; reason: string }[];
  /** ids that came to name the same words as an earlier item (a selection snapped to the same whole words, a renamed passage beside its new id): kept once, under `into`; `noteJoined` when its note was added to the kept item's */
  merged: { id: string; into: string; noteJoined: boolean }[];
}

/** the longest note kept (the list page's textarea allows as much) */
export const MAX_NOTE = 2000;

/**
 * The note an address carries for an id (`note-ID`), cut to MAX_NOTE at a character's end. The
 * list page and the list's exports read it alike: the export had read it as a short parameter
 * (200 characters) and refused a list whose note was longer than that with a 400.
 */
export function noteParam(query: Record<string, unknown>, id: string): string {
  const raw = query[`note-${id}`];
  if (typeof raw !== 'string' || raw.length <= MAX_NOTE) return typeof raw === 'string' ? raw : '';
  // a cut between a surrogate pair's halves would leave half a character (a lone surrogate)
  const end = splitsPair(raw, MAX_NOTE) ? MAX_NOTE - 1 : MAX_NOTE;
  return raw.slice(0, end);
}

/** Comma-separated or repeated ids (passage ids, or selection ids of words in them), in order, once each. */
export function listIds(...values: unknown[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    const parts = v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)];
    for (const id of parts.flatMap((s) => s.split(','))) {
      const t = id.trim();
      if ((/^[\w-]{1,64}$/.test(t) || isSelectionId(t)) && !out.includes(t)) out.push(t);
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
  const invalid: ReadingList['invalid'] = [];
  const merged: ReadingList['merged'] = [];
  const noteOf = (id: string) => noteParam(query, id);
  // an item's note: under its new id (the browser may have renamed it already), else under the
  // id asked; but where that new id is in the list too, the note there is that item's own
  const ownNote = (asked: string, id: string) => (id !== asked && ids.includes(id) ? noteOf(asked) : noteOf(id) || noteOf(asked));
  for (const asked of ids) {
    const ref = parseSelectionId(asked);
    const askedPassage = ref?.passage ?? asked;
    // a passage of a file renamed since is the same passage under its new id, its note kept
    const moved = snap.passages.get(askedPassage) ? undefined : renamedTo(snap, 'passage', askedPassage);
    const p = snap.passages.get(moved ?? askedPassage);
    const d = p && snap.documents.get(p.doc);
    if (!p || !d) {
      missing.push({ id: asked, note: noteOf(asked) });
      continue;
    }
    const edited = moved !== undefined && editedSuccessor(snap, askedPassage) === moved;
    // a selection's offsets hold in a renamed file's passage (the same text), not in an edited
    // paragraph's: that one is the whole paragraph as it reads now, as an export has it
    let id = p.id;
    let words: string | undefined;
    let where: PassageLocation = p;
    if (ref && !edited) {
      const span = selectionSpan(p, ref, asked);
      if ('error' in span) {
        invalid.push({ id: asked, reason: span.error });
        continue;
      }
      id = selectionId(p.id, span.span);
      words = quotedWords(p.text, span.span);
      where = spanLocation(p, span.span);
    }
    const same = items.find((i) => i.id === id);
    if (same) {
      // one selection saved twice: the first keeps its place, and neither note is lost (this
      // one's own note is under the id it was asked by; under `id` is the first's)
      const note = noteOf(asked);
      const noteJoined = note !== '' && !same.note.includes(note);
      if (noteJoined) same.note = (same.note ? `${same.note}\n\n${note}` : note).slice(0, MAX_NOTE);
      merged.push({ id: asked, into: id, noteJoined });
      continue;
    }
    if (id !== asked) renamed[asked] = id;
    items.push({ id, p, d, ...(words === undefined ? {} : { words }), where, note: ownNote(asked, id), cite: inText(d.csl, 'apa', where), ...(edited ? { edited } : {}), ...(edited && ref ? { editedSelection: true } : {}) });
  }
  return { items, ids: items.map((i) => i.id), missing, renamed, invalid, merged };
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

/**
 * The export of a list in one format: its ids and the notes written beside them, which the
 * file carries with each quote (a student's notes had stayed on the page, userreview29 finding 1).
 */
export function listExportUrl(items: { id: string; note: string }[], format: string): string {
  // the ids' commas as typed (`ids=a,b`), as the address has always shown them
  const notes = new URLSearchParams();
  for (const i of items) if (i.note) notes.set(`note-${i.id}`, i.note);
  const ids = items.map((i) => encodeURIComponent(i.id)).join(',');
  return `/api/export?format=${encodeURIComponent(format)}&ids=${ids}${notes.size ? `&${notes}` : ''}`;
}

/** Links for each item's actions, each to the list that action leaves. */
export function itemActions(list: ReadingList, index: number): { up: string | null; down: string | null; remove: string } {
  const entries = list.items.map((i) => ({ id: i.id, note: i.note }));
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
  const entries = list.items.map((i) => ({ id: i.id, note: i.note }));
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
    exportHref: (format: string) => listExportUrl(entries, format),
  };
}
