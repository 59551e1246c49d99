import { breaksWord } from '../stages/repair.js';

/**
 * A title set on several lines, joined. A line ending in a hyphen broken before a lower-case
 * word is the typesetter's break where it is one: a soft hyphen or U+2010/U+2011 always (a
 * title's own compound is typed with "-"), an ASCII hyphen where the joined word is English
 * (breaksWord, as the body's dehyphenation decides with no vocabulary). The latex2col copy of
 * an ODI note had been titled "… opportunities and cha‐ llenges" in every export
 * (userreview19a finding 4); "decision- making" is still "decision-making", "Boutros- Ghali"
 * "Boutros-Ghali".
 */
export function joinTitleLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const broken = /(\p{L}+)([-\u00AD\u2010\u2011])$/u.exec(out);
    const next = /^(\p{L}+)/u.exec(line);
    if (broken && next) {
      const [, left, hyphen] = broken;
      const head = out.slice(0, -hyphen.length);
      // before a capital, a name's or an acronym's compound ("Boutros-Ghali", "UN-led")
      const lower = /^\p{Ll}/u.test(next[1]);
      out = lower && (hyphen !== '-' || breaksWord(left, next[1])) ? head + line : `${head}${hyphen === '\u00AD' ? '' : '-'}${line}`;
      continue;
    }
    out = out ? `${out} ${line}` : line;
  }
  return out.replace(/\s+/g, ' ').trim();
}
