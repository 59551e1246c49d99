import { makeLatexVariants } from './unseen2/latex-variants.js';
import { LAYOUTS10, amend10, latex10Source } from './unseen10/latex-layouts.js';

// A tenth fresh set of layouts (issue pdf23), scored before any change to the extractor, made
// to carry what the ninth set left open: notes across the foot of multicol's two columns under
// a letter-spaced masthead, a running head naming the section that wraps to two lines beside
// bold margin callouts, an annual report's row of pull numbers and boxed numbered list, a
// landscape table of wrapped cells, a two-sided two-column article with section heads
// (scripts/unseen10/latex-layouts.ts, all pdfLaTeX). The truth is written from the source each
// PDF is printed from, never from the PDF. The PDFs and truth files are committed under
// test/fixtures/pdf-unseen10 and measured by test/quality/fidelity.test.ts; run this only to
// regenerate them (needs pdflatex with texlive-latex-extra).
//   npx tsx scripts/make-unseen10-variants.ts [OUT_DIR] [SRC_DIR] [LAYOUT_FILTER]

makeLatexVariants({ name: 'unseen10', layouts: LAYOUTS10, latexSource: latex10Source, amend: amend10 }).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
