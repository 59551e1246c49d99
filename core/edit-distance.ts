// Damerau-Levenshtein distance for typo tolerance (unit costs, unrestricted transpositions:
// Lowrance and Wagner's recurrence), computed over one reused typed array. It began as natural's
// DamerauLevenshteinDistance, whose undercount it no longer shares (see below). natural builds a
// matrix of objects per call, and a corrected word is compared with thousands of corpus words: at 100k passages that was gigabytes of garbage over
// a few hundred searches, and the scavenges it forced carried other requests' objects into
// the old generation, where they stay until a full collection (the server's RSS).

/** the matrix, grown to the longest pair seen (words: a few hundred cells) */
let cells = new Int32Array(32 * 32);
/** per source character, the last row it was seen on (parallel arrays: a word has few letters) */
const seenChar: number[] = [];
const seenRow: number[] = [];

/**
 * The edit distance between two words: insertions, deletions, substitutions and transpositions
 * of adjacent letters, each costing 1. With `max`, a distance above it is given as max + 1:
 * the smallest cell of a row never falls on the next row (each cell comes from the
 * row above by an edit, or from an earlier row by a transposition that costs the rows between),
 * so once a whole row is past `max` the rest is not computed and max + 1 is returned. A
 * correction compares a word with thousands of corpus words, nearly all of them far off.
 */
export function damerauLevenshtein(source: string, target: string, max = Infinity): number {
  const rows = source.length;
  const cols = target.length;
  const width = cols + 1;
  if ((rows + 1) * width > cells.length) cells = new Int32Array((rows + 1) * width * 2);
  const d = cells;
  for (let r = 0; r <= rows; r++) d[r * width] = r;
  for (let c = 1; c <= cols; c++) d[c] = c;
  seenChar.length = 0;
  seenRow.length = 0;
  for (let r = 1; r <= rows; r++) {
    const s = source.charCodeAt(r - 1);
    // natural's lastColMatch: the last column of this row where source and target matched
    let lastColMatch = 0;
    let rowMin = d[r * width];
    for (let c = 1; c <= cols; c++) {
      const t = target.charCodeAt(c - 1);
      const insert = d[r * width + c - 1] + 1;
      const remove = d[(r - 1) * width + c] + 1;
      const substitute = d[(r - 1) * width + c - 1] + (s === t ? 0 : 1);
      let cost = insert < remove ? insert : remove;
      if (substitute < cost) cost = substitute;
      if (r > 1 && c > 1 && lastColMatch) {
        const k = seenChar.indexOf(t);
        if (k >= 0) {
          const lastRow = seenRow[k];
          const transpose = d[(lastRow - 1) * width + lastColMatch - 1] + (r - lastRow - 1) + (c - lastColMatch - 1) + 1;
          if (transpose < cost) cost = transpose;
        }
      }
      d[r * width + c] = cost;
      if (cost < rowMin) rowMin = cost;
      if (s === t) lastColMatch = c;
    }
    // The row is recorded for its source character once the row is done. natural records it at
    // every column, so later columns of the same row read the row itself as the character's
    // last earlier one and charge a transposition one edit less than it costs ("adcess" came
    // out 1 edit from "address", which is 2, and was corrected to it rather than to "access").
    const k = seenChar.indexOf(s);
    if (k >= 0) seenRow[k] = r;
    else {
      seenChar.push(s);
      seenRow.push(r);
    }
    if (rowMin > max) return max + 1;
  }
  return Math.min(d[rows * width + cols], max + 1);
}
