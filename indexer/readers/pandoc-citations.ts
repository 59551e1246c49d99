// Pandoc's citation syntax in Markdown (userreview17 finding 10): `[@grace2020, p. 80]`,
// `[see @a; @b, ch. 2]`, `[-@grace2020]` and the narrative `@keller2023 [p. 4]`. Shown raw, a
// passage read "[@grace2020, p. 80]" and the citation graph never knew the note cited anything.
// Each citation is written as an author-date citation a reader knows ("(Grace 2020, p. 80)",
// "Keller (2023, p. 4)"), which the in-text citation reader (references/graph.ts) takes as it
// takes any other, and its key is kept so the graph can link it to the corpus document the key
// names (a key this product gives, `keller2023Negotiating`, or its short form `keller2023`).

/** A citation key as pandoc reads it: a letter, digit or `_` first, inner punctuation allowed, none at the end. */
const KEY = String.raw`[\p{L}\d_](?:[\p{L}\d_]|[:.#$%&+?<>~/-](?=[\p{L}\d_]))*`;
/** `[…@key…]`, not a footnote mark `[^1]`, not a link's text `[…](url)` or `[…][ref]`, not an image. */
const BRACKETED = new RegExp(String.raw`(?<!!)\[(?!\^)([^\[\]]*?-?@${KEY}[^\[\]]*)\](?![(\[:])`, 'gu');
/** One item of a group: its `@` opens the item or follows a space, as pandoc asks ("[write to press@unhcr.org]" is no citation). */
const ITEM = new RegExp(String.raw`^((?:.*?\s)?)(-?)@(${KEY})(.*)$`, 'su');
/** `@key` in running text, with an optional locator in brackets right after: not an e-mail address, not a URL's path ("medium.com/@grace2020"). */
const NARRATIVE = new RegExp(String.raw`(?<![\p{L}\d_.@\]\\/:=?&#%+~-])@(${KEY})(?:\s?\[([^\[\]]*)\](?![(\[]))?`, 'gu');

/** "grace2020" → Grace, 2020; "metcalfeHough2021Collaborative" → Metcalfe-Hough, 2021; "unhcr_handbook" → the key. */
export function keyParts(key: string): { name: string; year: string } {
  const m = /^(\p{L}+?)[_:-]?((?:19|20)\d{2}[a-z]?|nd)(?![\d])/u.exec(key);
  if (!m) return { name: key, year: '' };
  const words = m[1].split(/(?<=\p{Ll})(?=\p{Lu})|[_-]/u).filter(Boolean);
  const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('-');
  return { name, year: m[2] === 'nd' ? 'n.d.' : m[2] };
}

/** A locator as a reader writes it: pandoc's ", p. 80" and "p. 80" alike. */
const locator = (s: string): string => s.trim().replace(/^,\s*/, '').trim();

function citeOne(prefix: string, suppress: boolean, key: string, after: string): string {
  const { name, year } = keyParts(key);
  const where = locator(after);
  const who = year ? `${suppress ? '' : `${name} `}${year}` : key;
  return [prefix.trim(), [who, where].filter(Boolean).join(', ')].filter(Boolean).join(' ');
}

/** The text with each pandoc citation written out, and the keys cited, in order, each once. */
export function pandocCitations(text: string): { text: string; keys: string[] } {
  if (!text.includes('@')) return { text, keys: [] };
  // each key with where the text first cites it (one pass; a search per comparison was quadratic)
  const first = new Map<string, number>();
  const cite = (key: string, at: number) => {
    if (!first.has(key) || first.get(key)! > at) first.set(key, at);
  };
  let out = text.replace(BRACKETED, (whole, inner: string, at: number) => {
    const items = inner.split(';').map((i) => ITEM.exec(i.trim()));
    // every part of a citation group names a key; brackets round other words are left as written
    if (items.some((i) => !i)) return whole;
    return `(${items.map((i, n) => {
      cite(i![3], at + n / items.length);
      return citeOne(i![1], i![2] === '-', i![3], i![4]);
    }).join('; ')})`;
  });
  // narrative citations are read in the rewritten text: their offsets are placed by the text's own `@key`
  out = out.replace(NARRATIVE, (whole, key: string, where?: string) => {
    const { name, year } = keyParts(key);
    // "@UNOCHA" in running text is a handle far more often than a citation: a key with no year stays as written
    if (!year) return whole;
    cite(key, text.indexOf(`@${key}`));
    return `${name} (${[year, where ? locator(where) : ''].filter(Boolean).join(', ')})`;
  });
  // in the order the text cites them (bracketed groups were read first)
  return { text: out, keys: [...first.keys()].sort((a, b) => first.get(a)! - first.get(b)!) };
}
