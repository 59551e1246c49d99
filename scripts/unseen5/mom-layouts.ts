import type { Block, Source } from '../unseen/source.js';
import { troff } from '../unseen2/groff-layouts.js';
import { shortTitle, type Layout } from '../unseen2/layout.js';

// groff's mom macros (Peter Schaffter's "typesetting and document processing" set, the other
// groff tradition beside -ms), written by gropdf: mom's own document header (title, subtitle
// lines, authors), two columns on A4 with a gutter, mom's running head over a rule and the
// folio centred in the foot, footnotes numbered by mom across the foot of each column, mom's
// bulleted and numbered lists and block quotes; boxes as a bold label over an indented block.

export const MOM_LAYOUTS: Layout[] = [
  {
    name: 'groff-mom-2col-a4',
    paper: 'A4',
    columns: 2,
    notes: 'foot',
    hyphenated: true,
    authorsApart: true,
    running: (s) => ({ header: shortTitle(s), folio: 'foot', description: "mom's page head from page 2: the title to its colon centred over a rule; the page number centred in the foot" }),
  },
];

const q = (s: string) => `"${troff(s).replace(/"/g, '\\(dq')}"`;

export function momSource(s: Source, L: Layout): string {
  const out: string[] = [
    `.TITLE ${q(s.truth.title)}`,
    `.SUBTITLE ${[...s.masthead, s.date].map(q).join(' ')}`,
    `.AUTHOR ${s.truth.authors.map(q).join(' ')}`,
    '.DOCTYPE DEFAULT',
    '.PRINTSTYLE TYPESET',
    '.PAPER A4',
    '.L_MARGIN 2c',
    '.R_MARGIN 2c',
    '.T_MARGIN 2.5c',
    '.B_MARGIN 2.5c',
    '.PT_SIZE 10',
    '.LS 12',
    '.JUSTIFY',
    '.HY',
    `.HEADER_LEFT ${q(' ')}`,
    `.HEADER_CENTER ${q(shortTitle(s))}`,
    `.HEADER_RIGHT ${q(' ')}`,
    '.FOOTNOTE_MARKER_STYLE NUMBER',
    `.COLUMNS ${L.columns} 1.5P`,
    '.START',
  ];
  let inList: 'BULLET' | 'DIGIT' | undefined;
  s.body.forEach((b: Block, i) => {
    const notes = s.notesOf.get(i) ?? [];
    if (b.type !== 'list-item' && inList) {
      out.push('.LIST OFF');
      inList = undefined;
    }
    // mom sets a footnote's marker where the text before .FOOTNOTE ends (\c: no space)
    const withNotes = (text: string) => (notes.length ? [`${troff(text)}\\c`, ...notes.flatMap((n) => ['.FOOTNOTE', troff(n.text), '.FOOTNOTE OFF'])] : [troff(text)]);
    switch (b.type) {
      case 'heading':
        out.push(`.HEADING ${Math.min(b.level ?? 1, 3)} ${q(b.text)}`);
        break;
      case 'list-item': {
        const kind = b.ordered ? 'DIGIT' : 'BULLET';
        if (inList !== kind) {
          if (inList) out.push('.LIST OFF');
          out.push(`.LIST ${kind}`);
          inList = kind;
        }
        out.push('.ITEM', ...withNotes(b.text));
        break;
      }
      case 'quote':
        out.push('.BLOCKQUOTE', ...withNotes(b.text), '.BLOCKQUOTE OFF');
        break;
      case 'box': {
        const parts = (b.parts ?? []).filter((p) => p.type !== 'heading');
        out.push('.PP', `\\f[B]${troff(b.label ?? '')}\\f[P]`, '.BLOCKQUOTE');
        for (const p of parts) out.push(...(p.type === 'list-item' ? [`\\(bu ${troff(p.text)}`, '.br'] : ['.PP', troff(p.text)]));
        out.push('.BLOCKQUOTE OFF');
        break;
      }
      default:
        out.push('.PP', ...withNotes(b.text));
    }
  });
  if (inList) out.push('.LIST OFF');
  return out.join('\n') + '\n';
}
