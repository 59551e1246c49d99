// The indexed fields and their boosts, shared by the index builder and the query parser.
// Boosts chosen by measurement (scripts/tune-boosts.ts, mean nDCG@10 on test/labels/queries.json):
// a document title shared by all its passages says little about which passage is the answer.
// `passage`: a word typed without a field is sought there. The title is the document's, not
// the passage's: in every passage's row its words counted once per passage, so a title word was
// "common" wherever a document has many passages (FTS5's idf floors a word in over half the rows
// at nothing, and "human", "humanitarian", "advocacy" went unseen on the bundled corpus), and it
// lifted all of a document's passages alike. It is matched once per document instead, by the
// title-match ranking rule (server/search/title-match.ts), and asked for by `title:`. The
// author stays: a name is a rare word, and a query of one must find the author's passages.
export const SEARCH_FIELDS = [
  { name: 'text', boost: 1, passage: true },
  { name: 'section', boost: 1, passage: true },
  { name: 'title', boost: 0.3, passage: false },
  { name: 'author', boost: 1, passage: true },
] as const;

export type SearchField = (typeof SEARCH_FIELDS)[number]['name'];

/** The fields a word typed without a field is sought in (and excluded from): a passage's own. */
export const PASSAGE_FIELDS: readonly SearchField[] = SEARCH_FIELDS.filter((f) => f.passage).map((f) => f.name);

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
