import { z } from 'zod';

// Schemas for the large arrays and maps of a build's JSON files, checked in one loop each. zod
// walks every element through its schema objects: over 40k vocabulary entries that is most of
// a second of a server's start-up. The first problem is reported as zod reports one (its path
// and message), so a damaged file is refused the same way.

type Problem = { path: (string | number)[]; message: string } | null;

function looped<T>(check: (v: unknown) => Problem): z.ZodType<T, z.ZodTypeDef, unknown> {
  return z.custom<T>().superRefine((v, ctx) => {
    const problem = check(v);
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, ...problem });
  });
}

const expected = (type: string, value: unknown) => `Expected ${type}, received ${Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value}`;

function pairs<T extends 'string' | 'number'>(second: T) {
  return looped<[string, T extends 'string' ? string : number][]>((v) => {
    if (!Array.isArray(v)) return { path: [], message: expected('array', v) };
    for (let i = 0; i < v.length; i++) {
      const e: unknown = v[i];
      if (!Array.isArray(e) || e.length !== 2) return { path: [i], message: `Expected a [string, ${second}] pair` };
      if (typeof e[0] !== 'string') return { path: [i, 0], message: expected('string', e[0]) };
      if (typeof e[1] !== second) return { path: [i, 1], message: expected(second, e[1]) };
    }
    return null;
  });
}

/** [string, number] pairs: a word and its count. */
export const wordCounts = pairs('number');

/** [string, string] pairs: a word and another. */
export const wordPairs = pairs('string');

/** An object of string lists: a word and the words that go with it. */
export const wordLists = looped<Record<string, string[]>>((v) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { path: [], message: expected('object', v) };
  for (const [key, list] of Object.entries(v)) {
    if (!Array.isArray(list)) return { path: [key], message: expected('array', list) };
    for (let i = 0; i < list.length; i++) if (typeof list[i] !== 'string') return { path: [key, i], message: expected('string', list[i]) };
  }
  return null;
});
