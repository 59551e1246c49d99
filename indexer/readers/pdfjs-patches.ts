// Edits to the source of pdf.js's worker module (pdfjs-dist 5.4.296, legacy build), applied as
// it is loaded (pdfjs-worker-script.ts). Each one computes exactly what the code it replaces
// computes — the same arithmetic in the same order, so the same floating-point results — and
// only spends less doing it. An edit whose text is not found exactly once (another version of
// pdfjs-dist) makes the loader fall back to the module as published: slower, the same text.

export interface SourcePatch {
  /** why the edit is worth making */
  why: string;
  find: string;
  replace: string;
}

export const WORKER_PATCHES: SourcePatch[] = [
  {
    // getTextContent asks for the current text transform two to four times per glyph (to
    // compare with the last position, then to remember it), and each time built it from two
    // calls of Util.transform and three arrays of six numbers; Util.transform, called with
    // arrays of every element kind, stayed slow in V8. It was the largest single function in
    // a worker's profile (0.7–0.8 s of ~10 on the PDF bench) and a good part of its garbage
    // collection. Here it is the same products and sums on local numbers, written into one
    // new array, or into `out` for a caller that keeps it no longer than the call.
    why: 'getCurrentTextTransform without temporary arrays',
    find: [
      '    function getCurrentTextTransform() {',
      '      const font = textState.font;',
      '      const tsm = [textState.fontSize * textState.textHScale, 0, 0, textState.fontSize, 0, textState.textRise];',
      '      if (font.isType3Font && (textState.fontSize <= 1 || font.isCharBBox) && !isArrayEqual(textState.fontMatrix, FONT_IDENTITY_MATRIX)) {',
      '        const glyphHeight = font.bbox[3] - font.bbox[1];',
      '        if (glyphHeight > 0) {',
      '          tsm[3] *= glyphHeight * textState.fontMatrix[3];',
      '        }',
      '      }',
      '      return Util.transform(textState.ctm, Util.transform(textState.textMatrix, tsm));',
      '    }',
      '',
    ].join('\n'),
    replace: [
      '    function getCurrentTextTransform(out) {',
      '      const font = textState.font;',
      '      const s0 = textState.fontSize * textState.textHScale, s5 = textState.textRise;',
      '      let s3 = textState.fontSize;',
      '      if (font.isType3Font && (textState.fontSize <= 1 || font.isCharBBox) && !isArrayEqual(textState.fontMatrix, FONT_IDENTITY_MATRIX)) {',
      '        const glyphHeight = font.bbox[3] - font.bbox[1];',
      '        if (glyphHeight > 0) {',
      '          s3 *= glyphHeight * textState.fontMatrix[3];',
      '        }',
      '      }',
      '      // Util.transform(textMatrix, [s0, 0, 0, s3, 0, s5]), then Util.transform(ctm, that)',
      '      const m = textState.textMatrix;',
      '      const t0 = m[0] * s0 + m[2] * 0, t1 = m[1] * s0 + m[3] * 0;',
      '      const t2 = m[0] * 0 + m[2] * s3, t3 = m[1] * 0 + m[3] * s3;',
      '      const t4 = m[0] * 0 + m[2] * s5 + m[4], t5 = m[1] * 0 + m[3] * s5 + m[5];',
      '      const c = textState.ctm;',
      '      const r0 = c[0] * t0 + c[2] * t1, r1 = c[1] * t0 + c[3] * t1;',
      '      const r2 = c[0] * t2 + c[2] * t3, r3 = c[1] * t2 + c[3] * t3;',
      '      const r4 = c[0] * t4 + c[2] * t5 + c[4], r5 = c[1] * t4 + c[3] * t5 + c[5];',
      '      if (!out) {',
      '        return [r0, r1, r2, r3, r4, r5];',
      '      }',
      '      out[0] = r0;',
      '      out[1] = r1;',
      '      out[2] = r2;',
      '      out[3] = r3;',
      '      out[4] = r4;',
      '      out[5] = r5;',
      '      return out;',
      '    }',
      '',
    ].join('\n'),
  },
  {
    // compareWithLastPosition reads the transform and lets it go: one array for every call
    // (once per glyph) is enough.
    why: 'compareWithLastPosition without a new array per glyph',
    find: ['    function compareWithLastPosition(glyphWidth) {', '      const currentTransform = getCurrentTextTransform();', ''].join('\n'),
    replace: ['    const positionTransform = [0, 0, 0, 0, 0, 0];', '    function compareWithLastPosition(glyphWidth) {', '      const currentTransform = getCurrentTextTransform(positionTransform);', ''].join('\n'),
  },
  {
    // The lexer read a hex string (<0041…>, how most text of CID-keyed fonts is shown: Word's,
    // InDesign's) into a shared array, emptied first (setting an array's length is a slow
    // builtin) and joined at the end: the same characters are now appended to a string.
    // pdf.js alone on the bench's ten files: 5-6 % less CPU, the same text.
    why: 'getHexString into a string',
    find: [
      '  getHexString() {',
      '    const strBuf = this.strBuf;',
      '    strBuf.length = 0;',
      '    let ch = this.currentChar;',
      '    let firstDigit = -1,',
      '      digit = -1;',
      '    this._hexStringNumWarn = 0;',
      '    while (true) {',
      '      if (ch < 0) {',
      '        warn("Unterminated hex string");',
      '        break;',
      '      } else if (ch === 0x3e) {',
      '        this.nextChar();',
      '        break;',
      '      } else if (specialChars[ch] === 1) {',
      '        ch = this.nextChar();',
      '        continue;',
      '      } else {',
      '        digit = toHexDigit(ch);',
      '        if (digit === -1) {',
      '          this._hexStringWarn(ch);',
      '        } else if (firstDigit === -1) {',
      '          firstDigit = digit;',
      '        } else {',
      '          strBuf.push(String.fromCharCode(firstDigit << 4 | digit));',
      '          firstDigit = -1;',
      '        }',
      '        ch = this.nextChar();',
      '      }',
      '    }',
      '    if (firstDigit !== -1) {',
      '      strBuf.push(String.fromCharCode(firstDigit << 4));',
      '    }',
      '    return strBuf.join("");',
      '  }',
      '',
    ].join('\n'),
    replace: [
      '  getHexString() {',
      '    let str = "";',
      '    let ch = this.currentChar;',
      '    let firstDigit = -1,',
      '      digit = -1;',
      '    this._hexStringNumWarn = 0;',
      '    while (true) {',
      '      if (ch < 0) {',
      '        warn("Unterminated hex string");',
      '        break;',
      '      } else if (ch === 0x3e) {',
      '        this.nextChar();',
      '        break;',
      '      } else if (specialChars[ch] === 1) {',
      '        ch = this.nextChar();',
      '        continue;',
      '      } else {',
      '        digit = toHexDigit(ch);',
      '        if (digit === -1) {',
      '          this._hexStringWarn(ch);',
      '        } else if (firstDigit === -1) {',
      '          firstDigit = digit;',
      '        } else {',
      '          str += String.fromCharCode(firstDigit << 4 | digit);',
      '          firstDigit = -1;',
      '        }',
      '        ch = this.nextChar();',
      '      }',
      '    }',
      '    if (firstDigit !== -1) {',
      '      str += String.fromCharCode(firstDigit << 4);',
      '    }',
      '    return str;',
      '  }',
      '',
    ].join('\n'),
  },
];

/** The source with every patch applied, or undefined if any of them does not fit it. */
export function applyPatches(source: string, patches: SourcePatch[]): string | undefined {
  let out = source;
  for (const p of patches) {
    const at = out.indexOf(p.find);
    if (at < 0 || out.indexOf(p.find, at + 1) >= 0) return undefined;
    out = out.slice(0, at) + p.replace + out.slice(at + p.find.length);
  }
  return out;
}
