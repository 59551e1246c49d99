import { setFlagsFromString } from 'node:v8';

// How far V8 lets the server's heap grow past what is live before a full collection. V8 picks
// the factor from its collector's speed, up to 4x when the process may use 2 GB or more: a
// server with 50 MB of live heap (a 100k-passage build) sat at 300-350 MB of heap between
// collections, garbage that was never returned (RSS 450-530 MB after the bench's 430 searches;
// 360 MB with the typo and citation changes). 1.5x keeps RSS near 230 MB for one more full
// collection every few dozen searches (tens of ms each, mostly concurrent). The flag is read
// whenever V8 computes the next limit, and Node leaves V8's flags settable at run time for
// v8.setFlagsFromString, so this applies however the server is started (npm start, the bench,
// the loadtest). Imported first by main.ts.
export const HEAP_GROWING_PERCENT = 50;

setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
