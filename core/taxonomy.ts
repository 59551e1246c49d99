import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from './paths.js';
import { z } from 'zod';

// The tag vocabulary. Ids come from spec/taxonomy.json (a contract); the project's editable file
// taxonomy/taxonomy.json adds labels, aliases, acronyms, cues and places. Loading checks the
// ids against the spec and names the file and line of any id that is not in it.

export const DEFAULT_TAXONOMY = process.env.TAXONOMY_FILE ? resolve(process.env.TAXONOMY_FILE) : join(projectRoot, 'taxonomy', 'taxonomy.json');
const SPEC = join(projectRoot, 'spec', 'taxonomy.json');

const actor = z.object({
  id: z.string(),
  label: z.string(),
  definition: z.string().default(''),
  aliases: z.array(z.string()).default([]),
  acronyms: z.record(z.string()).default({}),
  /** names that stand for the actor in a cited work's title: its initiatives and reports ("Call to Action for Human Rights") */
  inTitles: z.array(z.string()).default([]),
});
const theme = z.object({
  id: z.string(),
  label: z.string(),
  definition: z.string().default(''),
  cues: z.record(z.number()).default({}),
});
const kind = z.object({ id: z.string(), label: z.string(), definition: z.string().default('') });
const place = z.object({
  id: z.string().regex(/^[A-Z]{3}$/, 'place ids are ISO 3166-1 alpha-3 codes'),
  label: z.string(),
  aliases: z.array(z.string()).default([]),
  /** names of missions and operations deployed there: a mission discussed implies its country */
  missions: z.array(z.string()).default([]),
});

const taxonomySchema = z.object({
  about: z.string().optional(),
  actors: z.array(actor),
  themes: z.array(theme),
  kinds: z.array(kind),
  places: z.array(place),
  synonyms: z.array(z.array(z.string()).min(2)).default([]),
});

export type Taxonomy = z.infer<typeof taxonomySchema>;
export type Facet = 'actor' | 'theme' | 'kind' | 'place';

export class TaxonomyError extends Error {}

function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  return i < 0 ? 0 : text.slice(0, i).split('\n').length;
}

export function parseTaxonomy(text: string, file = 'taxonomy.json', specText?: string): Taxonomy {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new TaxonomyError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = taxonomySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TaxonomyError(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  const tax = parsed.data;
  if (specText) {
    const spec = JSON.parse(specText) as { actors: { id: string }[]; themes: { id: string }[]; kinds: { id: string }[] };
    for (const [name, list, allowed] of [
      ['actors', tax.actors, spec.actors],
      ['themes', tax.themes, spec.themes],
      ['kinds', tax.kinds, spec.kinds],
    ] as const) {
      const ids = new Set(allowed.map((a) => a.id));
      for (const e of list) {
        if (!ids.has(e.id)) throw new TaxonomyError(`${file}:${lineOf(text, `"${e.id}"`)}: unknown ${name.slice(0, -1)} id "${e.id}" (the ids are those of spec/taxonomy.json)`);
      }
      const missing = [...ids].filter((id) => !list.some((e) => e.id === id));
      if (missing.length) throw new TaxonomyError(`${file}: ${name} lacks id(s) ${missing.join(', ')} from spec/taxonomy.json`);
    }
  }
  const seen = new Set<string>();
  for (const e of [...tax.actors, ...tax.themes, ...tax.kinds, ...tax.places]) {
    if (seen.has(e.id)) throw new TaxonomyError(`${file}:${lineOf(text, `"${e.id}"`)}: id "${e.id}" appears twice`);
    seen.add(e.id);
  }
  return tax;
}

let cached: { file: string; taxonomy: Taxonomy } | null = null;

export function loadTaxonomy(file = DEFAULT_TAXONOMY): Taxonomy {
  if (cached?.file === file) return cached.taxonomy;
  const taxonomy = parseTaxonomy(readFileSync(file, 'utf8'), file, readFileSync(SPEC, 'utf8'));
  cached = { file, taxonomy };
  return taxonomy;
}

/** Label of a tag id in a facet, for display. */
export function labelOf(tax: Taxonomy, facet: Facet, id: string): string {
  const list = facet === 'actor' ? tax.actors : facet === 'theme' ? tax.themes : facet === 'kind' ? tax.kinds : tax.places;
  return list.find((e) => e.id === id)?.label ?? id;
}

/** Equivalent phrasings for query expansion: every acronym with its expansion, and the synonym groups. */
export function synonymGroups(tax: Taxonomy): string[][] {
  const groups: string[][] = [...tax.synonyms];
  for (const a of tax.actors) {
    for (const [short, long] of Object.entries(a.acronyms)) {
      // "UN Security Council" is also written "Security Council" and "United Nations Security Council".
      const bare = long.replace(/^(UN|United Nations)\s+/, '');
      groups.push(bare !== long ? [short, long, bare, `United Nations ${bare}`] : [short, long]);
    }
  }
  return groups;
}
