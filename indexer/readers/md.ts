import { parse as parseYaml } from 'yaml';
import type { EmbeddedMetadata, Reader } from './types.js';
import { readText } from './txt.js';
import { markdownDocument } from './md-blocks.js';

/** A front-matter value as text: YAML gives strings, numbers, lists and maps alike. */
function scalar(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return undefined;
}

/**
 * Authors as YAML writes them: one string ("A; B", "A and B"), a list, or maps with a name.
 * A string is split at semicolons only: splitNames (metadata/resolve.ts) splits "A and B" where
 * it is two names and keeps a body's "Food and Agriculture Organization" whole.
 */
function authors(v: unknown): string[] | undefined {
  const one = (x: unknown): string[] => {
    const s = scalar(x);
    if (s) return s.split(/\s*;\s*/).filter(Boolean);
    if (x && typeof x === 'object' && !Array.isArray(x)) {
      const o = x as Record<string, unknown>;
      const name = scalar(o.name) ?? [scalar(o.given), scalar(o.family)].filter(Boolean).join(' ');
      return name ? [name] : [];
    }
    return [];
  };
  const list = Array.isArray(v) ? v.flatMap(one) : one(v);
  return list.length ? list : undefined;
}

/** YAML front matter (between `---` lines at the very top), parsed by `yaml`; a block it cannot parse is left out of the metadata. */
export function frontMatter(text: string): { meta: EmbeddedMetadata; body: string } {
  const m = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { meta: {}, body: text };
  const meta: EmbeddedMetadata = {};
  let data: unknown;
  try {
    data = parseYaml(m[1]);
  } catch {
    data = null;
  }
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const fields = Object.fromEntries(Object.entries(data as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]));
    const title = scalar(fields.title);
    if (title) meta.title = title;
    const names = authors(fields.author ?? fields.authors);
    if (names) meta.authors = names;
    const date = scalar(fields.date ?? fields.year);
    if (date) meta.date = date;
    // the address the work is published at: a citation's URL (CSL URL, BibTeX url, RIS UR)
    const url = scalar(fields.url ?? fields.link);
    if (url && /^https?:\/\/\S+$/i.test(url)) meta.url = url;
    const doi = scalar(fields.doi);
    if (doi) meta.doi = doi;
    // who published it, and its language, as pandoc's front matter names them: without them a
    // report's citation had no publisher (userreview16: `publisher:` was read by nobody)
    const publisher = scalar(fields.publisher);
    if (publisher) meta.publisher = publisher;
    const lang = scalar(fields.lang ?? fields.language);
    // two editions of one report share title, author and publisher: without the edition their
    // citations differed by the year alone (userreview17: `edition:` was read by nobody)
    // "2nd edition", "2nd ed." as the number CSL and biblatex want (APA printed "2nd edition ed.")
    const edition = scalar(fields.edition);
    if (edition) meta.edition = /^(\d{1,3})(?:st|nd|rd|th)?(?:\s+(?:edition|ed\.?))?$/i.exec(edition)?.[1] ?? edition;
    if (lang && /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/i.test(lang)) meta.language = lang.replace(/_/g, '-');
  }
  return { meta, body: text.slice(m[0].length) };
}

export const mdReader: Reader = {
  format: 'md',
  textual: true,
  extensions: ['.md', '.markdown'],
  async read(data) {
    const { text, note: decoding } = readText(data);
    const { meta, body } = frontMatter(text);
    // the body starts after the front matter: a note's line numbers count from the file's first line
    const frontLines = text.slice(0, text.length - body.length).split(/\r\n|\r|\n/).length - 1;
    const { blocks, note: nesting } = markdownDocument(body, frontLines + 1);
    const note = [decoding, nesting].filter(Boolean).join('; ');
    return { format: 'md', text: body, blocks, embedded: meta, embeddedSource: 'front-matter', ...(note ? { note } : {}) };
  },
};
