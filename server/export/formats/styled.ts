import type { Passage } from '../../../core/types.js';
import { STYLES, locatorTemplate, type RichFormat, type StyleId } from '../citation-js.js';
import { citeprocSession } from '../citeproc-engine.js';
import { NOTE_LABEL, escapeFor, quoteWithCitation, type Quoted } from '../quote.js';
import type { ExportItem, Exporter } from '../types.js';

// Formatted references (APA, Chicago, Harvard) in the style's bibliography order, each followed
// by its chosen passages quoted with their in-text citation and page; as plain text, as HTML
// and as RTF (both keep the style's italics, for a word processor).

/**
 * How a format lays an export out: its head and tail, a reference, a quote under it, what
 * closes a reference's block, and what stands between two references. Pieces are a reference
 * and then a quote at a time, so a large export goes out while the rest is being formatted.
 */
interface Layout {
  head(style: StyleId): string;
  reference(entry: string): string;
  quote(q: Quoted): string;
  close?: string;
  /** the user's note on the quote before it (escaped), set as the quote is */
  note: (text: string) => string;
  between: string;
  tail: string;
}

const LAYOUTS: Record<RichFormat, Layout> = {
  text: { head: () => '', reference: (e) => e, quote: (q) => (q.block ? `        ${q.body}` : `    ${q.body}`), note: (t) => `    ${t}`, between: '\n\n', tail: '\n' },
  html: {
    head: (style) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeFor(`References (${STYLES[style].label})`, 'html')}</title>
<style>.csl-entry{padding-left:2em;text-indent:-2em}.quote{margin-left:2em}blockquote{margin-left:4em}</style></head>
<body>
`,
    reference: (e) => `<div class="reference"><p class="csl-entry">${e}</p>`,
    quote: (q) => (q.block ? `<blockquote><p>${q.body}</p></blockquote>` : `<p class="quote">${q.body}</p>`),
    note: (t) => `<p class="quote note">${t}</p>`,
    close: '</div>',
    between: '\n',
    tail: '\n</body></html>\n',
  },
  // References with a hanging indent (0.5 in), short quotes indented, block quotes indented further.
  rtf: {
    head: () => '{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}\\f0\\fs24\n',
    reference: (e) => `{\\pard\\sa120\\fi-720\\li720 ${e}\\par}`,
    quote: (q) => `{\\pard\\sa120\\li${q.block ? 1440 : 720} ${q.body}\\par}`,
    note: (t) => `{\\pard\\sa120\\li720 ${t}\\par}`,
    between: '\n',
    tail: '\n}\n',
  },
};

/**
 * The references in the style's order, each followed by its quotes with their in-text
 * citations. Empty pieces mark the steps of citeproc's work, where other requests may run.
 */
function* pieces(items: ExportItem[], style: StyleId, format: RichFormat): Generator<string> {
  if (!items.length) return;
  const layout = LAYOUTS[format];
  yield layout.head(style);
  const session = yield* citeprocSession(style, format, items.map((i) => i.csl));
  try {
    const byId = new Map(items.map((i) => [i.csl.id, i]));
    // one citation per work and locator (per work and label for plain numbers)
    const cited = new Map<string, string>();
    const citation = (id: string, p: Passage) => {
      const t = locatorTemplate(p);
      const key = `${id}\u0000${t.key}`;
      let c = cited.get(key);
      if (c === undefined) cited.set(key, (c = session.cite(id, t.asked)));
      return t.fill(c);
    };
    let n = 0;
    for (const page of session.bibliography()) {
      for (const [id, reference] of page) {
        yield `${n++ ? layout.between : ''}${layout.reference(reference)}`;
        const item = byId.get(id)!;
        for (const p of item.passages) {
          yield `\n${layout.quote(quoteWithCitation(p.text, citation(id, p), style, format))}`;
          const note = item.notes?.get(p.id);
          if (note) yield `\n${layout.note(escapeFor(`${NOTE_LABEL} ${note}`, format))}`;
        }
        if (layout.close) yield `\n${layout.close}`;
      }
    }
    yield layout.tail;
  } finally {
    session.release();
  }
}

const RENDER: Record<RichFormat, { suffix: string; label: string; short: string; contentType: string; extension: string }> = {
  text: { suffix: '', label: '', short: 'text', contentType: 'text/plain; charset=utf-8', extension: 'txt' },
  html: { suffix: '-html', label: ' (HTML)', short: 'HTML', contentType: 'text/html; charset=utf-8', extension: 'html' },
  rtf: { suffix: '-rtf', label: ' (RTF, for word processors)', short: 'RTF', contentType: 'application/rtf', extension: 'rtf' },
};

function styled(style: StyleId, format: RichFormat): Exporter {
  const r = RENDER[format];
  return {
    id: `${style}${r.suffix}`,
    label: `${STYLES[style].label}${r.label}`,
    short: STYLES[style].short,
    variant: r.short,
    contentType: r.contentType,
    extension: r.extension,
    render: (items) => [...pieces(items, style, format)].join(''),
    pieces: (items) => pieces(items, style, format),
    empty: (text) => {
      const layout = LAYOUTS[format];
      const said = escapeFor(text.replace(/\s+/g, ' '), format);
      return `${layout.head(style)}${format === 'text' ? said : format === 'html' ? `<p>${said}</p>` : `{\\pard ${said}\\par}`}${layout.tail}`;
    },
  };
}

/** Every style in every rich format: apa, apa-html, apa-rtf, chicago, … */
export const styledExporters: Exporter[] = (Object.keys(STYLES) as StyleId[]).flatMap((s) => (['text', 'html', 'rtf'] as const).map((f) => styled(s, f)));
