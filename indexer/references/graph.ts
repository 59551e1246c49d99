import { createRequire } from 'node:module';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { lettersOnly, MONTHS } from '../../core/text.js';
import { firstAuthorName, issuedYear } from '../../core/csl.js';
import { parseReferences, workKey, type Reference } from './parse.js';

// The corpus's own citation graph: each document's reference entries and citation notes,
// in-text citations linked to them, and entries matched to documents in the corpus by title,
// first author and year.

const require = createRequire(import.meta.url);
const DiceCoefficient = require('natural/lib/natural/distance/dice_coefficient') as (a: string, b: string) => number;

const familyKey = (c: Reference) => lettersOnly(firstAuthorName(c));

/** One cited name and year, and where it stands in the text ([start, end) offsets). */
export interface InTextCitation {
  family: string;
  year: number;
  /** how many authors the citation names: "Metcalfe", "Bowden and Metcalfe-Hough", "Niland et al." */
  authors: 'one' | 'two' | 'more';
  start: number;
  end: number;
}

export interface CitationGroup {
  /** the group says "ibid.": it repeats the group cited before it */
  ibid: boolean;
  cites: InTextCitation[];
  /** [start, end) of the group in the text */
  start: number;
  end: number;
}

// A parenthesis, or a narrative citation "Rosenthal (2019)"; one pass, so groups come in
// reading order and "(ibid.)" can take the group before it.
const GROUP = /\(([^()]*)\)|\b([\p{Lu}][\p{L}'’-]+)(\s+et al\.)?\s+\(((?:19|20)\d{2})[a-z]?\)/gu;
const PART = /(?:see (?:also )?(?:for example )?)?([\p{Lu}][\p{L}'’-]+)([^,;]*?),?\s*((?:19|20)\d{2})/u;
// After the first name: co-authors, "et al.", more words of an organisation's name. A common
// noun there ("HPG interviews, 2021", "author's survey, 2020") names an unpublished source,
// not the author's work in the reference list.
// Nor is a place of publication ("Oxford: Hart, 2007") or a date ("December 2016").
const NOT_AN_AUTHOR = /^(?:\s+(?!(?:and|et|de|van|von|der|du|del|of|in|for|on|the)\b)\p{Ll}|\s*:)/u;

/** The in-text citations of a text in reading order, one group per parenthesis or narrative
 * citation: "(Bowden and Metcalfe-Hough, 2020; UNSC, 1999)", "Rosenthal (2019)", "(ibid.)". */
export function citationGroups(text: string): CitationGroup[] {
  const out: CitationGroup[] = [];
  for (const m of text.matchAll(GROUP)) {
    const at = { start: m.index, end: m.index + m[0].length };
    if (m[2]) {
      out.push({ ibid: false, cites: [{ family: lettersOnly(m[2]), year: Number(m[4]), authors: m[3] ? 'more' : 'one', ...at }], ...at });
      continue;
    }
    const ibid = /\bibid\b/i.test(m[1]);
    const cites: InTextCitation[] = [];
    if (/\b(?:19|20)\d{2}/.test(m[1])) {
      for (const part of m[1].matchAll(/[^;]+/g)) {
        const c = PART.exec(part[0]);
        if (!c || /^ibid/i.test(c[1]) || MONTHS.includes(c[1].toLowerCase()) || NOT_AN_AUTHOR.test(c[2])) continue;
        // from the name to the end of the part, so a page locator ("2015: 37") is included
        const from = m.index + 1 + part.index + c.index + c[0].indexOf(c[1]);
        const authors = /^\s+et al\b/.test(c[2]) ? 'more' : /^\s+(?:and|&)\s/.test(c[2]) ? 'two' : 'one';
        cites.push({ family: lettersOnly(c[1]), year: Number(c[3]), authors, start: from, end: m.index + 1 + part.index + part[0].trimEnd().length });
      }
    }
    if (ibid || cites.length) out.push({ ibid, cites, ...at });
  }
  return out;
}

/** First names and years of every in-text citation, "(ibid.)" aside. */
export function inTextCitations(text: string): { family: string; year: number }[] {
  return citationGroups(text).flatMap((g) => g.cites.map(({ family, year }) => ({ family, year })));
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
          const y1 = issuedYear(ref);
          const y2 = issuedYear(other.csl);
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
    // Of the entries with that year and a name starting the same way, the one whose name is
    // exactly the cited one and whose number of authors matches: "Metcalfe, 2012" and
    // "Metcalfe et al., 2012" are two works, and "Metcalfe" is not "Metcalfe-Hough".
    const lookup = (c: InTextCitation) => {
      let best: Reference | undefined;
      let bestScore = -1;
      for (const x of refs) {
        if (issuedYear(x) !== c.year || !familyKey(x).startsWith(c.family.slice(0, 8))) continue;
        const n = x.author?.length ?? 0;
        const score = (familyKey(x) === c.family ? 2 : 0) + ((n >= 3 ? 'more' : n === 2 ? 'two' : 'one') === c.authors ? 1 : 0);
        if (score > bestScore) [best, bestScore] = [x, score];
      }
      return best;
    };
    for (const p of byDoc.get(d.id) ?? []) {
      const works = new Set<string>();
      const citing: NonNullable<Passage['citing']> = [];
      if (p.blockType !== 'reference') {
        for (const g of citationGroups(p.text)) {
          // where each work is named: its own part of the group, or the whole "(ibid.)"
          const here = new Map<string, [number, number]>(g.ibid ? last.map((w) => [w, [g.start, g.end]]) : []);
          const found: string[] = [];
          for (const c of g.cites) {
            const r = lookup(c);
            if (!r) continue;
            found.push(r.work);
            if (!here.has(r.work)) here.set(r.work, [c.start, c.end]);
          }
          if (found.length) last = found;
          for (const [w, [start, end]] of here) {
            works.add(w);
            citing.push({ work: w, start, end });
          }
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
      if (citing.length) p.citing = citing;
    }
  }
  for (const d of docs) d.citedBy = docs.filter((o) => o.cites?.includes(d.id)).map((o) => o.id);
}
