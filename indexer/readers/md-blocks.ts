import MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import type { Block } from '../../core/types.js';
import { pandocCitations } from './pandoc-citations.js';

// Markdown states its structure: `#` and setext headings, lists, block quotes, code. Read as
// plain text (as .txt is), `# Findings` became a passage, a setext heading kept its `====`, and
// inline `<b>` was stripped while `<script>…</script>` stayed. CommonMark's parser gives the
// blocks; code and raw HTML are dropped (neither is prose to cite), inline markup leaves its text.

// 'default': CommonMark with GitHub's tables and strikethrough; html on, so raw HTML is known as HTML (and dropped) rather than read as text
// Indented code blocks off (as MDX does): in a report written in Markdown an indented paragraph
// is prose, and reading it as code dropped it without a word. Fenced code is still code.
const md = new MarkdownIt('default', { html: true }).disable('code');

// markdown-it stops at its nesting limit (100 tokens deep: about 48 list or 90 quote levels)
// and drops everything from there to the end of the enclosing block — for a list, often the
// rest of the file, without a word. Beyond FLAT_FROM the remaining lines of the block are read
// flat: each marker line one list item one level deeper, the lines under it its text, so every
// word is kept (and recursion stays bounded however deep a file nests).
const FLAT_FROM = ((md.options as { maxNesting?: number }).maxNesting ?? 100) - 20;
const MARKER = /^(?:>\s?|(?:[-*+]|\d{1,9}[.)])(?=\s|$)\s*)+/;

interface FlatEnv {
  flattened?: number;
}

function flattenDeep(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.level < FLAT_FROM || silent) return false;
  const chunks: { item: boolean; lines: string[]; from: number; to: number }[] = [];
  let open = false;
  let line = startLine;
  let next = startLine;
  for (; line < endLine; line++) {
    if (state.isEmpty(line)) {
      open = false;
      continue;
    }
    // a line indented less than the block being read ends it, as markdown-it itself reads it
    if (state.sCount[line] < state.blkIndent) break;
    const raw = state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
    const marker = MARKER.exec(raw);
    const text = raw.slice(marker?.[0].length ?? 0).trim();
    const item = !!marker && /[-*+\d]/.test(marker[0]);
    if (item || !open || marker) chunks.push({ item, lines: [], from: line, to: line + 1 });
    const chunk = chunks[chunks.length - 1];
    if (text) chunk.lines.push(text);
    chunk.to = line + 1;
    open = true;
    next = line + 1;
  }
  for (const c of chunks) {
    if (!c.lines.length) continue;
    if (c.item) state.push('bullet_list_open', 'ul', 1).markup = '-';
    if (c.item) state.push('list_item_open', 'li', 1).markup = '-';
    state.push('paragraph_open', 'p', 1).map = [c.from, c.to];
    const inline = state.push('inline', '', 0);
    inline.content = c.lines.join('\n');
    inline.map = [c.from, c.to];
    inline.children = [];
    state.push('paragraph_close', 'p', -1);
    if (c.item) state.push('list_item_close', 'li', -1);
    if (c.item) state.push('bullet_list_close', 'ul', -1);
  }
  (state.env as FlatEnv).flattened = ((state.env as FlatEnv).flattened ?? 0) + (next - startLine);
  state.line = Math.max(next, startLine + 1);
  return true;
}
md.block.ruler.before('table', 'flatten_deep', flattenDeep);

/** Footnote marks as Pandoc and GitHub write them: `text[^1]`, and `[^1]: the note` opening a paragraph. */
const NOTE_MARK = /\[\^([^\]\s]+)\]/g;
const NOTE_DEFINITION = /^\[\^([^\]\s]+)\]:\s*/;
/** The same at a line's start, up to three spaces in, as CommonMark would take it for a link definition. */
const NOTE_DEFINITION_LINE = /^( {0,3})\[(?=\^[^\]\s]+\]:)/gm;

/**
 * An `@` inside inline code while the block's pandoc citations are read: `` `@grace2020` `` is
 * code, no citation (pandoc leaves it as written; it had become "Grace (2020)" and a cited key,
 * review17-c finding 12). A private-use character, put back once the citations are read.
 */
const CODE_AT = '\uE000';
const CODE_AT_RE = /\uE000/g;

/** An inline token's children as text: emphasis, links and code keep their words, HTML its text outside script and style. */
function inlineText(token: Token): string {
  let out = '';
  let hidden = 0;
  for (const t of token.children ?? []) {
    if (t.type === 'html_inline') {
      if (/^<(script|style)\b/i.test(t.content)) hidden++;
      else if (/^<\/(script|style)\s*>/i.test(t.content)) hidden = Math.max(0, hidden - 1);
      continue;
    }
    if (hidden) continue;
    if (t.type === 'text') out += t.content;
    else if (t.type === 'code_inline') out += t.content.replace(/@/g, CODE_AT);
    else if (t.type === 'softbreak' || t.type === 'hardbreak') out += '\n';
  }
  // line breaks kept: a footnote definition opens a line (see add)
  return out.replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Footnote definitions written one per line with no blank line between are one paragraph to CommonMark: each line opening `[^n]:` starts a note of its own. */
const NOTE_LINE = /\n(?=\[\^[^\]\s]+\]:)/;

/**
 * A table as one block: each body row a sentence whose cells carry their column's heading
 * ("Country: Yemen; Funded (%): 38."), so a row read alone (a long table is split between
 * passages at row ends) still says what its numbers are. A table without headings: cells by `; `.
 * A header row alone is a row of facts when a cell holds one (FACT_CELL), else column names.
 */
/** Words a lone header cell needs to be read as prose rather than a column's name. */
const TABLE_PROSE_WORDS = 6;

/** A header cell that states a fact rather than naming a column: a figure, or a label with its value ("Displaced: 400,000"). */
const FACT_CELL = /\d|\S:\s*\S/;

export function tableText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  if (!rows.length) {
    // A one-row table (Markdown wants a header row, so a row of facts is written as one) is its
    // cells as a sentence; headings naming nothing below them ("a | b", a form's empty columns)
    // are no passage, except a cell that is prose (a README's boxed note), kept as its text
    if (header.some((c) => FACT_CELL.test(c))) return tableText([], [header]);
    return header.filter((c) => c.split(/\s+/).length >= TABLE_PROSE_WORDS).join(' ');
  }
  return rows
    .map((cells) => cells.map((c, i) => (c && header[i] ? `${header[i]}: ${c}` : c)).filter(Boolean).join('; '))
    .filter(Boolean)
    .map((row) => (/[.!?]$/.test(row) ? row : `${row}.`))
    .join(' ');
}

/**
 * Footnote definitions written at the end of the file (where Markdown puts them) moved to the
 * end of the section that first cites them. Left in place they were all filed under the last
 * heading (userreview16: notes cited in "Summary" and "Findings" had the section
 * "Recommendations"), so a note's context line and its place in the reading view named a
 * section that does not cite it. A researcher citing "n. 2" cites it with the passage that
 * carries its mark, as a PDF's footnote sits on the page (and in the section) that cites it;
 * the rendered page's closing list of notes is the renderer's layout, not the author's section.
 * A note already in its citing section, or cited nowhere, stays where it was written.
 */
export function notesWhereCited(blocks: readonly Block[]): Block[] {
  const citedAt = new Map<string, number>();
  blocks.forEach((b, i) => {
    if (b.type === 'footnote') return;
    for (const n of b.footnoteRefs ?? []) if (!citedAt.has(n)) citedAt.set(n, i);
  });
  const headingAfter = (i: number) => {
    for (let j = i + 1; j < blocks.length; j++) if (blocks[j].type === 'heading') return j;
    return blocks.length;
  };
  /** notes to write before block i (blocks.length: at the end), in the order they were defined */
  const before = new Map<number, Block[]>();
  const moved = new Set<number>();
  blocks.forEach((b, i) => {
    const at = b.type === 'footnote' && b.n !== undefined ? citedAt.get(b.n) : undefined;
    if (at === undefined) return;
    const end = headingAfter(at);
    const sameSection = i > at ? end > i : headingAfter(i) > at;
    if (sameSection) return;
    moved.add(i);
    before.set(end, [...(before.get(end) ?? []), b]);
  });
  if (!moved.size) return [...blocks];
  const out: Block[] = [];
  blocks.forEach((b, i) => {
    out.push(...(before.get(i) ?? []));
    if (!moved.has(i)) out.push(b);
  });
  out.push(...(before.get(blocks.length) ?? []));
  return out;
}

/** The document's blocks in reading order: headings (levels 1–3), paragraphs, list items with their depth, block quotes, notes. */
export function markdownBlocks(body: string): Block[] {
  return markdownDocument(body).blocks;
}

/**
 * The blocks, and a note for the user when lists or quotes nested too deep were read flat.
 * `firstLine` is the file's line number of the body's first line (after any front matter), so
 * a note names the line the user sees in the file.
 */
export function markdownDocument(body: string, firstLine = 1): { blocks: Block[]; note?: string } {
  const env: FlatEnv = {};
  // A note of one word or a bare address (`[^1]: https://…`) is a link reference definition to
  // CommonMark, which keeps it out of the text: the note was lost and its mark printed "^1".
  // Escaping the bracket keeps every definition line a paragraph (lines stay where they were).
  const tokens = md.parse(body.replace(NOTE_DEFINITION_LINE, '$1\\['), env);
  const blocks: Block[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  let quote = 0;
  /** open list items, innermost last: an item's first paragraph makes its block, later ones join it */
  const items: { block: Block | null; marker: string }[] = [];
  const row: string[] = [];
  let header: string[] = [];
  const rows: string[][] = [];
  let inHead = false;
  /** lines where a fence opened and never closed (1-based) */
  const unclosed: number[] = [];
  let bodyLines: string[] | null = null;
  const lines = () => (bodyLines ??= body.split(/\r\n|\r|\n/));
  const add = (lines: string) => {
    const [first, ...notes] = lines.split(NOTE_LINE);
    addOne(flat(first));
    for (const n of notes) addOne(flat(n));
  };
  const addOne = (raw: string) => {
    if (!raw) return;
    // pandoc citations written out as a reader reads them; their keys go with the block
    const read = pandocCitations(raw);
    const { keys } = read;
    const text = read.text.replace(CODE_AT_RE, '@');
    const cited = keys.length ? { citeKeys: keys } : {};
    const item = items[items.length - 1];
    const refs = [...text.matchAll(NOTE_MARK)].map((m) => m[1]);
    const note = NOTE_DEFINITION.exec(text);
    if (note) {
      blocks.push({ type: 'footnote', n: note[1], text: text.slice(note[0].length).replace(NOTE_MARK, '').trim(), page: null, ...cited });
      return;
    }
    // the space a note mark leaves before punctuation goes with it ("word [^1]." is "word."); any other is
    // the writer's, French "Mots-clés :" included, and the repair stage judges it (repair.ts linkFootnotes)
    const clean = text.replace(/\s+(?=\[\^[^\]\s]+\][.,;:])/g, '').replace(NOTE_MARK, '').trim();
    const extra = { ...(refs.length ? { footnoteRefs: refs } : {}), ...cited };
    if (item?.block) {
      item.block.text += ` ${clean}`;
      if (refs.length) item.block.footnoteRefs = [...(item.block.footnoteRefs ?? []), ...refs];
      if (keys.length) item.block.citeKeys = [...new Set([...(item.block.citeKeys ?? []), ...keys])];
    } else if (item) {
      item.block = { type: 'list-item', text: clean, page: null, n: item.marker, depth: lists.length - 1, ordered: lists[lists.length - 1]?.ordered, ...extra };
      blocks.push(item.block);
    } else if (quote) blocks.push({ type: 'quote', role: 'block-quote', text: clean, page: null, ...extra });
    else blocks.push({ type: 'paragraph', text: clean, page: null, ...extra });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    switch (t.type) {
      case 'heading_open': {
        const text = flat(inlineText(tokens[i + 1])).replace(CODE_AT_RE, '@');
        if (text) blocks.push({ type: 'heading', level: Math.min(3, Number(t.tag.slice(1))), text, page: null });
        i += 2;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: t.type === 'ordered_list_open', n: Number(t.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const list = lists[lists.length - 1];
        items.push({ block: null, marker: list?.ordered ? String(list.n++) : t.markup || '•' });
        break;
      }
      case 'list_item_close':
        items.pop();
        break;
      case 'blockquote_open':
        quote++;
        break;
      case 'blockquote_close':
        quote--;
        break;
      case 'table_open':
        header = [];
        rows.length = 0;
        break;
      case 'thead_open':
        inHead = true;
        break;
      case 'thead_close':
        inHead = false;
        break;
      case 'tr_open':
        row.length = 0;
        break;
      case 'tr_close':
        if (inHead) header = [...row];
        else rows.push([...row]);
        break;
      case 'table_close':
        add(tableText(header, rows));
        break;
      case 'inline':
        if (tokens[i - 1]?.type === 'th_open' || tokens[i - 1]?.type === 'td_open') row.push(flat(inlineText(t)));
        else add(inlineText(t));
        break;
      // An unclosed fence runs to the end of the file (CommonMark), so one stray ``` (a typo, a
      // row of backticks drawn as a rule) hid every word after it, without a word said: its text
      // is read as prose, and the user told where the fence opened.
      case 'fence':
        if (t.map && !fenceClosed(t.markup, t.map, lines())) {
          for (const para of t.content.split(/\n\s*\n/)) add(para);
          unclosed.push(t.map[0] + firstLine);
        }
        break;
      // code and raw HTML blocks are not prose: dropped, as the PDF reader never sees them
      default:
        break;
    }
  }
  const placed = notesWhereCited(blocks);
  const levels = Math.floor(FLAT_FROM / 2);
  const notes = [
    ...(env.flattened ? [`lists or quotes nested deeper than about ${levels} levels: ${env.flattened} line${env.flattened === 1 ? '' : 's'} read as one level`] : []),
    ...(unclosed.length ? [`a code fence opened on line ${unclosed[0]} is never closed: the text after it is read as prose`] : []),
  ];
  return notes.length ? { blocks: placed, note: notes.join('; ') } : { blocks: placed };
}

/** Whether a fence's last line closes it: its marker character at least as many times, alone (after any quote or list indent). */
function fenceClosed(markup: string, map: [number, number], lines: string[]): boolean {
  const [start, end] = map;
  if (end - 1 <= start || !markup) return false;
  const last = (lines[end - 1] ?? '').replace(/^[\s>]*/, '').trimEnd();
  return last.length >= markup.length && [...last].every((c) => c === markup[0]);
}
