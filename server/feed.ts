import type { Snapshot } from './index-store.js';
import type { SearchResponse } from './search/service.js';

// XML 1.0 forbids most controls and U+FFFE/U+FFFF: one in a title or passage of an older build
// would make the whole feed unreadable to a feed reader (the indexer now drops them)
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const x = (s: string) => s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** RSS 2.0 of a search's hits, for a feed reader to follow a query; links are absolute from `base` (PUBLIC_URL). */
export function rssFeed(snap: Snapshot, q: string, result: SearchResponse, base: string, selfPath: string): string {
  const items = result.hits
    .map((hit) => {
      const d = snap.documents.get(hit.passage.doc)!;
      const link = `${base}/documents/${encodeURIComponent(d.id)}#p-${hit.passage.id}`;
      return `<item><title>${x(`${d.csl.title ?? d.id}${hit.passage.page ? `, p. ${hit.passage.page}` : ''}`)}</title><link>${x(link)}</link><guid isPermaLink="false">${hit.passage.id}</guid><description>${x(hit.passage.text)}</description></item>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${x(`Policy Passages: ${q || 'all passages'}`)}</title><link>${x(base + selfPath)}</link><description>${result.total} passages</description>${items}</channel></rss>`;
}
