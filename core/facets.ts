// The tag facets, one line each. The passage record, the taxonomy's schema, the tagger's
// outputs, the server's facet indexes and filters, the views, the CSV columns and the
// evaluation all read this list, so a new facet is its taxonomy list, its tagging rule and one
// line here. openapi.yaml is text and cannot read it: test/unit/registries.test.ts
// checks that it agrees, and that the list matches spec/taxonomy.json's.
//
// `tagger` names the rule that tags the facet (indexer/tag/): `mentions` finds the entries'
// names in the text (mentions.ts), `cues` weighs their cue words (tagger.ts), `kind` is the
// passage's one kind (tagger.ts, context.ts). `values`: a passage has `many` or exactly one.
// `target`: the micro-F1 the evaluation holds the facet to (null: not scored as a set).

export const TAG_FACETS = [
  { name: 'kind', field: 'kind', list: 'kinds', label: 'Kind', values: 'one', tagger: 'kind', labelIsName: false, idPattern: null, chart: false, target: null },
  { name: 'actor', field: 'actors', list: 'actors', label: 'Actor', values: 'many', tagger: 'mentions', labelIsName: false, idPattern: null, chart: true, target: 0.9 },
  { name: 'theme', field: 'themes', list: 'themes', label: 'Theme', values: 'many', tagger: 'cues', labelIsName: false, idPattern: null, chart: true, target: 0.85 },
  // places are ISO 3166-1 alpha-3 codes, and a country's name is itself a mention of it
  { name: 'place', field: 'places', list: 'places', label: 'Place', values: 'many', tagger: 'mentions', labelIsName: true, idPattern: '^[A-Z]{3}$', chart: true, target: 0.95 },
] as const;

export type TagFacet = (typeof TAG_FACETS)[number];
/** 'actor' | 'theme' | … : the facet's name in URLs, filters, evidence and document tags */
export type TagFacetName = TagFacet['name'];
/** 'actors' | 'themes' | … : the passage field that holds the facet's ids */
export type TagField = TagFacet['field'];
export type ManyFacet = Extract<TagFacet, { values: 'many' }>;
/** the facets a passage may carry several values of, scored by micro-F1 */
export type SetField = ManyFacet['field'];
export type TaxonomyList = TagFacet['list'];
export type TaggerRule = TagFacet['tagger'];

export const TAG_FACET_NAMES = TAG_FACETS.map((f) => f.name) as TagFacetName[];

export const isManyValued = (f: TagFacet): f is ManyFacet => f.values === 'many';
export const SET_FACETS: readonly ManyFacet[] = TAG_FACETS.filter(isManyValued);
export const SET_FIELDS = SET_FACETS.map((f) => f.field) as SetField[];

export function tagFacet(name: TagFacetName): TagFacet {
  return TAG_FACETS.find((f) => f.name === name)!;
}

export function facetsTaggedBy(rule: TaggerRule): TagFacet[] {
  return TAG_FACETS.filter((f) => f.tagger === rule);
}

/** The ids of one facet a passage carries, as a list whether the facet holds one or many. */
export function tagsOf(p: { readonly [F in TagField]?: string | readonly string[] }, f: TagFacet): string[] {
  const v = p[f.field];
  return v === undefined ? [] : typeof v === 'string' ? [v] : [...v];
}

/** One list per facet, keyed by facet name: the shape of document tags and of tag counts. */
export function perFacet<T>(make: (f: TagFacet) => T): Record<TagFacetName, T> {
  return Object.fromEntries(TAG_FACETS.map((f) => [f.name, make(f)])) as Record<TagFacetName, T>;
}

/** One value per many-valued field ('actors' …): the shape of tag labels and set scores. */
export function perSetField<T>(make: (f: ManyFacet) => T): Record<SetField, T> {
  return Object.fromEntries(SET_FACETS.map((f) => [f.field, make(f)])) as Record<SetField, T>;
}

/** The tag fields of a record (kind, actors, themes, places …), as records and exports carry them. */
export function tagFields<P extends { [F in TagField]: unknown }>(p: P): Pick<P, TagField> {
  return Object.fromEntries(TAG_FACETS.map((f) => [f.field, p[f.field]])) as Pick<P, TagField>;
}

/** The passage fields of the set facets one rule tags: what that rule's tuned constants move. */
export function fieldsTaggedBy(rule: TaggerRule): SetField[] {
  return SET_FACETS.filter((f) => f.tagger === rule).map((f) => f.field);
}
