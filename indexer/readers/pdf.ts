import { PDFParse, PasswordException, InvalidPDFException, FormatError, getDocument, PDFJS_DATA, saveCodeCache } from './pdfjs.js';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { sidewaysAsShown, uprightPoint } from './upright.js';
import { plausibleTitle } from './info-title.js';
import { withoutZeroWidthSpace } from './zero-width-space.js';
import type { TextItem as PdfjsTextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api.js';
import type { EmbeddedMetadata, LayoutPage, PageRange, PageShare, ReadOptions, ReadResult, Reader, TextItem } from './types.js';
import { ReadError } from './types.js';

// pdf-parse opens and validates the file and reads the Info dictionary and bookmarks; the
// layout (fonts, sizes, positions) comes from the pdfjs-dist text items pdf-parse is built on,
// because its plain text has lost what tells a heading, a footnote or a running footer apart.

interface PdfFontObject {
  name?: string;
  loadedName?: string;
}

function sniff(data: Buffer): void {
  if (data.length === 0) throw new ReadError('empty file');
  const head = data.subarray(0, 1024).toString('latin1');
  if (!head.includes('%PDF-')) throw new ReadError('not a PDF (no %PDF- header)');
  // A file cut short has no end-of-file marker and usually no trailer; pdfjs can rebuild
  // some pages from such a file, but an index of half a document must not pass as complete.
  const tail = data.subarray(Math.max(0, data.length - 2048)).toString('latin1');
  if (!tail.includes('%%EOF')) throw new ReadError('truncated or corrupt (no end-of-file marker or trailer)');
}

function classify(error: unknown): ReadError {
  if (error instanceof ReadError) return error;
  if (error instanceof PasswordException || (error as Error)?.name === 'PasswordException') {
    return new ReadError('encrypted, password required');
  }
  if (error instanceof InvalidPDFException || error instanceof FormatError) {
    return new ReadError(`truncated or corrupt (${(error as Error).message})`);
  }
  return new ReadError(`unreadable PDF (${(error as Error)?.message ?? String(error)})`);
}

function splitAuthors(author: string | undefined): string[] | undefined {
  if (!author?.trim()) return undefined;
  return author
    .split(/\s*;\s*|\s*&\s*|\s+and\s+/)
    .map((a) => a.trim())
    .filter(Boolean);
}

function pdfDate(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = /^D:(\d{4})(\d{2})?/.exec(raw);
  return m ? (m[2] ? `${m[1]}-${m[2]}` : m[1]) : undefined;
}

type OutlineNode = { title: string; items?: OutlineNode[] };

function flattenOutline(nodes: OutlineNode[] | null | undefined, level = 1): { title: string; level: number }[] {
  if (!nodes) return [];
  return nodes.flatMap((n) => [{ title: n.title, level }, ...flattenOutline(n.items, level + 1)]);
}

function fontStyle(name: string): { bold: boolean; italic: boolean; serif: boolean } {
  const base = name.replace(/^[A-Z]{6}\+/, '');
  return {
    // TeX's Computer Modern and EC fonts say bold as BX or B and italic as TI or SL (CMBX10,
    // SFBX1000, CMTI10); foundries abbreviate Bold as Bd and Italic as It after a hyphen.
    bold: /bold|black|heavy|semibold|demi|[-,_](?:bd|bdit|bdcn)$|^(?:cm|sf|ec|lm)(?:ss)?bx?(?:ti|sl)?\d/i.test(base),
    italic: /italic|oblique|[-,_](?:it|bdit|ita)$|^(?:cm|sf|ec|lm)(?:bx|ss)?(?:ti|sl|ssi)\d/i.test(base),
    serif: !/sans|arial|helvetica|calibri|verdana|tahoma|segoe|gothic|grotesk/i.test(base),
  };
}

const CLEANUP_EVERY = 100;

type FontStyle = ReturnType<typeof fontStyle> & { name: string };

/** A page read, its items' `font` still pdf.js's id for the font (see PageReader.named). */
interface PageText {
  page: LayoutPage;
  styles: Record<string, { fontFamily?: string }>;
  /** fonts of its items */
  fonts: Set<string>;
}

async function readText(doc: PDFDocumentProxy, n: number): Promise<PageText> {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  page.cleanup();
  const upright = uprightPoint(viewport);
  const sideways = sidewaysAsShown(viewport.rotation);
  const fonts = new Set<string>();
  const items: TextItem[] = [];
  // Text running up or down the page as shown is left out when most of the page's runs across
  // (a turned page's folio, a margin stamp); a page set sideways as a whole is read as before.
  const aside = new Set<TextItem>();
  let across = 0;
  let up = 0;
  let previous: TextItem | undefined;
  for (const raw of content.items as (PdfjsTextItem | TextMarkedContent)[]) {
    if (!('str' in raw) || raw.str === '') continue;
    const [a, b, , d, e, f] = raw.transform as number[];
    const size = Math.hypot(a, b) || Math.abs(d);
    const [x, y] = upright(e, f);
    const drawn = { str: raw.str, x, y, width: raw.width, size: Math.round(size * 10) / 10, font: raw.fontName, bold: false, italic: false, serif: false };
    // a soft hyphen not broken at is no word space (zero-width-space.ts)
    const item = sideways(a, b) ? drawn : withoutZeroWidthSpace(drawn, previous);
    previous = sideways(a, b) ? undefined : item;
    items.push(item);
    if (sideways(a, b)) {
      aside.add(item);
      up += raw.str.length;
    } else across += raw.str.length;
  }
  const margin = aside.size && up <= across ? outsideAcross(items, aside) : undefined;
  const kept = margin ? items.filter((i) => !aside.has(i) || !margin(i)) : items;
  for (const i of kept) fonts.add(i.font);
  return { page: { n, width: viewport.width, height: viewport.height, items: kept }, styles: content.styles, fonts };
}

/**
 * Whether a sideways item stands outside the box of the page's text running across: a turned
 * page's folio, a margin stamp, an arXiv-style identifier up the edge. One inside it (a table's
 * column heads turned up, a small table turned on a page of text) is content and is kept
 * (review20c finding 3): it was read, if in pieces, before sideways text was left out.
 */
function outsideAcross(items: TextItem[], aside: Set<TextItem>): (item: TextItem) => boolean {
  let [left, right, top, bottom] = [Infinity, -Infinity, -Infinity, Infinity];
  for (const i of items) {
    if (aside.has(i)) continue;
    [left, right, top, bottom] = [Math.min(left, i.x), Math.max(right, i.x + i.width), Math.max(top, i.y), Math.min(bottom, i.y)];
  }
  return (item) => item.x < left || item.x > right || item.y < bottom || item.y > top;
}

function fontStyleOf(name: string, family: string | undefined): FontStyle {
  const style = { name, ...fontStyle(name) };
  if (family === 'sans-serif') style.serif = false;
  return style;
}

/** pdf.js on a PDF's bytes, as this reader and a process reading pages for it (PageShare) open it. */
async function openDocument(data: Buffer): Promise<PDFDocumentProxy> {
  // maxImageSize 1: no image is ever decoded. Text is all the indexer wants, and decoding is
  // where pdf.js spends most of its time, and loops on some JBIG2 images.
  return getDocument({ data: new Uint8Array(data), verbosity: 0, isEvalSupported: false, maxImageSize: 1, ...PDFJS_DATA }).promise;
}

/** Reads pages of one open document, in any order: each page's text is the same whichever came before. */
export class PageReader {
  private readonly fonts = new Map<string, FontStyle>();
  private count = 0;

  private constructor(private readonly doc: PDFDocumentProxy) {}

  /** For a process that reads pages of a document another one has opened (see PageShare). */
  static async open(data: Buffer): Promise<PageReader> {
    try {
      return new PageReader(await openDocument(data));
    } catch (error) {
      throw classify(error);
    }
  }

  static of(doc: PDFDocumentProxy): PageReader {
    return new PageReader(doc);
  }

  async pages({ from, to }: PageRange): Promise<LayoutPage[]> {
    const out: LayoutPage[] = [];
    let read: PageText[] = [];
    for (let n = from; n <= to; n++) {
      read.push(await readText(this.doc, n));
      // pdf.js keeps every page it has parsed, and its fonts, until told otherwise: a long
      // document would otherwise hold hundreds of MB that the pages read so far no longer need.
      // The fonts go too, so the pages read so far are given their names first.
      if (++this.count % CLEANUP_EVERY === 0) {
        out.push(...(await this.named(read)));
        read = [];
        await this.doc.cleanup();
      }
    }
    out.push(...(await this.named(read)));
    return out;
  }

  /**
   * The pages with their fonts' real names (and so bold and italic), which reach this side only
   * with a page's operator list: pdf.js's text items name a font by an id of its own. An
   * operator list costs a page's whole parse again, glyph outlines included (images are not
   * decoded: maxImageSize, see openDocument), and brings every font that page uses; so the
   * fonts not named yet are fetched with as few pages' lists as cover them (the page using the
   * most of them first, then the one with fewer items), rather than one list for every page
   * that uses a font no earlier page did: 15 lists instead of 32 for the bench's ten files.
   */
  private async named(pages: PageText[]): Promise<LayoutPage[]> {
    const unnamed = new Set<string>();
    for (const p of pages) for (const id of p.fonts) if (!this.fonts.has(id)) unnamed.add(id);
    const first = (id: string) => pages.find((p) => p.fonts.has(id))!;
    while (unnamed.size) {
      let best = pages[0];
      let covers = -1;
      for (const p of pages) {
        let c = 0;
        for (const id of p.fonts) if (unnamed.has(id)) c++;
        if (c > covers || (c === covers && p.page.items.length < best.page.items.length)) [best, covers] = [p, c];
      }
      const page = await this.doc.getPage(best.page.n);
      // A font an earlier list brought needs none of its own.
      if (![...best.fonts].every((id) => !unnamed.has(id) || page.commonObjs.has(id))) {
        await page.getOperatorList().catch(() => undefined);
        page.cleanup();
      }
      for (const id of best.fonts) {
        if (!unnamed.has(id)) continue;
        unnamed.delete(id);
        const family = first(id).styles[id]?.fontFamily;
        let name = family ?? id;
        try {
          const obj = page.commonObjs.get(id) as PdfFontObject | undefined;
          if (obj?.name) name = obj.name;
        } catch {
          // font not resolved: fall back to the family pdfjs reports
        }
        this.fonts.set(id, fontStyleOf(name, family));
      }
    }
    for (const { page } of pages) {
      for (const item of page.items) {
        const style = this.fonts.get(item.font)!;
        item.font = style.name;
        item.bold = style.bold;
        item.italic = style.italic;
        item.serif = style.serif;
      }
    }
    return pages.map((p) => p.page);
  }

  close(): Promise<void> {
    return this.doc.destroy();
  }
}

/** Pages 1 to `total`: the runs claimed here, read here, and the rest as the others read them. */
async function readShared(reader: PageReader, total: number, share: PageShare): Promise<LayoutPage[]> {
  const pages: LayoutPage[] = [];
  for (let run = await share.claim(total); run; run = await share.claim(total)) pages.push(...(await reader.pages(run)));
  // A run whose reader failed (killed at its deadline or memory cap) is read here after all.
  for (const run of await share.lent()) pages.push(...(run.pages ?? (await reader.pages(run))));
  return pages.sort((a, b) => a.n - b.n);
}

export const pdfReader: Reader = {
  format: 'pdf',
  extensions: ['.pdf'],
  cacheable: true,
  async read(data: Buffer, options: ReadOptions): Promise<ReadResult> {
    sniff(data);
    const parser = new PDFParse({ data: new Uint8Array(data), verbosity: 0 });
    let embedded: EmbeddedMetadata = {};
    let outline: { title: string; level: number }[] = [];
    try {
      const info = await parser.getInfo();
      const dict = (info.info ?? {}) as Record<string, unknown>;
      embedded = {
        title: plausibleTitle(dict.Title),
        authors: splitAuthors(typeof dict.Author === 'string' ? dict.Author : undefined),
        date: pdfDate(dict.CreationDate),
        subject: typeof dict.Subject === 'string' ? dict.Subject : undefined,
        keywords: typeof dict.Keywords === 'string' ? dict.Keywords : undefined,
      };
      outline = flattenOutline(info.outline as OutlineNode[] | null);
    } catch (error) {
      throw classify(error);
    } finally {
      await parser.destroy();
    }

    let doc: PDFDocumentProxy | undefined;
    try {
      doc = await openDocument(data);
      const total = doc.numPages;
      const limit = Math.min(total, options.maxPages);
      const reader = PageReader.of(doc);
      const pages = options.share ? await readShared(reader, limit, options.share) : await reader.pages({ from: 1, to: limit });
      if (pages.every((p) => p.items.every((i) => !i.str.trim()))) {
        throw new ReadError('no text layer (image only, needs OCR)');
      }
      const labels = await doc.getPageLabels();
      // pdf.js's functions for reading a PDF are compiled by now: the next process can skip that.
      saveCodeCache();
      return {
        format: 'pdf',
        pages,
        embedded,
        embeddedSource: 'pdf-info',
        outline,
        pageLabels: labels ? labels.slice(0, limit) : null,
        partial: limit < total ? `page limit: read ${limit} of ${total} pages` : undefined,
      };
    } catch (error) {
      throw classify(error);
    } finally {
      await doc?.destroy();
    }
  },
};
