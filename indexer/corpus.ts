import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { readerFor, supportedExtensions } from './readers/registry.js';
import { parseCatalogBib, parseCatalogJson, pinEntries, type CatalogEntry } from './metadata/catalog.js';

export interface CorpusFile {
  abs: string;
  rel: string;
  /** set when the listing already knows the file cannot be read (broken link, unreadable folder …) */
  problem?: string;
  /** the file's real path, when a symbolic link brings it in from outside the corpus folder */
  outside?: string;
}

export interface CorpusListing {
  files: CorpusFile[];
  entries: CatalogEntry[];
  /**
   * `problems`: entries or fields of a read catalog that were left out, one line each; `absent`:
   * its entries no file takes, as `id ("file named")` (absent-entries.ts)
   */
  catalogs: { file: string; status: 'read' | 'skipped'; entries: number; reason?: string; problems?: string[]; absent?: string[] }[];
  ignored: string[];
}

const CATALOGS = new Set(['catalog.json', 'catalog.bib']);

function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'target missing';
  if (code === 'ELOOP') return 'symbolic link loop';
  return (error as Error)?.message?.split('\n')[0] ?? String(error);
}

interface Walked {
  path: string;
  problem?: string;
}

// Symbolic links are followed (users link PDFs and folders in from elsewhere), each folder once
// by its real path so a link back up the tree cannot loop; a broken link, an unreadable folder
// or a device file is listed with its problem, so the report accounts for it.
async function walk(dir: string, seen: Set<string>): Promise<Walked[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    return [{ path: dir, problem: `folder cannot be opened (${fsReason(error)})` }];
  }
  const out: Walked[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        out.push({ path, problem: `broken symbolic link (${fsReason(error)})` });
        continue;
      }
    }
    if (isDir) {
      const real = await realpath(path).catch(() => path);
      if (seen.has(real)) continue;
      seen.add(real);
      out.push(...(await walk(path, seen)));
    } else if (isFile) out.push({ path });
    else out.push({ path, problem: 'not a regular file (device, socket or pipe)' });
  }
  return out;
}

/**
 * Why a file a symbolic link brings in from outside the folder is not read. No path: this line
 * is shown on the About page, and the target's place on the server is nobody's business there.
 */
export const OUTSIDE_LINK_REASON = 'a symbolic link to a file outside the corpus folder: not indexed, so its text is not served (copy the file into the folder, or index with --follow-links-outside)';

export interface ListOptions {
  /**
   * Index files that symbolic links bring in from outside the folder. Off by default: a link
   * dropped into a shared folder (a shortcut to a private file) would otherwise publish its
   * target's text to anyone the server answers.
   */
  followLinksOutside?: boolean;
}

/** Every indexable file under the corpus folder (sub-folders too) and every catalog found there. */
export async function listCorpus(root: string, options: ListOptions = {}): Promise<CorpusListing> {
  const realRoot = await realpath(root);
  const all = (await walk(root, new Set([realRoot]))).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const listing: CorpusListing = { files: [], entries: [], catalogs: [], ignored: [] };
  for (const { path: abs, problem } of all) {
    const rel = relative(root, abs).split(sep).join('/');
    const name = rel.split('/').pop()!.toLowerCase();
    if (CATALOGS.has(name) && !problem) {
      try {
        const text = await readFile(abs, 'utf8');
        const problems: string[] = [];
        const entries = name.endsWith('.json') ? parseCatalogJson(text, problems) : parseCatalogBib(text);
        listing.entries.push(...entries);
        listing.catalogs.push({ file: rel, status: 'read', entries: entries.length, ...(problems.length ? { problems } : {}) });
      } catch (error) {
        listing.catalogs.push({ file: rel, status: 'skipped', entries: 0, reason: (error as Error).message.split('\n')[0] });
      }
    } else if (problem) listing.files.push({ abs, rel, problem });
    else if (supportedExtensions.some((ext) => name.endsWith(ext))) {
      // Links inside the folder are followed; one that leads out of it would serve that file's
      // text to anyone the server answers, so it is skipped with its reason unless asked for
      // (and then the report says so, so a link to a private file is seen).
      const real = await realpath(abs).catch(() => abs);
      const outside = real !== realRoot && !real.startsWith(realRoot + sep);
      if (outside && !options.followLinksOutside) listing.files.push({ abs, rel, problem: OUTSIDE_LINK_REASON });
      else listing.files.push({ abs, rel, ...(outside ? { outside: real } : {}) });
    }
    else listing.ignored.push(rel);
  }
  // catalog.json wins over catalog.bib for the same item: it is the format the project speaks.
  listing.entries.sort((a, b) => (a.source === b.source ? 0 : a.source === 'catalog.json' ? -1 : 1));
  const pinned = pinEntries(listing.entries, listing.files.map((f) => f.rel));
  listing.entries = pinned.entries;
  for (const { source, problem } of pinned.problems) {
    const catalog = listing.catalogs.find((c) => c.status === 'read' && c.file.split('/').pop()!.toLowerCase() === source);
    if (catalog) (catalog.problems ??= []).push(problem);
  }
  return listing;
}

/**
 * Bytes of the listing's text and Markdown files (what is known of a corpus's size before it is
 * read: a PDF's text is a small, unknown share of its bytes). A file that cannot be read counts nothing.
 */
export async function textBytes(files: readonly CorpusFile[], maxTextBytes = Infinity): Promise<number> {
  // A file over the size limit is skipped unread, so it counts nothing (a folder of large dumps
  // must not turn term counting off for the rest).
  const sizes = await Promise.all(files.filter((f) => !f.problem && readerFor(f.abs)?.textual).map((f) => stat(f.abs).then((s) => (s.size > maxTextBytes ? 0 : s.size), () => 0)));
  return sizes.reduce((a, b) => a + b, 0);
}
