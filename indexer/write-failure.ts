/**
 * What the indexer says when the index directory cannot be written (a read-only disk, no
 * permission, a full disk), instead of the error's stack trace: what happened, that the build
 * being served is untouched (a run publishes only by renaming a finished build into place, so a
 * run stopped on the way leaves the old one), and what to do.
 */
const CAUSES: Record<string, string> = {
  EROFS: 'its disk is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'its disk is full',
  EDQUOT: 'the disk quota is used up',
};

const REMEDIES: Record<string, string> = {
  EROFS: 'make the folder writable, or pass --out with a folder on a writable disk',
  EACCES: 'give this user write access to the folder, or pass --out with a folder it may write',
  EPERM: 'give this user write access to the folder, or pass --out with a folder it may write',
  ENOSPC: 'free some space on that disk (old builds under builds/ can go, but not the one CURRENT names), or pass --out with a folder on another disk',
  EDQUOT: 'free some space, or pass --out with a folder on another disk',
};

/** The message for an error a run into `indexDir` stopped on, or null when it is no failure to write. */
export function writeFailureMessage(error: unknown, indexDir: string): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (!code || !(code in CAUSES)) return null;
  const path = (error as NodeJS.ErrnoException).path;
  return [
    `Cannot write the index into ${indexDir}: ${CAUSES[code]} (${code}${path ? ` on ${path}` : ''}).`,
    'Nothing was published: the index served before this run is still the one served.',
    `To fix: ${REMEDIES[code]}, then run the same command again.`,
  ].join('\n');
}
