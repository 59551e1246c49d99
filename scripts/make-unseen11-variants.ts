import { makeLatexVariants } from './unseen2/latex-variants.js';
import { LAYOUTS11, amend11, latex11Source } from './unseen11/latex-layouts.js';

// An eleventh fresh set of layouts (issue pdf29), scored before any change to the extractor:
// a three-column newsletter, a sidebar box spanning two columns, footnotes continued onto the
// next page, a text layer spaced as OCR sets one, landscape pages mixed with portrait under
// accented author names (scripts/unseen11/latex-layouts.ts, all pdfLaTeX). The truth is
// written from the source each PDF is printed from, never from the PDF. The PDFs and truth
// files are committed under test/fixtures/pdf-unseen11 and measured by
// test/quality/fidelity.test.ts; run this only to regenerate them (needs pdflatex with
// texlive-latex-extra).
//   npx tsx scripts/make-unseen11-variants.ts [OUT_DIR] [SRC_DIR] [LAYOUT_FILTER]

makeLatexVariants({ name: 'unseen11', layouts: LAYOUTS11, latexSource: latex11Source, amend: amend11 }).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
