import type { CslItem } from '../core/types.js';
import { citationSegments, citingContext } from './citing-context.js';

// Small functions the ejs views call; kept here so the templates stay declarative.

export type Query = Record<string, unknown>;

const asList = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]).filter((s) => s !== '');

/** The current URL's query with some parameters changed (null removes), page reset unless given. */
export function urlWith(query: Query, changes: Record<string, string | string[] | null>, path = '/'): string {
  const params = new URLSearchParams();
  const merged: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(query)) merged[k] = asList(v);
  if (!('page' in changes)) delete merged.page;
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) delete merged[k];
    else merged[k] = Array.isArray(v) ? v : [v];
  }
  for (const [k, vs] of Object.entries(merged)) for (const v of vs) if (v !== '') params.append(k, v);
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

/** Adds or removes one value of a repeatable parameter. */
export function toggle(query: Query, key: string, value: string): string {
  const current = asList(query[key]);
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return urlWith(query, { [key]: next.length ? next : null });
}

export function values(query: Query, key: string): string[] {
  return asList(query[key]);
}

export function authors(csl: CslItem): string {
  const names = (csl.author ?? []).map((a) => a.literal ?? [a.given, a.family].filter(Boolean).join(' '));
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function year(csl: CslItem): string {
  const y = csl.issued?.['date-parts']?.[0]?.[0];
  return y ? String(y) : csl.issued?.literal || 'n.d.';
}

export const helpers = { urlWith, toggle, values, authors, year, citingContext, citationSegments };
