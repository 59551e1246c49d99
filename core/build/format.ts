import { z } from 'zod';
import { aliasesSchema } from './aliases.js';
import { corpusTermsSchema } from '../corpus-terms.js';
import { wordCounts } from '../large-json.js';
import type { EngineName } from '../engines/registry.js';

// the engines' names are the registry's (a type only: the registry reads this module)
export type { EngineName };

// What a published build is, declared once: the indexer writes these files, the server checks
// the manifest and validates each record it reads against the same schemas. Neither side keeps
// its own list, so adding a file is one entry here.

/**
 * Bumped whenever a build's files or records change shape, so a server never reads a build
 * written by another version as if it were its own. 2: taxonomy.json and vocabulary.json;
 * 3: the engine named in the manifest, and library.db. An engine's own files have their own
 * version (core/engines/), recorded in the manifest as engineFormat.
 */
export const INDEX_FORMAT = 3;

const name = z.object({ family: z.string().optional(), given: z.string().optional(), literal: z.string().optional() }).passthrough();

const csl = z
  .object({
    id: z.string(),
    type: z.string(),
    title: z.string().optional(),
    author: z.array(name).optional(),
  })
  .passthrough();

const tagWeights = z.array(z.object({ id: z.string(), weight: z.number() }));

export const documentSchema = z
  .object({
    id: z.string().min(1),
    csl,
    provenance: z.record(z.string()),
    file: z.string(),
    format: z.string(),
    hash: z.string(),
    pages: z.number().nullable(),
    pageLabels: z.array(z.string().nullable()).nullable(),
    passageCount: z.number().int().nonnegative(),
    // in core/facets.ts TAG_FACETS order, as the indexer writes them (aggregateTags): zod gives the
    // keys in the shape's order, and a lunr build's /api/documents/:id listed them otherwise than FTS5's
    tags: z.object({ kind: tagWeights, actor: tagWeights, theme: tagWeights, place: tagWeights }),
    furniture: z.object({ removed: z.number(), kinds: z.record(z.number()) }),
    references: z.array(csl.extend({ passage: z.string(), work: z.string(), inCorpus: z.string().optional() })).optional(),
    cites: z.array(z.string()).optional(),
    citedBy: z.array(z.string()).optional(),
    copyOf: z.string().optional(),
    copies: z.array(z.string()).optional(),
    outline: z.array(z.object({ level: z.number(), text: z.string(), passage: z.string().nullable() })),
  })
  .passthrough();

const evidence = z.object({ facet: z.enum(['actor', 'theme', 'place', 'kind']), id: z.string(), rule: z.string(), matched: z.array(z.string()), score: z.number().optional() });

export const passageSchema = z
  .object({
    id: z.string().min(1),
    doc: z.string().min(1),
    ordinal: z.number().int().nonnegative(),
    block: z.number().int(),
    text: z.string(),
    section: z.array(z.string()),
    page: z.string().nullable(),
    pageEnd: z.string().nullable().optional(),
    pageBreaks: z.array(z.object({ offset: z.number().int().positive(), page: z.string() })).optional(),
    para: z.number().int().optional(),
    physicalPage: z.number().nullable(),
    start: z.number(),
    end: z.number(),
    kind: z.string(),
    blockType: z.string(),
    duplicate: z.boolean().optional(),
    actors: z.array(z.string()),
    themes: z.array(z.string()),
    places: z.array(z.string()),
    evidence: z.array(evidence),
    cites: z.array(z.string()).optional(),
  })
  .passthrough();

export const vocabularySchema = wordCounts;

/**
 * The files every build holds whatever its engine, each with the schema its content is read
 * with, and whether the server serves a build without it. An engine's own files (the index,
 * the passages) are declared by its module in core/engines/.
 */
export const BUILD_FILES = {
  'vocabulary.json': { required: true, schema: vocabularySchema },
  // validated by parseTaxonomy, which also checks the ids against the spec
  'taxonomy.json': { required: true, schema: z.record(z.unknown()) },
  // what the indexer learnt of the corpus's own words (indexer/build-terms.ts); optional, so a
  // build from before it reads as one with no terms
  'terms.json': { required: false, schema: corpusTermsSchema },
  'report.json': { required: false, schema: z.record(z.unknown()) },
  // ids of documents renamed since an earlier build, and of their passages (core/build/aliases.ts)
  'aliases.json': { required: false, schema: aliasesSchema },
  // copy document id → the document whose work it repeats (indexer/work-copies.ts): search
  // answers with the work's passages, not each file's; none in a build without copies
  'copies.json': { required: false, schema: z.record(z.string()) },
} as const satisfies Record<string, { required: boolean; schema: z.ZodTypeAny }>;

export type BuildFile = keyof typeof BUILD_FILES;

export const COMMON_FILES = (Object.keys(BUILD_FILES) as BuildFile[]).map((name) => ({ name, required: BUILD_FILES[name].required }));

/** The database of an fts5 build (core/build/library-db.ts declares its tables and version). */
export const LIBRARY_DB = 'library.db';

export const manifestSchema = z.object({
  format: z.number().int(),
  id: z.string(),
  builtAt: z.string(),
  /** a name in core/engines/registry.ts; builds before format 3 were all lunr's */
  engine: z.string().default('lunr'),
  engineFormat: z.number().int().default(1),
  counts: z.object({ documents: z.number(), passages: z.number(), files: z.number(), skipped: z.number() }),
  files: z.record(z.object({ bytes: z.number(), sha256: z.string() })),
});

export type Manifest = z.infer<typeof manifestSchema>;

/** A JSON file's content checked against a schema; the message names the file and the first problem. */
export function parseJson<S extends z.ZodTypeAny>(file: string, schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file} is not a valid build file: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data as z.infer<S>;
}

/** A common build file's content checked against its schema. */
export const parseBuildFile = <F extends BuildFile>(file: F, value: unknown): z.infer<(typeof BUILD_FILES)[F]['schema']> => parseJson(file, BUILD_FILES[file].schema, value);
