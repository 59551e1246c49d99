import { readdir, stat } from 'node:fs/promises';

// A nightly run whose corpus folder is missing (a network share not mounted) or unreadable
// ended with "index failed: Error: ENOENT … realpath" and a stack trace (userreview21a): say
// what is wrong with the folder, that the served index is untouched, and what to do, before
// the run takes the lock or touches the index directory.

const CAUSES: Record<string, string> = {
  ENOENT: 'it does not exist',
  ENOTDIR: 'it is not a folder',
  EACCES: 'this user may not read it (permission denied)',
  EPERM: 'this user may not read it (permission denied)',
};

/** Why `dir` cannot be indexed as a corpus folder, in three lines; null when it can be listed. */
export async function corpusFolderProblem(dir: string): Promise<string | null> {
  let code: string | undefined;
  try {
    if (!(await stat(dir)).isDirectory()) code = 'ENOTDIR';
    else await readdir(dir);
  } catch (error) {
    code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  }
  if (!code) return null;
  return [
    `Cannot index the corpus folder ${dir}: ${CAUSES[code] ?? code}.`,
    'Nothing was published: the index served before this run is still the one served.',
    `To fix: ${code === 'EACCES' || code === 'EPERM' ? 'give this user read access to the folder' : 'mount or create the folder'}, or pass --corpus (or set CORPUS_DIR) with the folder of your documents, then run the same command again.`,
  ].join('\n');
}
