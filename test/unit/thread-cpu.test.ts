import assert from 'node:assert/strict';
import { kindOf, markdown, parseMarks, phaseEnds, threadTable, type Sample } from '../../scripts/thread-cpu-table.js';

// scripts/thread-cpu.ts: a build's threads' CPU from /proc samples, cut by the timeline's marks.

const marks = parseMarks(
  ['1000 10 0.1 run: start', '2000 10 0.5 pool: workers starting', '2500 20 0.2 worker: init', '3000 10 0.6 run: first result', '5000 10 2.0 pool: last file back', '6000 10 3.0 run: published'].join('\n') + '\n',
);

const at = (ms: number, tasks: [number, number, string, number][]): Sample => ({ at: ms, tasks: tasks.map(([pid, tid, comm, ticks]) => ({ pid, tid, comm, ticks })) });

describe('thread-cpu: a build CPU by thread and phase', () => {
  it('cuts the phases at the run marks, the last file back by any process', () => {
    assert.deepEqual(phaseEnds(marks), [2000, 3000, 5000, 6000, Infinity]);
    // a build without files: no result, no last file; their phases end where the one before did
    assert.deepEqual(phaseEnds(parseMarks('1 10 0 run: start\n5 10 0 pool: workers starting\n9 10 0 run: published\n')), [5, 5, 5, 9, Infinity]);
  });

  it('names the kind of each thread by the names INDEX_TIMELINE gives', () => {
    assert.equal(kindOf({ pid: 10, tid: 10, comm: 'run' }, 'run'), 'run: main thread');
    assert.equal(kindOf({ pid: 10, tid: 11, comm: 'phrases' }, 'run'), 'run: phrases thread');
    assert.equal(kindOf({ pid: 10, tid: 12, comm: 'node' }, 'run'), 'run: V8/libuv threads');
    assert.equal(kindOf({ pid: 10, tid: 13, comm: 'run' }, 'run'), 'run: later threads, unnamed (checksum, esbuild)');
    assert.equal(kindOf({ pid: 20, tid: 20, comm: 'file-worker' }, 'file-worker'), 'file workers: main threads');
    assert.equal(kindOf({ pid: 20, tid: 21, comm: 'node' }, 'file-worker'), 'file workers: V8/libuv threads');
    assert.equal(kindOf({ pid: 30, tid: 30, comm: 'esbuild' }, 'esbuild'), 'other: esbuild');
  });

  it('sums each thread CPU between samples into the phase of the later sample, so the table adds up to the last sample', () => {
    const samples = [
      at(1500, [[10, 10, 'run', 50], [10, 12, 'node', 10]]),
      at(2800, [[10, 10, 'run', 60], [10, 12, 'node', 10], [20, 20, 'file-worker', 30], [20, 21, 'node', 5]]),
      at(4000, [[10, 10, 'run', 100], [10, 11, 'phrases', 40], [10, 12, 'node', 20], [20, 20, 'file-worker', 230], [20, 21, 'node', 15]]),
      at(5500, [[10, 10, 'run', 300], [10, 12, 'node', 20]]),
      at(7000, [[10, 10, 'run', 310]]),
    ];
    const table = threadTable(samples, phaseEnds(marks));
    // the run names its main thread once started: its first sample (as "node") is the run's too
    const renamed = threadTable([at(900, [[10, 10, 'node', 20]]), ...samples], phaseEnds(marks));
    assert.deepEqual(renamed.get('run: main thread'), [0.5, 0.1, 0.4, 2, 0.1]);
    assert.equal(renamed.size, table.size);
    assert.deepEqual(table.get('run: main thread'), [0.5, 0.1, 0.4, 2, 0.1]);
    assert.deepEqual(table.get('run: phrases thread'), [0, 0, 0.4, 0, 0]);
    assert.deepEqual(table.get('run: V8/libuv threads'), [0.1, 0, 0.1, 0, 0]);
    assert.deepEqual(table.get('file workers: main threads'), [0, 0.3, 2, 0, 0]);
    assert.deepEqual(table.get('file workers: V8/libuv threads'), [0, 0.05, 0.1, 0, 0]);
    const text = markdown(table, 1000);
    const all = text.split('\n').pop()!;
    // 3.1 + 0.4 + 0.2 + 2.3 + 0.15: every tick of the last samples, once
    assert.match(all, /^\| all \| 0\.60 \| 0\.45 \| 3\.00 \| 2\.00 \| 0\.10 \| 6\.15 \| 6\.150 \|$/);
  });
});
