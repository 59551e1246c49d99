import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { aliasesSchema, NO_ALIASES, type Aliases } from '../core/build/aliases.js';
import { LIBRARY_DB } from '../core/build/format.js';
import { currentBuild, readManifest } from '../core/build/publish.js';
import { PassageIds } from './stages/segment.js';

// The ids a renamed file's document and passages had in the build being replaced (see
// core/build/aliases.ts). A file is the same document when its bytes hash the same; its
// passages keep the text they had when the ids the segmenter would have made under the old
// document id are made again from it, so no passage of the old build is read.

export interface PreviousBuild {
  /** content hash → the document's id in the build being replaced */
  byHash: Map<string, string>;
  /** content hash → the corpus file that document was read from */
  fileByHash: Map<string, string>;
  aliases: Aliases;
}

export const NO_PREVIOUS: PreviousBuild = { byHash: new Map(), fileByHash: new Map(), aliases: NO_ALIASES };

/** The published build's documents (id and content hash) and its alias table; none when there is none or it cannot be read. */
export async function readPrevious(indexDir: string): Promise<PreviousBuild> {
  const id = await currentBuild(indexDir);
  if (!id) return NO_PREVIOUS;
  const dir = join(indexDir, 'builds', id);
  try {
    const manifest = await readManifest(dir);
    const rows: [string, string, string][] = manifest.files['documents.json']
      ? (JSON.parse(await readFile(join(dir, 'documents.json'), 'utf8')) as { id: string; hash: string; file: string }[]).map((d) => [d.hash, d.id, d.file])
      : manifest.files[LIBRARY_DB]
        ? hashesInDatabase(join(dir, LIBRARY_DB))
        : [];
    const aliases = manifest.files['aliases.json'] ? aliasesSchema.parse(JSON.parse(await readFile(join(dir, 'aliases.json'), 'utf8'))) : NO_ALIASES;
    const hashed = rows.filter(([hash]) => typeof hash === 'string' && hash);
    return { byHash: new Map(hashed.map(([hash, id]) => [hash, id])), fileByHash: new Map(hashed.map(([hash, , file]) => [hash, file])), aliases };
  } catch {
    // a damaged or older build: the new build simply has no aliases for it
    return NO_PREVIOUS;
  }
}

function hashesInDatabase(path: string): [string, string, string][] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT json_extract(record, '$.hash'), id, json_extract(record, '$.file') FROM documents").raw().all() as [string, string, string][];
  } finally {
    db.close();
  }
}

/** Collects the aliases of a build as its documents arrive. */
export class AliasCollector {
  private readonly documents = new Map<string, string>();
  private readonly passages = new Map<string, string>();

  constructor(private readonly previous: PreviousBuild) {}

  /** A document of this build, its passages' ids and texts in reading order. */
  add(docId: string, hash: string, ids: readonly string[], texts: readonly string[]): void {
    const old = this.previous.byHash.get(hash);
    if (old === undefined || old === docId) return;
    this.documents.set(old, docId);
    const oldIds = new PassageIds(old);
    texts.forEach((text, i) => this.passages.set(oldIds.next(text), ids[i]));
  }

  /**
   * The table to publish: this build's renames, and an earlier build's carried forward to where
   * their documents are now (a file renamed twice); never an id this build itself holds.
   */
  result(liveDocument: (id: string) => boolean, livePassage: (id: string) => boolean): Aliases {
    const out: Aliases = { documents: {}, passages: {} };
    const follow = (table: Map<string, string>, earlier: Record<string, string>, live: (id: string) => boolean, into: Record<string, string>) => {
      for (const [from, to] of Object.entries(earlier)) {
        const now = table.get(to) ?? (live(to) ? to : undefined);
        if (now !== undefined && !live(from)) into[from] = now;
      }
      for (const [from, to] of table) if (!live(from) && from !== to) into[from] = to;
    };
    follow(this.documents, this.previous.aliases.documents, liveDocument, out.documents);
    follow(this.passages, this.previous.aliases.passages, livePassage, out.passages);
    return out;
  }
}
