import { readFile, watch } from 'node:fs/promises';
import { join } from 'node:path';
import lunr from '../core/lunr-setup.js';
import type { DocumentRecord, Passage } from '../core/types.js';
import { parseTaxonomy, synonymGroups, type Taxonomy } from '../core/taxonomy.js';
import { currentBuild, verifyBuild, type Manifest } from '../indexer/publish.js';
import { LunrEngine } from './search/lunr-engine.js';
import { FacetIndex } from './search/facets.js';
import { Vocabulary } from './search/vocabulary.js';
import { synonymMap, type SearchContext } from './search/service.js';

/** One published build, loaded whole and never mutated: requests hold on to the snapshot they started with. */
export interface Snapshot extends SearchContext {
  manifest: Manifest;
  taxonomy: Taxonomy;
  byId: Map<string, Passage>;
  byDoc: Map<string, Passage[]>;
  ordinalOf: Map<string, number>;
}

/** What a build must hold for the server to serve it. */
export const BUILD_FILES = ['documents.json', 'passages.json', 'lunr.json', 'vocabulary.json', 'taxonomy.json'];

export async function loadSnapshot(indexDir: string, id: string): Promise<Snapshot> {
  const dir = join(indexDir, 'builds', id);
  const manifest = await verifyBuild(dir);
  const missing = BUILD_FILES.filter((f) => !manifest.files[f]);
  if (missing.length) throw new Error(`the build has no ${missing.join(', ')}`);
  const read = async (name: string) => JSON.parse(await readFile(join(dir, name), 'utf8')) as unknown;
  const documents = new Map(((await read('documents.json')) as DocumentRecord[]).map((d) => [d.id, d]));
  const passages = (await read('passages.json')) as Passage[];
  // The taxonomy the build was tagged with travels with it, so labels match the tags.
  const taxonomy = parseTaxonomy(JSON.stringify(await read('taxonomy.json')), `${id}/taxonomy.json`);
  const byDoc = new Map<string, Passage[]>();
  for (const p of passages) {
    const list = byDoc.get(p.doc);
    if (list) list.push(p);
    else byDoc.set(p.doc, [p]);
  }
  return {
    manifest,
    documents,
    passages,
    taxonomy,
    byId: new Map(passages.map((p) => [p.id, p])),
    byDoc,
    ordinalOf: new Map(passages.map((p, i) => [p.id, i])),
    engine: new LunrEngine(lunr.Index.load((await read('lunr.json')) as object), passages.map((p) => p.id)),
    facets: new FacetIndex(passages, documents, taxonomy),
    vocabulary: new Vocabulary((await read('vocabulary.json')) as [string, number][]),
    synonyms: synonymMap(synonymGroups(taxonomy)),
  };
}

/**
 * Serves the build CURRENT points at and switches when the indexer publishes a new one: the
 * new build is loaded and verified first, then swapped in with one assignment, so a request
 * never sees half of one build and half of another.
 */
export class IndexStore {
  private current: Snapshot | null = null;
  private failed: string | null = null;
  private abort = new AbortController();
  lastError: string | null = null;

  constructor(readonly indexDir: string) {}

  get snapshot(): Snapshot {
    if (!this.current) throw new Error('no index loaded');
    return this.current;
  }

  get loaded(): boolean {
    return this.current !== null;
  }

  /** Loads the current build; returns false (keeping the old one) when it cannot. */
  async refresh(): Promise<boolean> {
    const id = await currentBuild(this.indexDir);
    // Builds are written once: one that failed to load will fail again, so it is not retried
    // (nor its error logged) on every poll.
    if (!id || id === this.current?.manifest.id || id === this.failed) return false;
    try {
      this.current = await loadSnapshot(this.indexDir, id);
      this.lastError = null;
      return true;
    } catch (error) {
      this.failed = id;
      this.lastError = `build ${id} not loaded: ${(error as Error).message}`;
      console.error(this.lastError);
      return false;
    }
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
      if ((error as Error).name !== 'AbortError') console.error(`index watch stopped: ${(error as Error).message}`);
    }
  }

  close(): void {
    this.abort.abort();
  }
}
