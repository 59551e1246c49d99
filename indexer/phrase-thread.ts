import { parentPort, workerData } from 'node:worker_threads';
import { PhraseTablesFile } from '../core/build/phrase-tables.js';
import type { PhraseMessage } from './phrase-writer.js';

// The thread writing a build's phrase tables into a file of their own (phrase-writer.ts): the
// run's thread sends each document's phrases rows and its commits, then 'finish'.

const file = new PhraseTablesFile((workerData as { path: string }).path);
parentPort!.on('message', (message: PhraseMessage) => {
  if (message[0] === 'add') file.add(message[1], message[2]);
  else if (message[0] === 'commit') file.commit();
  else {
    file.finish();
    parentPort!.postMessage('finished');
  }
});
