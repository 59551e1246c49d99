import { appendFileSync, writeFileSync } from 'node:fs';

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

/**
 * Names the calling thread (Linux: /proc/thread-self/comm, 15 bytes at most) when a timeline is
 * kept, so that a sample of each task's /proc stat file says which of the run's threads spent the
 * CPU: Node 20 leaves every thread of a process named "node". Unset, or off Linux, it does nothing.
 */
export function nameThread(name: string): void {
  if (!file) return;
  try {
    writeFileSync('/proc/thread-self/comm', name.slice(0, 15));
  } catch {
    // not Linux, or /proc not mounted: the timeline's marks still name the steps
  }
}
