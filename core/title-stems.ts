import { contentStems, words } from './analysis.js';

// A document title's content stems, which title match compares with a query's (server/search/
// title-match.ts). Stemming a title costs 13–21 µs (serve14); a fresh server at 100k passages stemmed
// its 4,193 titles one by one in its first few hundred searches (2.7 % of a warm profile). An FTS5 build
// writes every title's stems (library.db's title_stems, format 17) and the server hands them
// over here when it opens the build, so a search reads them instead. They are a pure function of
// the title string (the same analysis writes and reads them; a change to it bumps the format),
// so both are kept per title string, whichever build a title came from.

/** stems kept per title, at most (a library's documents; a few MB at 40,000) */
const TITLES_KEPT = 50_000;
const kept = new Map<string, ReadonlySet<string>>();
/** the stems a build wrote: made a set on a title's first use */
const written = new Map<string, readonly string[]>();

/** A title's stems as a build writes them, in the title's order. */
export function titleStemList(title: string): string[] {
  return contentStems(words(title));
}

/**
 * A build's stored title stems (`title_stems`, JSON) checked: one list of strings per title. A
 * row that is there but wrong is a damaged build, refused when it is opened: an entry stored as
 * a number made every search reaching its document throw, one stored as a string gave its
 * letters as stems (title match then rewards a query for single letters).
 */
export function parseTitleStems(json: string, titles: number): string[][] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('library.db: the title stems are not JSON');
  }
  if (!Array.isArray(parsed)) throw new Error('library.db: the title stems are not a list');
  if (parsed.length !== titles) throw new Error(`library.db: ${parsed.length} title stems for ${titles} titles`);
  parsed.forEach((entry: unknown, i) => {
    if (!Array.isArray(entry) || !entry.every((s) => typeof s === 'string')) throw new Error(`library.db: the stems of title ${i} are not a list of words`);
  });
  return parsed as string[][];
}

/** A build's titles and the stems it wrote for them (`titleStemList`), in the same order. */
export function rememberTitleStems(titles: readonly string[], stems: readonly (readonly string[])[]): void {
  if (titles.length !== stems.length) throw new Error(`${stems.length} title stems for ${titles.length} titles`);
  if (written.size + titles.length > TITLES_KEPT) written.clear();
  titles.forEach((t, i) => written.set(t, stems[i]));
}

/** A title's content stems: the written ones when a build gave them, else stemmed now; remembered either way. */
export function stemsOfTitle(title: string): ReadonlySet<string> {
  let stems = kept.get(title);
  if (!stems) {
    if (kept.size >= TITLES_KEPT) kept.clear();
    stems = new Set(written.get(title) ?? titleStemList(title));
    kept.set(title, stems);
  }
  return stems;
}
