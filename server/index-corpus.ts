import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../core/paths.js';

// The server indexes a corpus (npm start on an empty index) by running the indexer's CLI in a
// child process, as a user would: the server's module graph holds nothing of the indexer, and
// a build that exhausts memory or crashes takes down the child, not the server.

export interface IndexRun {
  /** the build was published */
  published: boolean;
  /** what the CLI printed: its summary table, or why it failed */
  output: string;
}

/** The CLI compiled beside the server (npm start), or its source through tsx (tests, tsx). */
function cliCommand(): string[] {
  const compiled = join(projectRoot, 'dist', 'indexer', 'cli.js');
  const fromDist = import.meta.url.includes('/dist/');
  return fromDist && existsSync(compiled) ? [compiled] : ['--import', 'tsx', join(projectRoot, 'indexer', 'cli.ts')];
}

/** Runs `npm run index -- --corpus … --out … --quiet` and waits for it. */
export function indexCorpus(corpusDir: string, indexDir: string): Promise<IndexRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...cliCommand(), '--corpus', corpusDir, '--out', indexDir, '--quiet'], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ published: false, output: error.message }));
    child.on('close', (code) => resolve({ published: code === 0, output: output.trim() }));
  });
}
