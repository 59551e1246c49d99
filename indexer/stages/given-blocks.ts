import type { Block, Furniture } from '../../core/types.js';
import { lettersOnly } from '../../core/text.js';
import type { Structured } from './block-rules.js';
import { REFERENCE_SECTION } from './patterns.js';
import { metadataLine } from '../metadata/byline.js';

/** Whether the first block is a level-1 heading and no other heading is (a document's title, not a section). */
function soleTitleHeading(blocks: readonly Block[]): boolean {
  if (blocks[0]?.type !== 'heading' || (blocks[0].level ?? 1) !== 1) return false;
  return !blocks.slice(1).some((b) => b.type === 'heading' && (b.level ?? 1) === 1);
}

/**
 * Structure for a format that states its blocks (Markdown): what text-blocks.ts recovers from
 * plain text is already known, so only the document-level rules are left: a heading repeating
 * the title is the title (front matter, as the text and PDF paths treat it), and the entries
 * under a References heading are references.
 */
export function givenBlocks(given: Block[], options: { title?: string } = {}): Structured {
  const furniture: Furniture[] = [];
  let blocks = given;
  const key = options.title ? lettersOnly(options.title) : '';
  const at = key ? blocks.slice(0, 3).findIndex((b) => b.type === 'heading' && lettersOnly(b.text) === key) : -1;
  if (at >= 0) {
    for (const b of blocks.slice(0, at + 1)) furniture.push({ kind: 'front-matter', text: b.text, page: null });
    blocks = blocks.slice(at + 1);
  } else if (!key && soleTitleHeading(blocks)) {
    // Without front matter, a note's one `#` heading opening the file is its title (Markdown's
    // convention): read as the title from `front`, not a section level over every passage
    // ("Meeting note: … › Discussion", userreview18 finding 15).
    furniture.push({ kind: 'front-matter', text: blocks[0].text, page: null });
    blocks = blocks.slice(1);
  }
  // Byline and date lines under the title ("Author: …", "Published 2023.") are metadata, read
  // from `front` (metadata/resolve.ts), and no passages
  const start = blocks[0]?.type === 'heading' ? 1 : 0;
  let end = start;
  while (end < blocks.length && end < start + 3 && blocks[end].type === 'paragraph' && metadataLine(blocks[end].text, () => [])) end++;
  if (end > start) {
    for (const b of blocks.slice(start, end)) furniture.push({ kind: 'front-matter', text: b.text, page: null });
    blocks = [...blocks.slice(0, start), ...blocks.slice(end)];
  }
  let refs: number | null = null;
  blocks = blocks.map((b) => {
    if (b.type === 'heading') {
      if (refs !== null && (b.level ?? 1) <= refs) refs = null;
      if (REFERENCE_SECTION.test(b.text)) refs = b.level ?? 1;
      return b;
    }
    return refs !== null && (b.type === 'paragraph' || b.type === 'list-item') ? { type: 'reference', text: b.text, page: null } : b;
  });
  const front = [...furniture.map((f) => f.text), ...blocks.slice(0, 6).map((b) => b.text)].map((text) => ({ text, size: 0 }));
  return { blocks: blocks.filter((b) => b.text.trim()), furniture, pageLabels: null, front };
}
