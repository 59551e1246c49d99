import type { Line } from './lines.js';

// A paper of two or three pages whose first page is LaTeX's `plain` style prints its running head
// (the short title, the authors) on one page or two: too few to repeat, so it was read as text
// ("2 Adaeze Okafor and Henrik Lindqvist" a paragraph; "Negotiating humanitarian access" run into
// the sentence its page turn cut, "ex-… plicit"; pdf43). What it repeats is the title block.

/** How many of the first page's lines (top down) hold its title block: title, authors, date. */
const TITLE_BLOCK_LINES = 8;

/** Words that join authors' names in a head but not always in the title block ("A \and B"). */
const JOINERS = new Set(['and', 'et', 'al']);

/** A folio printed at the head's start or end, apart from its words. */
const EDGE_FOLIO = /^\d{1,4}\s+|\s+\d{1,4}$/g;

const wordsOf = (text: string): string[] => text.toLocaleLowerCase().match(/\p{L}{2,}/gu) ?? [];

/**
 * The lines at a later page's top edge that repeat the first page's title block: every word of
 * two letters or more (a folio and "and" aside) is one of its words, two words at least, in type
 * no larger than the text's and not bold (a heading at a page's top is set bold or larger), and
 * nothing but words, spaces, a folio and light punctuation on the line. `atTop` says whether a
 * line is its page's topmost, set apart from the text below (as findFurniture's outermost does).
 */
export function headsPrintedOnce(pages: Line[][], bodySize: number, taken: Set<Line>, atTop: (l: Line, page: number) => boolean): { line: Line; page: number }[] {
  const first = pages.findIndex((p) => p.length > 0);
  if (first < 0) return [];
  const block = new Set([...pages[first]].sort((a, b) => a.y - b.y).slice(0, TITLE_BLOCK_LINES).flatMap((l) => wordsOf(l.text)));
  const found: { line: Line; page: number }[] = [];
  pages.forEach((lines, i) => {
    if (i <= first) return;
    for (const l of lines) {
      if (taken.has(l) || l.bold || l.size > bodySize + 0.3 || l.y >= l.pageHeight * 0.15 || !atTop(l, i)) continue;
      const bare = l.text.trim().replace(EDGE_FOLIO, '');
      if (!/^[\p{L}\s.,:&'’-]+$/u.test(bare)) continue;
      const words = wordsOf(bare).filter((w) => !JOINERS.has(w));
      if (words.length >= 2 && words.every((w) => block.has(w))) found.push({ line: l, page: i });
    }
  });
  return found;
}
