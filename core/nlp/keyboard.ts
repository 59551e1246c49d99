// Which letters sit next to each other on a QWERTY keyboard: a finger that slips hits a
// neighbouring key, so a substitution between neighbours ("protextion") is a likelier typo than
// one between far keys, and a slip generator that wants realistic slips picks a neighbour.
// QWERTY only, the layout of the English-speaking readers the library is written for.

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** how far right each row starts, in quarter keys (the stagger of a physical keyboard) */
const OFFSETS = [0, 1, 3];

const place = new Map<string, { row: number; x: number }>();
ROWS.forEach((keys, row) => [...keys].forEach((k, i) => place.set(k, { row, x: i * 4 + OFFSETS[row] })));

/** Whether two letters are on neighbouring keys (the same row, next key; or the rows above and below, overlapping). */
export function adjacentKeys(a: string, b: string): boolean {
  const p = place.get(a.toLowerCase());
  const q = place.get(b.toLowerCase());
  if (!p || !q || a.toLowerCase() === b.toLowerCase()) return false;
  if (p.row === q.row) return Math.abs(p.x - q.x) === 4;
  return Math.abs(p.row - q.row) === 1 && Math.abs(p.x - q.x) < 4;
}

/** The letters on the keys around a letter ([] for a character not on the letter keys). */
export function keyNeighbours(letter: string): string[] {
  const l = letter.toLowerCase();
  return [...place.keys()].filter((k) => adjacentKeys(l, k));
}

/**
 * Whether `typed` is `meant` with one slip of the kinds a typing finger makes: two neighbouring
 * letters swapped, a letter dropped, a letter struck twice or with its neighbouring key beside it
 * ("ihhl", "ihjl" for "ihl"), or a letter replaced by its neighbouring key's. A substitution
 * between far keys, or a letter inserted far from the keys around it, is a likelier different word
 * than a slip ("ihrl" is not "ihhl" mistyped). Both lower-case, one edit apart.
 */
export function fingerSlip(typed: string, meant: string): boolean {
  let i = 0;
  while (i < typed.length && i < meant.length && typed[i] === meant[i]) i++;
  if (typed.length === meant.length) {
    if (typed.slice(i + 2) === meant.slice(i + 2) && typed[i] === meant[i + 1] && typed[i + 1] === meant[i]) return true;
    return typed.slice(i + 1) === meant.slice(i + 1) && adjacentKeys(typed[i], meant[i]);
  }
  if (typed.length + 1 === meant.length) return typed.slice(i) === meant.slice(i + 1);
  if (typed.length !== meant.length + 1 || typed.slice(i + 1) !== meant.slice(i)) return false;
  // the letter typed in excess, beside the letters it was struck between
  const extra = typed[i];
  const beside = [typed[i - 1], typed[i + 1]].filter((c): c is string => c !== undefined);
  return beside.some((c) => c === extra || adjacentKeys(c, extra));
}
