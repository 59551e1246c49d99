import type { Passage } from '../../core/types.js';
import type { Snapshot } from '../index-store.js';
import { badRequest } from '../http/errors.js';
import { bracketNames, searchRequest, values, type QueryInput } from '../http/params.js';
import { FACETS } from '../search/facets.js';
import { runSearch } from '../search/service.js';
import type { ExportItem, Exporter } from './types.js';
import { editedSuccessor, renamedTo } from '../renamed.js';
import { NO_WORDS_WARNING, parseQuery } from '../search/query-parser.js';
import { SEARCH_FIELDS } from '../../core/search-fields.js';
import { narrowed, parseSelectionId, selectionSpan } from '../selections.js';
import { safeItem } from './safe-item.js';
import { runAtOnce } from './slices.js';
import { noteParam } from '../reading-list.js';

/** Passages one export may hold: formatting takes milliseconds each, and the file goes to a person, not a pipeline. */
export const EXPORT_LIMIT = 2000;

export interface ExportSelection {
  items: ExportItem[];
  /** passages in the file */
  passages: number;
  /** passages asked for (the search's hits, or the ids given) */
  total: number;
  /** the most passages this export could hold */
  limit: number;
  /** fewer passages than asked for: the first `limit` were kept */
  capped: boolean;
  /** ids asked for that this index does not hold (nor a renamed document's new id): left out */
  unknown: string[];
  /** selection ids that name no words of their passage (past its end, reversed, empty, of a document): left out, with why */
  invalid: { id: string; reason: string }[];
  /** passages asked for by an id whose paragraph was edited since: [old id, successor], the successor exported as it reads now */
  edited: [string, string][];
  /** a search that matched nothing: what it asked for (its q) and search's warnings on it, to say so in the file and a Warning */
  noMatch?: { q: string; warnings: string[] };
}

/** The parameters an export reads besides the search's facets. */
const EXPORT_PARAMETERS = new Set(['format', 'ids', 'q', 'sort', 'cites']);

/** Ids for a message: the first ten, each at most 40 characters. */
export const shortList = (ids: readonly string[]): string => `${ids.slice(0, 10).map((u) => (u.length > 40 ? `${u.slice(0, 40)}…` : u)).join(', ')}${ids.length > 10 ? ` and ${ids.length - 10} more` : ''}`;

/**
 * What an export holds: the passages or documents named by `ids`, or every hit of the search
 * the other parameters describe, at most EXPORT_LIMIT passages; one entry per document, in
 * the order first chosen, with its chosen passages in reading order.
 */
export function exportSelection(snap: Snapshot, query: QueryInput, base: string, exporter: Pick<Exporter, 'passageRows'> = {}, limit = EXPORT_LIMIT): ExportSelection {
  return runAtOnce(selectionSteps(snap, query, base, exporter, limit));
}

/** Passages read from the store between two chances for other requests to go first. */
const READ_BATCH = 100;

/**
 * exportSelection as steps (it yields between them), for `runInSlices`: the search is one step
 * (its facets not counted: a file has none), then its passages are read a hundred at a time
 * and the works made from them a batch at a time.
 */
export function* selectionSteps(snap: Snapshot, query: QueryInput, base: string, exporter: Pick<Exporter, 'passageRows'> = {}, limit = EXPORT_LIMIT): Generator<void, ExportSelection> {
  const byDoc = new Map<string, Passage[]>();
  const passagesOf = (doc: string) => byDoc.get(doc) ?? byDoc.set(doc, []).get(doc)!;
  let total: number;
  let kept = 0;
  let unknown: string[] = [];
  const invalid: ExportSelection['invalid'] = [];
  let edited: [string, string][] = [];
  let noMatch: ExportSelection['noMatch'];
  // the reading list's notes (`note-ID`, as its page's address carries them), by exported passage id
  const notes = new Map<string, string>();
  // each exported passage's place in the list as asked for, or in the search's ranking
  const position = new Map<string, number>();
  const place = (id: string) => position.has(id) || position.set(id, position.size);
  // ids[]=x or q[]=a is not read here (a list is the parameter repeated): exported as if absent
  // it would be every passage of the library, not the selection the user named
  const brackets = bracketNames(query, (name) => EXPORT_PARAMETERS.has(name) || (FACETS as readonly string[]).includes(name));
  if (brackets.length) throw badRequest(brackets.join(' '));
  if (query.ids !== undefined) {
    // ids= present but listing nothing (`ids=,,,`) is a mistake, not a request for everything
    const asked = [...new Set(values(query, 'ids').flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))];
    if (!asked.length) throw badRequest('ids lists no passage or document id');
    const known = (id: string) => snap.passages.ordinalOf(id) !== undefined || snap.documents.has(id);
    // a selection id (PASSAGE.START-END) is read through its passage id, and its span kept aside
    const refs = asked.map(parseSelectionId);
    const named = asked.map((id, i) => refs[i]?.passage ?? id);
    // an id of a document renamed since (a reading list kept across rebuilds) is read as its new one
    const resolved = named.map((id) => (known(id) ? id : (renamedTo(snap, 'passage', id) ?? renamedTo(snap, 'document', id) ?? id)));
    unknown = asked.filter((_id, i) => !known(resolved[i]));
    // a saved id of an edited paragraph is exported as the paragraph reads now, and said so: the
    // file's quote of it is not the words that were saved (a selection's offsets into the old
    // text select nothing certain in the new: the whole paragraph is exported)
    const wasEdited = (i: number) => resolved[i] !== named[i] && editedSuccessor(snap, named[i]) === resolved[i] && known(resolved[i]);
    edited = asked.flatMap((id, i): [string, string][] => (wasEdited(i) ? [[id, resolved[i]]] : []));
    // Some ids gone (a file removed from the library) leave the rest to export, with a warning;
    // only a list of nothing known is a mistake.
    if (unknown.length === asked.length) throw badRequest(`unknown passage or document id(s): ${shortList(unknown)}`);
    // what each id asks for: a passage, a document, or a span of a passage (a renamed file's
    // passage has the same text, so the offsets still hold)
    // A selection that names no words is left out with why, as an unknown id is (and as the
    // reading list leaves it out): one bad span among good ids does not cost the whole file.
    const chosen: (Passage | string)[] = [];
    const noteOf = (i: number, p: Passage) => {
      const note = noteParam(query, asked[i]).trim();
      // two ids of one passage (a renamed id beside its new one): both notes kept
      if (note) notes.set(p.id, notes.has(p.id) && !notes.get(p.id)!.includes(note) ? `${notes.get(p.id)!} / ${note}` : notes.get(p.id) ?? note);
      return p;
    };
    asked.forEach((_id, i) => {
      const id = resolved[i];
      if (!known(id)) return;
      const p = snap.passages.get(id);
      const ref = refs[i];
      if (!ref || wasEdited(i)) return chosen.push(p ? noteOf(i, p) : id);
      if (!p) return invalid.push({ id: asked[i], reason: `selection ${asked[i]} names words of a passage, and ${ref.passage} is a document` });
      const span = selectionSpan(p, ref, asked[i]);
      if ('error' in span) return invalid.push({ id: asked[i], reason: span.error });
      chosen.push(noteOf(i, narrowed(p, span.span)));
    });
    // nothing usable left: a mistake, said with every reason
    if (!chosen.length) {
      const reasons = invalid.map((v) => v.reason);
      const gone = unknown.length ? [`unknown passage or document id(s): ${shortList(unknown)}`] : [];
      throw badRequest(`${invalid.length === 1 ? 'a selection id names no words' : `${invalid.length} selection ids name no words`}: ${[...reasons.slice(0, 5), ...gone].join('; ')}${reasons.length > 5 ? ` and ${reasons.length - 5} more` : ''}`);
    }
    // once each: two ids of one passage, or two selections snapped to the same words
    const ids = [...new Map(chosen.map((c) => [typeof c === 'string' ? c : c.id, c])).values()];
    total = ids.length;
    for (const c of ids) {
      if (kept >= limit) break;
      if (typeof c !== 'string') passagesOf(c.doc).push(c);
      // a document chosen by id: its record, and every passage where rows are passages
      else passagesOf(c).push(...(exporter.passageRows ? snap.passages.ofDocument(c) : []));
      for (const p of typeof c === 'string' ? byDoc.get(c) ?? [] : [c]) place(p.id);
      kept++;
    }
  } else {
    const r = searchRequest(query, snap);
    // facets are counted only for a date sort: browsing by date orders documents through the
    // per-document counts they come with (ranked-hits.ts browseHits)
    const result = runSearch(snap, { ...r, page: 1, size: limit, perDoc: 0, snippets: false, near: false, passages: false, ...(r.sort === 'date' ? {} : { facetCounts: false }) });
    yield;
    // A query typed with no word left in it (`((((((`, `""`) would browse every passage: the whole
    // library in a file the user meant to hold a search. `*` asks for that, and a query of
    // exclusions alone (`-aid`) names a selection, every passage but those: both exported as
    // search shows them.
    const excludes = () => parseQuery(r.q, SEARCH_FIELDS.map((f) => f.name)).terms.some((t) => t.presence === 'prohibited');
    if (result.query.browsed && r.q.trim() && !/^\s*\*\s*$/.test(r.q) && !excludes()) {
      // search's own reasons, but not its "showing every passage", which this refusal contradicts
      const why = result.query.warnings.filter((w) => w !== NO_WORDS_WARNING);
      throw badRequest(`q has no word to search for: ${[...why, 'Give words or a quoted phrase, or q=* for every passage.'].join(' ')}`);
    }
    // every hit is shown (perDoc=0): the total is the count, which needs no per-document counts
    total = result.total;
    // search's warnings say why nothing matched (`the`: too common a word to be indexed)
    if (!total) noMatch = { q: r.typed ?? r.q, warnings: result.query.warnings };
    const ords = result.ordinals ?? [];
    for (let i = 0; i < ords.length; i += READ_BATCH) {
      const batch = ords.slice(i, i + READ_BATCH);
      snap.passages.readAhead?.(batch);
      for (const ord of batch) {
        const p = snap.passages.at(ord);
        passagesOf(p.doc).push(p);
        place(p.id);
      }
      yield;
    }
    kept = ords.length;
  }
  // A copy of a work (a PDF beside the catalogued .txt, indexer/work-copies.ts) is that work: its
  // passages join the work's entry, one key and the work's record, each quote with its own file's
  // page (userreview19a finding 3: one briefing note had been "2021a" and "2021b").
  const byWork = new Map<string, Passage[]>();
  for (const [doc, passages] of byDoc) {
    const copyOf = snap.documents.get(doc)?.copyOf;
    const work = copyOf !== undefined && snap.documents.has(copyOf) ? copyOf : doc;
    byWork.set(work, [...(byWork.get(work) ?? []), ...passages]);
  }
  const fileOrder = (work: string, p: Passage) => (p.doc === work ? '' : p.doc);
  const items: ExportItem[] = [];
  for (const [doc, passages] of byWork) {
    items.push(item(doc, passages));
    if (items.length % ITEM_BATCH === 0) yield;
  }
  return { items, passages: items.reduce((n, i) => n + i.passages.length, 0), total, limit, capped: kept < total, unknown, invalid, edited, ...(noMatch ? { noMatch } : {}) };

  function item(doc: string, passages: Passage[]): ExportItem {
    return safeItem({
      csl: snap.documents.get(doc)!.csl,
      // reading order (the work's own file first, then each copy's); a passage's selections after it, in the order of their words
      passages: [...new Map(passages.map((p) => [p.id, p])).values()].sort((a, b) => (fileOrder(doc, a) < fileOrder(doc, b) ? -1 : fileOrder(doc, a) > fileOrder(doc, b) ? 1 : 0) || a.ordinal - b.ordinal || (parseSelectionId(a.id)?.start ?? -1) - (parseSelectionId(b.id)?.start ?? -1)),
      // a selection links to its passage's page
      links: new Map(passages.map((p) => [p.id, `${base}/passages/${parseSelectionId(p.id)?.passage ?? p.id}`])),
      // a copy's quote names its file: its page is that file's, not the work's own file's
      files: new Map(passages.flatMap((p) => (p.doc !== doc ? [[p.id, snap.documents.get(p.doc)?.file ?? p.doc] as const] : []))),
      order: new Map(passages.map((p) => [p.id, position.get(p.id) ?? position.size])),
      ...(notes.size ? { notes: new Map(passages.flatMap((p) => (notes.has(p.id) ? [[p.id, notes.get(p.id)!] as const] : []))) } : {}),
    });
  }
}

/** Works made into items between two chances for other requests to go first. */
const ITEM_BATCH = 50;
