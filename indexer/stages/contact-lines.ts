import type { Block, Furniture } from '../../core/types.js';

// A line that only says whom to contact ("For further information: ocha-sudan@un.org",
// "Contact: Jane Doe, jane@ngo.org, +41 22 917 1234") is a document's furniture, as a running
// head is: it states no finding, and as a passage it took the theme of the heading it stood under
// ("Protection", userreview18 finding 15). The rule: a paragraph holding an e-mail address or a
// telephone number (written with its country code, or after Tel/Phone/Mobile/Fax) whose other
// words, with any web address, are a label of at most LABEL_WORDS words. A sentence that gives an
// address in passing ("Reports can be made to the hotline at +249 …, which the cluster set up in
// 2023 …") says more than a label, and stays a passage.

const LABEL_WORDS = 8;
/** whitespace-separated pieces a contact line may have: the label's, two addresses, a phone number's groups */
const MAX_TOKENS = 30;
/** a contact line's length at most: a label, two addresses and a number */
const MAX_CHARS = 400;
/** words saying a number is to be called (a bare "+35 000 000" is a figure) */
const CONTACT_CUE = /\b(?:contact|call|tel|phone|telephone|mobile|cell|fax|hotline|helpline|whatsapp|sms|signal|enquiries|inquiries|information|questions|focal|reach|tél|téléphone|renseignements)\b/iu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const PHONE = /(?:\+\d{1,3}|\b(?:tel|phone|telephone|mobile|cell|fax|tél|téléphone)\.?\s*:?\s*\+?)\s*\(?\d[\d\s().-]{5,}\d/giu;
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;

/** Whether a paragraph is only contact details under a short label (the rule above). */
export function contactLine(text: string): boolean {
  const t = text.trim();
  // cheap tests first, as every paragraph of every document asks: a contact line has an @ or
  // digits, and is short (a label, an address or two, a number of a few groups)
  // (and at most MAX_CHARS long: one 100 kB piece without spaces took the address patterns
  // seconds, review18 b, 2)
  if (t.length > MAX_CHARS || (!t.includes('@') && !/\d/.test(t)) || t.split(/\s+/, MAX_TOKENS + 1).length > MAX_TOKENS) return false;
  EMAIL.lastIndex = 0;
  PHONE.lastIndex = 0;
  const email = EMAIL.test(t);
  if (!email && !PHONE.test(t)) return false;
  // a "+number" with no address nor contact word is a figure ("Funding gap: +35 000 000 USD")
  if (!email && !CONTACT_CUE.test(t)) return false;
  const rest = t.replace(EMAIL, ' ').replace(PHONE, ' ').replace(URL, ' ');
  const words = rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length <= LABEL_WORDS;
}

/** The blocks without contact lines, and those lines as back matter (kept for reports, as running heads are). */
export function withoutContactLines(blocks: Block[]): { blocks: Block[]; furniture: Furniture[] } {
  const furniture: Furniture[] = [];
  const kept = blocks.filter((b) => {
    if (b.type !== 'paragraph' || !contactLine(b.text)) return true;
    furniture.push({ kind: 'back-matter', text: b.text, page: b.page ?? null });
    return false;
  });
  return { blocks: furniture.length ? kept : blocks, furniture };
}
