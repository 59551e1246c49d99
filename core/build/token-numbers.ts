// A document's distinct stems and FTS terms reach the run as numbers, not strings. The run's one
// thread gave each document's every distinct stem and term its build id by a lookup by string
// (StemRunsWriter's and FtsTermCounts' maps): a few thousand lookups a document into maps of
// hundreds of thousands of strings, each string new (hashed again) and each lookup a cache
// miss, a tenth of that thread (perf, build20b). A file worker numbers the tokens it meets
// once each, in the order it meets them, and sends with a document only the tokens it numbered
// since its last one; the pool turns a worker's numbers into the run's as each document arrives
// (one lookup per token and worker, not per document), and the writer keeps its ids by the
// run's number in arrays. The ids given stay those the strings gave: the writer still gives
// each new token its id in the order the documents meet it.

/** Tokens a worker numbered since its last document; `restart`: its numbering began again before them. */
export interface FreshTokens {
  restart: boolean;
  tokens: string[];
}

/** A document's dictionary (DocumentRows' stemDict or termDict) as numbers, and the tokens numbered with it. */
export interface NumberedDict {
  numbers: Uint32Array;
  fresh: FreshTokens;
  /** the run's tokens the numbers are of (renumberDict); none while they are the worker's own */
  run?: RunTokens;
}

/** Tokens numbered in the order this process met them (a worker's side: its caller keeps one number per token). */
export class TokenNumbers {
  private tokens: string[] = [];
  private sent = 0;
  private restarted = false;

  /** The next number, for a token met for the first time (since the last restart). */
  next(token: string): number {
    this.tokens.push(token);
    return this.tokens.length - 1;
  }

  /** Numbering begins again (the caller forgot its numbers: its token cache was emptied). */
  restart(): void {
    this.tokens = [];
    this.sent = 0;
    this.restarted = true;
  }

  /** The tokens numbered since the last call, for the run to number alike. */
  fresh(): FreshTokens {
    const out = { restart: this.restarted, tokens: this.tokens.slice(this.sent) };
    this.sent = this.tokens.length;
    this.restarted = false;
    return out;
  }
}

/** The run's side: every token any worker sent, numbered once, by string (the only lookups by string left). */
export class RunTokens {
  private readonly numbers = new Map<string, number>();
  readonly tokens: string[] = [];

  number(token: string): number {
    let n = this.numbers.get(token);
    if (n === undefined) {
      this.numbers.set(token, (n = this.tokens.length));
      this.tokens.push(token);
    }
    return n;
  }
}


/**
 * A worker's numbers of one document's dictionary turned into the run's, in place, after the
 * tokens it numbered for it (`local`: the worker's numbers to the run's, kept per worker by the
 * pool, in the order the worker sent its documents).
 */
export function renumberDict(dict: NumberedDict, local: number[], run: RunTokens): void {
  if (dict.run) throw new Error("a document's tokens are the run's numbers already");
  if (dict.fresh.restart) local.length = 0;
  for (const t of dict.fresh.tokens) local.push(run.number(t));
  dict.fresh = { restart: false, tokens: [] };
  dict.run = run;
  const numbers = dict.numbers;
  for (let i = 0; i < numbers.length; i++) numbers[i] = local[numbers[i]];
}

/** A dict of the run's numbers as its tokens again (a dump replayed by another process: scripts/bench-writer.ts). */
export const dictTokens = (dict: NumberedDict): string[] => Array.from(dict.numbers, (n) => dict.run!.tokens[n]);

/**
 * A writer's ids of numbered dicts (IdsByNumber), per run table: the tables travel with the rows
 * (a module's table would be two tables where a test loads the module twice, CommonJS and ESM).
 */
export class NumberedIds {
  private readonly byRun = new Map<RunTokens, IdsByNumber>();

  constructor(private readonly idOf: (token: string) => number) {}

  map(dict: NumberedDict): Uint32Array {
    const run = dict.run;
    if (!run) throw new Error("a document's tokens numbered by a file worker reached the writer before the pool numbered them for the run (token-numbers.ts renumberDict)");
    let ids = this.byRun.get(run);
    if (ids === undefined) this.byRun.set(run, (ids = new IdsByNumber(run, this.idOf)));
    return ids.map(dict.numbers);
  }
}

/**
 * Build ids by the run's number (RunTokens): the id of each number asked for once by string
 * (`idOf`, the writer's own map, which also gives new tokens their ids), then read from an array.
 */
export class IdsByNumber {
  private ids = new Int32Array(1 << 12).fill(-1);

  constructor(
    private readonly run: RunTokens,
    private readonly idOf: (token: string) => number,
  ) {}

  /** The ids of a dictionary's run numbers, in its order (new tokens given ids in that order, as the strings would be). */
  map(numbers: Uint32Array): Uint32Array {
    const out = new Uint32Array(numbers.length);
    for (let i = 0; i < numbers.length; i++) {
      const n = numbers[i];
      if (n >= this.ids.length) this.grow(n);
      let id = this.ids[n];
      if (id < 0) this.ids[n] = id = this.idOf(this.run.tokens[n]);
      out[i] = id;
    }
    return out;
  }

  private grow(n: number): void {
    let size = this.ids.length;
    while (size <= n) size *= 2;
    const ids = new Int32Array(size).fill(-1);
    ids.set(this.ids);
    this.ids = ids;
  }
}
