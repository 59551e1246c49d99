import type { Block, DocumentRecord, Passage } from '../core/types.js';
import { lettersOnly } from '../core/text.js';
import { issuedYear, nameDisplay } from '../core/csl.js';

// Extraction fidelity against a PDF's ground-truth file: which truth blocks the passages
// recover, which passages are not truth text, and what leaked into the body.

export interface TruthBlock {
  type: string;
  text: string;
  level?: number;
  label?: string;
  role?: string;
  n?: string;
  page?: number;
}

export interface Truth {
  id: string;
  title: string;
  catalog_title?: string;
  authors: string[];
  year: number;
  furniture?: { running_header?: string | null; running_footer?: string | null };
  front_matter?: string[];
  back_matter?: string[];
  toc?: { text: string }[];
  blocks: TruthBlock[];
}

export interface Fidelity {
  doc: string;
  truthBlocks: number;
  recovered: number;
  passages: number;
  correct: number;
  recall: number;
  precision: number;
  f1: number;
  headings: { truth: number; found: number };
  leakedFurniture: string[];
  leakedFootnotes: string[];
  leakedCover: string[];
  metadata: { title: boolean; authors: boolean; year: boolean; details: string[]; got: { title?: string; authors: string[]; year?: number } };
  missed: string[];
  wrong: string[];
}

/**
 * Smallest edit distance between `needle` and any substring of `hay` (Sellers' algorithm);
 * anything above `max` is reported as max + 1.
 */
export function substringDistance(needle: string, hay: string, max: number): number {
  const m = needle.length;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let best = prev[m];
  for (let j = 1; j <= hay.length; j++) {
    cur[0] = 0;
    const c = hay.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1] + (needle.charCodeAt(i - 1) === c ? 0 : 1);
      const v = Math.min(sub, prev[i] + 1, cur[i - 1] + 1);
      cur[i] = v;
    }
    if (cur[m] < best) best = cur[m];
    [prev, cur] = [cur, prev];
  }
  return best > max ? max + 1 : best;
}

function grams(s: string, n = 10): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= s.length; i += 3) out.add(s.slice(i, i + n));
  return out;
}

/** True when `needle` occurs in one of the candidates within `tolerance` of its length. */
export function containedIn(needle: string, candidates: string[], tolerance = 0.05): boolean {
  if (!needle) return true;
  if (candidates.some((c) => c.includes(needle))) return true;
  const g = grams(needle);
  const scored = candidates
    .map((c) => {
      let shared = 0;
      for (let i = 0; i + 10 <= c.length; i++) if (g.has(c.slice(i, i + 10))) shared++;
      return { c, shared };
    })
    .filter((x) => x.shared > 0 && x.c.length >= needle.length * (1 - tolerance))
    .sort((a, b) => b.shared - a.shared)
    .slice(0, 3);
  const max = Math.floor(needle.length * tolerance);
  return scored.some((x) => substringDistance(needle, x.c, max) <= max);
}

function truthText(b: TruthBlock): string {
  // A box is compared without its label: passages carry the label as their section.
  if (b.type === 'box' && b.label && b.text.startsWith(b.label)) return b.text.slice(b.label.length);
  return b.text;
}

export function measureFidelity(truth: Truth, doc: DocumentRecord, passages: Passage[], blocks: Block[]): Fidelity {
  const pTexts = passages.map((p) => lettersOnly(p.text));
  // Passages of one block joined: a long paragraph split in two still recovers its block.
  const groups = new Map<number, string[]>();
  for (const p of passages) groups.set(p.block, [...(groups.get(p.block) ?? []), lettersOnly(p.text)]);
  const candidates = [...pTexts, ...[...groups.values()].filter((g) => g.length > 1).map((g) => g.join(''))];
  const ourHeadings = blocks.filter((b) => b.type === 'heading').map((b) => lettersOnly(b.text));

  let recovered = 0;
  const missed: string[] = [];
  const truthBodies = truth.blocks.filter((b) => b.type !== 'heading');
  for (const b of truth.blocks) {
    const key = lettersOnly(truthText(b));
    const ok = b.type === 'heading' ? containedIn(key, ourHeadings) || ourHeadings.some((h) => key.includes(h) && h.length > key.length * 0.9) : containedIn(key, candidates);
    if (ok) recovered++;
    else missed.push(`${b.type}: ${b.text.slice(0, 90)}`);
  }

  // A passage is correct when it is text of one truth block (or of a run of list items).
  const truthKeys = truthBodies.map((b) => lettersOnly(truthText(b)));
  const listRuns: string[] = [];
  for (let i = 0; i < truthBodies.length; i++) {
    if (truthBodies[i].type !== 'list-item') continue;
    let run = '';
    for (let j = i; j < truthBodies.length && truthBodies[j].type === 'list-item' && j < i + 12; j++) run += truthKeys[j];
    listRuns.push(run);
  }
  const truthCandidates = [...truthKeys, ...listRuns];
  let correct = 0;
  const wrong: string[] = [];
  passages.forEach((p, i) => {
    if (containedIn(pTexts[i], truthCandidates)) correct++;
    else wrong.push(`${p.blockType}: ${p.text.slice(0, 90)}`);
  });

  const leakedFurniture: string[] = [];
  for (const desc of [truth.furniture?.running_header, truth.furniture?.running_footer]) {
    if (!desc) continue;
    const phrase = desc.split('+')[0].trim();
    const re = new RegExp(`(\\b\\d{1,3}\\s+${phrase}\\b|\\b${phrase}\\s+\\d{1,3}\\b)`, 'i');
    for (const p of passages) if (re.test(p.text)) leakedFurniture.push(p.text.slice(0, 90));
  }
  for (const p of passages) if (/^\d{1,3}$/.test(p.text.trim())) leakedFurniture.push(p.text);

  const leakedFootnotes: string[] = [];
  for (const note of truth.blocks.filter((b) => b.type === 'footnote')) {
    const key = lettersOnly(note.text);
    if (key.length < 15) continue;
    for (const p of passages) if (p.blockType !== 'footnote' && p.kind !== 'footnote' && lettersOnly(p.text).includes(key)) leakedFootnotes.push(note.text.slice(0, 90));
  }

  const bodyText = truthKeys.join('|');
  const leakedCover: string[] = [];
  for (const line of [...(truth.front_matter ?? []), ...(truth.back_matter ?? [])]) {
    const key = lettersOnly(line);
    if (line.split(/\s+/).length < 3 || bodyText.includes(key)) continue;
    if (pTexts.some((t) => t.includes(key))) leakedCover.push(line.slice(0, 90));
  }

  const families = (names: string[]) => names.map((n) => lettersOnly(n.split(/\s+/).pop() ?? n)).sort().join('|');
  const gotAuthors = (doc.csl.author ?? []).map(nameDisplay);
  const gotYear = issuedYear(doc.csl) ?? undefined;
  const titleKey = lettersOnly(doc.csl.title ?? '');
  // Journal articles and series items: the fields a citation needs beyond title, authors, year.
  const t = truth as Truth & Record<string, unknown>;
  // Checked where the PDF prints them: the originals, and variants whose truth says they do.
  const printed = !t.variant || t.prints_metadata === true;
  const expected: [string, unknown, unknown][] = [];
  if (printed && t.journal) {
    expected.push(['type', 'article-journal', doc.csl.type], ['journal', t.journal, doc.csl['container-title']], ['volume', t.volume, doc.csl.volume], ['issue', t.issue, doc.csl.issue]);
    expected.push(['pages', String(t.pages ?? '').replace(/[–—]/g, '-'), String(doc.csl.page ?? '').replace(/[–—]/g, '-')], ['DOI', t.doi, doc.csl.DOI]);
  }
  if (printed && t.series) expected.push(['series', t.series, doc.csl['collection-title']]);
  const details = expected.filter(([, want, got]) => want !== undefined && String(want).toLowerCase() !== String(got ?? '').toLowerCase()).map(([k, want, got]) => `${k}: want ${String(want)}, got ${String(got)}`);
  const metadata = {
    details,
    title: titleKey === lettersOnly(truth.title) || titleKey === lettersOnly(truth.catalog_title ?? ''),
    authors: families(gotAuthors) === families(truth.authors),
    year: gotYear === truth.year,
    got: { title: doc.csl.title, authors: gotAuthors, year: gotYear },
  };

  const recall = recovered / truth.blocks.length;
  const precision = passages.length ? correct / passages.length : 0;
  return {
    doc: truth.id,
    truthBlocks: truth.blocks.length,
    recovered,
    passages: passages.length,
    correct,
    recall,
    precision,
    f1: recall + precision ? (2 * recall * precision) / (recall + precision) : 0,
    headings: { truth: truth.blocks.filter((b) => b.type === 'heading').length, found: ourHeadings.length },
    leakedFurniture,
    leakedFootnotes,
    leakedCover,
    metadata,
    missed,
    wrong,
  };
}
