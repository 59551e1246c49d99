// What a build of another version's format fails to load with: the engines' and library.db's
// "… format A is not B: rebuild with npm run index" (index-store.ts, fts5-library.ts, publish.ts).

export const OTHER_FORMAT = /format (\S+) is not (\S+): rebuild with npm run index/;

/**
 * A load error saying the build is of an earlier format than this version's: expected after an
 * upgrade, and made good by the next index run, so the server warns rather than errs. A newer
 * format (the server was downgraded) is not, and stays an error with damage.
 */
export function earlierFormat(message: string): boolean {
  const m = OTHER_FORMAT.exec(message);
  return m !== null && Number(m[1]) < Number(m[2]);
}
