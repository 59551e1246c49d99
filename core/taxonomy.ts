import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from './paths.js';
import { z } from 'zod';
import { TAG_FACETS, tagFacet, type TagFacet, type TagFacetName, type TaxonomyList } from './facets.js';

// The tag vocabulary. Ids come from spec/taxonomy.json (a contract); the project's editable file
// taxonomy/taxonomy.json adds labels, aliases, acronyms, cues and places. Loading checks the
// ids against the spec and names the file and line of any id that is not in it.

export const DEFAULT_TAXONOMY = process.env.TAXONOMY_FILE ? resolve(process.env.TAXONOMY_FILE) : join(projectRoot, 'taxonomy', 'taxonomy.json');
const SPEC = join(projectRoot, 'spec', 'taxonomy.json');

// The shape of a facet's entries follows the rule that tags it (core/facets.ts).
const named = z.object({
  id: z.string(),
  label: z.string(),
  definition: z.string().default(''),
});
const ENTRY = {
  mentions: named.extend({
    aliases: z.array(z.string()).default([]),
    acronyms: z.record(z.string()).default({}),
    /** names that stand for the entry in a cited work's title: an actor's initiatives and reports ("Call to Action for Human Rights") */
    inTitles: z.array(z.string()).default([]),
    /** names of missions and operations deployed in a place: a mission discussed implies its country */
    missions: z.array(z.string()).default([]),
    /** a place's capital: it names the state ("Kabul's policy"), and as a city it may be only a venue ("the Kabul Conference") */
    capitals: z.array(z.string()).default([]),
    /**
     * a place's regions, provinces and cities other than its capital: they name the country (Darfur
     * → SDN) but are not the state, so "Darfur authorities" are no government acting
     */
    regions: z.array(z.string()).default([]),
    /** peoples that are not a state's demonym (Rohingya, Uyghurs, Tigrayans): they name the country, never the state */
    peoples: z.array(z.string()).default([]),
    /**
     * armed groups and forces whose war is in this one place (al-Shabaab, the Houthis, M23): a group
     * named implies its country, as a mission does, but is never the state
     */
    groups: z.array(z.string()).default([]),
    /**
     * the member-states actor's: names of states the places list has no entry for (The Gambia,
     * Ireland, Malta). A state acting by such a name, read by the rules that read a listed country
     * acting (rule 8, 19 …), is a member state; no place is tagged, there being no id to tag
     */
    states: z.array(z.string()).default([]),
  }),
  cues: named.extend({
    cues: z.record(z.number()).default({}),
    /**
     * cues proposed by the miner from labelled passages (scripts/mine-theme-cues.ts), kept apart
     * from the written ones so they can be told apart and regenerated; a written cue of the same
     * words wins
     */
    mined: z.record(z.number()).default({}),
    /**
     * words the field uses when it discusses the theme without naming it ("national army" for
     * support to host-state forces, "livelihoods" for human security, "diplomats" for
     * diplomacy): counted in a passage as cues are, never in a reference's title, which names
     * its subject (a title on "migration" or "diplomatic history" is not about displacement or
     * advocacy); a cue of the same words wins
     */
    situational: z.record(z.number()).default({}),
    /**
     * actors whose definitions share the theme's subject (donors and funding, courts and
     * accountability): one tagged in the passage is evidence of the theme, weighed as a cue
     * (TaggerOptions.partnerWeight)
     */
    partners: z.array(z.string()).default([]),
    /**
     * cues in other languages, by language code (core/nlp/language.ts): counted, with the
     * English ones, in a passage written in that language; a cue listed here that is also an
     * English one takes this weight there (0 for a word that means something else in that
     * language: French "pays" is a country, not a payment)
     */
    cuesByLanguage: z.record(z.enum(['fr', 'es']), z.record(z.number())).default({}),
    /**
     * situations that imply the theme where no word names it (indexer/tag/implied-themes.ts):
     * `with`, tags of which the passage must carry one ("actor:un-peace-operations"; none: words
     * alone), and `words`, groups each of which must be met ("kill*" a word's beginning)
     */
    implied: z.array(z.object({ with: z.array(z.string()).default([]), words: z.array(z.array(z.string()).min(1)).min(1) })).default([]),
  }),
  kind: named,
} as const;

type EntrySchema<F extends TagFacet> = (typeof ENTRY)[F['tagger']];
type Lists = { [F in TagFacet as F['list']]: z.ZodArray<EntrySchema<F>> };

function entrySchema(f: TagFacet) {
  const base = ENTRY[f.tagger];
  return f.idPattern ? base.extend({ id: z.string().regex(new RegExp(f.idPattern), `${f.list} ids match ${f.idPattern}`) }) : base;
}

const lists = Object.fromEntries(TAG_FACETS.map((f) => [f.list, z.array(entrySchema(f))])) as unknown as Lists;

const taxonomySchema = z.object({
  about: z.string().optional(),
  ...lists,
  synonyms: z.array(z.array(z.string()).min(2)).default([]),
  /**
   * words that say a passage is on humanitarian or conflict business ("refugees", "armed",
   * "ceasefire"): where a theme's lone situational cue counts (a situational cue elsewhere counts
   * only beside another of its theme's cues)
   */
  situationalContext: z.array(z.string()).default([]),
});

export type Taxonomy = z.infer<typeof taxonomySchema>;
export type TaxonomyEntry = Taxonomy[TaxonomyList][number];
export type MentionEntry = z.infer<(typeof ENTRY)['mentions']>;
export type CueEntry = z.infer<(typeof ENTRY)['cues']>;

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
    // The spec lists the ids of the facets it fixes (a facet it only describes, places, is open).
    const spec = JSON.parse(specText) as Record<string, unknown>;
    for (const f of TAG_FACETS) {
      const allowed = spec[f.list];
      if (!Array.isArray(allowed)) continue;
      const list: TaxonomyEntry[] = tax[f.list];
      const ids = new Set(allowed.map((a: { id: string }) => a.id));
      for (const e of list) {
        if (!ids.has(e.id)) throw new TaxonomyError(`${file}:${lineOf(text, `"${e.id}"`)}: unknown ${f.name} id "${e.id}" (the ids are those of spec/taxonomy.json)`);
      }
      const missing = [...ids].filter((id) => !list.some((e) => e.id === id));
      if (missing.length) throw new TaxonomyError(`${file}: ${f.list} lacks id(s) ${missing.join(', ')} from spec/taxonomy.json`);
    }
  }
  const seen = new Set<string>();
  for (const e of entriesOf(tax)) {
    if (seen.has(e.id)) throw new TaxonomyError(`${file}:${lineOf(text, `"${e.id}"`)}: id "${e.id}" appears twice`);
    seen.add(e.id);
  }
  // A theme's partners are actors: an id that names none would silently never count.
  const actorIds = new Set(tax.actors.map((a) => a.id));
  for (const t of tax.themes) {
    for (const id of t.partners) if (!actorIds.has(id)) throw new TaxonomyError(`${file}:${lineOf(text, `"${t.id}"`)}: theme "${t.id}" has partner "${id}", which is no actor id`);
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

/** Every entry of every facet. */
export function entriesOf(tax: Taxonomy): TaxonomyEntry[] {
  return TAG_FACETS.flatMap((f): TaxonomyEntry[] => tax[f.list]);
}

/** Label of a tag id in a facet, for display. */
export function labelOf(tax: Taxonomy, facet: TagFacetName, id: string): string {
  const list: TaxonomyEntry[] = tax[tagFacet(facet).list];
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
