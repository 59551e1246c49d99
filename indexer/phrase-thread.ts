import { parentPort, workerData } from 'node:worker_threads';
import { PhraseTablesFile } from '../core/build/phrase-tables.js';
import { DONE, FAILED, type PhraseMessage } from './phrase-protocol.js';
import { mark, nameThread } from './timeline.js';

// The thread writing a build's phrase tables into a file of their own (phrase-writer.ts): the
// run's thread sends each document's phrases rows and its commits, then 'finish'; each
// document written is counted in `progress`, which the run's thread waits on when too far ahead.

const { path, progress } = workerData as { path: string; progress: Int32Array };
nameThread('phrases');

/** Runs `step`; on failure the run's thread, which may be waiting for progress, is told to stop waiting. */
function guarded<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    Atomics.store(progress, FAILED, 1);
    Atomics.notify(progress, DONE);
    throw error;
  }
}

const file = guarded(() => new PhraseTablesFile(path));
parentPort!.on('message', (message: PhraseMessage) =>
  guarded(() => {
    if (message[0] === 'add') {
      file.add(message[1], message[2]);
      Atomics.add(progress, DONE, 1);
      Atomics.notify(progress, DONE);
    } else if (message[0] === 'commit') file.commit();
    else {
      mark('phrases: finishing');
      file.finish();
      mark('phrases: finished');
      parentPort!.postMessage('finished');
    }
  }),
);
