import { LATEX_LAYOUTS, type LatexLayout } from '../unseen2/latex-layouts.js';

// A text layer as OCR writes it: the pdfLaTeX two-column article of the second set printed to
// 300 dpi grey images (a scan without the scanner's noise) and read back by tesseract, which
// writes each recognised word on its own at the place it found it, in its glyphless font, with
// no image (textonly_pdf: the layer alone, as ocrmypdf lays over a scan). Words are spaced by
// placement, not by space characters; the truth is the article's, so any misreading counts.

export interface OcrLayout extends LatexLayout {
  base: string;
}

const base = LATEX_LAYOUTS.find((x) => x.name === 'latex-article-2col-a4');
if (!base) throw new Error('no LaTeX layout latex-article-2col-a4');

export const OCR_LAYOUTS: OcrLayout[] = [
  {
    ...base,
    name: 'tesseract-ocr-article-2col-a4',
    base: base.name,
    // tesseract writes no author and its own title (the output's name)
    pdfInfo: undefined,
    running: (s) => ({ ...base.running(s), description: `as set, then rasterised at 300 dpi and read by tesseract 5 into a text-only layer: ${base.running(s).description}` }),
  },
];
