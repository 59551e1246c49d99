import { createRequire } from 'node:module';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { lettersOnly } from '../../core/text.js';
import { parseReferences, workKey, type Reference } from './parse.js';

// The corpus's own citation graph: each document's reference entries and citation notes,
// in-text citations linked to them, and entries matched to documents in the corpus by title,
// first author and year.

const require = createRequire(import.meta.url);
const DiceCoefficient = require('natural/lib/natural/distance/dice_coefficient') as (a: string, b: string) => number;

const yearOf = (c: { issued?: { 'date-parts'?: (number | string)[][] } }) => Number(c.issued?.['date-parts']?.[0]?.[0]) || null;
const familyKey = (c: Reference) => lettersOnly(c.author?.[0]?.family ?? c.author?.[0]?.literal ?? '');

export interface CitationGroup {
  /** the group says "ibid.": it repeats the group cited before it */
  ibid: boolean;
  cites: { family: string; year: number }[];
}

// A parenthesis, or a narrative citation "Rosenthal (2019)"; one pass, so groups come in
// reading order and "(ibid.)" can take the group before it.
const GROUP = /\(([^()]*)\)|\b([\p{Lu}][\p{L}'’-]+)(?:\s+et al\.)?\s+\(((?:19|20)\d{2})[a-z]?\)/gu;
const PART = /(?:see (?:also )?(?:for example )?)?([\p{Lu}][\p{L}'’-]+)[^,;]*?,?\s*((?:19|20)\d{2})/u;

/** The in-text citations of a text in reading order, one group per parenthesis or narrative
 * citation: "(Bowden and Metcalfe-Hough, 2020; UNSC, 1999)", "Rosenthal (2019)", "(ibid.)". */
export function citationGroups(text: string): CitationGroup[] {
  const out: CitationGroup[] = [];
  for (const m of text.matchAll(GROUP)) {
    if (m[2]) {
      out.push({ ibid: false, cites: [{ family: lettersOnly(m[2]), year: Number(m[3]) }] });
      continue;
    }
    const ibid = /\bibid\b/i.test(m[1]);
    const cites = /\b(?:19|20)\d{2}/.test(m[1])
      ? m[1].split(/;\s*/).flatMap((part) => {
          const c = PART.exec(part);
          return c && !/^ibid/i.test(c[1]) ? [{ family: lettersOnly(c[1]), year: Number(c[2]) }] : [];
        })
      : [];
    if (ibid || cites.length) out.push({ ibid, cites });
  }
  return out;
}

/** First names and years of every in-text citation, "(ibid.)" aside. */
export function inTextCitations(text: string): { family: string; year: number }[] {
  return citationGroups(text).flatMap((g) => g.cites);
}

export function buildCitationGraph(documents: Map<string, DocumentRecord>, passages: Passage[]): void {
  const byDoc = new Map<string, Passage[]>();
  for (const p of passages) byDoc.set(p.doc, [...(byDoc.get(p.doc) ?? []), p]);
  const docs = [...documents.values()];
  for (const d of docs) {
    const refs: Reference[] = [];
    for (const p of byDoc.get(d.id) ?? []) {
      // Entries of a reference list, and notes that only cite (prose notes are left alone).
      const kind = p.blockType === 'reference' ? 'entry' : p.kind === 'reference' ? 'note' : null;
      if (!kind) continue;
      for (const csl of parseReferences(p.text, kind)) {
        const ref: Reference = { ...csl, id: `${d.id}-ref-${refs.length + 1}`, passage: p.id, work: '' };
        const match = docs.find((other) => {
          if (other.id === d.id || !other.csl.title || !ref.title) return false;
          const y1 = yearOf(ref);
          const y2 = yearOf(other.csl);
          if (y1 && y2 && Math.abs(y1 - y2) > 1) return false;
          return DiceCoefficient(lettersOnly(ref.title), lettersOnly(other.csl.title)) >= 0.75;
        });
        if (match) ref.inCorpus = match.id;
        ref.work = match ? `doc:${match.id}` : workKey(ref);
        refs.push(ref);
      }
    }
    d.references = refs;
    d.cites = [...new Set(refs.map((r) => r.inCorpus).filter((x): x is string => !!x))];
    // In-text citations point at this document's own entries; notes cite what they contain.
    const byPassage = new Map<string, string[]>();
    for (const r of refs) byPassage.set(r.passage, [...(byPassage.get(r.passage) ?? []), r.work]);
    // "(ibid.)" and "Ibid." notes repeat the last work cited before them, in reading order.
    let last: string[] = [];
    const lookup = (c: { family: string; year: number }) => refs.find((x) => yearOf(x) === c.year && familyKey(x).startsWith(c.family.slice(0, 8)));
    for (const p of byDoc.get(d.id) ?? []) {
      const works = new Set<string>();
      if (p.blockType !== 'reference') {
        for (const g of citationGroups(p.text)) {
          if (g.ibid) for (const w of last) works.add(w);
          const found = g.cites.map(lookup).filter((r): r is Reference => !!r);
          for (const r of found) works.add(r.work);
          if (found.length) last = found.map((r) => r.work);
        }
        for (const n of p.notes ?? []) {
          for (const w of (n.passage && byPassage.get(n.passage)) || []) works.add(w);
        }
      }
      const own = byPassage.get(p.id) ?? [];
      if (own.length) last = own;
      else if (p.kind === 'reference' && /^ibid\b/i.test(p.text.trim())) for (const w of last) works.add(w);
      if (p.kind === 'reference' || p.blockType === 'footnote') for (const w of own) works.add(w);
      if (works.size) p.cites = [...works];
    }
  }
  for (const d of docs) d.citedBy = docs.filter((o) => o.cites?.includes(d.id)).map((o) => o.id);
}
