import type { EmbeddedMetadata, Reader } from './types.js';
import { decodeText } from './txt.js';

/** Reads simple `key: value` YAML front matter; nested YAML is left to the body. */
function frontMatter(text: string): { meta: EmbeddedMetadata; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) return { meta: {}, body: text };
  const meta: EmbeddedMetadata = {};
  for (const line of m[1].split('\n')) {
    const kv = /^(\w+):\s*(.+)$/.exec(line);
    if (!kv) continue;
    const value = kv[2].replace(/^["']|["']$/g, '').trim();
    const key = kv[1].toLowerCase();
    if (key === 'title') meta.title = value;
    else if (key === 'author' || key === 'authors') meta.authors = value.split(/\s*;\s*|\s+and\s+/);
    else if (key === 'date' || key === 'year') meta.date = value;
  }
  return { meta, body: text.slice(m[0].length) };
}

export const mdReader: Reader = {
  format: 'md',
  textual: true,
  extensions: ['.md', '.markdown'],
  async read(data) {
    const { meta, body } = frontMatter(decodeText(data));
    return { format: 'md', text: body, embedded: meta, embeddedSource: 'front-matter' };
  },
};
