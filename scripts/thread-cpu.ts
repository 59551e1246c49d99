// A build's CPU by thread and phase (issue 11): runs the command given after `--` with
// INDEX_TIMELINE set (the run names its threads and marks its steps: indexer/timeline.ts),
// reads every thread's CPU of the command's process tree from /proc every 250 ms (Linux), and
// prints CPU-s per kind of thread (the run's main thread, its phrase, related, term_best
// threads, V8's and libuv's, the file workers' main and other threads) per phase (start-up,
// first result, files, end). Wrapped in `/usr/bin/time -v`, the table's total is the command's
// user + sys less this sampler's own CPU (printed) and what threads did after their last sample.
//
//   npx tsx scripts/thread-cpu.ts --out /tmp/x/b [--passages N] -- node --import tsx indexer/cli.ts --corpus C --out O --engine fts5 --no-cache --quiet
//
// Writes b.tl (the timeline) and b.samples.jsonl (the samples), and prints the Markdown table.
import { spawn } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { markdown, parseMarks, phaseEnds, threadTable, type Sample, type TaskSample } from './thread-cpu-table.js';

const split = process.argv.indexOf('--');
const { values } = parseArgs({ args: process.argv.slice(2, split < 0 ? undefined : split), options: { out: { type: 'string' }, passages: { type: 'string' }, every: { type: 'string', default: '250' } } });
const command = split < 0 ? [] : process.argv.slice(split + 1);
if (!values.out || !command.length) {
  console.error('usage: thread-cpu.ts --out PREFIX [--passages N] [--every MS] -- COMMAND...');
  process.exit(2);
}
const timeline = `${values.out}.tl`;
const samplesFile = `${values.out}.samples.jsonl`;
rmSync(timeline, { force: true });
rmSync(samplesFile, { force: true });

/** Parent of every process, from /proc/<pid>/stat (the field after the name, which may hold spaces). */
function parents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    if (!stat) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  return children;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // gone between the listing and the read
  }
}

function sample(root: number): Sample {
  const children = parents();
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  const tasks: TaskSample[] = [];
  for (const pid of tree) {
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      const stat = read(`/proc/${pid}/task/${tid}/stat`);
      if (!stat) continue;
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime, fields 14 and 15 of stat(5)
      tasks.push({ pid, tid: Number(tid), comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), ticks: Number(rest[11]) + Number(rest[12]) });
    }
  }
  return { at: Date.now(), tasks };
}

const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, INDEX_TIMELINE: timeline } });
const samples: Sample[] = [];
const timer = setInterval(() => {
  if (child.pid === undefined) return;
  const s = sample(child.pid);
  samples.push(s);
  appendFileSync(samplesFile, `${JSON.stringify(s)}\n`);
}, Number(values.every));
child.on('exit', (code) => {
  clearInterval(timer);
  const table = threadTable(samples, phaseEnds(parseMarks(read(timeline) ?? '')));
  console.log(markdown(table, values.passages ? Number(values.passages) : undefined));
  const own = process.cpuUsage();
  console.log(`sampler's own CPU: ${((own.user + own.system) / 1e6).toFixed(2)} s; command exit code ${code}`);
  process.exitCode = code ?? 1;
});
