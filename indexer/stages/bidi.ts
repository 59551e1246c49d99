// Right-to-left script on a PDF line. pdf.js gives each text item's own characters in reading
// order (its bidi pass), but a line is made by sorting items left to right, which is the order
// they are seen in: an Arabic or Hebrew line printed glyph by glyph (Chromium, Word) came out
// backwards ("ﺔﻳﺎﻤﺣ" for "حماية"), unsearchable and unreadable. This puts the line's pieces
// in reading order, as the Unicode bidi algorithm would for one line: right-to-left runs
// reversed, and the runs themselves reversed when the line is mostly right-to-left.

/**
 * Hebrew, Arabic, Syriac, Thaana, NKo … and their presentation forms; not the Arabic-Indic
 * digits (U+0660–066C) and Eastern Arabic-Indic digits (U+06F0–06F9), which the bidi algorithm
 * reads as numbers (class AN), shown left to right.
 */
const RTL_SET = '\\u0590-\\u065f\\u066d-\\u06ef\\u06fa-\\u08ff\\ufb1d-\\ufdff\\ufe70-\\ufefe';
const RTL = new RegExp(`[${RTL_SET}]`, 'u');
const RTL_G = new RegExp(`[${RTL_SET}]`, 'gu');
const STRONG_LTR = /[\p{L}\p{Nd}]/gu;
const ARABIC_DIGITS_G = /[\u0660-\u0669\u06f0-\u06f9]/gu;
/** Arabic presentation forms (contextual glyph shapes) as the letters they shape */
const PRESENTATION = /[\ufb50-\ufdff\ufe70-\ufefe]+/gu;

export const hasRtl = (text: string): boolean => RTL.test(text);

/** r right-to-left letters, l left-to-right letters or European digits, a Arabic-Indic number, n neutral */
type Dir = 'r' | 'l' | 'a' | 'n';

function dirOf(piece: string): Dir {
  if (RTL.test(piece)) return 'r';
  if (/\p{L}/u.test(piece)) return 'l';
  if (/[\u0660-\u0669\u06f0-\u06f9]/u.test(piece)) return 'a';
  return /\p{Nd}/u.test(piece) ? 'l' : 'n';
}

const EUROPEAN_NUMBER = /^[0-9][0-9.,]*$|^[0-9.,]*[0-9]$/;
/** a number's terminator (bidi ET): a percent or currency sign joins the European number it touches (rule W5) */
const TERMINATOR = /^[%\u2030\u2031$€£¥°#]+$/u;
/** one number separator (bidi CS) between two Arabic-Indic digits stays inside the number (rule W4) */
const SEPARATOR = /^[,.:/\u066b\u066c\u060c\u00a0]$/u;

/**
 * Pieces of one line, left to right as printed, joined in reading order. Each piece is an
 * item's text (already in its own reading order) or the space between two items. A neutral
 * piece (space, punctuation) between two runs of one direction takes it, else the line's.
 * Numbers read left to right even inside right-to-left text, as the bidi algorithm shows them:
 * an Arabic-Indic number (٢٠٢١) counts as right-to-left for the neutrals around it (rule N1)
 * but its digits keep their printed order (levels, rules I1/I2 and L2), as European digits do.
 */
export function logicalLine(pieces: string[]): string {
  const text = pieces.join('');
  if (!RTL.test(text)) return text;
  const rtlCount = text.match(RTL_G)?.length ?? 0;
  const ltrCount = (text.match(STRONG_LTR)?.length ?? 0) - rtlCount - (text.match(ARABIC_DIGITS_G)?.length ?? 0);
  const base: 'r' | 'l' = rtlCount >= ltrCount ? 'r' : 'l';
  const dirs = pieces.map(dirOf);
  dirs.forEach((d, i) => {
    if (d !== 'n') return;
    const touches = (j: number): boolean => j >= 0 && j < pieces.length && EUROPEAN_NUMBER.test(pieces[j]);
    if (TERMINATOR.test(pieces[i]) && (touches(i - 1) || touches(i + 1))) dirs[i] = 'l';
    else if (SEPARATOR.test(pieces[i]) && dirs[i - 1] === 'a' && dirs[i + 1] === 'a') dirs[i] = 'a';
  });
  /** a number acts as right-to-left for the neutrals next to it */
  const strong = (d: Dir): Dir => (d === 'a' ? 'r' : d);
  const resolved = dirs.map((d, i): Dir => {
    if (d !== 'n') return d;
    let before: Dir = base;
    for (let j = i - 1; j >= 0; j--) if (dirs[j] !== 'n') { before = strong(dirs[j]); break; }
    let after: Dir = base;
    for (let j = i + 1; j < dirs.length; j++) if (dirs[j] !== 'n') { after = strong(dirs[j]); break; }
    return before === after ? before : base;
  });
  // embedding levels (bidi I1/I2): even reads left to right, odd right to left
  const levels = resolved.map((d) => (base === 'r' ? (d === 'r' ? 1 : 2) : d === 'l' ? 0 : d === 'r' ? 1 : 2));
  // rule L2: from the highest level down to 1, reverse every stretch at that level or higher
  const order = pieces.map((_, i) => i);
  const lv = [...levels];
  for (let level = Math.max(...lv); level >= 1; level--) {
    for (let i = 0; i < order.length;) {
      if (lv[i] < level) { i++; continue; }
      let j = i;
      while (j < order.length && lv[j] >= level) j++;
      order.splice(i, j - i, ...order.slice(i, j).reverse());
      lv.splice(i, j - i, ...lv.slice(i, j).reverse());
      i = j;
    }
  }
  const out = order.map((i) => pieces[i]).join('');
  return out.replace(PRESENTATION, (run) => run.normalize('NFKC'));
}
