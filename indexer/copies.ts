import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { CorpusFile } from './corpus.js';
import type { CatalogEntry } from './metadata/catalog.js';
import { matchEntry } from './metadata/catalog-entry.js';

// Files with the same bytes are one document, indexed once. Which of them is that document
// is decided before any is read, not by which a worker finishes first: a copy saved under
// another name (`a-report-copy.pdf`, sorting first) must not take over the catalogued file's
// id, links and metadata. The one kept is, in this order:
//   1. the one a catalog entry names (its metadata is the user's),
//   2. the one the build being replaced indexed (its ids and links stay as they were),
//   3. one whose name does not mark it as a copy ("Copy of gilder report.pdf", "gilder (1).pdf",
//      "gilder - Copy.pdf", "gilder copy.pdf": a first build had given the gilder report the id
//      copy-of-gilder-report, its capital C sorting first — userreview19b finding 6),
//   4. the first by path (the listing's order: stable from one run to the next).
// Only files sharing a size are hashed, so a corpus without copies costs one stat per file.

/** sha256 of a file, streamed (a large PDF is not held whole for it); the hash process-file.ts gives the document. */
export function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

export interface Copies {
  /** the files to read (every file but the copies), in the listing's order */
  read: CorpusFile[];
  /** the file kept → its copies (paths relative to the corpus), in the listing's order */
  copiesOf: Map<string, string[]>;
}

/**
 * The copies in a listing and the file each repeats. `previous`: the files the build being
 * replaced indexed, by content hash. A file that cannot be stat'ed or read here is left to be
 * read (its worker reports why).
 */
export async function findCopies(files: readonly CorpusFile[], entries: CatalogEntry[], previous: ReadonlyMap<string, string> = new Map()): Promise<Copies> {
  const bySize = new Map<number, CorpusFile[]>();
  await Promise.all(
    files.map(async (f) => {
      if (f.problem) return;
      const size = await stat(f.abs).then((s) => s.size, () => 0);
      // empty files are each reported as empty, not as copies of one another
      if (size === 0) return;
      const group = bySize.get(size);
      if (group) group.push(f);
      else bySize.set(size, [f]);
    }),
  );
  const byHash = new Map<string, CorpusFile[]>();
  for (const group of bySize.values()) {
    if (group.length < 2) continue;
    for (const f of group) {
      const hash = await hashFile(f.abs).catch(() => undefined);
      if (hash === undefined) continue;
      const same = byHash.get(hash);
      if (same) same.push(f);
      else byHash.set(hash, [f]);
    }
  }
  const order = new Map(files.map((f, i) => [f.rel, i]));
  const copyOf = new Map<string, string>();
  const copiesOf = new Map<string, string[]>();
  for (const [hash, group] of byHash) {
    if (group.length < 2) continue;
    group.sort((a, b) => order.get(a.rel)! - order.get(b.rel)!);
    const kept = keptOf(group, entries, previous.get(hash));
    const copies = group.filter((f) => f !== kept).map((f) => f.rel);
    for (const c of copies) copyOf.set(c, kept.rel);
    copiesOf.set(kept.rel, copies);
  }
  return { read: files.filter((f) => !copyOf.has(f.rel)), copiesOf };
}

/**
 * A file name that says it is a copy, as file managers, browsers and office suites name one:
 * "Copy of …" / "Copie de …" (Google Drive, French), "… - Copy" (Windows), "… copy" / "… copy 2"
 * (macOS), "…-copy", "… (copy)", "… (1)" (a browser's second download).
 */
export function namedAsCopy(rel: string): boolean {
  const stem = (rel.split('/').pop() ?? rel).replace(/\.[^.]+$/, '').trim();
  return /^(?:copy of|copie de)\s/i.test(stem) || /(?:\s-\s|[\s_-])copy(?:\s*\d+)?$/i.test(stem) || /\((?:copy|copie|\d+)\)$/i.test(stem);
}

function keptOf(group: CorpusFile[], entries: CatalogEntry[], previousFile: string | undefined): CorpusFile {
  const catalogued = group.filter((f) => matchEntry(entries, f.rel));
  const candidates = catalogued.length ? catalogued : group;
  return candidates.find((f) => f.rel === previousFile) ?? candidates.find((f) => !namedAsCopy(f.rel)) ?? candidates[0];
}
