import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Block } from '../../core/types.js';

// Markdown states its structure: `#` and setext headings, lists, block quotes, code. Read as
// plain text (as .txt is), `# Findings` became a passage, a setext heading kept its `====`, and
// inline `<b>` was stripped while `<script>…</script>` stayed. CommonMark's parser gives the
// blocks; code and raw HTML are dropped (neither is prose to cite), inline markup leaves its text.

// 'default': CommonMark with GitHub's tables and strikethrough; html on, so raw HTML is known as HTML (and dropped) rather than read as text
// Indented code blocks off (as MDX does): in a report written in Markdown an indented paragraph
// is prose, and reading it as code dropped it without a word. Fenced code is still code.
const md = new MarkdownIt('default', { html: true }).disable('code');

/** Footnote marks as Pandoc and GitHub write them: `text[^1]`, and `[^1]: the note` opening a paragraph. */
const NOTE_MARK = /\[\^([^\]\s]+)\]/g;
const NOTE_DEFINITION = /^\[\^([^\]\s]+)\]:\s*/;

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
    if (t.type === 'text' || t.type === 'code_inline') out += t.content;
    else if (t.type === 'softbreak' || t.type === 'hardbreak') out += ' ';
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The document's blocks in reading order: headings (levels 1–3), paragraphs, list items with their depth, block quotes, notes. */
export function markdownBlocks(body: string): Block[] {
  const tokens = md.parse(body, {});
  const blocks: Block[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  let quote = 0;
  /** open list items, innermost last: an item's first paragraph makes its block, later ones join it */
  const items: { block: Block | null; marker: string }[] = [];
  const row: string[] = [];
  const add = (text: string) => {
    if (!text) return;
    const item = items[items.length - 1];
    const refs = [...text.matchAll(NOTE_MARK)].map((m) => m[1]);
    const note = NOTE_DEFINITION.exec(text);
    if (note) {
      blocks.push({ type: 'footnote', n: note[1], text: text.slice(note[0].length).replace(NOTE_MARK, '').trim(), page: null });
      return;
    }
    const clean = text.replace(NOTE_MARK, '').replace(/\s+([.,;:])/g, '$1').trim();
    const extra = refs.length ? { footnoteRefs: refs } : {};
    if (item?.block) {
      item.block.text += ` ${clean}`;
      if (refs.length) item.block.footnoteRefs = [...(item.block.footnoteRefs ?? []), ...refs];
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
        const text = inlineText(tokens[i + 1]);
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
      case 'tr_open':
        row.length = 0;
        break;
      case 'tr_close':
        add(row.filter(Boolean).join(' | '));
        break;
      case 'inline':
        if (tokens[i - 1]?.type === 'th_open' || tokens[i - 1]?.type === 'td_open') row.push(inlineText(t));
        else add(inlineText(t));
        break;
      // code and raw HTML blocks are not prose: dropped, as the PDF reader never sees them
      default:
        break;
    }
  }
  return blocks;
}
