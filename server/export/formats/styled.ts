import { locatorOf } from '../../../core/csl.js';
import { STYLES, bibliographyEntries, inText, type RichFormat, type StyleId } from '../citation-js.js';
import { escapeFor, quoteWithCitation } from '../quote.js';
import type { ExportItem, Exporter } from '../types.js';

// Formatted references (APA, Chicago, Harvard) in the style's bibliography order, each followed
// by its chosen passages quoted with their in-text citation and page; as plain text, as HTML
// and as RTF (both keep the style's italics, for a word processor).

/** The references sorted by the style, each with the in-text citation and layout of its quotes. */
function entries(items: ExportItem[], style: StyleId, format: RichFormat) {
  const docs = items.map((i) => i.csl);
  const byId = new Map(items.map((i) => [i.csl.id, i]));
  // citeproc starts an engine per citation, about 5 ms each: a whole-corpus export ran 2 s. The
  // in-text citation depends only on the work and its locator, and most quotes share a page.
  const cited = new Map<string, string>();
  const citation = (item: ExportItem, p: ExportItem['passages'][number]) => {
    const loc = locatorOf(p);
    const key = `${item.csl.id}\u0000${loc?.label ?? ''}\u0000${loc?.locator ?? ''}`;
    let c = cited.get(key);
    if (c === undefined) cited.set(key, (c = inText(item.csl, style, p, format, docs)));
    return c;
  };
  return bibliographyEntries(docs, style, format).map(([id, reference]) => {
    const item = byId.get(id)!;
    return { reference, quotes: item.passages.map((p) => quoteWithCitation(p.text, citation(item, p), style, format)) };
  });
}

function renderText(items: ExportItem[], style: StyleId): string {
  const out = entries(items, style, 'text').map((e) => [e.reference, ...e.quotes.map((q) => (q.block ? `        ${q.body}` : `    ${q.body}`))].join('\n'));
  return out.join('\n\n') + (out.length ? '\n' : '');
}

function renderHtml(items: ExportItem[], style: StyleId): string {
  const body = entries(items, style, 'html')
    .map((e) => [`<div class="reference"><p class="csl-entry">${e.reference}</p>`, ...e.quotes.map((q) => (q.block ? `<blockquote><p>${q.body}</p></blockquote>` : `<p class="quote">${q.body}</p>`)), '</div>'].join('\n'))
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeFor(`References (${STYLES[style].label})`, 'html')}</title>
<style>.csl-entry{padding-left:2em;text-indent:-2em}.quote{margin-left:2em}blockquote{margin-left:4em}</style></head>
<body>
${body}
</body></html>
`;
}

function renderRtf(items: ExportItem[], style: StyleId): string {
  // References with a hanging indent (0.5 in), short quotes indented, block quotes indented further.
  const paras = entries(items, style, 'rtf').flatMap((e) => [`{\\pard\\sa120\\fi-720\\li720 ${e.reference}\\par}`, ...e.quotes.map((q) => `{\\pard\\sa120\\li${q.block ? 1440 : 720} ${q.body}\\par}`)]);
  return `{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}\\f0\\fs24\n${paras.join('\n')}\n}\n`;
}

const RENDER: Record<RichFormat, { suffix: string; label: string; contentType: string; extension: string; render: (items: ExportItem[], style: StyleId) => string }> = {
  text: { suffix: '', label: '', contentType: 'text/plain; charset=utf-8', extension: 'txt', render: renderText },
  html: { suffix: '-html', label: ' (HTML)', contentType: 'text/html; charset=utf-8', extension: 'html', render: renderHtml },
  rtf: { suffix: '-rtf', label: ' (RTF, for word processors)', contentType: 'application/rtf', extension: 'rtf', render: renderRtf },
};

/** Passages a formatted export holds: each quote is one citeproc run (its own page or paragraph). */
export const STYLED_EXPORT_LIMIT = 100;

function styled(style: StyleId, format: RichFormat): Exporter {
  const r = RENDER[format];
  return { id: `${style}${r.suffix}`, label: `${STYLES[style].label}${r.label}`, contentType: r.contentType, extension: r.extension, maxPassages: STYLED_EXPORT_LIMIT, render: (items) => (items.length ? r.render(items, style) : '') };
}

/** Every style in every rich format: apa, apa-html, apa-rtf, chicago, … */
export const styledExporters: Exporter[] = (Object.keys(STYLES) as StyleId[]).flatMap((s) => (['text', 'html', 'rtf'] as const).map((f) => styled(s, f)));
