import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Block, DocumentRecord, FileReport, Furniture, Passage } from '../core/types.js';
import { sha256 } from '../core/text.js';
import { familyName } from '../core/csl.js';
import { readerFor } from './readers/registry.js';
import { ReadError, type LayoutPage, type PageShare, type ReadResult } from './readers/types.js';
import { layoutBlocks } from './stages/layout-blocks.js';
import { layoutBySheet, sheetLabels } from './stages/sheets.js';
import type { Structured } from './stages/block-rules.js';
import { textBlocks } from './stages/text-blocks.js';
import { givenBlocks } from './stages/given-blocks.js';
import { repairBlocks } from './stages/repair.js';
import { DEFAULT_SEGMENT, segment } from './stages/segment.js';
import { matchEntry, type CatalogEntry } from './metadata/catalog-entry.js';
import { actorNames, citationLineOnly, journalCitation, openingCitation, placeNames, resolveMetadata, themeNames } from './metadata/resolve.js';
import { titleBlockLines, withTitleBlock } from './metadata/title-block.js';
import { EXTRACTOR_VERSION, extractionCacheKey, type ExtractionCache } from './cache.js';
import { DocumentCache, entriesRead } from './document-cache.js';
import { Tagger, aggregateTags, languageOfDocument } from './tag/tagger.js';
import type { PreparedDocument } from './prepare-document.js';
import { withoutControlCharacters } from './stages/repair.js';
import { withoutContactLines } from './stages/contact-lines.js';
import { withTitleDate } from './metadata/title-date.js';
import { ownLabelsIfPrinted } from './stages/label-choice.js';
import { withFolioRange } from './metadata/folio-range.js';
import { dateAlone, labelledDate } from './metadata/date-alone.js';
import { gazetteer } from './references/parse.js';

export { EXTRACTOR_VERSION, extractionCacheKey } from './cache.js';

export interface ProcessOptions {
  maxPages: number;
  /** a soft limit for in-process callers; the worker pool enforces a hard one instead */
  timeoutMs?: number;
  /** text and Markdown files larger than this are skipped (default TEXT_LIMIT_BYTES) */
  maxTextBytes?: number;
  cache?: ExtractionCache;
  /** documents built by earlier runs (document-cache.ts): an unchanged file is not built again */
  documents?: DocumentCache;
  /** the identity of the code that reads (code-identity.ts), part of the cache key: a reader changed without a bump of EXTRACTOR_VERSION reads again */
  codeId?: string;
  /** default: a tagger over taxonomy/taxonomy.json */
  tagger?: Tagger;
  /** other processes that may read some of this file's pages (the worker pool's idle workers) */
  share?: PageShare;
}

// The taxonomy's loader (and zod, which checks the file) only where no tagger is given: a pool
// worker gets its tagger from the taxonomy the pool read and checked once, and loading zod cost
// each worker ~40 ms of its start.
let defaultTagger: Promise<Tagger> | null = null;
const taggerFor = async (options: ProcessOptions) => options.tagger ?? (await (defaultTagger ??= import('../core/taxonomy.js').then(({ loadTaxonomy }) => new Tagger(loadTaxonomy()))));

export interface ProcessedFile {
  report: FileReport;
  document?: DocumentRecord;
  passages?: Passage[];
  /** in place of `passages`, when the worker pool was asked to prepare documents */
  prepared?: PreparedDocument;
  blocks?: Block[];
  furniture?: Furniture[];
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadError(`time limit: still reading after ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Text is read whole into memory and structured line by line; past this size a file is almost
 * always a data dump or a concatenation, and is reported rather than allowed to stall the batch.
 */
export const TEXT_LIMIT_BYTES = 16 * 1024 * 1024;

const mb = (bytes: number) => `${Math.round(bytes / 104857.6) / 10} MB`;

function fileError(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'ENOENT') return 'disappeared while indexing (file not found)';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EIO') return 'cannot be read (input/output error)';
  return undefined;
}

/**
 * Pages with no text on them in a file that has text: a scanned or pictured page search cannot
 * see, whose words are missing from the passages. The user is told which, with the reader's note.
 */
export function textlessPages(pages: LayoutPage[] | undefined): string | undefined {
  if (!pages) return undefined;
  const texted = pages.map((p) => p.items.some((i) => i.str.trim() !== ''));
  const empty = pages.filter((p, i) => !texted[i]).map((p) => p.n);
  if (!texted.includes(true) || !empty.length) return undefined;
  const shown = empty.length > 10 ? `${empty.slice(0, 10).join(', ')} and ${empty.length - 10} more` : empty.join(', ');
  // Most are full-page photos, maps or charts, as reports print them; a scan is the rarer case.
  return empty.length === 1 ? `page ${shown} has no text (a figure or a scan?)` : `pages ${shown} have no text (figures or scans?)`;
}

/**
 * Why a file that was read gave no passage, in terms of what was in it: nothing at all, or only
 * lines taken out as title, running heads or front matter (quoted, so the user sees which). It
 * said "empty or only front matter" for both, and a one-page PDF whose one line became its
 * title looked unread.
 */
export function noPassagesReason(read: ReadResult, furniture: readonly Furniture[], headings: readonly string[] = []): string {
  const pages = read.pages ? ` (${read.pages.length} page${read.pages.length === 1 ? '' : 's'} read)` : '';
  // a heading with nothing under it (a Markdown file of `# Only a title`) is text read too: said
  // as the PDF and text paths say a lone line taken as the title, not "no text found"
  const lines = [...furniture.map((f) => f.text.trim()), ...headings.map((h) => h.trim())].filter(Boolean);
  if (!lines.length) return `no text found after cleaning${pages}`;
  const words = lines.join(' ').split(/\s+/).length;
  const shown = lines.join(' / ');
  const quoted = shown.length > 80 ? `${shown.slice(0, 77)}…` : shown;
  return `no body text${pages}: its only text, ${words} word${words === 1 ? '' : 's'} ("${quoted}"), was taken as title, ${headings.some((h) => h.trim()) ? 'headings, ' : ''}running heads or front matter`;
}

/** A heading that ends with a year after a comma or a point: a byline's place and date, not a title. */
const BYLINE_DATE = /[,·|•][^,·|•]*(?<!\d)(?:19|20)\d{2}\s*$/u;

const notes = (read: ReadResult) => [read.note, textlessPages(read.pages)].filter(Boolean).join('; ') || undefined;

/**
 * The language the text is written in, where no catalog or front matter gave one, so that a
 * style formats the title as that language's (citeproc title-cases English titles only: a French
 * title came out "La Protection Des Civils Au Sahel") and BibTeX says `langid`. English is
 * recorded too, by the same detector and threshold (userreview16: a PDF and a Markdown file had
 * no language while the French note had `fr`): a style formats an English title the same either
 * way, but biblatex hyphenates by `langid` (a document's main language otherwise) and Zotero
 * fills its Language field from RIS `LA` / CSL `language`.
 */
export function recordLanguage(csl: DocumentRecord['csl'], provenance: DocumentRecord['provenance'], passages: readonly Passage[]): void {
  if (csl.language) return;
  const lang = languageOfDocument(passages);
  if (!lang) return;
  csl.language = lang;
  provenance.language = 'text';
}

/** Pure from here on: a read file and its catalog entry to structure, metadata and passages. */
export function buildDocument(
  file: string,
  hash: string,
  read: ReadResult,
  entries: CatalogEntry[],
  tagger: Tagger,
): { document: DocumentRecord; passages: Passage[]; blocks: Block[]; furniture: Furniture[] } {
  const entry = matchEntry(entries, file);
  let structured: Structured;
  if (read.pages) structured = layoutBySheet(read.pages, layoutBlocks);
  else if (read.blocks) structured = givenBlocks(read.blocks, { title: entry?.item.title ?? read.embedded.title });
  else {
    const names = entry?.item.author?.map(familyName) ?? read.embedded.authors;
    structured = textBlocks(read.text ?? '', { title: entry?.item.title ?? read.embedded.title, authors: names });
  }
  const firstText = structured.blocks.find((b) => b.page !== undefined)?.page;
  const running = structured.furniture.filter((f) => f.kind === 'running-header' && f.page === firstText).map((f) => f.text);
  // the first page's first paragraphs, where a journal article may print its citation line:
  // paragraphs only, a footnote, quotation or reference there cites another work (review17 b, 5)
  const openingBlocks = structured.blocks.filter((b) => b.page === (firstText ?? null) && b.type !== 'heading').slice(0, 4).filter((b) => b.type === 'paragraph');
  const opening = openingBlocks.map((b) => b.text);
  // the first page's first short blocks that may print its date (a masthead's date is often set apart as a quotation)
  // and, after them, a byline set as a heading in bold above the text ("Comité international de la
  // Croix-Rouge (CICR) · Document de travail · Genève, 12 mars 2021"; "Note d'information, Organisation
  // des Nations Unies, Djouba, 7 novembre 2022" in a .txt): openingDate reads only a date its line ends
  // with, after a place or a point, so a heading's event ("Lessons from the March 2011 earthquake") dates nothing
  const firstSix = structured.blocks.filter((b) => b.page === (firstText ?? null)).slice(0, 6);
  const labelled = structured.blocks.flatMap((b) => {
    const date = b.page === (firstText ?? null) && b.type !== 'footnote' ? labelledDate(b.text) : null;
    return date === null ? [] : [{ block: b, date }];
  });
  const dateLines = labelled.map((l) => l.block);
  const dated = [
    ...structured.blocks.filter((b) => b.page === (firstText ?? null) && b.type !== 'heading').slice(0, 6).filter((b) => b.type === 'paragraph' || b.type === 'quote').map((b) => b.text),
    ...firstSix.filter((b) => b.type === 'heading' && BYLINE_DATE.test(b.text)).map((b) => b.text),
    // and last, a date alone set as a heading or a box: LaTeX's \date under the names, centred in
    // the byline's type ("March 2022"), which the year had fallen past to the PDF's CreationDate (pdf43)
    ...firstSix.filter((b) => (b.type === 'heading' || b.type === 'box') && dateAlone(b.text)).map((b) => b.text),
    // and after it, a "Date:" line anywhere on the first page (amsart's, meta45)
    ...labelled.map((l) => l.date),
  ];
  const headings = structured.blocks.filter((b) => b.page === (firstText ?? null) && b.type === 'heading').slice(0, 6).map((b) => b.text);
  // the lines under the title, read once (title-block.ts): their byline is a metadata layer, and
  // on a PDF the lines it reads become front matter below
  const bodies = actorNames(tagger.taxonomy);
  const titleBlock = titleBlockLines(structured.blocks.filter((b) => b.page === (firstText ?? null)), bodies);
  const { csl: resolved, provenance } = resolveMetadata({ file, entries, embedded: read.embedded, embeddedSource: read.embeddedSource, front: structured.front, running, opening, dated, byline: titleBlock.said, headings, bodies, places: placeNames(tagger.taxonomy), matters: themeNames(tagger.taxonomy), gazetteer: gazetteer(tagger.taxonomy) }, entry);
  // The citation line read into the record is front matter, as the title block is: as a
  // passage it was a hit for the journal's name and a "finding" of a journal reference
  // (userreview17). Only a line naming the journal the record says the document is in.
  const citation = openingBlocks[openingCitation(opening)];
  if (citation && citationLineOnly(citation.text) && journalCitation(citation.text)?.['container-title'] === resolved['container-title']) {
    structured = { ...structured, blocks: structured.blocks.filter((b) => b !== citation), furniture: [...structured.furniture, { kind: 'front-matter', text: citation.text, page: citation.page ?? null }] };
  }
  // the "Date:" line is the title block's date printed apart (amsart's `\date`): front matter, not a passage
  if (dateLines.length) structured = { ...structured, blocks: structured.blocks.filter((b) => !dateLines.includes(b)), furniture: [...structured.furniture, ...dateLines.map((b) => ({ kind: 'front-matter' as const, text: b.text, page: b.page ?? null }))] };
  // A PDF's printed title, byline and issuing body under it (userreview18 findings 9, 10): what
  // they say goes into the record, and their lines are front matter, not passages.
  if (read.pages) {
    const used = withTitleBlock(resolved, provenance, structured.front, titleBlock);
    if (used.length) structured = { ...structured, blocks: structured.blocks.filter((b) => !used.includes(b)), furniture: [...structured.furniture, ...used.map((b) => ({ kind: 'front-matter' as const, text: b.text, page: b.page ?? null }))] };
  }
  // contact lines are furniture in every format (stages/contact-lines.ts: userreview18, 15)
  const contacts = withoutContactLines(structured.blocks);
  if (contacts.furniture.length) structured = { ...structured, blocks: contacts.blocks, furniture: [...structured.furniture, ...contacts.furniture] };
  const blocks = repairBlocks(structured.blocks);
  // A 2-up handout's blocks count the pages its sheets hold (sheets.ts): its passages are cited
  // with their own half's printed number, the document lists each sheet's ("2–3").
  const { sheetOf } = structured;
  // the file's /PageLabels tree where it says what the pages print (stages/label-choice.ts); a
  // 2-up handout's folios number its halves, not the file's pages, and are not compared
  const own = ownLabelsIfPrinted(read.pageLabels, sheetOf ? null : structured.pageLabels);
  const passageLabels = own && sheetOf ? sheetOf.map((n) => own[n - 1] ?? null) : (own ?? structured.pageLabels);
  const pageLabels = own ?? (sheetOf ? sheetLabels(structured.pageLabels, sheetOf, read.pages?.length ?? 0) : structured.pageLabels);
  // the title, names and the rest as the passages' text is: no control characters (a feed, an
  // RIS line or a BibTeX field they reach breaks on them)
  const csl = withoutControlCharacters(resolved);
  // a title printing its day dates a note dated by its file name's year (metadata/title-date.ts)
  withTitleDate(csl, provenance);
  // an article or chapter the catalogue gives no pages: those its folios print (metadata/folio-range.ts)
  withFolioRange(csl, provenance, pageLabels);
  const passages = tagger.tagDocument(segment(csl.id, blocks, passageLabels, sheetOf ? { ...DEFAULT_SEGMENT, sheetOf } : DEFAULT_SEGMENT));
  recordLanguage(csl, provenance, passages);
  const kinds: Record<string, number> = {};
  for (const f of structured.furniture) kinds[f.kind] = (kinds[f.kind] ?? 0) + 1;
  const outline: DocumentRecord['outline'] = [];
  blocks.forEach((b, i) => {
    if (b.type !== 'heading') return;
    const first = passages.find((p) => p.block > i);
    outline.push({ level: b.level ?? 1, text: b.text, passage: first?.id ?? null });
  });
  const document: DocumentRecord = {
    id: csl.id,
    csl,
    provenance,
    file,
    format: read.format,
    hash,
    pages: read.pages?.length ?? null,
    pageLabels,
    passageCount: passages.length,
    tags: aggregateTags(passages),
    furniture: { removed: structured.furniture.length, kinds },
    outline,
  };
  const citeKeys = blocks.flatMap((b, block) => (b.citeKeys?.length ? [{ block, keys: b.citeKeys }] : []));
  if (citeKeys.length) document.citeKeys = citeKeys;
  return { document, passages, blocks, furniture: structured.furniture };
}

/**
 * A cache write that fails (disk full, a cache folder that is not writable, one another run's
 * prune removed) costs the next run a rebuild, nothing more: it threw into processFile's catch,
 * and the file was reported skipped — "cannot be read (permission denied)", blaming the corpus
 * file — and its document left out of the build (review22 b, finding 1).
 */
async function bestEffort(write: Promise<void> | undefined): Promise<void> {
  await write?.catch(() => undefined);
}

/** Reads one corpus file. Never throws: a file that cannot be indexed comes back as skipped with a reason. */
export async function processFile(absPath: string, file: string, entries: CatalogEntry[], options: ProcessOptions): Promise<ProcessedFile> {
  const started = Date.now();
  const reader = readerFor(file);
  if (!reader) return { report: { file, status: 'skipped', reason: `unsupported file type ${extname(file) || '(none)'}`, passages: 0 } };
  try {
    const limit = options.maxTextBytes ?? TEXT_LIMIT_BYTES;
    if (reader.textual) {
      const { size } = await stat(absPath);
      if (size > limit) {
        return { report: { file, status: 'skipped', reason: `too large: ${mb(size)} of text (limit ${mb(limit)}); split it into smaller files`, passages: 0, ms: Date.now() - started } };
      }
    }
    const data = await readFile(absPath);
    const hash = sha256(data);
    // The document is built from these entries and no others, so the key that holds them holds
    // all the catalogue it depends on (no second list of what buildDocument reads to keep true).
    const own = entriesRead(entries, file);
    const documentKey = options.documents && DocumentCache.key({ hash, file, maxPages: options.maxPages, entries: own });
    const kept = documentKey ? await options.documents?.get(documentKey) : undefined;
    // a PDF's reading is not redone either: counted with the cached extractions ("N from cache")
    if (kept) return { report: { ...kept.report, cached: kept.report.pages !== undefined, reused: true, ms: Date.now() - started }, document: kept.document, passages: kept.passages };
    const cacheKey = extractionCacheKey(hash, options.maxPages, EXTRACTOR_VERSION, options.codeId);
    let read = reader.cacheable ? await options.cache?.get(cacheKey) : undefined;
    const cached = !!read;
    if (!read) {
      const reading = reader.read(data, { maxPages: options.maxPages, share: options.share });
      read = options.timeoutMs ? await withTimeout(reading, options.timeoutMs) : await reading;
      if (reader.cacheable) await bestEffort(options.cache?.set(cacheKey, read));
    }
    const built = buildDocument(file, hash, read, own, await taggerFor(options));
    if (built.passages.length === 0) {
      return { report: { file, status: 'skipped', reason: noPassagesReason(read, built.furniture, built.blocks.filter((b) => b.type === 'heading').map((b) => b.text)), passages: 0, ms: Date.now() - started } };
    }
    const report: FileReport = {
      file,
      status: read.partial ? 'partial' : 'indexed',
      reason: read.partial,
      ...(notes(read) ? { note: notes(read) } : {}),
      passages: built.passages.length,
      pages: read.pages?.length,
      doc: built.document.id,
    };
    if (documentKey) await bestEffort(options.documents?.set(documentKey, { report, document: built.document, passages: built.passages }));
    return { report: { ...report, cached, ms: Date.now() - started }, ...built };
  } catch (error) {
    const reason = error instanceof ReadError ? error.reason : (fileError(error) ?? `failed: ${(error as Error)?.message ?? String(error)}`);
    return { report: { file, status: 'skipped', reason: reason.split('\n')[0], passages: 0, ms: Date.now() - started } };
  }
}
