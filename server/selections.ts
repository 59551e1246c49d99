import type { Passage } from '../core/types.js';
import { spanLocation } from '../core/csl.js';
import { findSpan, type Span } from './cite.js';
import { quotedWords } from './quoted-words.js';

// A selection id names some words of a passage: `PASSAGE.START-END`, character offsets into the
// passage's text as /api/passages/{id}/cite takes them ([START, END), snapped to whole words).
// A passage id is [\w-]{1,64} and never holds a dot, so no passage or document id reads as a
// selection id; a dot, digits and a hyphen are never percent-encoded (encodeURIComponent,
// URLSearchParams, a form) and hold no comma, so the id goes as it is in a path, a query and
// the comma-separated lists of `ids=` and the reading list.

/** A selection id as given: the passage id and the offsets, not yet checked against the passage. */
export interface SelectionRef {
  passage: string;
  start: number;
  end: number;
}

// offsets of any length: one longer than any passage (a saved id mistyped, a passage shortened)
// is still a selection id, refused as past the end of its passage rather than an unknown id
const SELECTION_ID = /^([\w-]{1,64})\.(\d+)-(\d+)$/;

/** Whether a string is shaped as a selection id (its offsets not yet checked). */
export const isSelectionId = (id: string): boolean => SELECTION_ID.test(id);

/** The parts of a selection id, or null when it is not one. */
export function parseSelectionId(id: string): SelectionRef | null {
  const m = SELECTION_ID.exec(id);
  return m ? { passage: m[1], start: Number(m[2]), end: Number(m[3]) } : null;
}

/** The id of a span of a passage. */
export const selectionId = (passage: string, span: Span): string => `${passage}.${span.start}-${span.end}`;

/**
 * The span a selection id names in the passage, snapped to whole words (findSpan), or why it
 * names none: offsets past the text, reversed, empty or selecting only spaces. `asked` is the
 * id as given, for the message.
 */
export function selectionSpan(p: Passage, ref: SelectionRef, asked?: string): { span: Span } | { error: string } {
  // the id as the user has it: Number() of a 20-digit offset prints another
  const id = asked ?? selectionId(ref.passage, ref);
  const n = p.text.length;
  if (ref.end > n) return { error: `selection ${id} ends at ${id.slice(id.lastIndexOf('-') + 1)}, past the end of its passage (${n} characters): select the words again` };
  if (ref.start > ref.end) return { error: `selection ${id} is reversed: START must be below END` };
  if (ref.start === ref.end) return { error: `selection ${id} is empty: START must be below END` };
  const span = findSpan(p, ref);
  return span ? { span } : { error: `selection ${id} selects only spaces` };
}

/**
 * The passage narrowed to a selection, as an export holds it: its id the selection's, its text the
 * quotation of the selected words, its pages those the words are on. The rest (document,
 * ordinal, section, tags) is the passage's.
 */
export function narrowed(p: Passage, span: Span): Passage {
  const where = spanLocation(p, span);
  const { pageBreaks: _breaks, ...rest } = p;
  // each break is a page turn: words after the k-th are on the file's k-th page after the first
  const turned = (p.pageBreaks ?? []).filter((b) => b.offset <= span.start).length;
  return { ...rest, id: selectionId(p.id, span), text: quotedWords(p.text, span), page: where.page, pageEnd: where.pageEnd ?? null, physicalPage: typeof p.physicalPage === 'number' ? p.physicalPage + turned : p.physicalPage };
}

/** A passage id or a selection id: the passage it names. */
export const passagePart = (id: string): string => parseSelectionId(id)?.passage ?? id;
