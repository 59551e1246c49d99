import type { DocumentRecord, Passage } from '../core/types.js';
import { sentences } from '../core/nlp/sentences.js';

/** The sentence of a passage that cites a work, split around the citation so a page can mark it. */
export interface CitingContext {
  before: string;
  cite: string;
  after: string;
  /** the sentence was cut to fit: the page shows an ellipsis on that side */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Where each sentence of a text starts, as the indexer's sentence splitter cuts it. */
function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  let from = 0;
  for (const s of sentences(text)) {
    // The splitter trims and may rejoin short pieces with one space: find each by its opening.
    const i = text.indexOf(s.slice(0, 30), from);
    if (i < 0) continue;
    starts.push(i);
    from = i + 1;
  }
  return starts.length ? starts : [0];
}

/**
 * Where a passage names a work in an in-text citation ("(Bowden and Metcalfe-Hough, 2020)",
 * "(ibid.)"), the sentence around it, at most `max` characters; null when the passage cites the
 * work only through a note, which has no position in the text.
 */
export function citingContext(p: Pick<Passage, 'text' | 'citing'>, work: string, max = 320): CitingContext | null {
  const at = p.citing?.find((c) => c.work === work);
  if (!at) return null;
  const t = p.text;
  const starts = sentenceStarts(t);
  let start = 0;
  let end = t.length;
  for (const s of starts) {
    if (s <= at.start) start = s;
    else if (s >= at.end) {
      end = t.slice(0, s).trimEnd().length;
      break;
    }
  }
  // A long sentence is cut at word boundaries, keeping room on both sides of the citation.
  const room = Math.max(40, Math.floor((max - (at.end - at.start)) / 2));
  let cutBefore = false;
  let cutAfter = false;
  if (at.start - start > room) {
    start = t.indexOf(' ', at.start - room) + 1 || at.start - room;
    cutBefore = true;
  }
  if (end - at.end > room) {
    const space = t.lastIndexOf(' ', at.end + room);
    end = space > at.end ? space : at.end + room;
    cutAfter = true;
  }
  return { before: t.slice(start, at.start), cite: t.slice(at.start, at.end), after: t.slice(at.end, end), cutBefore, cutAfter };
}

/** A run of passage text, linked when it is an in-text citation of a known work. */
export interface TextSegment {
  text: string;
  href?: string;
  title?: string;
}

type CitingDocument = Pick<DocumentRecord, 'references'>;

/**
 * A passage's text cut into runs so the reading view can link each in-text citation: to the
 * cited document when it is in the corpus, else to the reference entry in this document.
 */
export function citationSegments(p: Pick<Passage, 'text' | 'citing'>, d: CitingDocument): TextSegment[] {
  if (!p.citing?.length) return [{ text: p.text }];
  const entries = new Map<string, { passage: string; inCorpus?: string; title?: string }>();
  for (const r of d.references ?? []) if (!entries.has(r.work)) entries.set(r.work, { passage: r.passage, inCorpus: r.inCorpus, title: r.title });
  const out: TextSegment[] = [];
  let at = 0;
  for (const c of [...p.citing].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const e = entries.get(c.work);
    if (!e || c.start < at) continue;
    if (c.start > at) out.push({ text: p.text.slice(at, c.start) });
    out.push({ text: p.text.slice(c.start, c.end), href: e.inCorpus ? `/documents/${e.inCorpus}` : `#p-${e.passage}`, title: e.title });
    at = c.end;
  }
  if (at < p.text.length) out.push({ text: p.text.slice(at) });
  return out;
}
