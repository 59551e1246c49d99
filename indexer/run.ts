import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { DocumentRecord, FileReport } from '../core/types.js';
import { listCorpus, textBytes } from './corpus.js';
import { TEXT_LIMIT_BYTES } from './process-file.js';
import { processCorpus, type PoolStats } from './process-corpus.js';
import { VocabularyCounter } from './build-vocab.js';
import { CorpusTermsCollector } from './build-terms.js';
import { relatedAlongside } from './related-pool.js';
import { loadTaxonomy } from '../core/taxonomy.js';
import { config } from '../core/config.js';
import { StreamedCitations } from './references/streamed.js';
import { assignCitationKeys, type KeyConflict, type KeyHistory } from '../core/csl.js';
import { newBuildId, StagedBuild, writeLastReport } from '../core/build/publish.js';
import type { EngineName, Manifest } from '../core/build/format.js';
import type { BuildSink } from './sink.js';
import { sinkFor } from './sinks/registry.js';
import { passagesOf, prepareDocument } from './prepare-document.js';
import { gazetteer } from './references/parse.js';
import { renameDocument } from './rename-document.js';
import { PassageIdSet } from './passage-id-set.js';
import { SameWorkFinder } from './same-work.js';
import { acquireRunLock } from './run-lock.js';
import { AliasCollector, readPrevious, type PreviousBuild } from './aliases.js';
import { mergeCopies, workCopies } from './work-copies.js';
import { keyWarnings } from './key-warnings.js';
import { entriesFollowingRenames } from './renamed-entries.js';
import { findCopies } from './copies.js';
import { recordChanges } from './record-changes.js';
import { reusedIds } from './reused-ids.js';
import { absentEntries, noteAbsentEntries } from './absent-entries.js';
import { changesSince, type BuildChanges } from './changes.js';
import { mark, nameThread } from './timeline.js';

export interface RunOptions {
  corpusDir: string;
  indexDir: string;
  maxPages: number;
  timeoutMs: number;
  useCache: boolean;
  /** memory cap per worker process in MB (default DEFAULT_MEMORY_MB) */
  memoryMb?: number;
  /** text and Markdown files larger than this are skipped (default TEXT_LIMIT_BYTES) */
  maxTextBytes?: number;
  /** worker processes (default: one per core) */
  workers?: number;
  /** the engine the build is written for; auto: lunr for small libraries, fts5 from AUTO_FTS5_PASSAGES */
  engine?: EngineName | 'auto';
  /** passages from which auto writes an fts5 build (default AUTO_FTS5_PASSAGES; tests set a small one) */
  autoThreshold?: number;
  /** what reads and tags the files (default the worker pool; tests replay results they hold) */
  process?: typeof processCorpus;
  /** the editable taxonomy (default taxonomy/taxonomy.json) */
  taxonomyFile?: string;
  /** builds kept under builds/, the one published included (default 3; at least 2: a server may still be reading the one before) */
  keepBuilds?: number;
  /** index files that symbolic links bring in from outside the corpus folder (corpus.ts: off by default) */
  followLinksOutside?: boolean;
  onStart?: (files: number) => void;
  onFile?: (report: FileReport, done: number, total: number, passages: number, pages: number) => void;
  /** something the user should know that is no failure (a crashed run's lock taken over) */
  onNote?: (note: string) => void;
}

/**
 * Builds kept under builds/ (each a copy of the library's database: 333 MB at 2,000 documents,
 * userreview22): the one published and the one before it, which a server may still be reading,
 * at least; the one before that by default, to go back to by hand.
 */
export const DEFAULT_KEPT_BUILDS = 3;
export const MIN_KEPT_BUILDS = 2;

/** Limits for one file, the same for `npm run index` and for `npm start` indexing the corpus. */
export const RUN_DEFAULTS = { maxPages: 2000, timeoutMs: 120_000, useCache: true };

/**
 * From this many passages `--engine auto` writes an FTS5 build: below it lunr loads and
 * answers as fast and runs in a browser; above it lunr's index grows past what a server's
 * heap holds (the crossover measured earlier was about 3,000 passages).
 */
export const AUTO_FTS5_PASSAGES = 3000;

export const engineFor = (choice: EngineName | 'auto' | undefined, passages: number, threshold = AUTO_FTS5_PASSAGES): EngineName => (choice === 'auto' ? (passages >= threshold ? 'fts5' : 'lunr') : (choice ?? 'lunr'));

export interface Report {
  build: string | null;
  corpus: string;
  startedAt: string;
  finishedAt: string;
  files: FileReport[];
  catalogs: Awaited<ReturnType<typeof listCorpus>>['catalogs'];
  ignored: string[];
  /**
   * sampled peak memory of the run and its workers while files are read; workers replaced
   * after a kill or crash; runPeakRssMb: this process's own high-water mark (the operating
   * system's), which also covers writing the build after the workers are gone
   */
  resources: PoolStats & { workers: number; runPeakRssMb?: number };
  /** what this build changed against the one it replaces (none for a first build) */
  changes?: BuildChanges;
  /** citation keys the catalogue gives that clash with each other or an earlier build's (indexer/key-warnings.ts) */
  keyWarnings?: string[];
  totals: { files: number; indexed: number; partial: number; skipped: number; duplicates: number; sameWork?: number; copies?: number; documents: number; passages: number; pages: number; cached: number; reused?: number };
}

export interface RunResult {
  report: Report;
  manifest: Manifest | null;
}

/**
 * Every document gets its citation key, unique in the corpus to its work, the same in every
 * export format; `copies` (a work's second version) keyed last; `history.shareWith` (a copy of a
 * work, indexer/work-copies.ts) takes its work's key. Returns the keys an earlier build gave
 * that no document holds now (retired: never given again).
 */
export function assignKeys(documents: Map<string, DocumentRecord>, copies: ReadonlySet<string> = new Set(), previousKeys: ReadonlyMap<string, string> = new Map(), history: Omit<KeyHistory, 'previous'> = {}): Record<string, string> {
  const keys = assignCitationKeys([...documents.values()].map((d) => d.csl), copies, previousKeys, history);
  for (const d of documents.values()) d.csl = { ...d.csl, 'citation-key': keys.get(d.id)! };
  const held = new Set(keys.values());
  const retired: Record<string, string> = {};
  for (const [key, id] of [...(history.retired ?? []), ...[...previousKeys].map(([id, key]) => [key, id] as const)]) if (!held.has(key) && !(key in retired)) retired[key] = id;
  return retired;
}

/**
 * The key each document had in the build being replaced: under its id, or under the id its
 * file had before a rename (same bytes).
 */
function previousKeysOf(documents: ReadonlyMap<string, DocumentRecord>, previous: PreviousBuild): Map<string, string> {
  const out = new Map(previous.keyOf ?? []);
  // An id now on other bytes, while its old bytes are here under another id (a catalogue entry
  // took 2019/report.txt, id `report` went to 2020/report.txt): the key stays with the bytes,
  // or the 2020 report was cited under the 2019 report's key.
  const idOfHash = new Map([...documents.values()].map((d) => [d.hash, d.id]));
  for (const [id, key] of previous.keyOf ?? []) {
    const hash = previous.hashOf?.get(id);
    const now = hash === undefined ? undefined : idOfHash.get(hash);
    if (now === undefined || now === id || documents.get(id)?.hash === hash) continue;
    if (out.get(id) === key) out.delete(id);
    // the id the bytes are under now keeps a key of its own only while the bytes it held are still
    // here: 2019/report.txt removed and 2020/report.txt promoted from report-2 to report, the 2020
    // report keeps its own key, not the removed 2019 report's (catalog42)
    const held = previous.hashOf?.get(now);
    if (!previous.keyOf?.has(now) || held === undefined || !idOfHash.has(held)) out.set(now, key);
  }
  // An id now on another file whose bytes changed too (2020/report.txt edited and promoted from
  // report-2 to report, 2019/report.txt removed): no bytes to follow, so the key follows the file,
  // or the edited 2020 report was cited under the removed 2019 report's key (review43)
  for (const d of documents.values()) {
    if (previous.byHash.has(d.hash)) continue;
    const was = previous.recordOf?.get(d.file)?.id;
    if (was === undefined || was === d.id) continue;
    const key = previous.keyOf?.get(was);
    if (key === undefined) continue;
    if (out.get(was) === key) out.delete(was);
    out.set(d.id, key);
  }
  for (const d of documents.values()) {
    if (out.has(d.id)) continue;
    const was = previous.byHash.get(d.hash);
    const key = was !== undefined && !documents.has(was) ? previous.keyOf?.get(was) : undefined;
    if (key !== undefined) {
      out.delete(was!);
      out.set(d.id, key);
    }
  }
  // A copy's key was its work's: while that work is still here the key is the work's alone, so a
  // file no longer a copy (catalogued as a work of its own) takes a new key and never the work's
  // (review20b finding 3: the first by id took it, and the catalogued work was re-lettered)
  for (const [copy, work] of previous.copyOf ?? []) if (documents.has(work) && out.get(copy) === out.get(work)) out.delete(copy);
  return out;
}

/**
 * corpus → extract → clean → segment → tag (in isolated workers; a bad file is reported and
 * skipped) → each document streamed into the build's sink as it arrives → citations across
 * documents → publish. Only documents' records stay in memory, never the corpus's passages.
 */
export async function runIndex(options: RunOptions): Promise<RunResult> {
  // Before anything is written into the index directory: a second run touches nothing there.
  const lock = await acquireRunLock(options.indexDir);
  if (lock.tookOver) options.onNote?.(`took over the lock of an index run that is no longer running (pid ${lock.tookOver.pid}, started ${lock.tookOver.startedAt})`);
  try {
    return await runLocked(options);
  } finally {
    await lock.release();
  }
}

async function runLocked(options: RunOptions): Promise<RunResult> {
  nameThread('run');
  mark('run: start');
  const startedAt = new Date().toISOString();
  // An invalid taxonomy stops the run before any work: its error names the file and line.
  const taxonomy = loadTaxonomy(options.taxonomyFile);
  // a place alone after a reference's title is no publisher (references/parse.ts)
  const places = gazetteer(taxonomy);
  const listing = await listCorpus(options.corpusDir, { followLinksOutside: options.followLinksOutside });
  options.onStart?.(listing.files.length);
  const reports: FileReport[] = [];
  const documents = new Map<string, DocumentRecord>();
  const citations = new StreamedCitations();
  const vocabulary = new VocabularyCounter();
  const terms = new CorpusTermsCollector();
  let passageCount = 0;
  let pages = 0;
  const stats: PoolStats = { peakRssMb: 0, restarts: 0 };
  // read before this run publishes: a renamed file's old ids are kept as aliases of its new ones
  const previous = await readPrevious(options.indexDir);
  const aliases = new AliasCollector(previous);
  // a catalogued file renamed keeps its entry (renamed-entries.ts)
  const following = await entriesFollowingRenames(listing.files, listing.entries, previous);
  listing.entries = following.entries;
  // after renames are followed: an entry whose file was renamed takes the new name, and is not absent
  noteAbsentEntries(listing.catalogs, absentEntries(listing.entries, listing.files.map((f) => f.rel)));
  for (const f of following.followed) options.onNote?.(`${f.from} was renamed ${f.to}: its catalogue entry ${f.id} follows it (its links and citation key stay); name the new file in the entry's "file" field, or rename the entry, to say so in the catalogue`);
  // which of several files with the same bytes is the document, decided before any is read
  const { read: toRead, copiesOf } = await findCopies(listing.files, listing.entries, previous.fileByHash);
  const id = newBuildId();
  const staged = await StagedBuild.open(options.indexDir, id);
  let sink: BuildSink | undefined;
  try {
    sink = await sinkFor(options.engine ?? config.indexEngine, options.autoThreshold ?? AUTO_FTS5_PASSAGES)(staged, { textBytes: await textBytes(toRead, options.maxTextBytes ?? TEXT_LIMIT_BYTES) });
    mark('run: sink open');
    const results = (options.process ?? processCorpus)(toRead, listing.entries, {
      stats,
      maxPages: options.maxPages,
      timeoutMs: options.timeoutMs,
      memoryMb: options.memoryMb,
      maxTextBytes: options.maxTextBytes,
      cacheDir: options.useCache ? join(options.indexDir, 'cache') : undefined,
      taxonomyFile: options.taxonomyFile,
      workers: options.workers,
      prepare: true,
    });
    /** content hash → the file first indexed with it */
    const seen = new Map<string, string>();
    /** every passage id written, and the file (by its place in `files`) holding it */
    const passageIds = new PassageIdSet();
    const files: string[] = [];
    const sameWork = new SameWorkFinder();
    /** a file's report, then its copies' (each named as the copy of the file kept) */
    const outside = new Map(listing.files.flatMap((f) => (f.outside ? [[f.rel, f.outside] as const] : [])));
    const finish = (report: FileReport) => {
      const real = outside.get(report.file);
      if (real && report.status !== 'skipped') report.note = [report.note, `a symbolic link to ${real}, outside the corpus folder: its text is served like the rest`].filter(Boolean).join('; ');
      reports.push(report);
      options.onFile?.(report, reports.length, listing.files.length, passageCount, pages);
      for (const copy of copiesOf.get(report.file) ?? []) {
        const outcome = report.status === 'skipped' ? `not indexed either: ${report.reason ?? 'skipped'}` : 'indexed once';
        const line: FileReport = { file: copy, status: 'skipped', reason: `duplicate: same content as ${report.file} (${outcome})`, duplicateOf: report.file, passages: 0 };
        reports.push(line);
        options.onFile?.(line, reports.length, listing.files.length, passageCount, pages);
      }
    };
    for await (const result of results) {
      if (!reports.length) mark('run: first result');
      // A copy of a file (a download saved twice, a report in two folders) would double every
      // hit it has: it is indexed once, and the copy reported with the file it repeats. Copies
      // are found before reading (copies.ts); this catches a file that changed since.
      const first = result.document ? seen.get(result.document.hash) : undefined;
      if (first !== undefined) {
        result.report = { file: result.report.file, status: 'skipped', reason: `duplicate: same content as ${first} (indexed once)`, duplicateOf: first, passages: 0, ms: result.report.ms };
      } else if (result.document && (result.passages || result.prepared)) {
        // Two files resolving to one id (a.pdf and a.txt) would collide; the second gets a suffix.
        let docId = result.document.id;
        for (let k = 2; documents.has(docId); k++) docId = `${result.document.id}-${k}`;
        let prepared = result.prepared;
        if (docId !== result.document.id || !prepared) {
          // A renamed document is prepared again under its new id: the citations its worker set
          // name works, not the document, so they come out the same and are set again in place.
          const passages = result.passages ?? (prepared ? passagesOf(prepared.rows) : []);
          if (docId !== result.document.id) {
            renameDocument(result.document, passages, docId);
            result.report.doc = docId;
          }
          prepared = prepareDocument(result.document, passages, places);
        }
        // the pandoc keys were read into the document's references: they are no field of the build
        delete result.document.citeKeys;
        // A safety net: ids are unique by construction (segment.ts, rename-document.ts), but a
        // repeat would fail the whole build at its last step, so the file is left out and named.
        const holder = passageIds.addAll(prepared.rows.ids, files.length);
        if (holder !== undefined) {
          const other = holder === files.length ? 'another passage of the same file' : files[holder];
          result.report = { file: result.report.file, status: 'skipped', reason: `a passage id repeats one of ${other} (not indexed; please report this file)`, passages: 0, ms: result.report.ms };
          finish(result.report);
          continue;
        }
        files.push(result.report.file);
        const same = sameWork.check(result.document, prepared.rows.texts);
        if (same) result.report.sameWork = same;
        seen.set(result.document.hash, result.report.file);
        documents.set(docId, result.document);
        citations.keep(docId, prepared.trace);
        vocabulary.merge(prepared.vocabulary);
        terms.merge(prepared.acronyms, prepared.rows.texts);
        await sink.add(result.document, prepared.rows);
        aliases.add(docId, result.document.hash, prepared.rows.ids, prepared.rows.texts);
        passageCount += prepared.rows.ids.length;
        pages += result.document.pages ?? 0;
      }
      finish(result.report);
    }
    mark('run: results taken');
    const totals: Report['totals'] = {
      files: reports.length,
      indexed: reports.filter((r) => r.status === 'indexed').length,
      partial: reports.filter((r) => r.status === 'partial').length,
      skipped: reports.filter((r) => r.status === 'skipped').length,
      duplicates: reports.filter((r) => r.duplicateOf !== undefined).length,
      sameWork: reports.filter((r) => r.sameWork).length,
      documents: documents.size,
      passages: passageCount,
      pages,
      cached: reports.filter((r) => r.cached).length,
      reused: reports.filter((r) => r.reused).length,
    };
    const edits = aliases.editedCounts();
    const compared = previous.build ? changesSince(previous.build, previous.fileByHash, [...documents.values()]) : undefined;
    const since = compared && (edits.edited || edits.gone) ? { ...compared, passages: edits } : compared;
    const changes = since && following.followed.length ? { ...since, entriesFollowed: following.followed.map(({ id: entry, from, to }) => ({ entry, from, to })) } : since;
    const report: Report = { build: null, corpus: options.corpusDir, startedAt, finishedAt: '', files: reports, catalogs: listing.catalogs, ignored: listing.ignored, resources: { ...stats, workers: options.workers ?? availableParallelism() }, ...(changes ? { changes } : {}), totals };
    if (passageCount === 0) {
      await sink.abort();
      await staged.discard();
      report.finishedAt = new Date().toISOString();
      await writeLastReport(options.indexDir, JSON.stringify(report, null, 2));
      return { report, manifest: null };
    }
    // a copy of a work (a PDF beside the catalogued .txt) is that work: its record and its key
    const copyOf = workCopies(documents, reports);
    mergeCopies(documents, copyOf);
    // every copy, also one the others' "same work as" rows lead to and that has no such row itself
    if (copyOf.size) totals.copies = copyOf.size;
    const oneWork = (doc: string) => copyOf.has(doc) || documents.get(doc)?.copies !== undefined;
    const versions = new Set(reports.filter((r) => r.sameWork && r.doc && !oneWork(r.doc)).map((r) => r.doc!));
    const conflicts: KeyConflict[] = [];
    const retiredKeys = assignKeys(documents, versions, previousKeysOf(documents, previous), { retired: new Map(Object.entries(previous.aliases.retiredKeys ?? {})), shareWith: copyOf, conflicts });
    if (conflicts.length) report.keyWarnings = keyWarnings(conflicts, documents);
    if (report.changes) {
      const renamedFrom = new Map(report.changes.renamed.map((r) => [r.to, r.from]));
      const records = previous.recordOf?.size ? recordChanges(previous.recordOf, documents.values(), renamedFrom) : [];
      if (records.length) report.changes.records = records;
      const reused = reusedIds(previous, documents.values(), renamedFrom);
      if (reused.length) report.changes.reused = reused;
    }
    for (const r of reports) {
      if (!r.sameWork || !r.doc || !oneWork(r.doc)) continue;
      r.sameWork.key = String(documents.get(r.doc)!.csl['citation-key']);
      if (!copyOf.has(r.doc)) r.sameWork.work = true;
    }
    report.build = id;
    mark('run: keys');
    // found in a thread while this one finishes the database (related-pool.ts), stopped if that fails
    const finishingSink = sink;
    const finished = await relatedAlongside(terms.sampled(), async () => {
      const finishing = finishingSink.finish(citations.resolve(documents));
      // made while the sink's last step runs in threads of its own (indexer/term-best-pool.ts)
      const top = JSON.stringify(vocabulary.top());
      mark('run: vocabulary');
      await finishing;
      mark('run: database finished');
      return top;
    });
    mark('run: related words');
    const words = finished.value;
    const corpusTerms = JSON.stringify(terms.result(finished.related));
    report.resources.runPeakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    await staged.writeFile('vocabulary.json', words);
    await staged.writeFile('terms.json', corpusTerms);
    await staged.writeFile('taxonomy.json', JSON.stringify(taxonomy));
    // which files are copies of another's work: search shows a work's passages once (server/search/copies.ts)
    if (copyOf.size) await staged.writeFile('copies.json', JSON.stringify(Object.fromEntries([...copyOf].sort(([a], [b]) => (a < b ? -1 : 1)))));
    const table = { ...aliases.result((doc) => documents.has(doc), (passage) => passageIds.has(passage)), retiredKeys };
    if (Object.values(table).some((t) => Object.keys(t).length)) await staged.writeFile('aliases.json', JSON.stringify(table));
    report.finishedAt = new Date().toISOString();
    mark('run: files written');
    const reportJson = JSON.stringify(report, null, 2);
    await staged.writeFile('report.json', reportJson);
    const manifest: Manifest = await staged.commit({ documents: documents.size, passages: passageCount, files: reports.length, skipped: totals.skipped }, sink.engine, Math.max(MIN_KEPT_BUILDS, options.keepBuilds ?? DEFAULT_KEPT_BUILDS));
    // published already: a copy that cannot be written must not report the build as failed (builds/<id> has it)
    await writeLastReport(options.indexDir, reportJson).catch(() => undefined);
    mark('run: published');
    return { report, manifest };
  } catch (error) {
    // A failed run leaves no staging directory behind, the database or spool closed first.
    await sink?.abort().catch(() => undefined);
    await staged.discard();
    throw error;
  } finally {
    aliases.close();
  }
}
