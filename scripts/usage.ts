/**
 * `--help` or `-h` among a script's arguments: print its usage and exit 0 before any work.
 * The long-running scripts (bench, loadtest, fuzz, eval) read their options by hand and took an
 * unknown `--help` for nothing, so asking for their options started a run: a 10k and a 100k
 * build for `npm run bench -- --help`. Call it before the script does anything.
 */
export function exitWithUsageIfAsked(usage: string, argv: readonly string[] = process.argv.slice(2)): void {
  if (!helpAsked(argv)) return;
  process.stdout.write(`${usage.trim()}\n`);
  process.exit(0);
}

export const helpAsked = (argv: readonly string[]): boolean => argv.includes('--help') || argv.includes('-h');
