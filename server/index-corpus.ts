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

export interface IndexCorpusOptions {
  /** files read of files found, as the run goes (the first-start page shows it) */
  onProgress?: (done: number, total: number) => void;
  /** aborting it (the server stopping) ends the run with SIGTERM: the CLI releases its lock and exits */
  signal?: AbortSignal;
}

/** The CLI compiled beside the server (npm start), or its source through tsx (tests, tsx). */
function cliCommand(): string[] {
  const compiled = join(projectRoot, 'dist', 'indexer', 'cli.js');
  const fromDist = import.meta.url.includes('/dist/');
  return fromDist && existsSync(compiled) ? [compiled] : ['--import', 'tsx', join(projectRoot, 'indexer', 'cli.ts')];
}

/** A line the CLI prints for --progress-lines. */
const PROGRESS = /^progress (\d+)\/(\d+)$/;

/** Runs `npm run index -- --corpus … --out … --quiet --progress-lines` and waits for it. */
export function indexCorpus(corpusDir: string, indexDir: string, options: IndexCorpusOptions = {}): Promise<IndexRun> {
  return new Promise((resolve) => {
    if (options.signal?.aborted) {
      resolve({ published: false, output: 'not started: the server is stopping' });
      return;
    }
    const child = spawn(process.execPath, [...cliCommand(), '--corpus', corpusDir, '--out', indexDir, '--quiet', '--progress-lines'], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const stop = () => child.kill('SIGTERM');
    options.signal?.addEventListener('abort', stop, { once: true });
    let output = '';
    // stdout by whole lines: the progress lines are read off it, the rest kept for the log
    let partial = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        const m = PROGRESS.exec(line);
        if (m) options.onProgress?.(Number(m[1]), Number(m[2]));
        else output += `${line}\n`;
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ published: false, output: error.message }));
    child.on('close', (code) => {
      options.signal?.removeEventListener('abort', stop);
      resolve({ published: code === 0, output: (output + partial).trim() });
    });
  });
}
