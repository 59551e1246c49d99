import type { Block, Source } from '../unseen/source.js';
import { isTitleNote, seriesName, surnames, type Layout } from './layout.js';

// LibreOffice Writer, the word-processor route most grey literature takes: an OpenDocument
// file (flat XML, written here rather than through a converter so that every style is known)
// exported to PDF by `soffice --convert-to pdf`. Word-like styles: Liberation Serif or Sans
// (metric twins of Times New Roman and Arial), headings as bold paragraphs, lists as
// paragraphs with a typed marker and a tab, a box as bordered shaded paragraphs; notes as
// Writer's own footnotes (at the foot of the page, keeping the source's marks) or endnotes (on
// a page of their own after the text, with no heading, as Word sets them).

export interface WriterLayout extends Layout {
  font: 'Liberation Serif' | 'Liberation Sans';
  size: number;
  hyphenate: boolean;
}

export const WRITER_LAYOUTS: WriterLayout[] = [
  {
    name: 'writer-1col-a4',
    paper: 'A4',
    columns: 1,
    notes: 'foot',
    hyphenated: false,
    font: 'Liberation Serif',
    size: 11.5,
    hyphenate: false,
    running: (s) => ({
      header: s.truth.title.split(':')[0],
      folio: 'foot',
      description: 'from page 2: the title (to its colon) in italic at the right of the head; the page number centred in the foot of every page',
    }),
  },
  {
    name: 'writer-2col-letter-endnotes',
    paper: 'Letter',
    columns: 2,
    notes: 'end',
    hyphenated: true,
    font: 'Liberation Sans',
    size: 9.5,
    hyphenate: true,
    running: (s) => ({
      header: surnames(s),
      footer: seriesName(s),
      folio: 'head',
      description: "from page 2: the authors' surnames and the page number at the right of the head, the series or journal name centred in the foot; page 1 has only its page number, centred in the foot; the endnote pages have neither",
    }),
  },
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function styles(L: WriterLayout): string {
  const [w, h] = L.paper === 'A4' ? ['21cm', '29.7cm'] : ['21.59cm', '27.94cm'];
  const hy = L.hyphenate ? 'fo:hyphenate="true" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3"' : 'fo:hyphenate="false"';
  const p = (name: string, para: string, text = '', parent = 'Standard') =>
    `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="${parent}"><style:paragraph-properties ${para}/><style:text-properties ${text}/></style:style>`;
  const heading = (n: number, size: number, extra = '') =>
    `<style:style style:name="Heading_20_${n}" style:display-name="Heading ${n}" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="${n}"><style:paragraph-properties fo:margin-top="${0.5 - n * 0.08}cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always" fo:text-align="start"/><style:text-properties fo:font-size="${size}pt" fo:font-weight="bold" ${extra} fo:hyphenate="false"/></style:style>`;
  return `<office:font-face-decls>
<style:font-face style:name="${L.font}" svg:font-family="'${L.font}'" style:font-family-generic="${L.font.endsWith('Serif') ? 'roman' : 'swiss'}" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2"/><style:text-properties style:font-name="${L.font}" fo:font-size="${L.size}pt" fo:language="en" fo:country="GB" ${hy}/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
${p('Text_20_body', `fo:margin-top="0cm" fo:margin-bottom="${L.columns === 2 ? 0.18 : 0.25}cm" fo:text-align="justify" fo:line-height="${L.columns === 2 ? 112 : 115}%"`)}
${p('Title', 'fo:margin-bottom="0.3cm" fo:text-align="start"', `fo:font-size="${L.size * 2}pt" fo:font-weight="bold" fo:hyphenate="false"`)}
${p('Byline', 'fo:margin-bottom="0.1cm"', `fo:font-size="${L.size + 1.5}pt"`)}
${p('Masthead', 'fo:margin-bottom="0.05cm"', `fo:font-size="${L.size - 2.5}pt"`)}
${p('Date', 'fo:margin-bottom="0.6cm"', `fo:font-size="${L.size}pt" fo:font-style="italic"`)}
${heading(1, L.size + 4)}
${heading(2, L.size + 1.5)}
${heading(3, L.size, 'fo:font-style="italic"')}
${p('Quotations', 'fo:margin-left="1cm" fo:margin-right="1cm" fo:margin-top="0.1cm" fo:margin-bottom="0.25cm" fo:text-align="justify"', `fo:font-size="${L.size - 1}pt"`)}
${p('Pull', 'fo:margin-top="0.3cm" fo:margin-bottom="0.3cm" fo:text-align="center" fo:padding="0.15cm" fo:border-top="0.6pt solid #000000" fo:border-bottom="0.6pt solid #000000" fo:border-left="none" fo:border-right="none"', `fo:font-size="${L.size + 2}pt" fo:font-style="italic" fo:color="#404040" fo:hyphenate="false"`)}
${p('Box', 'fo:margin-top="0cm" fo:margin-bottom="0cm" fo:padding="0.15cm" fo:background-color="#e8eef4" fo:border="0.5pt solid #5b7a99" fo:join-border="true"', `fo:font-size="${L.size - 1}pt"`)}
${p('Box_20_heading', '', 'fo:font-weight="bold"', 'Box')}
${p('List', 'fo:margin-top="0cm" fo:margin-bottom="0.12cm" fo:text-align="start"', '')}
${p('Reference', 'fo:margin-left="0.8cm" fo:text-indent="-0.8cm" fo:margin-bottom="0.12cm" fo:text-align="start"', `fo:font-size="${L.size - 1}pt"`)}
${p('Footnote', 'fo:margin-left="0.5cm" fo:text-indent="-0.5cm" fo:margin-bottom="0.05cm"', `fo:font-size="${L.size - 2.5}pt"`)}
${p('Endnote', 'fo:margin-left="0.6cm" fo:text-indent="-0.6cm" fo:margin-bottom="0.1cm"', `fo:font-size="${L.size - 1}pt"`)}
${p('Header', 'fo:text-align="end"', `fo:font-size="${L.size - 2}pt" fo:font-style="italic"`)}
${p('Footer', 'fo:text-align="center"', `fo:font-size="${L.size - 2}pt"`)}
<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
<text:notes-configuration text:note-class="endnote" style:num-format="1" text:start-value="0"/>
</office:styles>
<office:automatic-styles>
${[1, 2, 3].map((d) => p(`L${d}`, `fo:margin-left="${d * 0.6}cm" fo:text-indent="-0.6cm"`, '', 'List')).join('\n')}
<style:style style:name="Columns" style:family="section"><style:section-properties text:dont-balance-text-columns="false"><style:columns fo:column-count="${L.columns}" fo:column-gap="0.7cm"/></style:section-properties></style:style>
<style:style style:name="FirstMasthead" style:family="paragraph" style:parent-style-name="Masthead" style:master-page-name="First_20_Page"/>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="${w}" fo:page-height="${h}" fo:margin-top="1.4cm" fo:margin-bottom="1.4cm" fo:margin-left="2.3cm" fo:margin-right="2.3cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>`;
}

function masterPages(s: Source, L: WriterLayout): string {
  const { header, footer } = L.running(s);
  const folio = '<text:page-number text:select-page="current">1</text:page-number>';
  // Page 1 has no running head: Word's "different first page".
  const first = `<style:footer><text:p text:style-name="Footer">${folio}</text:p></style:footer>`;
  const head = L.columns === 2 ? `${esc(header ?? '')}    ${folio}` : esc(header ?? '');
  const foot = L.columns === 2 ? esc(footer ?? '') : folio;
  return `<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p text:style-name="Header">${head}</text:p></style:header><style:footer><text:p text:style-name="Footer">${foot}</text:p></style:footer></style:master-page>
<style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="pm1" style:next-style-name="Standard"><style:header/>${first}</style:master-page>
</office:master-styles>`;
}

let noteId = 0;
function note(n: { n?: string; text: string }, L: WriterLayout): string {
  const cls = L.notes === 'end' ? 'endnote' : 'footnote';
  const mark = esc(n.n ?? '');
  return `<text:note text:id="n${++noteId}" text:note-class="${cls}"><text:note-citation text:label="${mark}">${mark}</text:note-citation><text:note-body><text:p text:style-name="${cls === 'endnote' ? 'Endnote' : 'Footnote'}">${esc(n.text)}</text:p></text:note-body></text:note>`;
}

function block(b: Block, notes: string): string {
  switch (b.type) {
    case 'heading': {
      const level = Math.min(b.level ?? 1, 3);
      return `<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${esc(b.text)}</text:h>`;
    }
    case 'list-item':
      return `<text:p text:style-name="L${Math.min(b.depth ?? 1, 3)}">${esc(b.n ?? '•')}${b.ordered ? '.' : ''}<text:tab/>${esc(b.text)}${notes}</text:p>`;
    case 'quote':
      return b.role === 'pull-quote' ? `<text:p text:style-name="Pull">${esc(b.text)}</text:p>` : `<text:p text:style-name="Quotations">${esc(b.text)}${notes}</text:p>`;
    case 'box': {
      const parts = (b.parts ?? []).filter((p) => p.type !== 'heading');
      return [`<text:p text:style-name="Box_20_heading">${esc(b.label ?? '')}</text:p>`, ...parts.map((p) => `<text:p text:style-name="Box">${p.type === 'list-item' ? `${esc(p.n ?? '•')} ` : ''}${esc(p.text)}</text:p>`)].join('');
    }
    case 'reference':
      return `<text:p text:style-name="Reference">${esc(b.text)}</text:p>`;
    default:
      return `<text:p text:style-name="Text_20_body">${esc(b.text)}${notes}</text:p>`;
  }
}

export function writerSource(s: Source, L: WriterLayout): string {
  noteId = 0;
  const titleNotes = s.notes.filter(isTitleNote).map((n) => note(n, L)).join('');
  const head = [
    ...s.masthead.map((m, i) => `<text:p text:style-name="${i === 0 ? 'FirstMasthead' : 'Masthead'}">${esc(m)}</text:p>`),
    `<text:p text:style-name="${s.masthead.length ? 'Title' : 'Title'}">${esc(s.truth.title)}</text:p>`,
    `<text:p text:style-name="Byline">${esc(s.byline)}${titleNotes}</text:p>`,
    `<text:p text:style-name="Date">${esc(s.date)}</text:p>`,
  ];
  const body = s.body.map((b, i) => block(b, (s.notesOf.get(i) ?? []).filter((n) => !isTitleNote(n)).map((n) => note(n, L)).join('')));
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
${styles(L)}
${masterPages(s, L)}
<office:body><office:text>
${head.join('\n')}
<text:section text:style-name="Columns" text:name="Body">
${body.join('\n')}
</text:section>
</office:text></office:body></office:document>
`;
}
