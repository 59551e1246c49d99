// Text as BibTeX fields hold it: LaTeX's own commands for accented and special letters, each
// a BibTeX "special character" ({\'E}) whose braces always balance, and the UTF-8 letter where
// LaTeX has no command of its own (biber, pandoc and bibtex with a UTF-8 document read it):
// Ħ, not citation-js's \Hwithstroke{}, which no package defines; Ŧ, Cyrillic or Arabic, which
// citation-js's own escaping dropped.

/** Combining marks and LaTeX's accent commands for them (LaTeX's utf8 definitions use the same). */
const ACCENTS: Record<string, string> = {
  '\u0300': '`', '\u0301': "'", '\u0302': '^', '\u0303': '~', '\u0304': '=', '\u0306': 'u', '\u0307': '.', '\u0308': '"',
  '\u030A': 'r', '\u030B': 'H', '\u030C': 'v', '\u0323': 'd', '\u0326': 'textcommabelow', '\u0327': 'c', '\u0328': 'k', '\u0331': 'b',
};
/**
 * Letters with a command in LaTeX's default (OT1) encoding. Not T1's \DH, \TH, \DJ, \NG:
 * they fail in an OT1 document and pandoc drops them (Ð, Þ, Đ, Ŋ vanished from its titles),
 * so those stay UTF-8 letters, as Ħ does.
 */
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', ı: 'i', ȷ: 'j' };

/**
 * Characters LaTeX reads as commands, and typographic marks as TeX writes them. <, > and | are
 * no commands, but LaTeX's default (OT1) font has other glyphs in their slots: "Children <5
 * years" printed as "Children ¡5 years"; \textless{} and \textgreater{} take the glyph from a
 * font that has it in any encoding. | as \ensuremath{|}, not \textbar{}: pandoc 2.17 (Debian's)
 * drops \textbar and the bar with it, and reads \ensuremath{|} as "|" (biber keeps it as written).
 */
const SPECIAL: Record<string, string> = {
  '&': '\\&', '%': '\\%', $: '\\$', '#': '\\#', _: '\\_', '{': '\\{', '}': '\\}',
  '~': '\\textasciitilde{}', '^': '\\textasciicircum{}', '\\': '\\textbackslash{}',
  '<': '\\textless{}', '>': '\\textgreater{}', '|': '\\ensuremath{|}',
  '–': '--', '—': '---', '‘': '`', '’': "'", '“': '``', '”': "''", '\u00A0': '~',
};

/** One letter with its marks as a special character ({\'E}, {\c{c}}, {\'{\"u}}), or null when LaTeX has no command for a mark or the letter. */
function accented(base: string, marks: string[]): string | null {
  const commands = marks.map((m) => ACCENTS[m]);
  if (!/^[A-Za-z]$/.test(base) || commands.some((c) => c === undefined)) return null;
  // {\'i}, not the old {\'\i}: pandoc reads \i under an accent as a dotless ı with the mark
  let tex = base;
  commands.forEach((c, k) => {
    const symbol = !/^[a-z]/i.test(c);
    tex = `\\${c}${symbol && k === 0 ? tex : `{${tex}}`}`;
  });
  return `{${tex}}`;
}

/**
 * Braces of a text that do not pair up in order ("back} slash {open", "{Brussels"), written as
 * \ensuremath{\lbrace} and \ensuremath{\rbrace}: BibTeX and biber count every brace of a field,
 * escaped or not, so a \} before its \{ closed the field there and the rest of the file was a
 * syntax error (bibtex: "I was expecting a `,' or a `}'"; biber skipped the entry). Braces that
 * pair up stay \{ and \}, which pandoc reads in names too (it prints \lbrace there); pandoc 2.17
 * drops \textbraceleft and \char123 but reads \ensuremath{\lbrace} in a title as "{".
 */
function bracesPair(text: string): boolean {
  let depth = 0;
  for (const c of text) if ((depth += c === '{' ? 1 : c === '}' ? -1 : 0) < 0) return false;
  return depth === 0;
}
const MATH_BRACES: Record<string, string> = { '{': '\\ensuremath{\\lbrace}', '}': '\\ensuremath{\\rbrace}' };

/**
 * Printable ASCII but LaTeX's specials (# $ % & < > \\ ^ _ { | } ~), in runs not followed by a
 * combining mark (whose letter is a cluster of its own): written as they are, a run at a time.
 */
const PLAIN_RUN = /[\x20-\x22\x27-\x3B\x3D\x3F-\x5B\x5D\x60-\x7A]+(?!\p{M})/gu;

/**
 * A text as a BibTeX field's value: every brace it adds closed, and every brace it holds. Plain
 * ASCII runs are copied whole: a letter at a time, a 2,000-passage BibTeX export spent four
 * fifths of its 560–810 ms of CPU here at 100k (attack20); the answer is latexByCluster's.
 */
export function latexText(text: string): string {
  const braces = bracesPair(text) ? {} : MATH_BRACES;
  const nfc = text.normalize('NFC');
  let out = '';
  let at = 0;
  for (const run of nfc.matchAll(PLAIN_RUN)) {
    if (run.index > at) out += clusters(nfc.slice(at, run.index), braces, out.slice(-1));
    out += run[0];
    at = run.index + run[0].length;
  }
  return at < nfc.length ? out + clusters(nfc.slice(at), braces, out.slice(-1)) : out;
}

/** latexText a letter with its marks at a time: the reference the runs of plain ASCII must agree with (a test compares them). */
export function latexByCluster(text: string): string {
  return clusters(text.normalize('NFC'), bracesPair(text) ? {} : MATH_BRACES);
}

/**
 * `before`: the last character written before the text. TeX joins quote marks into ligatures
 * left to right, so ’” written '''  printed ”’ (a quotation that ends with one inside it): a mark
 * after a mark of the same stroke is kept apart by an empty group.
 */
function clusters(text: string, braces: Record<string, string>, before = ''): string {
  let out = '';
  const last = () => (out ? out.slice(-1) : before);
  // a letter with its combining marks at a time, so "x̌" (no precomposed form) stays together
  for (const cluster of text.match(/\P{M}\p{M}*|\p{M}+/gu) ?? []) {
    if (cluster in braces) out += braces[cluster];
    else if (cluster in SPECIAL) out += (/^[`']/.test(SPECIAL[cluster]) && last() === SPECIAL[cluster][0] ? '{}' : '') + SPECIAL[cluster];
    else if (cluster in LETTERS) out += `{\\${LETTERS[cluster]}}`;
    else if (/^[\x20-\x7E]$/.test(cluster)) out += cluster;
    else {
      const [base, ...marks] = [...cluster.normalize('NFD')];
      out += (marks.length && accented(base, marks)) || cluster;
    }
  }
  return out;
}

/**
 * A title for BibTeX. Bibliography styles change the case of titles (plain.bst would print
 * "Unhcr and …"); braces keep a word as written, so every word with a capital is braced
 * whole — {UNHCR}, {Metcalfe-Hough}, {{\'E}tat} — but for a first word capitalised as a
 * sentence starts ({\'E}valuation), which styles keep. Braced from the Unicode title, not
 * from citation-js's LaTeX: its "{\' E}valuation" had been split at the space and braced
 * as "{\' {Evaluation}", a brace left open that made pandoc, biber and bibtex reject the file.
 */
export function bibtexTitle(title: string): string {
  let first = true;
  return title
    .split(/(\s+)/)
    .map((w) => {
      if (!w || /^\s+$/.test(w)) return w.replace(/\s+/g, ' ');
      const capitals = w.match(/\p{Lu}/gu)?.length ?? 0;
      const sentenceStart = first && capitals === 1 && /^\p{Lu}/u.test(w);
      first = false;
      if (!capitals || sentenceStart) return latexText(w);
      // A brace followed by a backslash is a BibTeX "special character", whose letters a style
      // lower-cases (plain.bst printed {\textbackslash{}LaTeX} as "\latex"): a word opening with
      // a command is braced twice, so the outer brace protects it as a group
      const tex = latexText(w);
      return tex.startsWith('\\') ? `{{${tex}}}` : `{${tex}}`;
    })
    .join('');
}
