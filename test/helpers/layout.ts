import type { LayoutPage, TextItem } from '../../indexer/readers/types.js';

/** Builds a synthetic A4 page from lines given top-down: [text, size, {x, bold, italic, gap}] */
export interface FakeLine {
  text: string;
  size?: number;
  x?: number;
  /** distance from the previous line's baseline; default 1.35 × size */
  gap?: number;
  /** absolute baseline from the page top (overrides gap) */
  top?: number;
  bold?: boolean;
  italic?: boolean;
  font?: string;
  /** a raised, smaller mark drawn right after the text */
  sup?: string;
}

export function fakePage(n: number, lines: FakeLine[], height = 842, width = 595): LayoutPage {
  const items: TextItem[] = [];
  let top = 70;
  for (const l of lines) {
    const size = l.size ?? 11;
    top = l.top ?? top + (l.gap ?? size * 1.35);
    const font = l.font ?? (l.bold ? 'Serif-Bold' : l.italic ? 'Serif-Italic' : 'Serif');
    const width = l.text.length * size * 0.45;
    const x = l.x ?? 71;
    items.push({ str: l.text, x, y: height - top, width, size, font, bold: !!l.bold, italic: !!l.italic, serif: true });
    if (l.sup) items.push({ str: l.sup, x: x + width + 0.5, y: height - top + size * 0.35, width: size * 0.3, size: size * 0.68, font, bold: false, italic: false, serif: true });
  }
  return { n, width, height, items };
}

/** A body paragraph of `count` full-width lines. */
export function para(words: string, count = 3): FakeLine[] {
  return Array.from({ length: count }, (_, i) => ({ text: `${words} line ${i + 1} of the paragraph continues here with more words`, gap: i === 0 ? 23 : 15 }));
}
