import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { aliasesSchema, NO_ALIASES, type Aliases } from '../core/build/aliases.js';
import { LIBRARY_DB } from '../core/build/format.js';
import { currentBuild, readManifest } from '../core/build/publish.js';
import type { PreviousRecord } from './record-changes.js';
import { PassageIds } from './stages/segment.js';
import { successorShare, SUCCESSOR_SHARE } from './successor.js';

// The ids a renamed file's document and passages had in the build being replaced (see
// core/build/aliases.ts). A file is the same document when its bytes hash the same; its
// passages keep the text they had when the ids the segmenter would have made under the old
// document id are made again from it, so no passage of the old build is read.

export interface PreviousBuild {
  /** the build's id (none when there is no readable build) */
  build?: string;
  /** content hash → the document's id in the build being replaced */
  byHash: Map<string, string>;
  /** content hash → the corpus file that document was read from */
  fileByHash: Map<string, string>;
  /** document id → its content hash in the build being replaced */
  hashOf?: Map<string, string>;
  /** a document's passages in the build being replaced (ids and texts, reading order): read only for a document edited since */
  passagesOf?(docId: string): { id: string; text: string }[];
  /** document id → its citation key in the build being replaced: the document keeps it (core/csl.ts assignCitationKeys) */
  keyOf?: Map<string, string>;
  /** document id → its title in the build being replaced: a removed document's passages are named by it */
  titleOf?: Map<string, string>;
  /** corpus file → its document's id, record and where each field came from: what a catalogue correction changed (record-changes.ts) */
  recordOf?: Map<string, PreviousRecord>;
  /** copy id → the work it was a copy of in the build being replaced (its key was that work's, indexer/work-copies.ts) */
  copyOf?: Map<string, string>;
  /** releases what was opened to read it */
  close?(): void;
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
    let rows: [string, string, string][] = [];
    const keyOf = new Map<string, string>();
    const copyOf = new Map<string, string>();
    const titleOf = new Map<string, string>();
    const recordOf = new Map<string, PreviousRecord>();
    let passagesOf: PreviousBuild['passagesOf'];
    let close: PreviousBuild['close'];
    if (manifest.files['documents.json']) {
      const docs = JSON.parse(await readFile(join(dir, 'documents.json'), 'utf8')) as { id: string; hash: string; file: string; csl?: PreviousRecord['csl'] & { 'citation-key'?: unknown; title?: unknown }; provenance?: PreviousRecord['provenance']; copyOf?: unknown }[];
      rows = docs.map((d) => [d.hash, d.id, d.file]);
      for (const d of docs) if (typeof d.csl?.['citation-key'] === 'string') keyOf.set(d.id, d.csl['citation-key']);
      for (const d of docs) if (typeof d.copyOf === 'string') copyOf.set(d.id, d.copyOf);
      for (const d of docs) titleOf.set(d.id, typeof d.csl?.title === 'string' ? d.csl.title : d.file);
      for (const d of docs) if (d.csl && d.provenance) recordOf.set(d.file, { id: d.id, csl: d.csl, provenance: d.provenance });
      // a lunr build is small (below 3,000 passages): its passages are read whole, once, if a document was edited
      let byDoc: Map<string, { id: string; text: string }[]> | undefined;
      passagesOf = (docId) => {
        if (!byDoc) {
          byDoc = new Map();
          const all = manifest.files['passages.json'] ? (JSON.parse(readFileSync(join(dir, 'passages.json'), 'utf8')) as { id: string; doc: string; text: string }[]) : [];
          for (const p of all) (byDoc.get(p.doc) ?? byDoc.set(p.doc, []).get(p.doc)!).push({ id: p.id, text: p.text });
        }
        return byDoc.get(docId) ?? [];
      };
    } else if (manifest.files[LIBRARY_DB]) {
      const db = new Database(join(dir, LIBRARY_DB), { readonly: true, fileMustExist: true });
      rows = db.prepare("SELECT json_extract(record, '$.hash'), id, json_extract(record, '$.file') FROM documents").raw().all() as [string, string, string][];
      for (const [id, key, work, title, file] of db.prepare(`SELECT id, json_extract(record, '$.csl."citation-key"'), json_extract(record, '$.copyOf'), json_extract(record, '$.csl.title'), json_extract(record, '$.file') FROM documents`).raw().all() as [string, unknown, unknown, unknown, unknown][]) {
        if (typeof key === 'string') keyOf.set(id, key);
        titleOf.set(id, typeof title === 'string' ? title : String(file ?? id));
        if (typeof work === 'string') copyOf.set(id, work);
      }
      for (const [id, file, csl, provenance] of db.prepare(`SELECT id, json_extract(record, '$.file'), json_extract(record, '$.csl'), json_extract(record, '$.provenance') FROM documents`).raw().all() as [string, unknown, unknown, unknown][]) {
        if (typeof file === 'string' && typeof csl === 'string' && typeof provenance === 'string') recordOf.set(file, { id, csl: JSON.parse(csl) as PreviousRecord['csl'], provenance: JSON.parse(provenance) as PreviousRecord['provenance'] });
      }
      const ofDoc = db.prepare('SELECT p.id, p.text FROM passages p JOIN documents d ON p.doc = d.ord WHERE d.id = ? ORDER BY p.ord');
      passagesOf = (docId) => ofDoc.all(docId) as { id: string; text: string }[];
      close = () => db.close();
    }
    const aliases = manifest.files['aliases.json'] ? await readAliases(join(dir, 'aliases.json')) : NO_ALIASES;
    const hashed = rows.filter(([hash]) => typeof hash === 'string' && hash);
    return { build: id, byHash: new Map(hashed.map(([hash, id]) => [hash, id])), fileByHash: new Map(hashed.map(([hash, , file]) => [hash, file])), hashOf: new Map(hashed.map(([hash, doc]) => [doc, hash])), keyOf, copyOf, titleOf, recordOf, passagesOf, close, aliases };
  } catch {
    // a damaged or older build: the new build simply has no aliases for it
    return NO_PREVIOUS;
  }
}

/**
 * The build's alias table. One that does not parse as written (an entry edited by hand, a
 * wrong type) keeps every entry that is a string to a string: before, the whole previous build
 * was dropped with it, so every citation key was made afresh (a corrected title's key changed)
 * and the retired keys were forgotten, free for another work (review20b finding 2).
 */
async function readAliases(path: string): Promise<Aliases> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return NO_ALIASES;
  }
  const parsed = aliasesSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const table = (name: keyof Aliases): Record<string, string> => {
    const t = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[name] : undefined;
    if (t === null || typeof t !== 'object' || Array.isArray(t)) return {};
    return Object.fromEntries(Object.entries(t as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
  };
  return { documents: table('documents'), passages: table('passages'), gone: table('gone'), edited: table('edited'), retiredKeys: table('retiredKeys'), removed: table('removed'), removedTitles: table('removedTitles') };
}

/**
 * At most this many passages of removed documents are listed (this build's first, then an earlier
 * build's): the server reads the table whole, and a library swapped for another is no pruning
 * whose links a user kept (at 1M passages that would be every one of them).
 */
export const REMOVED_PASSAGES_KEPT = 50_000;

/** Collects the aliases of a build as its documents arrive. */
export class AliasCollector {
  private readonly documents = new Map<string, string>();
  private readonly passages = new Map<string, string>();
  private readonly gone = new Map<string, string>();
  /** old passage id → its edited successor (text changed) */
  private readonly edits = new Map<string, string>();

  constructor(private readonly previous: PreviousBuild) {}

  /** A document of this build, its passages' ids and texts in reading order. */
  add(docId: string, hash: string, ids: readonly string[], texts: readonly string[]): void {
    const old = this.previous.byHash.get(hash);
    if (old === undefined) {
      const before = this.previous.hashOf?.get(docId);
      if (before !== undefined && before !== hash) this.edited(docId, ids, texts);
      return;
    }
    if (old === docId) return;
    this.documents.set(old, docId);
    const oldIds = new PassageIds(old);
    texts.forEach((text, i) => this.passages.set(oldIds.next(text), ids[i]));
  }

  /** How many passages of files changed under the same name lead to their edited text, and how many are gone, in this build. */
  editedCounts(): { edited: number; gone: number } {
    return { edited: this.edits.size, gone: this.gone.size };
  }

  /**
   * A document whose file changed under the same name: each passage of the previous build that
   * is no longer here leads to its successor — the passage at the same position, if it is new
   * in this build, shares most of its content words and changed no negation nor number — or
   * else to the document.
   */
  private edited(docId: string, ids: readonly string[], texts: readonly string[]): void {
    const before = this.previous.passagesOf?.(docId) ?? [];
    if (!before.length) return;
    const now = new Set(ids);
    const was = new Set(before.map((p) => p.id));
    const taken = new Set<number>();
    // the same position counted from the start and from the end: a paragraph added or removed
    // elsewhere in the document moves the ones after it (or before it, counted from the end)
    const shift = ids.length - before.length;
    before.forEach((p, i) => {
      if (now.has(p.id)) return;
      let best = -1;
      let share = SUCCESSOR_SHARE;
      for (const j of new Set([i, i + shift])) {
        if (j < 0 || j >= ids.length || was.has(ids[j]) || taken.has(j)) continue;
        const s = successorShare(p.text, texts[j]);
        if (s >= share) [best, share] = [j, s];
      }
      if (best >= 0) {
        taken.add(best);
        this.edits.set(p.id, ids[best]);
      } else this.gone.set(p.id, docId);
    });
  }

  /**
   * The passages of documents whose file this build no longer has (not renamed: those are under
   * `documents`), each → its document, with the document's title; an earlier build's carried
   * forward while the passage and its document are still not here.
   */
  private removedDocuments(out: Omit<Aliases, 'retiredKeys'>, liveDocument: (id: string) => boolean, livePassage: (id: string) => boolean): void {
    const listed = (from: string) => out.passages[from] !== undefined || out.edited[from] !== undefined || out.gone[from] !== undefined || livePassage(from);
    let room = REMOVED_PASSAGES_KEPT;
    const put = (passage: string, doc: string, title: string) => {
      if (room <= 0 || listed(passage) || out.removed[passage] !== undefined) return;
      out.removed[passage] = doc;
      out.removedTitles[doc] = title;
      room--;
    };
    for (const [doc, title] of this.previous.titleOf ?? []) {
      if (liveDocument(doc) || this.documents.has(doc) || room <= 0) continue;
      for (const p of this.previous.passagesOf?.(doc) ?? []) put(p.id, doc, title);
    }
    const earlier = this.previous.aliases;
    // a passage an earlier build found edited away in a document now removed
    for (const [passage, doc] of Object.entries(earlier.gone ?? {})) {
      const title = this.previous.titleOf?.get(doc);
      if (title !== undefined && !liveDocument(doc) && !this.documents.has(doc)) put(passage, doc, title);
    }
    for (const [passage, doc] of Object.entries(earlier.removed ?? {})) {
      if (!liveDocument(doc) && this.documents.get(doc) === undefined) put(passage, doc, earlier.removedTitles?.[doc] ?? doc);
    }
  }

  private closed = false;

  /** Releases the previous build (its database); once. */
  close(): void {
    if (!this.closed) this.previous.close?.();
    this.closed = true;
  }

  /**
   * The table to publish: this build's renames and edits, and an earlier build's carried forward
   * to where their passages are now (a file renamed twice, a paragraph edited after its file was
   * renamed); never an id this build itself holds. A passage whose text changed anywhere on the
   * way is listed under `edited`, one whose text is the same under `passages`.
   */
  result(liveDocument: (id: string) => boolean, livePassage: (id: string) => boolean): Omit<Aliases, 'retiredKeys'> {
    const out: Omit<Aliases, 'retiredKeys'> = { documents: {}, passages: {}, gone: {}, edited: {}, removed: {}, removedTitles: {} };
    for (const [from, to] of Object.entries(this.previous.aliases.documents)) {
      const now = this.documents.get(to) ?? (liveDocument(to) ? to : undefined);
      if (now !== undefined && !liveDocument(from)) out.documents[from] = now;
    }
    for (const [from, to] of this.documents) if (!liveDocument(from) && from !== to) out.documents[from] = to;
    // where a passage id of an earlier build is now, and whether its text changed this build
    const now = (to: string): [string, boolean] | undefined => {
      const moved = this.passages.get(to);
      if (moved !== undefined) return [moved, false];
      const successor = this.edits.get(to);
      if (successor !== undefined) return [successor, true];
      return livePassage(to) ? [to, false] : undefined;
    };
    const put = (from: string, to: string, edited: boolean) => {
      if (!livePassage(from) && from !== to) (edited ? out.edited : out.passages)[from] = to;
    };
    for (const [from, to] of Object.entries(this.previous.aliases.passages)) {
      const n = now(to);
      if (n) put(from, n[0], n[1]);
    }
    for (const [from, to] of Object.entries(this.previous.aliases.edited ?? {})) {
      const n = now(to);
      if (n) put(from, n[0], true);
    }
    for (const [from, to] of this.passages) put(from, to, false);
    for (const [from, to] of this.edits) put(from, to, true);
    // a gone passage's document, renamed since, is named by its id now; one no longer here drops the entry
    const docNow = (doc: string) => this.documents.get(doc) ?? (liveDocument(doc) ? doc : undefined);
    for (const [from, doc] of [...Object.entries(this.previous.aliases.gone ?? {}), ...this.gone]) {
      const now = docNow(doc);
      if (now !== undefined && !livePassage(from) && out.passages[from] === undefined && out.edited[from] === undefined) out.gone[from] = now;
    }
    this.removedDocuments(out, liveDocument, livePassage);
    return out;
  }
}
