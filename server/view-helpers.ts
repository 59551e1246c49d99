import { authorList, authorsAndYear, locatorLabel, yearLabel } from '../core/csl.js';
import type { Passage, TagEvidence } from '../core/types.js';
import { cutAtWordEnd, splitsPair } from '../core/text.js';
import { citationSegments, citingContext } from './citing-context.js';
import { TAG_FACETS, tagsOf } from '../core/facets.js';
import { FACET_LABELS } from './search/facets.js';
import { pager } from './pager.js';

// Small functions the ejs views call; kept here so the templates stay declarative.

export type Query = Record<string, unknown>;

const asList = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]).filter((s) => s !== '');

/** The current URL's query with some parameters changed (null removes), page reset unless given. */
export function urlWith(query: Query, changes: Record<string, string | string[] | null>, path = '/'): string {
  const params = new URLSearchParams();
  const merged: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(query)) merged[k] = asList(v);
  if (!('page' in changes)) delete merged.page;
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) delete merged[k];
    else merged[k] = Array.isArray(v) ? v : [v];
  }
  for (const [k, vs] of Object.entries(merged)) for (const v of vs) if (v !== '') params.append(k, v);
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

/** Adds or removes one value of a repeatable parameter. */
export function toggle(query: Query, key: string, value: string): string {
  const current = asList(query[key]);
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return urlWith(query, { [key]: next.length ? next : null });
}

export function values(query: Query, key: string): string[] {
  return asList(query[key]);
}

/** The start of `text`, at most `max` characters, cut at a word's end (core/text.ts cutAtWordEnd) and marked with an ellipsis when cut. */
export function headAtWord(text: string, max: number): string {
  const t = text.trim();
  return t.length <= max ? t : `${cutAtWordEnd(t, max)}…`;
}

/** The last `max` characters of a text, starting at a word and marked with "…" when cut. A
 *  reader sees where the lead-in was shortened and never a word's broken end ("uring"). A tail
 *  that is one long word is cut where it falls, as no word boundary is near, but never inside a
 *  surrogate pair. */
export function tailAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  let start = text.length - max;
  if (!/\s/.test(text[start - 1] ?? ' ')) {
    const space = text.slice(start).search(/\s\S/);
    if (space >= 0) start += space + 1;
    // a cut where it falls never halves a character written as two code units (review35)
    else if (splitsPair(text, start)) start++;
  }
  return '…' + text.slice(start).trimStart();
}

/** Export formats by their short name, in registry order: "APA 7" once, with its text, HTML and RTF variants. */
export function exportGroups<E extends { short: string }>(exporters: readonly E[]): { short: string; formats: E[] }[] {
  const groups = new Map<string, E[]>();
  for (const e of exporters) groups.set(e.short, [...(groups.get(e.short) ?? []), e]);
  return [...groups].map(([short, formats]) => ({ short, formats }));
}

/** One piece of a passage's text: marked where the query's words are. */
export interface TextPiece {
  text: string;
  mark: boolean;
  /** a page starts with this piece: its locator ("p. 8", "PDF p. 8"), shown as a marker that is no text */
  pageTurn?: string;
}

/**
 * Pieces cut where a later page starts in the passage (pageBreaks), the first piece of each page
 * carrying its locator. The marker is drawn by CSS from an empty element, so a copy of the text
 * and the offsets "Cite selection" counts (Range.toString) hold the passage's words alone.
 */
export function withPageTurns(pieces: readonly TextPiece[], start: number, p: Pick<Passage, 'pageBreaks' | 'pageIsPhysical'>): TextPiece[] {
  const breaks = p.pageBreaks ?? [];
  if (!breaks.length) return [...pieces];
  const label = (page: string) => locatorLabel({ page, pageIsPhysical: p.pageIsPhysical });
  const out: TextPiece[] = [];
  let from = start;
  for (const piece of pieces) {
    const end = from + piece.text.length;
    let rest: TextPiece = piece;
    let restFrom = from;
    for (const b of breaks) {
      if (b.offset < restFrom || b.offset >= end) continue;
      if (b.offset === restFrom) {
        rest = { ...rest, pageTurn: label(b.page) };
        continue;
      }
      const cut = b.offset - restFrom;
      out.push({ ...rest, text: rest.text.slice(0, cut) });
      rest = { text: rest.text.slice(cut), mark: rest.mark, pageTurn: label(b.page) };
      restFrom = b.offset;
    }
    out.push(rest);
    from = end;
  }
  return out;
}

// The tagger's evidence names its rules in its own terms ("alias", "weighted cues"): a reader
// hovering a tag wants to know what in the passage gave it, in plain words.
const RULE_WORDS: Record<string, string> = {
  alias: 'names',
  'named in several examples': 'names among several examples',
  'weighted cues': 'speaks of',
  implied: 'implied by',
};

/** Why a passage carries a tag, as a reader's sentence: "names “UNHCR”", "speaks of “displacement”". */
export function whyTagged(ev: TagEvidence | undefined): string {
  if (!ev) return '';
  const quoted = ev.matched.filter((m) => m.trim() !== '').map((m) => `“${m.trim()}”`).join(', ');
  const words = RULE_WORDS[ev.rule];
  if (words) return quoted ? `${words} ${quoted}` : words;
  return quoted ? `${ev.rule}: ${quoted}` : ev.rule;
}

// the tag facets and every facet's label come from their registries (core/facets.ts, search/facets.ts)
export const helpers = { whyTagged, urlWith, pager, exportGroups, tailAtWord, headAtWord, toggle, values, authors: authorList, year: yearLabel, authorsAndYear, locator: locatorLabel, pageTurns: withPageTurns, citingContext, citationSegments, tagFacets: TAG_FACETS, tagsOf, facetLabels: FACET_LABELS };
