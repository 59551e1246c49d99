import { readFile, stat, watch } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as turn } from 'node:timers/promises';
import { parseTaxonomy, synonymGroups, type Taxonomy } from '../core/taxonomy.js';
import { foreignNameWords, nameWords, otherLanguageWord, placeAliases, placeSpanAliases } from './search/taxonomy-names.js';
import { isEnglishWord } from '../core/english-words.js';
import { cueWords, isForeignWord } from './search/foreign-words.js';
import { parseBuildFile, type BuildFile, type Manifest } from '../core/build/format.js';
import { readManifest, verifyFiles } from '../core/build/publish.js';
import { engineModule, requiredFiles } from '../core/engines/registry.js';
import type { LoadedEngine } from '../core/engines/engine.js';
import { buildChoice } from './build-choice.js';
import { buildChanges, catalogProblems, filesNotIndexed, keyWarnings, type FileNotIndexed } from './build-report.js';
import type { BuildChanges } from '../core/build/changes.js';
import { logger } from './http/logger.js';
import { LastRun } from './last-run.js';
import { earlierFormat } from './older-format.js';
import { FacetIndex } from './search/facets.js';
import { Vocabulary } from './search/vocabulary.js';
import { withTerms, type SearchContext } from './search/service.js';
import { NO_TERMS } from '../core/corpus-terms.js';
import { NO_ALIASES, type Aliases } from '../core/build/aliases.js';

/** One published build, never mutated: requests hold on to the snapshot they started with. */
export interface Snapshot extends SearchContext {
  manifest: Manifest;
  taxonomy: Taxonomy;
  /** releases what the build holds open (its database); called once no request uses it */
  close(): void;
  /** files loaded before their checksums were compared (see LoadOptions): the store compares them next */
  unchecked: readonly string[];
  /** old ids of documents renamed since an earlier build, and of their passages */
  aliases: Aliases;
  /** the files its folder held that are skipped or read in part, from its report.json (About lists them) */
  notIndexed?: readonly FileNotIndexed[];
  /** what the build changed against the one it replaced, from its report.json (About shows it) */
  changes?: BuildChanges;
  /** citation keys the catalogue gives that clash, from its report.json (About shows them) */
  keyWarnings?: readonly string[];
  /** catalogue entries that named no file, several, or one in another letter case, from its report.json (About shows them) */
  catalogProblems?: readonly string[];
}

export interface LoadOptions {
  /**
   * Files larger than this many bytes are loaded before their checksums are compared (their
   * size is checked): hashing a database of hundreds of megabytes takes seconds. Default: none.
   */
  checkLaterAbove?: number;
}

export async function loadSnapshot(indexDir: string, id: string, options: LoadOptions = {}): Promise<Snapshot> {
  const dir = join(indexDir, 'builds', id);
  const manifest = await readManifest(dir);
  const engine = engineModule(manifest.engine);
  if (manifest.engineFormat !== engine.format && !engine.alsoReads?.includes(manifest.engineFormat)) throw new Error(`${engine.name} format ${manifest.engineFormat} is not ${engine.format}: rebuild with npm run index`);
  const missing = requiredFiles(manifest.engine).filter((f) => !manifest.files[f]);
  if (missing.length) throw new Error(`the build has no ${missing.join(', ')}`);
  const names = Object.keys(manifest.files);
  const unchecked = names.filter((n) => manifest.files[n].bytes > (options.checkLaterAbove ?? Infinity));
  for (const name of unchecked) {
    if ((await stat(join(dir, name))).size !== manifest.files[name].bytes) throw new Error(`${name} is not the size its manifest says`);
  }
  await verifyFiles(dir, manifest, names.filter((n) => !unchecked.includes(n)));
  // Loading is synchronous work of seconds at 10k passages: the event loop gets a turn after
  // each file and each index built, so requests keep being answered during a swap.
  const readJson = async (name: string): Promise<unknown> => {
    const text = await readFile(join(dir, name), 'utf8');
    await turn();
    const value: unknown = JSON.parse(text);
    await turn();
    return value;
  };
  const read = async <F extends BuildFile>(name: F) => parseBuildFile(name, await readJson(name));
  // The engine's part: its passages, documents and index. Everything else a snapshot holds is
  // built the same way over them, whichever engine the build is for.
  const part: LoadedEngine = await engine.load({ dir, readJson });
  try {
    await turn();
    // The taxonomy the build was tagged with travels with it, so labels match the tags.
    const taxonomy = parseTaxonomy(JSON.stringify(await read('taxonomy.json')), `${id}/taxonomy.json`);
    // The passages' columns: stored ready-made in a disk-backed build, built over the passages of one in memory.
    // which files are copies of another's work: search shows each work's passages once (a build before copies.json: each file)
    const copies = manifest.files['copies.json'] ? new Map(Object.entries(await read('copies.json'))) : undefined;
    const facets = new FacetIndex(part.passages, part.documentColumns ?? part.documents, taxonomy, copies);
    await turn();
    const vocabulary = new Vocabulary(await read('vocabulary.json'));
    // the corpus's own acronyms join the taxonomy's; a build from before terms.json has none.
    // The file is read and checked now (a damaged one refuses the build, as before); the maps
    // made of it and of the taxonomy's names serve searches only, so the first search makes
    // them (30-90 CPU-ms at 100k passages, on the way to the first health check otherwise).
    const terms = manifest.files['terms.json'] ? await read('terms.json') : NO_TERMS;
    const termMaps = once(() => withTerms(terms, synonymGroups(taxonomy)));
    const cues = once(() => cueWords(taxonomy));
    const names = once(() => nameWords(taxonomy, otherLanguageWord));
    const places = once(() => placeAliases(taxonomy, isEnglishWord));
    // the words of the library's other languages: the cues' and the foreign names' own (taxonomy-names.ts)
    const foreign = once(() => new Set([...cues(), ...foreignNameWords(taxonomy, otherLanguageWord)]));
    const spans = once(() => placeSpanAliases(taxonomy, isEnglishWord, (w) => isForeignWord(w, foreign())));
    return {
      ...part,
      manifest,
      taxonomy,
      facets,
      vocabulary,
      get synonyms() {
        return termMaps().synonyms;
      },
      get thesaurus() {
        return termMaps().thesaurus;
      },
      get initialisms() {
        return termMaps().initialisms;
      },
      get related() {
        return termMaps().related;
      },
      get names() {
        return names();
      },
      get places() {
        return places();
      },
      get placeSpans() {
        return spans();
      },
      get foreign() {
        return foreign();
      },
      citing: part.passages.columnSet().cites.rowsById(),
      unchecked,
      aliases: manifest.files['aliases.json'] ? await read('aliases.json') : NO_ALIASES,
      ...(manifest.files['report.json'] ? await reportOf(() => readJson('report.json')) : { notIndexed: [] }),
    };
  } catch (error) {
    part.close();
    throw error;
  }
}

/** A value made by its first reader and kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * The About page's list of files not indexed and the build's changes. report.json serves no
 * search: a damaged one lists none rather than failing the build's load (the checksum comparison
 * reports the damage and decides whether the build is served: recovery.test.ts).
 */
async function reportOf(readReport: () => Promise<unknown>): Promise<{ notIndexed: readonly FileNotIndexed[]; changes?: BuildChanges; keyWarnings?: readonly string[]; catalogProblems?: readonly string[] }> {
  try {
    const report = await readReport();
    const changes = buildChanges(report);
    const warnings = keyWarnings(report);
    const catalogs = catalogProblems(report);
    return { notIndexed: filesNotIndexed(report), ...(changes ? { changes } : {}), ...(warnings.length ? { keyWarnings: warnings } : {}), ...(catalogs.length ? { catalogProblems: catalogs } : {}) };
  } catch {
    return { notIndexed: [] };
  }
}

/** The build served; `verified` is false while its checksums are still being compared after start. */
type HealthIndex = { id: string; builtAt: string; documents: number; passages: number; verified: boolean };

export type Health = { status: 'ok'; index: HealthIndex } | { status: 'degraded'; reason: string; index: HealthIndex } | { status: 'unavailable'; reason: string };

/** At start, files above this size are served first and checked right after (a 100k-passage database: ~500 MB). */
const CHECK_LATER_ABOVE = 32 << 20;

export interface IndexStoreOptions {
  /** first wait before a build that failed to load is tried again; it doubles up to retryMaxMs */
  retryMs?: number;
  retryMaxMs?: number;
  now?: () => number;
  /**
   * With nothing served yet, files of a build larger than this are compared with their
   * checksums after it is served rather than before (default 32 MB): the build is dropped if
   * one does not match. A build replacing a served one is always checked first.
   */
  checkLaterAbove?: number;
  /** told each time a build starts being served (at start, and after each swap) */
  onServed?: (snap: Snapshot) => void;
}

/**
 * Serves the build CURRENT points at and switches when the indexer publishes a new one: the
 * new build is loaded and verified first, then swapped in with one assignment, so a request
 * never sees half of one build and half of another.
 */
export class IndexStore {
  private current: Snapshot | null = null;
  private failed: { id: string; attempts: number; retryAt: number } | null = null;
  private loading: Promise<boolean> | null = null;
  private abort = new AbortController();
  private readonly retryMs: number;
  private readonly retryMaxMs: number;
  private readonly now: () => number;
  private readonly checkLaterAbove: number;
  private readonly onServed: ((snap: Snapshot) => void) | undefined;
  /** when the last request let go of its build (or a build was last swapped in) */
  private lastRelease: number;
  /** the served build whose large files are being compared with their checksums */
  private checking: Snapshot | null = null;
  /** ends when the last such comparison, and the fallback after a mismatch, has */
  private lastCheck: Promise<void> = Promise.resolve();
  lastError: string | null = null;
  /** set while serving a build other than the one CURRENT names */
  private fallbackReason: string | null = null;
  /** the index directory's report.json: a later run that published nothing makes health degraded */
  private readonly lastRun: LastRun;
  /** fallback builds that failed to load: not tried again (CURRENT is, on its own schedule) */
  private readonly rejected = new Set<string>();
  /** requests in flight per snapshot, so a swapped-out build is closed after its last one */
  private readonly leases = new Map<Snapshot, number>();
  /** close() was called: the served build is closed after its last request, and no other is loaded or served */
  private closed = false;

  constructor(
    readonly indexDir: string,
    options: IndexStoreOptions = {},
  ) {
    this.retryMs = options.retryMs ?? 30_000;
    this.retryMaxMs = options.retryMaxMs ?? 600_000;
    this.now = options.now ?? Date.now;
    this.checkLaterAbove = options.checkLaterAbove ?? CHECK_LATER_ABOVE;
    this.onServed = options.onServed;
    this.lastRelease = this.now();
    this.lastRun = new LastRun(indexDir);
  }

  get snapshot(): Snapshot {
    if (!this.current) throw new Error('no index loaded');
    return this.current;
  }

  /**
   * The current snapshot for one request, to be released when the request ends: a build
   * swapped out meanwhile stays open for it and is closed when its last request releases it.
   */
  lease(): { snap: Snapshot; release: () => void } {
    const snap = this.snapshot;
    this.leases.set(snap, (this.leases.get(snap) ?? 0) + 1);
    let released = false;
    return {
      snap,
      release: () => {
        if (released) return;
        released = true;
        this.lastRelease = this.now();
        const left = (this.leases.get(snap) ?? 1) - 1;
        if (left > 0) this.leases.set(snap, left);
        else {
          this.leases.delete(snap);
          if (snap !== this.current || this.closed) snap.close();
        }
      },
    };
  }

  /** Serves `next` from now on; the build it replaces is closed once no request holds it. */
  private swapIn(next: Snapshot): void {
    // a load that ends after close(): nothing will serve it
    if (this.closed) {
      next.close();
      return;
    }
    const old = this.current;
    this.current = next;
    if (old && old !== next && !this.leases.has(old)) old.close();
    if (old !== next) {
      this.lastRelease = this.now();
      this.onServed?.(next);
    }
  }

  /** Whether `snap` is the build served now (false once swapped out, dropped, or the store closed). */
  serves(snap: Snapshot): boolean {
    return this.current === snap;
  }

  /** How long no request has held a build, in ms (0 while one does): background work waits for quiet. */
  idleFor(): number {
    return this.leases.size ? 0 : Math.max(0, this.now() - this.lastRelease);
  }

  get loaded(): boolean {
    return this.current !== null;
  }

  /**
   * ok: serving the build CURRENT names; degraded: serving another (older, intact) build, or
   * the newest could not be loaded, with the reason; unavailable: nothing to serve.
   */
  health(): Health {
    if (!this.current) return { status: 'unavailable', reason: this.lastError ?? 'no index has been published yet: run npm run index' };
    const m = this.current.manifest;
    const index = { id: m.id, builtAt: m.builtAt, documents: m.counts.documents, passages: m.counts.passages, verified: this.checking !== this.current };
    const reason = this.fallbackReason ?? this.lastError ?? this.lastRun.failedSince(m.builtAt);
    return reason ? { status: 'degraded', reason, index } : { status: 'ok', index };
  }

  /** Loads the current build; returns false (keeping the old one) when it cannot. */
  refresh(): Promise<boolean> {
    // The poll and the file watch both call this, and a large build takes seconds to load:
    // one load at a time, or each poll would start another copy of the same build.
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async load(): Promise<boolean> {
    if (this.closed) return false;
    const choice = await buildChoice(this.indexDir);
    const id = choice.current;
    if (!id) {
      this.lastError = choice.problem;
      return this.fallBack(choice.fallbacks, choice.problem ?? 'no build');
    }
    if (id === this.current?.manifest.id) {
      this.fallbackReason = null;
      return false;
    }
    // A build that failed to load is retried after a growing wait (30 s, 1 min, … 10 min), not
    // on every poll: a damaged build would fail and log every 2 s, while a passing read error
    // must not pin it until the next publish.
    if (id === this.failed?.id && this.now() < this.failed.retryAt) return this.fallBack(choice.fallbacks, this.lastError ?? `build ${id} not loaded`);
    // With nothing to serve, a large database is served before its checksum is compared (it
    // takes seconds): once, since a build that failed before is checked first from then on.
    const checkLater = !this.current && id !== this.failed?.id;
    try {
      const snap = await loadSnapshot(this.indexDir, id, { checkLaterAbove: checkLater ? this.checkLaterAbove : Infinity });
      // closed while it loaded (SIGTERM as the first build is read): nothing will serve it, or check it
      if (this.closed) {
        snap.close();
        return false;
      }
      this.swapIn(snap);
      this.lastError = null;
      this.fallbackReason = null;
      this.failed = null;
      if (snap.unchecked.length) this.checkServed(snap);
      return true;
    } catch (error) {
      const attempts = id === this.failed?.id ? this.failed.attempts + 1 : 1;
      const wait = Math.min(this.retryMaxMs, this.retryMs * 2 ** (attempts - 1));
      this.failed = { id, attempts, retryAt: this.now() + wait };
      const why = (error as Error).message;
      this.lastError = `build ${id} not loaded: ${why}`;
      if (earlierFormat(why)) logger.warn({ build: id, attempts, retryInS: Math.round(wait / 1000) }, `build ${id} was written by an earlier version (${why}): not served, and rebuilt in this version's format by the next index run (the server's start runs it when it knows the corpus)`);
      else logger.error({ build: id, attempts, retryInS: Math.round(wait / 1000) }, this.lastError);
      return this.fallBack(choice.fallbacks, this.lastError);
    }
  }

  /**
   * Compares the files served unchecked with their checksums, in a worker thread. On a
   * mismatch the build is no longer served (closed after its last request), counts as failed
   * to load, and the store falls back as it does for a build that did not load.
   */
  private checkServed(snap: Snapshot): void {
    const id = snap.manifest.id;
    this.checking = snap;
    // on spare CPU: the build is already answering searches, which come first
    this.lastCheck = verifyFiles(join(this.indexDir, 'builds', id), snap.manifest, snap.unchecked, { idle: true }).then(
      () => {
        if (this.checking === snap) this.checking = null;
      },
      async (error: unknown) => {
        if (this.checking === snap) this.checking = null;
        // a newer build has replaced it meanwhile: nothing serves it any more
        if (this.current !== snap) return;
        this.failed = { id, attempts: 1, retryAt: this.now() + this.retryMs };
        this.lastError = `build ${id} not loaded: ${(error as Error).message}`;
        logger.error({ build: id }, `${this.lastError}; it is no longer served`);
        this.current = null;
        if (!this.leases.has(snap)) snap.close();
        // after a load in progress, if any: the fallback is chosen with the build marked failed
        await this.loading;
        await this.refresh();
      },
    );
  }

  /** Resolves once the build served unchecked has been checked, and dropped (with a fallback chosen) if damaged. */
  checked(): Promise<void> {
    return this.lastCheck;
  }

  /**
   * With nothing loaded (at start), serves the newest build that loads, saying why; a running
   * server keeps the build it has, which loaded once and is intact in memory.
   */
  private async fallBack(ids: string[], why: string): Promise<boolean> {
    if (this.current || this.closed) return false;
    for (const id of ids) {
      if (this.rejected.has(id)) continue;
      try {
        const snap = await loadSnapshot(this.indexDir, id);
        if (this.closed) {
          snap.close();
          return false;
        }
        this.swapIn(snap);
        this.fallbackReason = `${why}; serving the newest intact build, ${id}`;
        logger.warn({ build: id }, this.fallbackReason);
        return true;
      } catch (error) {
        this.rejected.add(id);
        const why = (error as Error).message;
        // an upgrade leaves every kept build in the earlier format: expected, unlike damage
        if (earlierFormat(why)) logger.warn({ build: id }, `fallback build ${id} was written by an earlier version (${why}): skipped; the next index run rebuilds the library in this version's format`);
        else logger.error({ build: id }, `fallback build ${id} not loaded: ${why}`);
      }
    }
    return false;
  }

  /** Watches the index directory for a new CURRENT pointer (fs events, with a slow poll as a fallback). */
  async watch(pollMs = 2000): Promise<void> {
    const poll = setInterval(() => void this.refresh(), pollMs);
    poll.unref();
    this.abort.signal.addEventListener('abort', () => clearInterval(poll));
    try {
      for await (const event of watch(this.indexDir, { signal: this.abort.signal })) {
        if (event.filename === 'CURRENT') await this.refresh();
      }
    } catch (error) {
      if ((error as Error).name !== 'AbortError') logger.error(`index watch stopped: ${(error as Error).message}`);
    }
  }

  /**
   * Stops watching, and closes the build served (its database) once the last request holding it
   * has ended: at shutdown, after the drain (a request still streaming keeps it open until it ends).
   */
  close(): void {
    this.closed = true;
    this.abort.abort();
    const served = this.current;
    // nothing is served from now on: `loaded` says so, and no later request is given a closed database
    this.current = null;
    this.lastError = 'the server is stopping: the index is closed';
    if (served && !this.leases.has(served)) served.close();
  }
}
