import type { Response } from 'express';
import type { IndexStore, Snapshot } from '../index-store.js';
import type { FacetName } from '../search/facets.js';

/** What every route module is given. */
export interface RouteContext {
  store: IndexStore;
  /** the address users reach the server at, for absolute links: PUBLIC_URL, never the Host header */
  publicUrl: string;
}

/** The snapshot the request started with (see the snapshot middleware in app.ts). */
export const snapOf = (res: Response) => res.locals.snap as Snapshot;

export const labelsOf = (snap: Snapshot) => (facet: string, id: string) => snap.facets.labels.get(facet as FacetName)?.get(id) ?? id;

/** A value from the request, cut short for a message. */
export const shorten = (s: string, max = 80) => (s.length > max ? `${s.slice(0, max)}…` : s);
