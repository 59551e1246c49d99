// The organs and series a United Nations document symbol opens with: a principal organ's letter
// (A General Assembly, S Security Council, E ECOSOC, T Trusteeship Council, ST Secretariat), a
// treaty body (CAT, CCPR, CED, CEDAW, CERD, CMW, CRC, CRPD, HRI), a programme's or a conference's
// series (DP UNDP/UNFPA, TD UNCTAD, UNEP, UNW UN Women, ECE, FCCC, ISBA, SPLOS, EC UNHCR's
// Executive Committee, WFP its Executive Board), and the system's bodies whose symbols
// humanitarian papers cite as often (JIU the Joint Inspection Unit's reports, "JIU/REP/2019/6";
// SG the Secretary-General's statements and press releases, "SG/SM/21000"; HSP UN-Habitat; ICSC
// the civil service commission; CCW, APLC and BWC the weapons conventions' meetings, which UNODA
// services). Reading symbols in a document's masthead
// (indexer/metadata/doc-symbol.ts), in a reference entry (indexer/references/container.ts) and in
// a query (core/nlp/identifiers.ts) had three lists that did not agree ("CRC/C/GC/26" was a
// reference's symbol in none, "HIV/AIDS/2023" a query's identifier): this is the one list.
// "E/ICEF", "E/CN.4", "CRC/C" are the organ's letters and a part after them. A query's slash
// code opening with none of these is words (reviewfix18a: "JIU/REP/2019/6", quoted as a
// symbol before refs18, had become four loose words matching any "2019").
export const UN_SERIES: readonly string[] = [
  'A', 'S', 'E', 'T', 'ST',
  'CAT', 'CCPR', 'CED', 'CEDAW', 'CERD', 'CMW', 'CRC', 'CRPD', 'HRI',
  'DP', 'TD', 'UNEP', 'UNW', 'ECE', 'FCCC', 'ISBA', 'SPLOS', 'EC', 'WFP',
  'JIU', 'SG', 'HSP', 'ICSC', 'CCW', 'APLC', 'BWC',
];

/**
 * The series as a regular expression's group, the longest first so that an alternation tries
 * "CEDAW" before "CED"; a slash must follow it (the caller's pattern writes the slash).
 */
export const UN_SERIES_PATTERN = `(?:${[...UN_SERIES].sort((a, b) => b.length - a.length).join('|')})(?=\\/)`;
