// What the run's thread and the phrase tables' thread (phrase-writer.ts, phrase-thread.ts) share.

/** What the run's thread sends the phrase thread. */
export type PhraseMessage = ['add', number, readonly string[]] | ['commit'] | ['finish'];

/** The shared `progress` array's slots: the documents the thread has written, and 1 once it failed. */
export const DONE = 0;
export const FAILED = 1;
