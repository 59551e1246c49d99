// The indexed fields and their boosts, shared by the index builder and the query parser.
// Boosts chosen by measurement (scripts/tune-boosts.ts, mean nDCG@10 on test/labels/queries.json):
// a document title shared by all its passages says little about which passage is the answer.
export const SEARCH_FIELDS = [
  { name: 'text', boost: 1 },
  { name: 'section', boost: 1 },
  { name: 'title', boost: 0.3 },
  { name: 'author', boost: 1 },
] as const;

export type SearchField = (typeof SEARCH_FIELDS)[number]['name'];

/**
 * What the section field holds for a passage: its headings, and for a list item the lead-in
 * that introduces its list ("OHCHR should: …"), whose subject the item leaves unsaid.
 */
export function sectionField(p: { section: readonly string[]; leadIn?: { text: string } }): string {
  const heading = p.section.join(' ');
  return p.leadIn ? `${heading} ${p.leadIn.text}` : heading;
}

// A web address is where a source can be found, not what a passage says: its pieces ("wp",
// "content", "uploads", "org") would match queries that mean something else ("WPS" stems to "wp").
const WEB_ADDRESS = /(?:https?:\/\/|www\.)[^\s)\]>]+/giu;

/** What the text field holds for a passage: its text without web addresses. */
export function textField(text: string): string {
  return /https?:|www\./i.test(text) ? text.replace(WEB_ADDRESS, ' ') : text;
}
