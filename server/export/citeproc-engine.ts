import { createRequire } from 'node:module';
import type CSL from 'citeproc';
import type { Engine } from 'citeproc';
import type { CslItem } from '../../core/types.js';
import { locatorOf, type PassageLocation } from '../../core/csl.js';
import { citeJs, preparedFor, STYLES, localeXml, styleXml, unwrap, type RichFormat, type StyleId } from './citation-js.js';

// One citeproc engine for a whole export: every item registered once (so 2021a/2021b and
// name disambiguation come out as in one document), the bibliography made once, then each
// quote's in-text citation made with its locator. citation-js starts over per call (a new
// parse and a state rebuild with every other item, ~5 ms), and shares one engine per style
// between calls, so an export that yields to other requests half-way needs an engine of its
// own: engines are lent from a small pool and given back when the export is done.

const POOL_SIZE = 4;
const pool = new Map<StyleId, Engine[]>();

interface Sys {
  items: Map<string, unknown>;
  retrieveItem(id: string): unknown;
  retrieveLocale(lang: string): unknown;
}

// loaded with the first export in a style, as citation-js is (see citeJs)
const require = createRequire(import.meta.url);
let citeproc: typeof CSL | undefined;

function newEngine(style: StyleId): Engine {
  const sys: Sys = {
    items: new Map(),
    retrieveItem(id) {
      const item = this.items.get(id);
      if (!item) throw new Error(`citeproc asked for an item not registered: ${id}`);
      return item;
    },
    retrieveLocale: (lang) => localeXml[lang] ?? localeXml['en-US'],
  };
  citeproc ??= require('citeproc') as typeof CSL;
  const engine = new citeproc.Engine(sys, styleXml[style], STYLES[style].lang, true);
  // as citation-js sets it: URLs and DOIs as text, not links
  engine.opt.development_extensions.wrap_url_and_doi = false;
  return engine;
}

/** Items registered, or bibliography entries made, between two turns of other requests. */
export const CITEPROC_STEP = 10;

/**
 * An engine of each style made ahead (after start-up), so no export waits for citeproc to read
 * its style: one style per call of `step`, each a few hundred milliseconds on a busy machine.
 */
export async function prepareEngines(step: () => Promise<void>): Promise<void> {
  for (const style of Object.keys(STYLES) as StyleId[]) {
    if (!pool.get(style)?.length) pool.set(style, [newEngine(style)]);
    await step();
  }
}

export interface CiteprocSession {
  /** each item's reference, in the style's bibliography order, with its id, a page at a time */
  bibliography(): Generator<[id: string, entry: string][]>;
  /** the in-text citation of an item, with the passage's page or paragraph when known */
  cite(id: string, where: PassageLocation | null): string;
  /** gives the engine back; the session must not be used after */
  release(): void;
}

/**
 * An engine of `style` writing `format` with `items` registered, lent for one export. Each
 * item costs citeproc milliseconds to register (sort keys, disambiguation) and to format, so
 * both are done a few items a step. Each step yields an empty piece of the export, a point
 * where other requests may run; an export abandoned half-way gives the engine back.
 */
export function* citeprocSession(style: StyleId, format: RichFormat, items: CslItem[]): Generator<'', CiteprocSession> {
  const engine = pool.get(style)?.pop() ?? newEngine(style);
  const sys = engine.sys as unknown as Sys;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    sys.items = new Map();
    const free = pool.get(style) ?? pool.set(style, []).get(style)!;
    if (free.length < POOL_SIZE) free.push(engine);
  };
  let ready = false;
  try {
    // citation-js's parse, as Cite.format gives it: the same data gives the same strings
    const Cite = citeJs();
    const data = new Cite(preparedFor(items, style)).data as unknown as CslItem[];
    sys.items = new Map(data.map((d) => [d.id, d]));
    engine.setOutputFormat(format);
    const ids = data.map((d) => d.id);
    // registering more items re-reads only the new ones: all of them registered in the end,
    // so disambiguation (2021a/2021b) sees the whole export
    engine.updateItems([]);
    for (let n = CITEPROC_STEP; n < ids.length; n += CITEPROC_STEP) {
      engine.updateItems(ids.slice(0, n));
      yield '';
    }
    engine.updateItems(ids);
    ready = true;
  } finally {
    if (!ready) release();
  }
  return {
    *bibliography() {
      let start: true | string = true;
      for (;;) {
        const [meta, entries] = engine.makeBibliography({ page_start: start, page_length: CITEPROC_STEP });
        const page = entries.map((e, i): [string, string] => [String(meta.entry_ids[i][0]), unwrap(e, format)]);
        if (page.length) yield page;
        if (page.length < CITEPROC_STEP) return;
        start = page[page.length - 1][0];
      }
    },
    cite(id, where) {
      const loc = where ? locatorOf(where) : null;
      return unwrap(engine.makeCitationCluster([loc ? { id, locator: loc.locator, label: loc.label } : { id }]), format === 'rtf' ? 'rtf' : 'text');
    },
    release,
  };
}
