import type { DocumentRecord } from '../../core/types.js';
import type { PassageStore } from '../../core/passage-store.js';
import type { Taxonomy } from '../../core/taxonomy.js';
import { Bitset } from './bitset.js';
import { issuedYear, nameDisplay, nameInverted, titleOf } from '../../core/csl.js';
import { TAG_FACETS, TAG_FACET_NAMES, tagsOf, type TagFacetName } from '../../core/facets.js';

/** The facets read from the document, beside the tag facets of core/facets.ts. */
const DOCUMENT_FACETS = [
  { name: 'doc', label: 'Document' },
  { name: 'author', label: 'Author' },
  { name: 'year', label: 'Year' },
  { name: 'type', label: 'Type' },
] as const;

export type FacetName = TagFacetName | (typeof DOCUMENT_FACETS)[number]['name'];
export const FACETS: readonly FacetName[] = [...TAG_FACET_NAMES, ...DOCUMENT_FACETS.map((f) => f.name)];
/** Each facet's name for people, in the order pages show them. */
export const FACET_LABELS = Object.fromEntries([...TAG_FACETS, ...DOCUMENT_FACETS].map((f) => [f.name, f.label])) as Record<FacetName, string>;

export interface FacetValue {
  id: string;
  label: string;
  count: number;
  selected?: boolean;
  excluded?: boolean;
}

/** Chosen values per facet: OR within `include`, AND NOT over `exclude`. */
export type FacetFilters = Partial<Record<FacetName, { include: string[]; exclude: string[] }>>;

const TYPE_LABELS: Record<string, string> = {
  report: 'Report',
  'article-journal': 'Journal article',
  book: 'Book',
  chapter: 'Book chapter',
  document: 'Document',
  webpage: 'Web page',
  thesis: 'Thesis',
};

export function authorKey(a: { family?: string; given?: string; literal?: string }): { id: string; label: string } {
  const label = nameDisplay(a);
  const id = nameInverted(a)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return { id, label };
}

export function yearOf(d: DocumentRecord | undefined): number | null {
  return d ? issuedYear(d.csl) : null;
}

/** Per facet value, the set of passages that carry it; built once per loaded build. */
export class FacetIndex {
  readonly sets = new Map<FacetName, Map<string, Bitset>>();
  readonly labels = new Map<FacetName, Map<string, string>>();
  readonly size: number;
  /** per facet: the value ids, and for each passage the positions of its values among them */
  private readonly valueIds = new Map<FacetName, string[]>();
  private readonly valuesOf = new Map<FacetName, number[][]>();

  constructor(passages: Pick<PassageStore, 'count' | 'columns'>, documents: Map<string, DocumentRecord>, taxonomy: Taxonomy) {
    this.size = passages.count;
    const ords = new Map<FacetName, Map<string, number[]>>(FACETS.map((f) => [f, new Map()]));
    const add = (f: FacetName, value: string | null | undefined, ord: number) => {
      if (value === null || value === undefined || value === '') return;
      const m = ords.get(f)!;
      const list = m.get(value);
      if (list) list.push(ord);
      else m.set(value, [ord]);
    };
    for (const f of FACETS) this.labels.set(f, new Map());
    for (const f of TAG_FACETS) for (const e of taxonomy[f.list]) this.labels.get(f.name)!.set(e.id, e.label);
    for (const d of documents.values()) {
      this.labels.get('doc')!.set(d.id, titleOf(d.csl));
      for (const a of d.csl.author ?? []) {
        const k = authorKey(a);
        this.labels.get('author')!.set(k.id, k.label);
      }
      this.labels.get('type')!.set(d.csl.type, TYPE_LABELS[d.csl.type] ?? d.csl.type);
    }
    let ord = 0;
    for (const p of passages.columns()) {
      for (const f of TAG_FACETS) for (const id of tagsOf(p, f)) add(f.name, id, ord);
      add('doc', p.doc, ord);
      const d = documents.get(p.doc);
      for (const a of d?.csl.author ?? []) add('author', authorKey(a).id, ord);
      const y = yearOf(d);
      if (y) add('year', String(y), ord);
      add('type', d?.csl.type, ord);
      ord++;
    }
    for (const f of FACETS) {
      const m = new Map<string, Bitset>();
      const ids: string[] = [];
      const valuesOf: number[][] = Array.from({ length: this.size }, () => []);
      for (const [v, list] of ords.get(f)!) {
        m.set(v, Bitset.of(this.size, list));
        for (const ord of list) valuesOf[ord].push(ids.length);
        ids.push(v);
      }
      this.sets.set(f, m);
      this.valueIds.set(f, ids);
      this.valuesOf.set(f, valuesOf);
    }
    for (const [y] of this.sets.get('year')!) this.labels.get('year')!.set(y, y);
  }

  /** Ids a facet may be filtered by: the taxonomy's for tags, what the index holds otherwise. */
  knows(f: FacetName, id: string): boolean {
    if (f === 'year') return /^\d{4}(-\d{4})?$/.test(id);
    return this.labels.get(f)!.has(id);
  }

  private valueSet(f: FacetName, id: string): Bitset {
    if (f === 'year' && id.includes('-')) {
      const [from, to] = id.split('-').map(Number);
      let out = new Bitset(this.size);
      for (const [y, set] of this.sets.get('year')!) if (Number(y) >= Math.min(from, to) && Number(y) <= Math.max(from, to)) out = out.or(set);
      return out;
    }
    return this.sets.get(f)!.get(id) ?? new Bitset(this.size);
  }

  /** The passages a facet's selection allows (all, when nothing is chosen in it). */
  filterSet(f: FacetName, filter: { include: string[]; exclude: string[] } | undefined): Bitset | null {
    if (!filter || (!filter.include.length && !filter.exclude.length)) return null;
    let set = filter.include.length ? new Bitset(this.size) : Bitset.full(this.size);
    for (const id of filter.include) set = set.or(this.valueSet(f, id));
    for (const id of filter.exclude) set = set.andNot(this.valueSet(f, id));
    return set;
  }

  /**
   * Applies the filters to the hits and counts each facet's values over the hits filtered by
   * the other facets only, so a count says what choosing that value would give.
   */
  apply(hits: Bitset, filters: FacetFilters): { result: Bitset; facets: Record<FacetName, FacetValue[]> } {
    const sets = new Map<FacetName, Bitset | null>(FACETS.map((f) => [f, this.filterSet(f, filters[f])]));
    let result = hits;
    for (const s of sets.values()) if (s) result = result.and(s);
    const facets = {} as Record<FacetName, FacetValue[]>;
    for (const f of FACETS) {
      let base = hits;
      for (const [g, s] of sets) if (g !== f && s) base = base.and(s);
      const chosen = filters[f] ?? { include: [], exclude: [] };
      // Count by walking the passages in the base set: one pass, whatever the number of values.
      const ids = this.valueIds.get(f)!;
      const valuesOf = this.valuesOf.get(f)!;
      const counts = new Uint32Array(ids.length);
      for (const ord of base) for (const v of valuesOf[ord]) counts[v]++;
      const values: FacetValue[] = [];
      ids.forEach((id, v) => {
        const count = counts[v];
        const selected = chosen.include.includes(id);
        const excluded = chosen.exclude.includes(id);
        if (count > 0 || selected || excluded) values.push({ id, label: this.labels.get(f)!.get(id) ?? id, count, ...(selected ? { selected } : {}), ...(excluded ? { excluded } : {}) });
      });
      // Chosen values stay visible even when nothing carries them any more (or they are ranges).
      for (const id of [...chosen.include, ...chosen.exclude]) {
        if (values.some((v) => v.id === id)) continue;
        values.push({ id, label: this.labels.get(f)!.get(id) ?? id, count: base.andCount(this.valueSet(f, id)), ...(chosen.include.includes(id) ? { selected: true } : { excluded: true }) });
      }
      values.sort((a, b) => (f === 'year' ? b.id.localeCompare(a.id) : b.count - a.count || a.label.localeCompare(b.label)));
      facets[f] = values;
    }
    return { result, facets };
  }
}
