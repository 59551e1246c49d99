// Right-to-left script on a PDF line. pdf.js gives each text item's own characters in reading
// order (its bidi pass), but a line is made by sorting items left to right, which is the order
// they are seen in: an Arabic or Hebrew line printed glyph by glyph (Chromium, Word) came out
// backwards ("ﺔﻳﺎﻤﺣ" for "حماية"), unsearchable and unreadable. This puts the line's pieces
// in reading order, as the Unicode bidi algorithm would for one line: right-to-left runs
// reversed, and the runs themselves reversed when the line is mostly right-to-left.

/** Hebrew, Arabic, Syriac, Thaana, NKo … and their presentation forms */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]/u;
const RTL_G = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]/gu;
const STRONG_LTR = /[\p{L}\p{Nd}]/gu;
/** Arabic presentation forms (contextual glyph shapes) as the letters they shape */
const PRESENTATION = /[\ufb50-\ufdff\ufe70-\ufefe]+/gu;

export const hasRtl = (text: string): boolean => RTL.test(text);

type Dir = 'r' | 'l' | 'n';

function dirOf(piece: string): Dir {
  if (RTL.test(piece)) return 'r';
  return /[\p{L}\p{Nd}]/u.test(piece) ? 'l' : 'n';
}

/**
 * Pieces of one line, left to right as printed, joined in reading order. Each piece is an
 * item's text (already in its own reading order) or the space between two items. A neutral
 * piece (space, punctuation) between two runs of one direction takes it, else the line's.
 */
export function logicalLine(pieces: string[]): string {
  const text = pieces.join('');
  if (!RTL.test(text)) return text;
  const rtlCount = text.match(RTL_G)?.length ?? 0;
  const ltrCount = (text.match(STRONG_LTR)?.length ?? 0) - rtlCount;
  const base: Dir = rtlCount >= ltrCount ? 'r' : 'l';
  const dirs = pieces.map(dirOf);
  const resolved = dirs.map((d, i) => {
    if (d !== 'n') return d;
    let before: Dir = base;
    for (let j = i - 1; j >= 0; j--) if (dirs[j] !== 'n') { before = dirs[j]; break; }
    let after: Dir = base;
    for (let j = i + 1; j < dirs.length; j++) if (dirs[j] !== 'n') { after = dirs[j]; break; }
    return before === after ? before : base;
  });
  const runs: { dir: Dir; pieces: string[] }[] = [];
  resolved.forEach((d, i) => {
    const last = runs[runs.length - 1];
    if (last && last.dir === d) last.pieces.push(pieces[i]);
    else runs.push({ dir: d, pieces: [pieces[i]] });
  });
  const ordered = base === 'r' ? runs.reverse() : runs;
  const out = ordered.map((r) => (r.dir === 'r' ? [...r.pieces].reverse() : r.pieces).join('')).join('');
  return out.replace(PRESENTATION, (run) => run.normalize('NFKC'));
}
