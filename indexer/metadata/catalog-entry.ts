import { posix } from 'node:path';
import type { CslItem } from '../../core/types.js';
import { firstFew } from '../../core/text.js';

// A catalog entry and how a corpus file finds its own, apart from the parsers in catalog.ts:
// every file worker matches entries, and none should load citation-js and its fetch
// polyfills (a fifth of a worker's start-up) to do it.

export interface CatalogEntry {
  item: CslItem;
  source: 'catalog.json' | 'catalog.bib';
  /** file names or paths the entry names in a `file` or `note` field, with `/` between folders */
  files: string[];
  /**
   * names (a bare file name, or the entry's id as a stem) that files in more than one folder
   * answer to: none of them takes the entry by it (markAmbiguous)
   */
  ambiguous?: string[];
  /** `files` as the catalogue wrote them, where pinEntries read them otherwise (what a report names) */
  written?: string[];
  /** when `files` is empty: the files of a type no reader takes that the entry names ("report.docx") */
  unread?: string[];
}

const { basename, dirname, extname } = posix;
const stemOf = (path: string) => basename(path, extname(path));

/** A path Zotero or a user wrote from outside the corpus folder ("/home/…/report.pdf", "C:\…"): only its tail can name a corpus file. */
const isAbsolute = (named: string) => named.startsWith('/');
/** A name with a folder, relative to the corpus folder ("2019/report.pdf", or "./report.pdf" for the top folder). */
const hasFolder = (named: string) => !isAbsolute(named) && named.includes('/');
const inCorpus = (named: string) => named.replace(/^\.\//, '');
/**
 * A name with "." or ".." folders as the path it means: "2019/sub/../report.pdf" is
 * 2019/report.pdf, where its tail "report.pdf" would name a file of the top folder (review39).
 */
const resolved = (named: string) => {
  if (!/(?:^|\/)\.\.?(?:\/|$)/.test(named)) return named;
  const path = posix.normalize(named);
  return path.includes('/') ? path : `./${path}`;
};

/**
 * The entries by the keys a file can find them by, so that a file looks its candidates up rather
 * than asking every entry (a scan was 0.79 s for 200 files against 20,000 entries, ~80 s for a
 * library of 20,000: catalog39). A named file names a corpus `file` when (the rules matchEntry
 * always had):
 * - it has a folder ("2019/report.pdf", "./report.pdf"): `file` is that path, or that path with
 *   another extension (the same work in another format) — both are "same folder, same stem";
 * - it is a path from outside the corpus ("/home/…/2019/report.pdf"): `file` is what follows one
 *   of its slashes, else it is as its bare name;
 * - it is a bare name: `file` has that name or its stem, in any folder, unless the name is one
 *   the entry marked ambiguous.
 * Each list keeps the entries' order, so the first candidate found is the one a scan would take.
 */
export class EntryIndex {
  private readonly byId = new Map<unknown, number[]>();
  /** by id, the entries that may take a file of that stem (the id is not ambiguous for them) */
  private readonly byOwnId = new Map<string, number[]>();
  private readonly byFolderStem = new Map<string, number[]>();
  private readonly byTail = new Map<string, number[]>();
  private readonly byStem = new Map<string, number[]>();

  constructor(private readonly entries: readonly CatalogEntry[]) {
    entries.forEach((entry, i) => {
      const id = entry.item.id;
      add(this.byId, id, i);
      if (typeof id === 'string' && !entry.ambiguous?.includes(id)) add(this.byOwnId, id, i);
      for (const named of entry.files) {
        if (hasFolder(named)) {
          const path = inCorpus(named);
          add(this.byFolderStem, folderStem(path), i);
          continue;
        }
        if (isAbsolute(named)) for (let s = named.indexOf('/'); s >= 0; s = named.indexOf('/', s + 1)) add(this.byTail, named.slice(s + 1), i);
        // a file of the same name has the same stem, so the stem answers for both
        const name = basename(named);
        if (!entry.ambiguous?.includes(name)) add(this.byStem, stemOf(name), i);
      }
    });
  }

  /** The entry for a corpus file: by id or citation key equal to the file's stem, else by a named file. */
  match(file: string): CatalogEntry | undefined {
    const byId = this.byOwnId.get(stemOf(file))?.[0];
    if (byId !== undefined) return this.entries[byId];
    const first = Math.min(
      this.byFolderStem.get(folderStem(file))?.[0] ?? Infinity,
      this.byTail.get(file)?.[0] ?? Infinity,
      this.byStem.get(stemOf(file))?.[0] ?? Infinity,
    );
    return first === Infinity ? undefined : this.entries[first];
  }

  /** The entries whose id is `id`, in order. */
  withId(id: unknown): CatalogEntry[] {
    return (this.byId.get(id) ?? []).map((i) => this.entries[i]);
  }
}

/** A name with %XX escapes as the name they stand for; as written if they do not decode. */
function percentDecoded(name: string): string {
  if (!/%[0-9a-f]{2}/i.test(name)) return name;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

const folderStem = (path: string) => `${dirname(path)}\0${stemOf(path)}`;

/** The corpus's files by folder and stem with letter case ignored: what a name typed in another case meant. */
interface CaseFolded {
  /** one file of each work (folder and stem as on disk) that `named` answers to with case ignored */
  works(named: string): string[];
  /** the same for a stem (an entry's id, which may hold dots) */
  worksOfStem(stem: string): string[];
}

function caseFolded(files: readonly string[]): CaseFolded {
  const fold = (s: string) => s.toLowerCase();
  const byFolderStem = new Map<string, Map<string, string>>();
  const byStem = new Map<string, Map<string, string>>();
  const put = (map: Map<string, Map<string, string>>, key: string, file: string) => {
    const works = map.get(key) ?? new Map<string, string>();
    map.set(key, works);
    if (!works.has(folderStem(file))) works.set(folderStem(file), file);
  };
  for (const f of files) {
    put(byFolderStem, fold(folderStem(f)), f);
    put(byStem, fold(stemOf(f)), f);
  }
  return {
    works: (named) => [...((hasFolder(named) ? byFolderStem.get(fold(folderStem(inCorpus(named)))) : byStem.get(fold(stemOf(named))))?.values() ?? [])],
    worksOfStem: (stem) => [...(byStem.get(fold(stem))?.values() ?? [])],
  };
}

function add<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

const indexes = new WeakMap<readonly CatalogEntry[], EntryIndex>();

/**
 * The index of a list of entries, made at its first look-up and kept with the list (a worker
 * matches every file it is given against the one list it was started with). The list is frozen
 * then: an entry added or replaced afterwards would be missed by the index, so that is an error,
 * not a wrong answer.
 */
export function entryIndex(entries: readonly CatalogEntry[]): EntryIndex {
  let index = indexes.get(entries);
  if (!index) {
    index = new EntryIndex(Object.freeze(entries));
    indexes.set(entries, index);
  }
  return index;
}

/** The entry for a corpus file: by id or citation key equal to the file's stem, else by a named file. */
export function matchEntry(entries: readonly CatalogEntry[], file: string): CatalogEntry | undefined {
  return entryIndex(entries).match(file);
}

/**
 * The entries as the corpus's files (paths under its folder) answer to them. A path whose folder
 * is one of the corpus's names that path only. Any other path (Zotero's storage or export folder,
 * a path on the librarian's disk) names the corpus path it ends with, the longest, else is read
 * as its bare name. A bare name (or an id, as a stem) that files in more than one folder answer
 * to is marked ambiguous, with a problem line naming the files: an entry for `report.pdf` took
 * `2019/report.pdf` and `2020/report.pdf` alike, two reports under one title, authors and
 * citation key, without a word. Files of one folder sharing a stem (x.pdf beside x.txt) are one
 * work in two formats and both take it, as before.
 */
export function pinEntries(entries: readonly CatalogEntry[], files: readonly string[]): { entries: CatalogEntry[]; problems: { source: CatalogEntry['source']; problem: string }[] } {
  const problems: { source: CatalogEntry['source']; problem: string }[] = [];
  if (entries.length === 0) return { entries: [], problems };
  const byStem = new Map<string, string[]>();
  for (const f of files) {
    const stem = stemOf(f);
    const same = byStem.get(stem);
    if (same) same.push(f);
    else byStem.set(stem, [f]);
  }
  const paths = new Set(files);
  const folders = new Set(files.map(dirname));
  const folderStems = new Set(files.map(folderStem));
  const tailOf = (named: string): string | undefined => {
    for (let i = named.indexOf('/'); i >= 0; i = named.indexOf('/', i + 1)) if (paths.has(named.slice(i + 1))) return named.slice(i + 1);
    return undefined;
  };
  /** The name as matching reads it: a corpus folder's path as it is, another path by the corpus path it ends with, else its bare name. */
  const placed = (n: string): string => {
    if (!n.includes('/') || (hasFolder(n) && folders.has(dirname(inCorpus(n))))) return n;
    const tail = tailOf(`/${n}`);
    return tail === undefined ? basename(n) : `./${tail}`;
  };
  const namesAFile = (n: string) => (hasFolder(n) ? folderStems.has(folderStem(inCorpus(n))) : byStem.has(stemOf(n)));
  let folded: CaseFolded | undefined;
  /**
   * A name (`what`: `"Report.PDF" names`, `its id names`) that fits `works` only with letter case
   * ignored: one work takes the entry with a warning, several none (a problem line); the one taken.
   */
  const byCase = (entry: CatalogEntry, what: string, works: string[], fixOne: string, fixSeveral: string): string | undefined => {
    if (works.length === 0) return undefined;
    const shown = firstFew(works, 5);
    if (works.length === 1) {
      problems.push({ source: entry.source, problem: `warning: entry ${entry.item.id}: ${what} no file as written; ${shown} differs from it only in letter case, so it takes the entry (${fixOne})` });
      return works[0];
    }
    problems.push({ source: entry.source, problem: `entry ${entry.item.id}: ${what} no file as written, and ${works.length} files when letter case is ignored (${shown}), so none takes it; ${fixSeveral}` });
    return undefined;
  };
  const out = entries.map((entry) => {
    const ambiguous: string[] = [];
    const check = (name: string, candidates: string[], how: string, report = true) => {
      const spread = new Set(candidates.map(dirname)).size;
      if (ambiguous.includes(name) || spread < 2) return;
      ambiguous.push(name);
      if (!report) return;
      const shown = firstFew(candidates, 5);
      problems.push({ source: entry.source, problem: `entry ${entry.item.id}: ${how} files in ${spread} folders (${shown}), so none takes it; name the one meant with its folder in the entry's file field (e.g. "${candidates[0]}")` });
    };
    const named = entry.files.map((written) => {
      // a name with spaces read from free text may open with words that are no part of it; a
      // file URL writes its spaces as %20 ("file:///C:/Users/Ann%20Lee/My%20Report.pdf")
      const spelt = [...new Set([written, percentDecoded(written)])].flatMap((w) => [w, ...[...w.matchAll(/ +(?=\S)/g)].map((m) => w.slice(m.index + m[0].length))]).map(resolved);
      const tails = spelt.map(placed);
      // a name typed as the file manager did not save it ("Report.PDF" for report.pdf, "Reports/"
      // for reports/): taken when one work answers to it with letter case ignored, with a warning
      // to write it as on disk. The longest tail first, exact or not: "Annual report 2019.pdf"
      // means "Annual Report 2019.pdf", not a "2019.pdf" beside it.
      for (const [i, tail] of tails.entries()) {
        if (namesAFile(tail)) return tail;
        folded ??= caseFolded(files);
        for (const t of hasFolder(spelt[i]) && spelt[i] !== tail ? [spelt[i], tail] : [tail]) {
          const works = folded.works(t);
          if (works.length === 0) continue;
          const taken = byCase(entry, `"${basename(t)}" names`, works, 'write the name as it is on disk in the entry\'s file field', 'write the name of the one meant as it is on disk in the entry\'s file field');
          return taken === undefined ? tail : `./${taken}`;
        }
      }
      // the last words, as names with spaces were read before: they name no file, as the whole did not
      return tails[tails.length - 1];
    });
    const id = String(entry.item.id);
    const byId = byStem.get(id) ?? [];
    // An id typed in another case than its file's name ("Report" for report.pdf), with no file
    // field that takes a file: read as such a file name is, one work takes it with a warning
    // (the document's id is lower case either way, so its links do not change), several none.
    if (byId.length === 0 && !named.some(namesAFile)) {
      folded ??= caseFolded(files);
      const taken = byCase(entry, 'its id names', folded.worksOfStem(id), "write the id as the file's name is on disk, or name the file in the entry's file field", "name the one meant in the entry's file field");
      if (taken !== undefined) named.push(`./${taken}`);
    }
    // the id still takes no file, but the entry's file field already names which one takes it
    const chosen = byId.some((c) => named.some((n) => hasFolder(n) && dirname(inCorpus(n)) === dirname(c) && stemOf(n) === stemOf(c)));
    check(id, byId, 'its id is the name of', !chosen);
    for (const n of named) if (!hasFolder(n)) check(basename(n), byStem.get(stemOf(n)) ?? [], `"${basename(n)}" names`);
    const moved = named.some((n, i) => n !== entry.files[i]);
    return ambiguous.length || moved ? { ...entry, files: named, ...(moved ? { written: entry.files } : {}), ...(ambiguous.length ? { ambiguous } : {}) } : entry;
  });
  return { entries: out, problems };
}
