import { readFileSync } from 'node:fs';

// The server process that scripts/attack-cost.ts and attack-flood.ts measure: its CPU time and
// resident memory read from /proc, one module for both (review17-b finding 10, which found two
// copies). Without a running process to read (no --pid, or one that is not running) a script
// says how to call it rather than failing on /proc/0/stat with a stack trace.

/** The value after `--name` on the command line, else def. */
export const arg = (name: string, def: string, argv: string[] = process.argv): string => argv.find((_a, i) => argv[i - 1] === `--${name}`) ?? def;

export interface ServerProcess {
  pid: number;
  /** user + system CPU time in ms (/proc/PID/stat, 10 ms ticks) */
  cpuMs(): number;
  /** resident memory in MB (VmRSS of /proc/PID/status) */
  rssMB(): number;
}

/** A process's CPU time and memory, read afresh at each call. */
export function processUsage(pid: number): ServerProcess {
  return {
    pid,
    cpuMs: () => {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      // fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the command name
      return (Number(f[11]) + Number(f[12])) * 10;
    },
    rssMB: () => {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      return Math.round(Number(kb ?? 0) / 1024);
    },
  };
}

/** Why the command line names no process to measure, or null when --pid is a running process. */
export function pidProblem(argv: string[] = process.argv): string | null {
  const given = arg('pid', '', argv);
  if (!given) return 'no --pid given: the server process to measure (e.g. pgrep -f dist/server/main.js)';
  const pid = Number(given);
  if (!Number.isSafeInteger(pid) || pid <= 0) return `--pid ${given} is not a process id`;
  try {
    readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return `no process ${pid} to read (/proc/${pid}/stat)`;
  }
  return null;
}

/** The server process named by --pid, or the usage line and exit status 2. */
export function serverProcess(usage: string, argv: string[] = process.argv): ServerProcess {
  const problem = pidProblem(argv);
  if (problem) {
    console.error(`${problem}\nusage: ${usage}`);
    process.exit(2);
  }
  return processUsage(Number(arg('pid', '', argv)));
}
