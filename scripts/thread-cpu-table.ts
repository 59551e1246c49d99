// The table scripts/thread-cpu.ts prints: samples of a build's threads' CPU (from /proc) cut
// into the build's phases by the timeline's marks (indexer/timeline.ts), summed by thread kind.
// Pure, so that the test can give it samples of its own.

/** One thread at one sample: its process, its id, its name (comm) and its CPU so far in clock ticks. */
export interface TaskSample {
  pid: number;
  tid: number;
  comm: string;
  ticks: number;
}

export interface Sample {
  /** epoch ms */
  at: number;
  tasks: TaskSample[];
}

/** A timeline line: epoch ms, process, its CPU so far, the step (timeline.ts `mark`). */
export interface Mark {
  at: number;
  pid: number;
  step: string;
}

export const PHASES = ['A start-up', 'B to first result', 'C files', 'D end', 'E exit'] as const;

export function parseMarks(text: string): Mark[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [at, pid, , ...step] = line.split(' ');
      return { at: Number(at), pid: Number(pid), step: step.join(' ') };
    });
}

/**
 * The ends of the phases (epoch ms): A until the workers start, B until the first result, C
 * until the last file is back, D until the build is published, E the rest. A mark missing (a
 * build without files, a failed one) ends its phase where the one before ended.
 */
export function phaseEnds(marks: readonly Mark[]): number[] {
  const run = marks.find((m) => m.step === 'run: start')?.pid;
  const at = (step: string) => marks.filter((m) => m.step === step && (run === undefined || m.pid === run)).map((m) => m.at);
  const ends: number[] = [];
  for (const step of ['pool: workers starting', 'run: first result', 'pool: last file back', 'run: published']) {
    const found = at(step);
    ends.push(found.length ? Math.max(...found) : (ends[ends.length - 1] ?? -Infinity));
  }
  ends.push(Infinity);
  return ends;
}

/**
 * The kind of thread a task is, by the names INDEX_TIMELINE gives (timeline.ts nameThread): the
 * run's main thread and its named threads; a thread the run's main thread started after it was
 * named and that names itself nothing inherits "run" (the checksum thread, esbuild's); unnamed threads of
 * a process are V8's and libuv's (GC, the optimising compiler, file system calls, tsx's hooks).
 */
export function kindOf(task: { pid: number; tid: number; comm: string }, mainComm: string | undefined): string {
  if (mainComm === 'file-worker') return task.tid === task.pid ? 'file workers: main threads' : 'file workers: V8/libuv threads';
  if (mainComm === 'run') {
    if (task.tid === task.pid) return 'run: main thread';
    if (task.comm === 'run') return 'run: later threads, unnamed (checksum, esbuild)';
    if (task.comm === 'node') return 'run: V8/libuv threads';
    return `run: ${task.comm} thread`;
  }
  return `other: ${mainComm ?? '?'}`;
}

/**
 * CPU-s by thread kind and phase: each task's ticks between consecutive samples, in the phase of
 * the later sample. A thread is named once running (the run's main thread once the run starts),
 * so kinds are read from each thread's and process's last name.
 */
export function threadTable(samples: readonly Sample[], ends: readonly number[], hz = 100): Map<string, number[]> {
  const name = new Map<number, string>();
  for (const sample of samples) for (const t of sample.tasks) name.set(t.tid, t.comm);
  const last = new Map<number, number>();
  const table = new Map<string, number[]>();
  for (const sample of samples) {
    const phase = ends.findIndex((end) => sample.at <= end);
    for (const t of sample.tasks) {
      const delta = t.ticks - (last.get(t.tid) ?? 0);
      last.set(t.tid, t.ticks);
      const kind = kindOf({ pid: t.pid, tid: t.tid, comm: name.get(t.tid)! }, name.get(t.pid));
      const row = table.get(kind) ?? PHASES.map(() => 0);
      row[phase] += delta / hz;
      table.set(kind, row);
    }
  }
  return table;
}

/** The table as Markdown, with a total row and each kind's CPU-s per 1,000 passages when `passages` is given. */
export function markdown(table: ReadonlyMap<string, number[]>, passages?: number): string {
  const perK = (s: number) => (passages ? ` | ${((s / passages) * 1000).toFixed(3)}` : '');
  const lines = [`| thread | ${PHASES.join(' | ')} | all${passages ? ' | per 1,000 passages' : ''} |`, `|---${'|---'.repeat(PHASES.length + (passages ? 2 : 1))}|`];
  const total = PHASES.map(() => 0);
  for (const [kind, row] of [...table].sort(([a], [b]) => (a < b ? -1 : 1))) {
    row.forEach((v, i) => (total[i] += v));
    const sum = row.reduce((a, b) => a + b, 0);
    lines.push(`| ${kind} | ${row.map((v) => v.toFixed(2)).join(' | ')} | ${sum.toFixed(2)}${perK(sum)} |`);
  }
  const all = total.reduce((a, b) => a + b, 0);
  lines.push(`| all | ${total.map((v) => v.toFixed(2)).join(' | ')} | ${all.toFixed(2)}${perK(all)} |`);
  return lines.join('\n');
}
