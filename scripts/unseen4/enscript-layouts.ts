import type { Block, Source } from '../unseen/source.js';
import { isTitleNote, shortTitle, type Layout } from './../unseen2/layout.js';

// GNU enscript → Ghostscript: a document kept as plain text (a field office's situation note,
// a listserv digest, a report typed in an editor) and printed in Courier with enscript's page
// head. Every line is as wide as the text wraps it (78 columns, no justification, no
// hyphenation); paragraphs are set apart by a blank line only, headings in Courier-Bold (the
// one face change plain text gets, through enscript's escapes), list items with a hanging
// marker, quotes and boxes indented, note marks typed as [n] and the notes gathered at the end
// under "Notes". enscript knows Latin-1 only, so the typographic quotes and dashes are typed
// as a typewriter would ('"' and '-'); the eval compares letters and digits only.

export const ENSCRIPT_LAYOUTS: Layout[] = [
  {
    name: 'enscript-mono-letter-endnotes',
    paper: 'Letter',
    columns: 1,
    notes: 'end',
    notesHeading: 'Notes',
    hyphenated: false,
    authorsApart: false,
    running: (s) => ({
      header: shortTitle(s),
      folio: 'head',
      description: "enscript's plain page head on every page: the title to its colon left, 'Page n' right; no foot",
    }),
  },
];

const WIDTH = 78;
const TYPED: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"', '–': '-', '—': '--', '…': '...', '\u00a0': ' ', '•': '*', '′': "'", '−': '-' };

/** Latin-1 text as typed: typographic punctuation to its typewriter form, anything else outside Latin-1 to '?'. */
function typed(s: string): string {
  return [...s.normalize('NFC')].map((c) => TYPED[c] ?? (c.charCodeAt(0) > 0xff ? '?' : c)).join('');
}

/** Words filled to WIDTH columns, the first line after `first`, the rest after `rest` (a hanging indent). */
function fill(text: string, first = '', rest = ' '.repeat(first.length)): string[] {
  const out: string[] = [];
  let line = first;
  let empty = true;
  for (const w of typed(text).split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + w.length > WIDTH) {
      out.push(line);
      line = rest + w;
    } else line += (empty ? '' : ' ') + w;
    empty = false;
  }
  out.push(line);
  return out;
}

const NUL = '\u0000';
const bold = (lines: string[]) => lines.map((l) => `${NUL}font{Courier-Bold@10}${l}${NUL}font{default}`);

function block(b: Block, marks: string): string[] {
  switch (b.type) {
    case 'heading':
      return bold(fill(b.text));
    case 'list-item': {
      const indent = '  '.repeat(b.depth ?? 1);
      return fill(b.text + marks, typed(`${indent}${b.n ? `${b.n}${b.ordered ? '.' : ''}` : '*'} `));
    }
    case 'quote':
      return fill(b.text + marks, '    ');
    case 'reference':
      return fill(b.text, '', '    ');
    case 'box': {
      const parts = (b.parts ?? []).filter((p) => p.type !== 'heading');
      const out = [...bold(fill(b.label ?? '', '  '))];
      for (const p of parts) out.push('', ...(p.type === 'list-item' ? fill(p.text, typed(`  ${p.n ?? '*'} `)) : fill(p.text, '  ')));
      return out;
    }
    default:
      return fill(b.text + marks);
  }
}

export function enscriptText(s: Source): string {
  const thanks = s.notes.filter(isTitleNote);
  const out: string[] = [...s.masthead.flatMap((m) => fill(m)), '', ...bold(fill(s.truth.title)), ...fill(s.byline + (thanks.length ? ' *' : '')), ...fill(s.date), ''];
  for (const n of thanks) out.push(...fill(`* ${n.text}`), '');
  const endnotes: string[] = [];
  s.body.forEach((b, i) => {
    const notes = (s.notesOf.get(i) ?? []).filter((n) => !isTitleNote(n));
    const marks = notes.map((n) => `[${n.n ?? ''}]`).join('');
    out.push(...block(b, marks), '');
    for (const n of notes) endnotes.push(...fill(n.text, `[${n.n ?? ''}] `), '');
  });
  if (endnotes.length) out.push(...bold(['Notes']), '', ...endnotes);
  return out.join('\n') + '\n';
}
