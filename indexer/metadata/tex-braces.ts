import type { CslItem } from '../../core/types.js';

// A catalog.json written for BibTeX tools (Better BibTeX, a hand-edited export) may hold BibTeX's
// case-protecting braces in its titles: "{ICRC} in {South Sudan}". CSL-JSON has no such markup,
// so the braces were shown on every page and exported as literal braces (`{{\{ICRC\}}}`). Their
// meaning, "keep this case", is the title as written: the BibTeX export braces every word with a
// capital again (server/export/latex.ts bibtexTitle), and CSL keeps a title's case as given.

/** The title fields a catalogue gives, where BibTeX braces mean "keep this case". */
const TITLE_FIELDS = ['title', 'title-short', 'container-title', 'container-title-short', 'collection-title', 'original-title'] as const;

// a brace pair holding no brace and no LaTeX command, not escaped: `{ICRC}`, `{South Sudan}`;
// `{\'e}`, `\{` and a lone brace are left as written
const PAIR = /(?<!\\)\{([^{}\\]*)\}/g;

/** The text with its BibTeX case-protecting brace pairs taken off, innermost first (`{{UN}}` too). */
export function withoutCaseBraces(text: string): string {
  let out = text;
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(PAIR, '$1');
  }
  return out;
}

/** The item with its titles' case-protecting braces taken off. */
export function titlesWithoutBraces(item: CslItem): CslItem {
  const out: CslItem = { ...item };
  for (const field of TITLE_FIELDS) {
    const value = out[field];
    if (typeof value === 'string' && value.includes('{')) out[field] = withoutCaseBraces(value);
  }
  return out;
}
