import fc from 'fast-check';

// Generated queries and /api/search query strings for the property fuzz (fuzz30), one
// arbitrary per class so that the worst CPU can be told per class. Each class aims at a part of
// the query side that changed: character folding (compatibility, mathematical, invisible,
// full-width), quotes and operators, typo correction, question scaffolding, prefixes.

const ranges = (...rs: [number, number][]) => fc.oneof(...rs.map(([lo, hi]) => fc.integer({ min: lo, max: hi })));

/** Code points the folding and the tokenizer treat specially, and some they have never seen. */
const hostileCodePoint = fc.oneof(
  ranges([0x00, 0x1f], [0x7f, 0x9f]), // control characters
  ranges([0x300, 0x36f], [0x1ab0, 0x1aff], [0x20d0, 0x20ff]), // combining marks
  ranges([0x590, 0x8ff], [0x200e, 0x200f], [0x202a, 0x202e], [0x2066, 0x2069]), // RTL letters and direction marks
  ranges([0xff01, 0xff5e], [0x3000, 0x3000]), // full-width
  ranges([0x200b, 0x200d], [0x2060, 0x2064], [0xfeff, 0xfeff], [0xad, 0xad], [0x34f, 0x34f], [0xfe00, 0xfe0f], [0xe0000, 0xe007f]), // invisible
  ranges([0x1d400, 0x1d7ff], [0xfb00, 0xfb06], [0x2150, 0x218f], [0x2460, 0x24ff], [0x3300, 0x33ff]), // mathematical and compatibility
  ranges([0xd800, 0xdfff]), // lone surrogates
  ranges([0x1f300, 0x1faff], [0x10000, 0x10ffff]), // astral
  ranges([0x20, 0x7e]), // ASCII, so that the above sit between letters and operators
);

const charOf = (cp: number) => (cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp));

export const unicodeQuery = fc.array(hostileCodePoint.map(charOf), { maxLength: 60 }).map((cs) => cs.join(''));

const WORDS = [
  'protection', 'civilians', 'humanitarian', 'access', 'advocacy', 'caution', 'peace', 'operations', 'security', 'human', 'rights', 'UN', 'UNHCR', 'ICRC', 'IHL',
  'Syria', 'Syrie', 'Siria', 'Myanmar', 'Burma', 'Côte', "d'Ivoire", 'Kyiv', 'Kiev', 'personnes', 'déplacées', 'violencia', 'sexual', 'droits', 'humains',
  'protectoin', 'civlians', 'humanitarain', 'advocay', 'protecting', 'protected', 'negotiation', 'negotiations', 'covid-19', '2020', '1949', 'A/RES/46/182', 'S/2021/1',
  'what', 'does', 'the', 'say', 'about', 'how', 'do', 'why', 'which', 'who', 'is', 'are', 'of', 'in', 'on', 'qué', 'dice', 'comment', 'pourquoi',
  'ﬁeld', '𝐩𝐫𝐨𝐭𝐞𝐜𝐭𝐢𝐨𝐧', 'ｐｒｏｔｅｃｔｉｏｎ', 'pro\u00adtection', 'pro\u200btection', 'é', 'e\u0301', 'ﾌﾟﾛ', 'حماية', 'הגנה',
];
const OPERATORS = [
  '"', '"', '“', '”', '„', '«', '»', '‘', '’', "'", '(', ')', '[', ']', '{', '}', 'AND', 'OR', 'NOT', 'and', 'or', 'not', '&&', '||', '!', '+', '-', '--', '—', '–',
  '*', '**', '~', '~2', '^', '^3', ':', 'title:', 'author:', 'section:', '\\', '?', '/', '|', '&', '.', ',', ';', '-"', '"-', '*"', '"*', '~"',
];

/** Words, typos, foreign and folded forms, with operators, quotes and wildcards between them. */
export const syntaxQuery = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS) }, { weight: 3, arbitrary: fc.constantFrom(...OPERATORS) }, { weight: 1, arbitrary: fc.constantFrom(' ', '', '  ') }), { maxLength: 40 })
  .chain((parts) => fc.array(fc.constantFrom(' ', ''), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]).join('')));

/** Long runs of one piece of syntax (quotes, brackets, operators, wildcards, hyphens), with or without words between. */
export const runQuery = fc
  .tuple(fc.constantFrom(...OPERATORS, '*a', 'a*', 'x-', '-x', 'a-b-', '"a', 'NOT NOT', 'OR OR', '((', '))', '"""', '*~', 'e\u0301'), fc.constantFrom('', ' ', ' a ', 'protection'), fc.integer({ min: 1, max: 250 }))
  .map(([unit, sep, n]) => Array.from({ length: n }, () => unit).join(sep));

/** A query of exactly `n` characters made of the other classes repeated (500 is the cut; 10,000 is what a client might paste). */
const ofLength = (n: number) => fc.oneof(syntaxQuery, unicodeQuery, runQuery).filter((s) => s.length > 0).map((s) => s.repeat(Math.ceil(n / s.length)).slice(0, n));
export const longQuery = fc.oneof(ofLength(499), ofLength(500), ofLength(501), ofLength(1000), ofLength(10_000));

/**
 * Words bound to a field (review32): every field the parser knows and some it does not, each
 * with what may follow a colon — a word, a phrase, a prefix, a typo allowance, a group, an
 * exclusion, nothing, another colon, hostile characters (direction marks, surrogate halves, NUL).
 */
const FIELD_NAMES = ['title', 'author', 'section', 'text', 'TITLE', 'Author', 'year', 'doc', 'kind', 'theme', '__proto__', 'constructor', '', 'title:title'];
const AFTER_FIELD = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.constantFrom(...WORDS).map((w) => `"${w} ${w}"`),
  fc.constantFrom(...WORDS).map((w) => `${w.slice(0, 4)}*`),
  fc.constantFrom(...WORDS).map((w) => `${w}~2`),
  fc.constantFrom(...WORDS).map((w) => `(${w} OR ${w})`),
  fc.constantFrom(...WORDS).map((w) => `-${w}`),
  fc.constantFrom('', ':', '*', '"', '""', '~', '^2', '\u200f', '\u202e', '\ud800', '\udc00', '\u0000', '\u0000protection'),
  unicodeQuery,
);
export const fieldQuery = fc
  .array(fc.tuple(fc.constantFrom('', '-', '+', 'NOT '), fc.constantFrom(...FIELD_NAMES), AFTER_FIELD), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([op, f, v]) => `${op}${f}:${v}`).join(' '));

export const QUERY_CLASSES = { unicode: unicodeQuery, syntax: syntaxQuery, runs: runQuery, long: longQuery, fields: fieldQuery } as const;
export type QueryClass = keyof typeof QUERY_CLASSES;

/** A query string value as Express's simple parser gives it (string or repeated), or what a careless caller might pass. */
const hostileValue = (known: readonly string[]): fc.Arbitrary<unknown> => {
  const text = fc.oneof(
    fc.constantFrom('', ' ', '0', '-1', '1', '2', '10', '100', '101', '1e3', '1.5', '0x10', ' 7 ', '+1', '٣', '１', 'NaN', 'Infinity', '99999999999999999999', '100000', '100001'),
    fc.constantFrom('relevance', 'date', 'RELEVANCE', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '2020', '2019-2021', '2021-2019', '9999-0000', '-2020', '2020-', '-'),
    fc.constantFrom(...known, ...known.map((k) => `-${k}`), ...known.map((k) => k.toUpperCase())),
    unicodeQuery,
    syntaxQuery,
    fc.string({ unit: 'binary', maxLength: 300 }),
  );
  return fc.oneof(
    { weight: 6, arbitrary: text },
    { weight: 2, arbitrary: fc.array(text, { maxLength: 8 }) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...known), { minLength: 40, maxLength: 120 }) },
    // what a URL of some 16 kB can carry: one value of 10,000 characters, or many long ones
    { weight: 1, arbitrary: longQuery },
    { weight: 1, arbitrary: fc.array(longQuery, { minLength: 2, maxLength: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>({}, { toString: 'x' }, ['a', ['b']], [{}], null, 7, true) },
  );
};

/** Numbers a page, size, perDoc or facetSize may be given as: the ends of every range and past them. */
const EXTREME_ONLY = fc.constantFrom('0', '1', '2', '-0', '-1', '99', '100', '101', '1000', '10000', '100000', '999999999', '2147483647', '2147483648', '9007199254740993', '1e308', '1e-9', 'Infinity', '-Infinity', 'NaN', '0.5', '1.0', '01', '0x1', ' 2', '2 ', '２', '');

// mostly values in range, so that most requests are answered and not refused at the first bad one
const EXTREME = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('1', '2', '3', '10', '20', '50', '100') }, { weight: 1, arbitrary: EXTREME_ONLY });

/**
 * An ordinary query with the paging parameters at their extremes and facets from the index's own
 * values, one or several (review32): a page past the last, a size of 0 or of a million, with
 * filters that leave few hits.
 */
export function pagingParams(facets: Readonly<Record<string, readonly string[]>>): fc.Arbitrary<Record<string, unknown>> {
  // each facet's own values (another facet's is refused, and one refusal was every request's answer)
  const facet = (name: string) => {
    const known = facets[name]?.length ? facets[name] : ['x'];
    return fc.oneof(fc.constantFrom(...known), fc.array(fc.constantFrom(...known), { minLength: 2, maxLength: 6 }));
  };
  return fc
    .record(
      {
        q: fc.oneof(fc.constantFrom(...WORDS), syntaxQuery, fieldQuery),
        page: EXTREME,
        size: EXTREME,
        perDoc: EXTREME,
        facetSize: EXTREME,
        sort: fc.constantFrom('relevance', 'date'),
        theme: facet('theme'),
        actor: facet('actor'),
        kind: facet('kind'),
        place: facet('place'),
        year: fc.constantFrom('2020', '2019-2021', '1900-2100', '2021-2019'),
      },
      { requiredKeys: ['q'] },
    )
    .map((r) => Object.assign(Object.create(null) as Record<string, unknown>, r));
}

/** Every parameter spec/api.md's /api/search reads (and a few it does not), with hostile values. */
export function searchParams(facetValues: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const names = ['q', 'actor', 'theme', 'kind', 'place', 'doc', 'year', 'type', 'page', 'size', 'sort', 'perDoc', 'facetSize', 'cites', 'near', 'list', 'q[]', 'theme[0]', 'page[]', '__proto__', 'constructor', 'hasOwnProperty'];
  const v = hostileValue(facetValues.length ? facetValues : ['x']);
  return fc.uniqueArray(fc.constantFrom(...names), { maxLength: 8 }).chain((ks) =>
    fc.tuple(...ks.map(() => v)).map((vs) => {
      // a null-prototype record, as a query parser gives one: __proto__ is then a plain key
      const out = Object.create(null) as Record<string, unknown>;
      ks.forEach((k, i) => (out[k] = vs[i]));
      return out;
    }),
  );
}
