import type { Source, SeedTruth, Block } from '../unseen/source.js';

// What each producer of scripts/make-unseen2-variants.ts declares about a layout, so that the
// truth file can say what its PDF prints besides the body: running heads (for the leak check),
// the title block's lines (the cover-leak check), whether the first paragraph is set as an
// abstract under its own heading, and how the notes are placed.

export interface Layout {
  name: string;
  paper: 'A4' | 'Letter';
  columns: 1 | 2 | 3;
  notes: 'foot' | 'end';
  /** the title block sets each author on a line or in a column of their own, not as one byline */
  authorsApart?: boolean;
  /** the heading printed above endnotes, when there is one */
  notesHeading?: string;
  /** where the notes stand, said in words, when the default for `notes` and `columns` is not it (notes across the foot of two columns) */
  notesPlace?: string;
  hyphenated: boolean;
  /** the first paragraph is printed as an abstract spanning the columns, under a heading when one is given */
  abstract?: { heading?: string };
  /**
   * The running head and foot: the text each prints (the leak check makes a regular
   * expression of it), where the page number is, and a reader's description of the whole.
   */
  running: (s: Source) => { header?: string; footer?: string; folio: 'head' | 'foot'; description: string };
  /** the Info dictionary the producer writes, when it writes title and author */
  pdfInfo?: (s: Source) => Record<string, string>;
}

/** The title up to its colon, as a running head fits it. */
export const shortTitle = (s: Source): string => s.truth.title.split(':')[0];

/** The series or journal name (the masthead's first line, to its comma), as a running foot prints it. */
export const seriesName = (s: Source): string | undefined => s.masthead[0]?.split(',')[0];

export function surnames(s: Source): string {
  return s.truth.authors.map((a) => a.split(/\s+/).pop() ?? a).join(' and ');
}

/** The notes that are not numbered (an author's affiliation marked `*`): set as the title's footnote. */
export function isTitleNote(n: { n?: string }): boolean {
  return !/^\d+$/.test(n.n ?? '');
}

const META = /[\\^$.*+?()[\]{}|]/;

/** The variant's truth: the seed's blocks (pages dropped: they are the seed's), with what this layout prints around them. */
export function variantTruth(s: Source, L: Layout, pageCount: number): SeedTruth {
  const t = s.truth;
  const { header, footer, folio, description } = L.running(s);
  for (const phrase of [header, footer]) if (phrase && META.test(phrase)) throw new Error(`${L.name}: running text ${phrase} would not make a regular expression`);
  const strip = ({ page: _p, ...b }: Block): Block => ({ ...b, ...(b.parts ? { parts: b.parts.map(({ page: _q, ...p }) => p) } : {}) });
  const blocks = t.blocks.map(strip);
  if (L.abstract?.heading) {
    const first = blocks.findIndex((b) => b.type === 'paragraph');
    blocks.splice(first, 0, { type: 'heading', level: 1, text: L.abstract.heading });
  }
  // Endnotes follow their heading in reading order; the truth keeps notes beside the blocks that call them, so the heading goes last.
  if (L.notesHeading) blocks.push({ type: 'heading', level: 1, text: L.notesHeading });
  const { layout: _l, printed_page_numbers: _p, tagged_pdf: _t, ...rest } = t;
  return {
    ...rest,
    id: `${t.id}.${L.name}`,
    file: `${t.id}.${L.name}.pdf`,
    variant: L.name,
    page_size: L.paper,
    columns: L.columns,
    notes: L.notesPlace ?? (L.notes === 'end' ? `endnotes after the text${L.notesHeading ? `, under a ${L.notesHeading} heading` : ', on pages of their own with no heading'}` : L.columns === 2 ? 'footnotes at the foot of each column' : 'footnotes at the foot of the page'),
    hyphenated: L.hyphenated,
    page_count: pageCount,
    pdf_info: L.pdfInfo?.(s) ?? null,
    prints_metadata: true,
    furniture: {
      running_header: header ? `${header}${folio === 'head' ? ' + page number' : ''}` : null,
      running_footer: footer ? `${footer}${folio === 'foot' ? ' + page number' : ''}` : null,
      page_numbers: folio === 'head' ? 'header' : 'footer',
      description,
    },
    front_matter: [...s.masthead, t.title, ...(L.authorsApart ? t.authors : [s.byline]), s.date],
    back_matter: undefined,
    blocks,
  } as SeedTruth;
}

/**
 * The source as a layout with an abstract sets it: the first paragraph's notes (a note
 * cannot sit in a block spanning both columns above the text) move to the next paragraph.
 */
export function forLayout(s: Source, L: Layout): Source {
  if (!L.abstract) return s;
  const paras = s.body.flatMap((b, i) => (b.type === 'paragraph' ? [i] : []));
  const [first, next] = paras;
  const moved = s.notesOf.get(first) ?? [];
  if (!moved.length || next === undefined) return s;
  const notesOf = new Map(s.notesOf);
  notesOf.delete(first);
  notesOf.set(next, [...moved, ...(s.notesOf.get(next) ?? [])]);
  return { ...s, notesOf };
}
