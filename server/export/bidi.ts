// Unicode's explicit direction controls as an attacker may leave them in a document's metadata
// or text: an embedding or override (U+202A–U+202E) or an isolate (U+2066–U+2068) that is never
// closed reverses or reorders everything after it on the line — in a formatted reference the
// year, the URL and the DOI after the title ("Trojan Source", CVE-2021-42574). Each export closes
// what a field opens, at the field's end, so a field's direction stays its own; text that closes
// its own controls, as RTL text written properly does, is left as it is.

const OPEN_EMBEDDING = /[\u202A\u202B\u202D\u202E]/;
const OPEN_ISOLATE = /[\u2066\u2067\u2068]/;

/** The text with every direction control it leaves open closed at its end (PDF U+202C, PDI U+2069). */
export function closeBidi(text: string): string {
  if (!/[\u202A-\u202E\u2066-\u2069]/.test(text)) return text;
  // isolates nest with embeddings inside them: a PDI closes the embeddings opened since its isolate
  const open: ('e' | 'i')[] = [];
  for (const c of text) {
    if (OPEN_EMBEDDING.test(c)) open.push('e');
    else if (OPEN_ISOLATE.test(c)) open.push('i');
    else if (c === '\u202C' && open[open.length - 1] === 'e') open.pop();
    else if (c === '\u2069' && open.includes('i')) while (open.pop() !== 'i');
  }
  return text + open.reverse().map((k) => (k === 'e' ? '\u202C' : '\u2069')).join('');
}
