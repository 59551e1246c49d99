import type { Block, KindId, Passage } from '../../core/types.js';
import { lettersOnly, shortHash, wordCount } from '../../core/text.js';
import { sentences } from '../../core/nlp/sentences.js';
import { countedChars, joinTurns, offsetAfter } from './page-turns.js';
import { KEY_MESSAGE_SECTION, RECOMMENDATION_SECTION } from './patterns.js';

export interface SegmentOptions {
  /** split passages longer than this many words at the nearest sentence boundary */
  targetWords: number;
  /** list items shorter than this are merged with their short neighbours */
  fragmentWords: number;
  /** a 2-up handout's: the PDF page each page the blocks count sits on (Structured.sheetOf) */
  sheetOf?: readonly number[];
}

export const DEFAULT_SEGMENT: SegmentOptions = { targetWords: 200, fragmentWords: 12 };

/**
 * A "sentence" far past the target (a file of words with no full stop: a pasted table, a
 * transcript, a tool's output on one line) cut into runs of `target` words, after the last
 * comma, semicolon or colon of a run's second half where there is one. Left whole, one such
 * line had made a passage of the whole file: a 15 MB line took its worker past the time limit
 * (the tagger's work grows faster than a passage's length) and the file was lost.
 *
 * A sentence that ends as one (a UN resolution's preamble of 300 words, one full stop) is left
 * whole up to RUN_CAP targets, as it was before runs were cut: cutting it had given it new ids
 * on rebuild, with no successor recorded (the file is unchanged, so no edit is looked for), and
 * no real sentence is near the cap. A run is cut out of the text itself, so a newline inside it
 * stays a newline (review15: joined words had made every line break a space).
 */
const RUN_CAP = 10;
const SENTENCE_END = /[.!?…]["'”’)\]]*\s*$/;

function wordRuns(sentence: string, target: number): string[] {
  const n = wordCount(sentence);
  if (n <= target * 1.25 || (n <= target * RUN_CAP && SENTENCE_END.test(sentence))) return [sentence];
  // word bounds as offsets, not strings: a 15 MB line has millions of words
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of sentence.matchAll(/\S+/g)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const runs: string[] = [];
  let from = 0;
  while (from < starts.length) {
    let to = Math.min(starts.length, from + target);
    if (starts.length - to < target * 0.35) to = starts.length;
    else for (let i = to - 1; i >= from + target / 2; i--) if (/[,;:]/.test(sentence[ends[i] - 1])) {
      to = i + 1;
      break;
    }
    runs.push(sentence.slice(starts[from], ends[to - 1]));
    from = to;
  }
  return runs;
}

/** Splits at sentence boundaries into chunks near `target` words, never leaving a short tail. */
export function splitLong(text: string, target: number): string[] {
  if (wordCount(text) <= target * 1.25) return [text];
  const sents = sentences(text).flatMap((s) => wordRuns(s, target));
  const chunks: string[] = [];
  let cur: string[] = [];
  let words = 0;
  for (const s of sents) {
    const w = wordCount(s);
    if (cur.length && words + w > target && words >= target * 0.5) {
      chunks.push(cur.join(' '));
      cur = [];
      words = 0;
    }
    cur.push(s);
    words += w;
  }
  if (cur.length) {
    if (chunks.length && words < target * 0.35) chunks[chunks.length - 1] += ' ' + cur.join(' ');
    else chunks.push(cur.join(' '));
  }
  return chunks;
}

function structuralKind(b: Block, section: string[], inBox: Block | null): KindId {
  if (b.type === 'footnote') return 'footnote';
  if (b.type === 'reference') return 'reference';
  if (b.type === 'quote') return 'quotation';
  if (inBox) return inBox.role === 'key-messages' ? 'key-message' : 'case-example';
  if (section.some((s) => KEY_MESSAGE_SECTION.test(s))) return 'key-message';
  if (section.some((s) => RECOMMENDATION_SECTION.test(s)) && (b.type === 'list-item' || /\b(should|must|need to|needs to|recommend)/i.test(b.text))) return 'recommendation';
  return 'finding';
}

interface Unit {
  block: Block;
  blockIndex: number;
  box: Block | null;
  section: string[];
}

/**
 * A passage's id: the document id, the passage's letters and how many passages of the document
 * before it have the same letters. Exported so a document renamed after segmenting (two files
 * resolving to one id, indexer/rename-document.ts) gets the ids it would have had under its name.
 */
export class PassageIds {
  private readonly seen = new Map<string, number>();
  constructor(private readonly docId: string) {}

  next(text: string): string {
    const key = lettersOnly(text);
    const dup = this.seen.get(key) ?? 0;
    this.seen.set(key, dup + 1);
    return shortHash(`${this.docId}|${key}|${dup}`, 16);
  }
}

/** The number a document prints at the head of the unit, when it is a top-level numbered paragraph ("4. I urge …"). */
function printedNumber(u: Unit): number | null {
  const b = u.block;
  return !u.box && b.type === 'list-item' && (b.depth ?? 1) <= 1 && b.n && /^\d{1,4}$/.test(b.n) ? Number(b.n) : null;
}

/**
 * Numbered paragraphs, as UN reports, resolutions and legal texts print them ("1.", "2.", … on
 * the paragraphs, continuing across sections): each unit's printed number, a sub-paragraph or
 * anything else under a numbered one taking that paragraph's (0 before the first). Null unless
 * the numbers run 1, 2, 3, … without a gap or restart, at least three of them, and they number
 * the document's paragraphs: they are most of its text's units, and no ordinary paragraph after
 * the first number goes unnumbered
 * (sub-items, quotations, notes and references aside). A numbered list among ordinary
 * paragraphs is a list, and the paragraphs after it had been cited by its last item's number
 * (review17 b, 3); a list in a box or note numbers no paragraph of the document.
 */
function printedParagraphs(units: readonly Unit[], paged = false): Map<Unit, number> | null {
  const numbered = units.map(printedNumber);
  const seq = numbered.filter((n): n is number => n !== null);
  if (seq.length < 3 || seq.some((n, i) => n !== i + 1)) return null;
  // on pages, where the page is the locator otherwise: the numbers run on across sections, as a
  // UN report's do; one heading's numbered list (a briefing's "Recommendations") is a list, and
  // its items had been cited "para. 3" in place of their page (review18 c, 2)
  if (paged && new Set(units.filter((_, i) => numbered[i] !== null).map((u) => u.section.join('\u0000'))).size < 2) return null;
  // most of the text's units (notes and references aside): a numbered list of recommendations
  // closing a briefing note, the text's paragraphs all above it, numbers none of them
  const body = units.filter((u) => u.block.type !== 'footnote' && u.block.type !== 'reference');
  if (seq.length * 2 < body.length) return null;
  const first = numbered.findIndex((n) => n !== null);
  if (units.some((u, i) => i > first && u.block.type === 'paragraph' && !u.box)) return null;
  const out = new Map<Unit, number>();
  let current = 0;
  units.forEach((u, i) => {
    current = numbered[i] ?? current;
    out.set(u, current);
  });
  return out;
}

/**
 * One passage per paragraph, list item, quotation, note or reference; long ones split near
 * `targetWords` at sentence boundaries; runs of very short list items merged. Ids hash the
 * document id and the passage's letters, so an unchanged passage keeps its id across builds.
 */
export function segment(docId: string, blocks: Block[], pageLabels: (string | null)[] | null, options: SegmentOptions = DEFAULT_SEGMENT): Passage[] {
  const units: Unit[] = [];
  const headings: { level: number; text: string }[] = [];
  blocks.forEach((b, blockIndex) => {
    if (b.type === 'heading') {
      const level = b.level ?? 1;
      while (headings.length && headings[headings.length - 1].level >= level) headings.pop();
      headings.push({ level, text: b.text });
      return;
    }
    const section = headings.map((h) => h.text);
    if (b.type === 'box') {
      const inner = [...section, b.label ?? 'Box'];
      for (const part of b.parts?.length ? b.parts : [{ ...b, type: 'paragraph' as const, text: b.text }]) {
        units.push({ block: { ...part, page: part.page ?? b.page }, blockIndex, box: b, section: inner });
      }
      return;
    }
    units.push({ block: b, blockIndex, box: null, section });
  });

  // Merge runs of short list items ("Displacement.", "Conduct of hostilities.") into one passage.
  const merged: Unit[] = [];
  for (const u of units) {
    const prev = merged[merged.length - 1];
    // A box's "Source: …" line belongs with the box text above it, not on its own.
    if (prev && u.box && prev.box === u.box && /^source:/i.test(u.block.text)) {
      joinTurns(prev.block, u.block);
      prev.block.text = `${prev.block.text} ${u.block.text}`;
      continue;
    }
    const short = (x: Unit) => x.block.type === 'list-item' && wordCount(x.block.text) < options.fragmentWords;
    if (prev && short(u) && short(prev) && prev.box === u.box && prev.block.depth === u.block.depth) {
      joinTurns(prev.block, u.block);
      prev.block.text = `${prev.block.text} ${u.block.text}`;
      continue;
    }
    merged.push({ ...u, block: { ...u.block } });
  }

  const passages: Passage[] = [];
  const ids = new PassageIds(docId);
  let offset = 0;
  // Without any page, a citation can only point at the paragraph (APA 7: "para. 12").
  const unpaged = merged.every((u) => u.block.page === null || u.block.page === undefined);
  let para = 0;
  // a paged one that numbers its paragraphs (a UN report as a PDF) is cited by those numbers too
  const numbers = printedParagraphs(merged, !unpaged);
  for (const u of merged) {
    para++;
    // a document that numbers its paragraphs is cited by its numbers: the paragraph it prints
    // as 4 had been "para. 7", its headings counted (userreview17, a UN report)
    if (numbers) para = numbers.get(u) ?? 0;
    const kind = structuralKind(u.block, u.section, u.box);
    const chunks = u.block.type === 'reference' || u.block.type === 'footnote' ? [u.block.text] : splitLong(u.block.text, options.targetWords);
    const pages = chunkPages(u.block, chunks);
    chunks.forEach((text, c) => {
      const id = ids.next(text);
      const { physical, end, breaks } = pages[c];
      const printed = (n: number | null | undefined) => (n && pageLabels ? (pageLabels[n - 1] ?? null) : null);
      // the PDF's page: a 2-up handout's blocks count the pages its sheets hold
      const pdfPage = (n: number) => options.sheetOf?.[n - 1] ?? n;
      // A page with no printed number known (none printed, or numbers that restart in a
      // compilation) is cited by its place in the file, and the passage says so: a passage
      // on the 48th page had no locator at all. One such page among those the passage is on
      // makes all of them physical, so that its pages are counted alike.
      const physicalOnly = !!physical && [physical, ...breaks.map((b) => b.page)].some((n) => printed(n) === null);
      const label = (n: number | null | undefined) => (physicalOnly ? (n ? String(pdfPage(n)) : null) : printed(n));
      const passage: Passage = {
        id,
        doc: docId,
        ordinal: passages.length,
        block: u.blockIndex,
        text,
        section: u.section,
        page: label(physical),
        physicalPage: physical ? pdfPage(physical) : null,
        start: offset,
        end: offset + text.length,
        kind,
        blockType: u.block.type,
        actors: [],
        themes: [],
        places: [],
        evidence: [],
      };
      // Where the block's pages turn is known from its lines (page-turns.ts): each passage
      // cut from it gets the pages its own text is on. Where not known, each passage of a
      // block that runs onto a later page gets the whole range.
      // (two pages of one sheet are one page where the PDF's pages are cited: no turn between them)
      if (end && physical && end !== physical && label(end) !== label(physical)) passage.pageEnd = label(end);
      const turns = breaks.map((b) => ({ offset: b.offset, page: label(b.page)! })).filter((b, k, all) => b.page !== (k === 0 ? label(physical) : all[k - 1].page));
      if (turns.length) passage.pageBreaks = turns;
      // (0: above a numbered document's first paragraph, a title block's line, cited by no number)
      if ((unpaged || numbers) && para > 0) passage.para = para;
      if (physicalOnly) passage.pageIsPhysical = true;
      if (u.block.footnoteRefs?.length) passage.notes = u.block.footnoteRefs.map((n) => ({ n }));
      if (u.block.type === 'footnote' && u.block.n) passage.notes = [{ n: u.block.n }];
      if (u.block.role === 'pull-quote') passage.duplicate = true;
      if (u.block.type === 'list-item' && u.block.depth !== undefined) passage.depth = u.block.depth;
      passages.push(passage);
      offset += text.length + 2;
    });
  }
  linkNotes(passages);
  return passages;
}

interface ChunkPages {
  /** the physical page the chunk starts on, and the one it ends on */
  physical: number | null | undefined;
  end: number | null | undefined;
  /** the later pages starting inside the chunk: offset in its text, physical page */
  breaks: { offset: number; page: number }[];
}

/**
 * The pages of each chunk a block was cut into, from the block's page turns. The chunks keep
 * the block's letters and digits in order (splitLong cuts at sentences), so a turn counted in
 * the block falls in the chunk whose count reaches it; if they do not (a cut that lost some),
 * every chunk gets the block's whole range, as when the turns are not known.
 */
export function chunkPages(block: Block, chunks: readonly string[]): ChunkPages[] {
  const whole = chunks.map(() => ({ physical: block.page, end: block.pageEnd, breaks: [] }));
  const turns = block.pageTurns ?? [];
  if (!turns.length || block.page === null) return whole;
  const counts = chunks.map(countedChars);
  if (counts.reduce((a, b) => a + b, 0) !== countedChars(block.text)) return whole;
  const out: ChunkPages[] = [];
  let from = 0;
  chunks.forEach((text, c) => {
    const to = from + counts[c];
    let physical = block.page;
    for (const t of turns) if (t.at <= from) physical = t.page;
    const breaks: ChunkPages['breaks'] = [];
    for (const t of turns) {
      if (t.at <= from || t.at >= to) continue;
      const offset = offsetAfter(text, t.at - from);
      if (offset !== null && offset > 0) breaks.push({ offset, page: t.page });
    }
    out.push({ physical, end: breaks.length ? breaks[breaks.length - 1].page : physical, breaks });
    from = to;
  });
  return out;
}

/** Points each footnote mark at the passage holding that note's text. */
function linkNotes(passages: Passage[]): void {
  const notes = new Map<string, string>();
  for (const p of passages) if (p.blockType === 'footnote' && p.notes?.[0]) notes.set(p.notes[0].n, p.id);
  for (const p of passages) {
    if (p.blockType === 'footnote' || !p.notes) continue;
    p.notes = p.notes.map((n) => ({ n: n.n, passage: notes.get(n.n) }));
  }
}
