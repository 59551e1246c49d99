import { LATEX_LAYOUTS, type LatexLayout } from '../unseen2/latex-layouts.js';

// Layouts made by re-imposing a finished PDF rather than typesetting it: what happens to a
// report after it leaves its producer. pdfjam (pdfpages) puts two Letter pages side by side
// on one landscape sheet, as a printed handout does, so each sheet carries two running heads,
// two folios and two title-page halves; and a two-column article whose pages are stored
// turned a quarter (the content drawn sideways, the page's /Rotate turning it upright on
// screen, as a scanner's or a landscape-first producer's pages are). The typesetting is
// scripts/unseen2/latex-layouts.ts's, so each truth is that layout's with the sheet's name.

export interface SheetLayout extends LatexLayout {
  /** the pdfLaTeX layout set first */
  base: string;
  sheet: 'nup2x1' | 'rotated';
}

function derived(base: string, name: string, sheet: SheetLayout['sheet'], description: (d: string) => string): SheetLayout {
  const L = LATEX_LAYOUTS.find((x) => x.name === base);
  if (!L) throw new Error(`no LaTeX layout ${base}`);
  return {
    ...L,
    name,
    base,
    sheet,
    running: (s) => {
      const r = L.running(s);
      return { ...r, description: description(r.description) };
    },
  };
}

export const SHEET_LAYOUTS: SheetLayout[] = [
  derived('latex-report-1col-letter', 'pdfjam-2up-report-letter-endnotes', 'nup2x1', (d) => `two Letter pages scaled onto each landscape Letter sheet (pdfjam --nup 2x1), each half as set: ${d}`),
  derived('latex-article-2col-a4', 'rotated-article-2col-a4', 'rotated', (d) => `every page stored turned 90° (pdfjam --angle 90) with /Rotate 90 turning it upright; as set: ${d}`),
];
