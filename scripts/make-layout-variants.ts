import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Truth, TruthBlock } from '../eval/fidelity.js';

// Renders a ground-truth file as other layouts of the same document, to test the PDF path on
// layouts it was not written against: two hyphenated columns, endnotes instead of footnotes,
// and no Info dictionary. The output PDFs and their truth files are committed as fixtures
// under test/fixtures/pdf-variants; run this again only to regenerate them.
//   npx tsx scripts/make-layout-variants.ts [SRC_DIR] [OUT_DIR]

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type Variant = 'twocol' | 'endnotes';

function html(t: Truth, variant: Variant): string {
  const notes: TruthBlock[] = [];
  const body: string[] = [];
  const markFor = (b: TruthBlock & { footnote_refs?: string[] }) => (b.footnote_refs ?? []).map((n) => `<sup>${esc(n)}</sup>`).join('');
  let list: string[] = [];
  const flush = () => {
    if (list.length) body.push(`<ul class="list">${list.join('')}</ul>`);
    list = [];
  };
  for (const b of t.blocks as (TruthBlock & { footnote_refs?: string[]; depth?: number; parts?: TruthBlock[] })[]) {
    if (b.type !== 'list-item') flush();
    switch (b.type) {
      case 'heading':
        body.push(`<h${(b.level ?? 1) + 1}>${esc(b.text)}</h${(b.level ?? 1) + 1}>`);
        break;
      case 'paragraph':
        body.push(`<p>${esc(b.text)}${markFor(b)}</p>`);
        break;
      case 'list-item':
        list.push(`<li style="margin-left:${((b.depth ?? 1) - 1) * 1.2}em"><span class="m">${esc(b.n ?? '•')}${/\d/.test(b.n ?? '') ? '.' : ''}</span> ${esc(b.text)}</li>`);
        break;
      case 'quote':
        body.push(b.role === 'pull-quote' ? `<aside class="pull">${esc(b.text)}</aside>` : `<blockquote>${esc(b.text)}</blockquote>`);
        break;
      case 'box': {
        const parts = (b.parts ?? []).filter((p) => p.type !== 'heading').map((p) => (p.type === 'list-item' ? `<p class="li">${esc(p.n ?? '•')} ${esc(p.text)}</p>` : `<p>${esc(p.text)}</p>`));
        body.push(`<div class="box"><h4>${esc(b.label ?? '')}</h4>${parts.join('')}</div>`);
        break;
      }
      case 'footnote':
        notes.push(b);
        break;
      case 'reference':
        body.push(`<p class="ref">${esc(b.text)}</p>`);
        break;
    }
  }
  flush();
  // Chromium cannot float notes to the page foot, so both variants collect them as endnotes:
  // after the text in one column, or inside the two-column flow.
  const noteList = `<h2>Notes</h2>${notes.map((n) => `<p class="note">${esc(n.n ?? '')} ${esc(n.text)}</p>`).join('')}`;
  const endnotes = variant === 'endnotes' ? noteList : '';
  const footnotes = variant === 'twocol' ? noteList : '';
  const columns = variant === 'twocol' ? 'column-count: 2; column-gap: 1.2cm; hyphens: auto; -webkit-hyphens: auto; text-align: justify;' : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 2.2cm 2cm 2.5cm; }
    body { font: 10.5pt/1.4 "Liberation Serif", serif; }
    main { ${columns} }
    h1 { font: bold 22pt "Liberation Sans", sans-serif; column-span: all; }
    h2 { font: bold 14pt "Liberation Sans", sans-serif; } h3 { font: bold 12pt "Liberation Sans", sans-serif; } h4 { font: bold italic 10.5pt "Liberation Sans", sans-serif; }
    .box { background: #e8eef4; padding: 6pt; font: 9pt/1.35 "Liberation Sans", sans-serif; margin: 8pt 0; break-inside: avoid; }
    .box h4 { font-style: normal; margin: 0 0 4pt; }
    .pull { font: italic 13pt/1.3 "Liberation Serif", serif; border-top: 1px solid #999; border-bottom: 1px solid #999; margin: 8pt 0; padding: 4pt 0; }
    blockquote { margin: 6pt 0 6pt 1.2cm; font-size: 10pt; }
    ul.list { list-style: none; padding: 0; } ul.list li { margin-bottom: 4pt; }
    .note { font-size: 8pt; margin: 2pt 0; } .ref { font-size: 9pt; padding-left: 1em; text-indent: -1em; }
    .cover { page-break-after: always; }
  </style></head><body>
  <section class="cover"><h1>${esc(t.title)}</h1><p style="font-size:14pt">${esc(t.authors.join(' and '))}</p><p>${t.year}</p></section>
  <main>${body.join('\n')}${footnotes}</main>${endnotes}</body></html>`;
}

async function main(): Promise<void> {
  const src = process.argv[2] ?? 'test/fixtures/pdf';
  const out = process.argv[3] ?? 'test/fixtures/pdf-variants';
  await mkdir(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage();
  for (const id of ['bowden-metcalfe-hough-2020-age-of-caution', 'gilder-2024-peace-operations-human-security', 'metcalfe-hough-2021-collaborative-advocacy']) {
    const truth = JSON.parse(await readFile(join(src, `${id}.truth.json`), 'utf8')) as Truth;
    for (const variant of ['twocol', 'endnotes'] as Variant[]) {
      await page.setContent(html(truth, variant), { waitUntil: 'load' });
      const name = `${id}.${variant}`;
      // No <title>: Chromium leaves the Info dictionary without a title, as many exports do.
      await page.pdf({
        path: join(out, `${name}.pdf`),
        format: 'A4',
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: `<div style="font-size:8px;width:100%;text-align:center;font-family:sans-serif">Policy series · <span class="pageNumber"></span></div>`,
        margin: { top: '2.2cm', bottom: '2.5cm', left: '2cm', right: '2cm' },
      });
      const variantTruth = { ...truth, id: name, variant, pdf_info: null };
      await writeFile(join(out, `${name}.truth.json`), JSON.stringify(variantTruth, null, 1));
      console.log(`wrote ${name}.pdf`);
    }
  }
  await browser.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
