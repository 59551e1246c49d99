// Rule 15's elliptic forms (mentions.ts withElliptic) are each a ~1,500-character alternation,
// searched over the whole passage for every candidate actor whose name is not found as written
// (~2.3 a passage). Both of their alternatives end "… and|or <last word>" or "… and|or <one
// lower-case word> <last word>", so a plain text where no occurrence of the last word stands
// that way cannot match: the search is skipped exactly, and most are.

import { isSpace as isSpaceCode } from '../../core/text.js';

/** `lower[j]` is white space as `\s` has it; false before the text's start (NaN). */
const isSpace = (lower: string, j: number): boolean => isSpaceCode(lower.charCodeAt(j));

/** `lower[j]` ends "and" or "or" with a whitespace before it (the patterns' `\s+(?:and|or)`). */
function conjunctionEndsAt(lower: string, j: number): boolean {
  return (j >= 2 && lower.startsWith('and', j - 2) && isSpace(lower, j - 3)) || (j >= 1 && lower.startsWith('or', j - 1) && isSpace(lower, j - 2));
}

/**
 * Whether an elliptic form ending with `last` (lower case, ASCII) may match in a plain text
 * (core/text.ts isPlain) whose lower case is `lower`: some occurrence of `last` follows
 * whitespace after "and"/"or", or after "and"/"or", whitespace, a run of letters and hyphens
 * (the patterns' `[\p{Ll}-]+` under the i flag: any ASCII letter) and whitespace. A necessary
 * condition only: where it holds, the pattern decides.
 */
export function mayEndElliptic(lower: string, last: string): boolean {
  for (let i = lower.indexOf(last); i !== -1; i = lower.indexOf(last, i + 1)) {
    let j = i - 1;
    if (!isSpace(lower, j)) continue;
    while (isSpace(lower, j)) j--;
    if (conjunctionEndsAt(lower, j)) return true;
    const wordEnd = j;
    while (j >= 0 && (lower[j] === '-' || (lower[j] >= 'a' && lower[j] <= 'z'))) j--;
    if (j === wordEnd || !isSpace(lower, j)) continue;
    while (isSpace(lower, j)) j--;
    if (conjunctionEndsAt(lower, j)) return true;
  }
  return false;
}

/** The last word of an elliptic form, as the gate takes it; undefined where it is not ASCII (no gate). */
export function ellipticEnd(word: string): string | undefined {
  return /^[\x21-\x7e]+$/.test(word) ? word.toLowerCase() : undefined;
}
