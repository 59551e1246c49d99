import { appendFileSync } from 'node:fs';

// Where a build's wall time goes is a question of which steps overlap, which a profile of one
// process cannot answer and a sample of the threads' CPU (from /proc) cannot name. With
// INDEX_TIMELINE=<file> set, the run, its file workers and its threads append one line per
// step: the time, the process, its CPU so far and the step. Unset, `mark` costs one test.

const file = process.env.INDEX_TIMELINE;

/** Appends "<epoch ms> <pid> <process CPU-s> <step>" to INDEX_TIMELINE's file, if one is named. */
export function mark(step: string): void {
  if (!file) return;
  const { user, system } = process.cpuUsage();
  appendFileSync(file, `${Date.now()} ${process.pid} ${((user + system) / 1e6).toFixed(3)} ${step}\n`);
}
