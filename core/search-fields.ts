// The indexed fields and their boosts, shared by the index builder and the query parser.
export const SEARCH_FIELDS = [
  { name: 'text', boost: 1 },
  { name: 'section', boost: 1.5 },
  { name: 'title', boost: 1.2 },
  { name: 'author', boost: 1 },
] as const;

export type SearchField = (typeof SEARCH_FIELDS)[number]['name'];
