import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { frontMatter, mdReader } from '../../indexer/readers/md.js';
import { markdownBlocks, markdownDocument, tableText } from '../../indexer/readers/md-blocks.js';
import { processFile } from '../../indexer/process-file.js';

const DOC = `---
title: "Access in Yemen: \\u00e9tude"
author:
  - Alice Smith
  - Bob Jones
date: 2021-03
---

# Access in Yemen: étude

Negotiations over **humanitarian access** stalled in 2019 after convoys were blocked.[^1]

Findings
========

## Checkpoints

- Convoys waited at checkpoints for *days*.
- Staff were detained:
  - two in Aden;
  - one in Sanaa.

> Access is negotiated, never granted.

Some <b>bold</b> text and <script>alert("x")</script> more text.

\`\`\`
const code = true;
\`\`\`

<div>raw html block</div>

| Year | Convoys |
|------|---------|
| 2019 | 12 |

## References

Smith, A. (2020) Access denied. London: ODI.

[^1]: Interview with a convoy driver, Aden, 2019.
`;

describe('Markdown reader', () => {
  it('reads front matter with yaml: block and flow author lists, escapes decoded', () => {
    assert.deepEqual(frontMatter(DOC).meta, { title: 'Access in Yemen: étude', authors: ['Alice Smith', 'Bob Jones'], date: '2021-03' });
    assert.deepEqual(frontMatter('---\nauthor: [Alice Smith, Bob Jones]\nyear: 2020\n---\nText.\n').meta, { authors: ['Alice Smith', 'Bob Jones'], date: '2020' });
    assert.deepEqual(frontMatter('---\nauthor: Alice Smith; Bob Jones\n---\nText.\n').meta, { authors: ['Alice Smith', 'Bob Jones'] });
    assert.deepEqual(frontMatter('---\ntitle: [unclosed\n---\nText.\n').meta, {}, 'front matter yaml cannot parse gives no metadata');
  });

  it('gives ATX and setext headings as headings, lists with depth, quotes and notes; drops code, HTML and scripts', () => {
    const blocks = markdownBlocks(frontMatter(DOC).body);
    const shown = blocks.map((b) => [b.type, b.text, ...(b.level ? [b.level] : []), ...(b.depth !== undefined ? [b.depth] : [])]);
    assert.deepEqual(shown, [
      ['heading', 'Access in Yemen: étude', 1],
      ['paragraph', 'Negotiations over humanitarian access stalled in 2019 after convoys were blocked.'],
      // the note defined at the end is filed where it is cited (userreview16, finding 9)
      ['footnote', 'Interview with a convoy driver, Aden, 2019.'],
      ['heading', 'Findings', 1],
      ['heading', 'Checkpoints', 2],
      ['list-item', 'Convoys waited at checkpoints for days.', 0],
      ['list-item', 'Staff were detained:', 0],
      ['list-item', 'two in Aden;', 1],
      ['list-item', 'one in Sanaa.', 1],
      ['quote', 'Access is negotiated, never granted.'],
      ['paragraph', 'Some bold text and more text.'],
      ['paragraph', 'Year: 2019; Convoys: 12.'],
      ['heading', 'References', 2],
      ['paragraph', 'Smith, A. (2020) Access denied. London: ODI.'],
    ]);
    assert.deepEqual(blocks[1].footnoteRefs, ['1']);
  });

  it('reads an indented paragraph as prose, not as indented code (a reviewer\'s tab-indented paragraph was dropped without a word)', () => {
    const blocks = markdownBlocks('Opening paragraph.\n\n\tAn indented paragraph about access in Yemen.\n\n    Four spaces too.\n\n```\nfenced = code\n```\n');
    assert.deepEqual(blocks.map((b) => [b.type, b.text]), [
      ['paragraph', 'Opening paragraph.'],
      ['paragraph', 'An indented paragraph about access in Yemen.'],
      ['paragraph', 'Four spaces too.'],
    ]);
  });

  it('indexes a Markdown file with its headings as sections, the title as metadata and references as references', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'md-'));
    try {
      await writeFile(join(dir, 'access.md'), DOC);
      const r = await processFile(join(dir, 'access.md'), 'access.md', [], { maxPages: 10 });
      assert.equal(r.report.status, 'indexed');
      assert.equal(r.document?.csl.title, 'Access in Yemen: étude');
      assert.deepEqual(r.document?.csl.author, [{ given: 'Alice', family: 'Smith' }, { given: 'Bob', family: 'Jones' }]);
      const texts = r.passages!.map((p) => p.text);
      assert.ok(!texts.some((t) => /^#|====|<script|alert|const code/.test(t)), texts.join('\n'));
      const detained = r.passages!.find((p) => p.text.startsWith('Convoys waited'));
      assert.deepEqual(detained?.section, ['Findings', 'Checkpoints']);
      assert.equal(r.passages!.find((p) => p.text.startsWith('Smith, A.'))?.blockType, 'reference');
      assert.deepEqual(r.document?.outline.map((o) => o.text), ['Findings', 'Checkpoints', 'References']);
      const note = r.passages!.find((p) => p.blockType === 'footnote');
      assert.equal(r.passages!.find((p) => p.text.startsWith('Negotiations'))?.notes?.[0].passage, note?.id);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  // userreview18 finding 15: a meeting note without front matter, titled by its one `#` heading
  it('takes a note\'s one opening `#` heading as its title, not a section, and the whole date its title prints', async () => {
    const note = `# Meeting note: Arria-formula preparation, 3 September 2024\n\nPresent: protection team.\n\n## Discussion\n\n- The Swiss mission offered to co-host the meeting.\n\nFor further information: protection-team@example.org\n`;
    const dir = await mkdtemp(join(tmpdir(), 'md-'));
    try {
      await writeFile(join(dir, 'meeting-note-2024-09-03.md'), note);
      const r = await processFile(join(dir, 'meeting-note-2024-09-03.md'), 'meeting-note-2024-09-03.md', [], { maxPages: 10 });
      assert.equal(r.document?.csl.title, 'Meeting note: Arria-formula preparation, 3 September 2024');
      assert.deepEqual(r.document?.csl.issued, { 'date-parts': [[2024, 9, 3]] });
      assert.deepEqual(r.passages!.find((p) => p.text.startsWith('The Swiss'))?.section, ['Discussion']);
      assert.deepEqual(r.document?.outline.map((o) => o.text), ['Discussion']);
      assert.ok(!r.passages!.some((p) => p.text.includes('@')), 'the contact line is no passage');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps `#` headings as sections where a note has several', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'md-'));
    try {
      await writeFile(join(dir, 'two.md'), '# Findings\n\nConvoys were blocked at checkpoints.\n\n# Recommendations\n\nDonors should fund access negotiations.\n');
      const r = await processFile(join(dir, 'two.md'), 'two.md', [], { maxPages: 10 });
      assert.deepEqual(r.passages!.find((p) => p.text.startsWith('Convoys'))?.section, ['Findings']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads the body as Markdown whatever its front matter', async () => {
    const read = await mdReader.read(Buffer.from('# Plain notes\n\nOne paragraph.\n'), { maxPages: 1 });
    assert.deepEqual(read.blocks?.map((b) => b.type), ['heading', 'paragraph']);
  });

  // userreview11: a list 60 levels deep indexed as 50 passages, its text stopping at level 48
  // and the paragraph after the list gone (markdown-it's nesting limit drops the block's rest).
  it('keeps every word of lists and quotes nested past the parser\'s limit, read flat from there, and says so', async () => {
    const list = Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- level ${i} item text\n`).join('');
    const deep = `# Deep\n\nOpening.\n\n${list}${'  '.repeat(59)}  more of level 59\n\nFinal conclusions on cholera vaccination.\n`;
    const read = await mdReader.read(Buffer.from(deep), { maxPages: 1 });
    const texts = read.blocks!.map((b) => b.text);
    for (let i = 0; i < 59; i++) assert.ok(texts.includes(`level ${i} item text`), `level ${i}`);
    assert.ok(texts.includes('level 59 item text more of level 59'));
    assert.equal(texts[texts.length - 1], 'Final conclusions on cholera vaccination.');
    assert.equal(read.blocks![read.blocks!.length - 1].type, 'paragraph');
    assert.match(read.note ?? '', /nested deeper than about 40 levels: \d+ lines read as one level/);
    const quotes = markdownBlocks(`${Array.from({ length: 120 }, (_, i) => `${'>'.repeat(i + 1)} quote ${i}`).join('\n\n')}\n\nAfter the quotes.\n`);
    for (let i = 0; i < 120; i++) assert.ok(quotes.some((b) => b.text === `quote ${i}`), `quote ${i}`);
    assert.equal(quotes[quotes.length - 1].text, 'After the quotes.');
  });

  it('reads lists nested within the limit as before, with their depth and no note', async () => {
    const list = Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- level ${i}\n`).join('');
    const read = await mdReader.read(Buffer.from(`${list}\nAfter.\n`), { maxPages: 1 });
    assert.deepEqual(read.blocks!.map((b) => b.depth), [...Array.from({ length: 30 }, (_, i) => i), undefined]);
    assert.equal(read.note, undefined);
  });

  // userreview11 (test/fixtures/tables-2024-funding-data.md): each table row was a passage of
  // its own with no header, and three notes written on consecutive lines were one note, ".:"
  // between them, parsed as one garbled reference.
  it('reads a table as one block whose rows carry their column headings, and each note on its own line as its own note', async () => {
    const read = await mdReader.read(await readFile(join(process.cwd(), 'test', 'fixtures', 'tables-2024-funding-data.md')), { maxPages: 1 });
    const blocks = read.blocks!;
    const table = blocks.filter((b) => /Yemen; /.test(b.text) || /^Country/.test(b.text));
    assert.equal(table.length, 1);
    assert.equal(table[0].type, 'paragraph');
    assert.equal(
      table[0].text,
      'Country: Yemen; Requirement (US$ m): 4,300; Funded (%): 38; Lead agency: OCHA. Country: Sudan; Requirement (US$ m): 2,700; Funded (%): 41; Lead agency: UNHCR. Country: Syria; Requirement (US$ m): 4,070; Funded (%): 29; Lead agency: WFP.',
    );
    assert.deepEqual(
      blocks.filter((b) => b.type === 'footnote').map((b) => [b.n, b.text]),
      [
        // 1 and fn-long are cited before "Protection of civilians", so they end the opening section
        ['1', 'Financial Tracking Service, accessed 3 January 2025.'],
        ['fn-long', 'OCHA (2024) Global Humanitarian Overview 2024. Geneva: United Nations, pp. 12–15.'],
        ['2', 'Aid Worker Security Database (2024), Figures at a glance, Humanitarian Outcomes.'],
      ],
    );
    // a note after a paragraph line with no blank line between, and a note's wrapped second line
    const mixed = markdownBlocks('Aid was cut.[^a]\n[^a]: First note,\n  wrapped here.\n[^b]: Second note.\n');
    assert.deepEqual(mixed.map((b) => [b.type, b.text]), [['paragraph', 'Aid was cut.'], ['footnote', 'First note, wrapped here.'], ['footnote', 'Second note.']]);    // a note of one word or a bare address is no link definition: it was lost, its mark printed
    const short = markdownBlocks('Aid was cut.[^1] Access fell.[^2]\n\n[^1]: Ibid.\n[^2]: https://reliefweb.int/report/x\n');
    assert.deepEqual(short.map((b) => [b.type, b.text]), [['paragraph', 'Aid was cut. Access fell.'], ['footnote', 'Ibid.'], ['footnote', 'https://reliefweb.int/report/x']]);
  });

  // userreview16 (osei-2024): three notes cited in "Summary" and "Findings", defined at the end
  // as Markdown writes them, all had the section "Recommendations".
  it('files a note defined at the end under the section that first cites it, as a footnote sits on its citing page', async () => {
    const doc = [
      '# Report', '', '## Summary', '', 'Harm tracking cells.[^cht] More.', '',
      '## Findings', '', 'A cell in 2015.[^amisom]', '', '- a list item citing again[^cht]', '- another[^mali]', '',
      '### Mali', '', 'Early warning.', '',
      '## Recommendations', '', '- Track harm.', '',
      '[^cht]: Civilian harm tracking means collecting data.',
      '[^amisom]: Center for Civilians in Conflict, 2014.',
      '[^mali]: Interview, Bamako, 2022.',
      '[^orphan]: Cited nowhere.', '',
    ].join('\n');
    const blocks = markdownBlocks(doc);
    assert.deepEqual(blocks.map((b) => (b.type === 'footnote' ? `note ${b.n}` : b.text)), [
      'Report', 'Summary', 'Harm tracking cells. More.', 'note cht',
      'Findings', 'A cell in 2015.', 'a list item citing again', 'another', 'note amisom', 'note mali',
      'Mali', 'Early warning.',
      'Recommendations', 'Track harm.', 'note orphan',
    ]);
    const dir = await mkdtemp(join(tmpdir(), 'md-notes-'));
    try {
      await writeFile(join(dir, 'notes.md'), doc);
      const r = await processFile(join(dir, 'notes.md'), 'notes.md', [], { maxPages: 10 });
      const section = (n: string) => r.passages!.find((p) => p.blockType === 'footnote' && p.notes?.[0].n === n)?.section?.at(-1);
      assert.equal(section('cht'), 'Summary');
      assert.equal(section('amisom'), 'Findings');
      assert.equal(section('mali'), 'Findings');
      const cell = r.passages!.find((p) => p.text.startsWith('A cell in 2015'));
      assert.equal(cell?.notes?.[0].passage, r.passages!.find((p) => p.blockType === 'footnote' && p.notes?.[0].n === 'amisom')?.id);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    // a note written right after its paragraph stays there
    assert.deepEqual(markdownBlocks('# A\n\nCut.[^a]\n\n[^a]: A note here.\n\nMore text.\n').map((b) => b.text), ['A', 'Cut.', 'A note here.', 'More text.']);
  });

  it('labels cells only where the column has a heading; a table of headings alone gives no passage, but a boxed note its text', () => {
    assert.equal(tableText(['', 'Funded'], [['Yemen', '38'], ['', '']]), 'Yemen; Funded: 38.');
    assert.equal(tableText(['Country', 'Funded'], []), '');
    assert.deepEqual(markdownBlocks('Some text here.\n\n| a | b |\n|---|---|\n'), [{ type: 'paragraph', text: 'Some text here.', page: null }]);
    assert.equal(tableText(['Note: this guidance replaces the 2019 edition.'], []), 'Note: this guidance replaces the 2019 edition.');
  });

  it('keeps a one-row table of facts (a header row alone) as its sentence, not column names naming nothing', () => {
    assert.equal(tableText(['Population', '2.1 million', 'Displaced', '400,000'], []), 'Population; 2.1 million; Displaced; 400,000.');
    assert.equal(tableText(['Lead agency: OCHA', 'Status: active'], []), 'Lead agency: OCHA; Status: active.');
    assert.deepEqual(
      markdownBlocks('Key figures.\n\n| People in need: 18.2 million | Funded: 38% |\n|---|---|\n'),
      [
        { type: 'paragraph', text: 'Key figures.', page: null },
        { type: 'paragraph', text: 'People in need: 18.2 million; Funded: 38%.', page: null },
      ],
    );
    // column names with nothing under them stay no passage
    assert.equal(tableText(['Country', 'Requirement (US$ m)', 'Funded (%)'], []), '');
  });
});

// hostile16: CommonMark runs an unclosed fence to the end of the file, so one stray ``` hid
// every word after it (a file of a backtick rule then text was "no text found after cleaning").
describe('an unclosed code fence (hostile16)', () => {
  it('reads the text after a fence that never closes as prose, with a note naming its line', () => {
    const { blocks, note } = markdownDocument('# Report\n\nFirst paragraph.\n\n```\nAfter the stray fence.\n\nAnother paragraph.\n');
    assert.deepEqual(blocks.map((b) => b.text), ['Report', 'First paragraph.', 'After the stray fence.', 'Another paragraph.']);
    assert.match(note ?? '', /code fence opened on line 5 is never closed/);
  });

  // review16c finding 5: the body starts after the front matter, so its line 4 was named
  it('names the file\'s line, front matter counted, when the file has front matter', async () => {
    const file = '---\ntitle: T\nauthor: A\ndate: 2020\n---\n\n# Intro\n\n```\nText after a stray fence.\n\nAnother one.\n';
    const read = await mdReader.read(Buffer.from(file), { maxPages: 1 });
    assert.match(read.note ?? '', /code fence opened on line 9 is never closed/);
    const crlf = await mdReader.read(Buffer.from(file.replace(/\n/g, '\r\n')), { maxPages: 1 });
    assert.match(crlf.note ?? '', /code fence opened on line 9 is never closed/);
  });

  it('still drops a closed fence (code, not prose), in a quote or list too', () => {
    const { blocks, note } = markdownDocument('Text.\n\n```js\nlet x = 1;\n```\n\n> ````\n> quoted code\n> ````\n\n- item\n\n  ~~~\n  listed code\n  ~~~\n\nEnd.\n');
    assert.deepEqual(blocks.map((b) => b.text), ['Text.', 'item', 'End.']);
    assert.equal(note, undefined);
  });

  it('reads a line of a thousand backticks over the text as an open fence, the text kept', () => {
    const { blocks } = markdownDocument(`${'`'.repeat(1000)}\n\nAccess was negotiated.\n`);
    assert.deepEqual(blocks.map((b) => b.text), ['Access was negotiated.']);
  });
});

describe('Markdown punctuation after a note mark (userreview20b)', () => {
  it('takes the space a note mark leaves before punctuation and keeps a French space before ":"', () => {
    const blocks = markdownBlocks('**Mots-clés :** déplacement, choléra\n\nAccess was denied [^1]. More text.\n\n[^1]: A note.\n');
    const texts = blocks.filter((b) => b.type === 'paragraph').map((b) => b.text);
    assert.ok(texts.includes('Mots-clés : déplacement, choléra'), texts.join(' | '));
    assert.ok(texts.includes('Access was denied. More text.'), texts.join(' | '));
  });
});
