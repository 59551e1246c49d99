import type { Block, CslItem, FrontLine, MetadataSource } from '../../core/types.js';
import { metadataLine } from './byline.js';
import { dateText } from './date-text.js';
import { documentSymbol, unMastheadLine } from './doc-symbol.js';
import { joinTitleLines } from './title-lines.js';
import { organisationName } from './body-name.js';
import { splitNames } from './resolve.js';
import { lowerCaseOnly, lowerCaseSet } from './name-sets.js';

// An NGO's or agency's PDF prints who wrote it and who issued it in short lines under its title
// ("Authors: Leila Osman and Daniel Brandt", "Civilian Protection Watch · Briefing note · March
// 2024", "Yemen NGO Forum"), and its largest type at the top is the title as printed, which its
// PDF Info Title often shortens ("Protecting civilians in El Fasher" for "…: an agenda for the
// Security Council"). Those lines are read once, before the metadata layers: what a byline says
// is the record's "first-page" byline layer (resolve.ts, MetadataInputs.byline), the body and the
// printed title are weighed after every layer (withTitleBlock), and a PDF's lines read are front
// matter, not passages (userreview18 findings 9 and 10).

/** The most short blocks under the title, before the first heading, read as title-block lines. */
const UNDER_TITLE_BLOCKS = 4;
/** Longer than any byline or issuing line; a paragraph of text is not read. */
const LONGEST_LINE = 160;
/** A chapter's "In: Editors (eds), Book, Publisher, Place, Year, pp. 1-20." may be longer (byline.ts reads it). */
const LONGEST_METADATA_LINE = 300;
/** The separators of a one-line title-block strip: "Body · Briefing note · March 2024". */
const SEPARATOR = /\s+[·|•]\s+|\s+[—–]\s+/u;
/** Words naming the kind or version of a document in such a strip ("Briefing note", "Version 2 (revised)", "Note de plaidoyer"). */
const DOCUMENT_KIND = /\b(?:note|brief|briefing|report|paper|statement|letter|memo|memorandum|bulletin|update|alert|draft|version|edition|plaidoyer|rapport|informe|nota|communiqué|declaration|déclaration|document de travail|documento de trabajo|étude|estudio)(?!\p{L})/iu;
/** The lower-case words a body's name may hold ("Office for the Coordination of …", "Coalition des ONG pour la …"). */
const SMALL = /^(?:and|of|on|for|the|in|to|at|et|de|des|du|la|le|les|pour|sur|y|del|por|para|&)$/iu;
// "Security Council", "General Assembly" above a UN report name its organ, which the masthead rules read (resolve.ts)
const UN_ORGAN = /^(?:United Nations(?: (?:Security Council|General Assembly|Economic and Social Council|Human Rights Council))?|Security Council|General Assembly|Economic and Social Council|Human Rights Council)$/i;

/**
 * A body's name as printed: words with a body's sign, no sentence, no figure. On a line of its
 * own every word is capitalised or a linking word ("Yemen NGO Forum"); beside the document's
 * kind or date in a strip, a name may run on in lower case as French and Spanish ones do
 * ("Coalition des ONG pour la protection").
 */
export function issuingBody(text: string, bodies: ReadonlySet<string> = new Set(), inStrip = false): boolean {
  const t = text.trim();
  if (!t || t.length > 100 || /\d|[.:;!?]$|[,:;]/.test(t) || UN_ORGAN.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 14 || !/^\p{Lu}/u.test(t)) return false;
  const nameish = inStrip ? words.length <= 10 : words.every((w) => /^[(\p{Lu}]/u.test(w) || SMALL.test(w));
  return nameish && (bodies.has(t.toLowerCase()) || organisationName(t));
}

type Segment = 'body' | 'kind' | 'date';

/** What one piece of a title-block strip is, or null when it is text. */
function segmentKind(text: string, bodies: ReadonlySet<string>, inStrip: boolean): Segment | null {
  const t = text.trim();
  if (issuingBody(t, bodies, inStrip)) return 'body';
  if (t.split(/\s+/).length <= 5 && DOCUMENT_KIND.test(t) && !/[.!?]$/.test(t)) return 'kind';
  if (t.length <= 40 && dateText(t).parts.length >= 2) return 'date';
  return null;
}

type Name = NonNullable<CslItem['author']>[number];

/** A name as printed: a body's literal, or a person's parts in order. */
const nameText = (name: Name): string => name.literal ?? [name.given, name['non-dropping-particle'], name.family].filter(Boolean).join(' ');

/**
 * A byline's names, where one is a body the taxonomy knows ("By Oxfam", "By Save the
 * Children") as that body's literal name: the general signs of a body's name (organisationName)
 * miss a one-word or plain name, which had left "By Oxfam" as text (review18 c, 3's cost).
 */
function knownBodies(names: Name[], bodies: ReadonlySet<string>, common: ReadonlySet<string>): Name[] {
  return names.map((n) => (bodies.has(nameText(n).toLowerCase()) && !common.has(nameText(n).toLowerCase()) ? { literal: nameText(n) } : n));
}

/** A name the byline rule split out of a line that is no byline: a linking word ("And", "By", "Of") among a person's parts, or a word that is no body's name. */
function namesNoPerson(name: Name, bodies: ReadonlySet<string>, common: ReadonlySet<string>): boolean {
  // a group the taxonomy also writes in lower case ("donors", "member states") is a common noun,
  // no one's name: "By Donors" or "By Member States" in the text had become the authors and left
  // the passages (review19 a, 4)
  if (common.has(nameText(name).toLowerCase())) return true;
  if (name.literal && bodies.has(name.literal.toLowerCase())) return false;
  // a body's name must read as one ("Global Protection Cluster", "UNHCR"): "By Land and Sea" names none
  if (name.literal) return !organisationName(name.literal) && !/^\p{Lu}{2,}$/u.test(name.literal);
  return `${name.given ?? ''} ${name.family ?? ''}`.split(/\s+/).some((w) => w.length > 0 && LINKING.test(w.toLowerCase()));
}

export interface TitleBlockLines {
  /** every field the lines' bylines, dates and book lines give (byline.ts), the first line's first: the byline layer */
  said: Partial<CslItem>;
  /** the first issuing body a line names */
  body: string | null;
  /** the blocks read as metadata: front matter, no passage */
  used: Block[];
}

/**
 * The first page's short lines under its title, before the first heading: a labelled byline
 * (byline.ts) and a body's name alone or in a strip with the document's kind and date. A line
 * holding anything else (a sentence, "Advocacy note prepared for the … meeting") is left as text.
 */
export function titleBlockLines(firstPage: readonly Block[], bodyNames: readonly string[] = []): TitleBlockLines {
  const bodies = lowerCaseSet(bodyNames);
  const common = lowerCaseOnly(bodyNames);
  const out: TitleBlockLines = { said: {}, body: null, used: [] };
  for (const b of firstPage.slice(0, UNDER_TITLE_BLOCKS + 2)) {
    // a strip set in bold reads as a heading ("Comité international de la Croix-Rouge (CICR) ·
    // Document de travail · Genève, 12 mars 2021"): it is the title block's, and the byline under
    // it was left as a passage (userreview20b)
    // Only a strip of parts set apart by points that dates the work: a heading that merely reads
    // as a body's name ("Human Security in the Context of Peace Operations") is the text's.
    if (b.type === 'heading' && !(b.text.length <= LONGEST_LINE && stripBody(b.text, bodies, true))) break;
    if ((b.type !== 'paragraph' && b.type !== 'heading') || b.text.length > LONGEST_METADATA_LINE) continue;
    const text = b.text.trim();
    const said = metadataLine(text, splitNames);
    if (said?.author) said.author = knownBodies(said.author, bodies, common);
    // a title-case line opening "By" ("By Land and Sea") names no one where a name holds a
    // linking word: it had become the authors and left the passages (review18 c, 3); nothing
    // such a line says is taken. A line with no name ("Published: March 2024") gives its date.
    const byline = !!said?.author?.length && !said.author.some((n) => namesNoPerson(n, bodies, common));
    if (said && (byline || !said.author?.length)) for (const [k, v] of Object.entries(said)) out.said[k] ??= v;
    if (byline) {
      out.used.push(b);
      continue;
    }
    if (text.length > LONGEST_LINE) continue;
    const body = stripBody(text, bodies);
    if (body) {
      out.body ??= body;
      out.used.push(b);
    }
  }
  return out;
}

/**
 * The body a title-block strip names, when every part of it is a body, a kind or a date ("Body ·
 * Briefing note · March 2024"); else null. `dated`: the strip must have two parts or more and
 * one of them a date.
 */
function stripBody(text: string, bodies: ReadonlySet<string>, dated = false): string | null {
  const parts = text.split(SEPARATOR);
  const kinds = parts.map((p) => segmentKind(p, bodies, parts.length > 1));
  const body = parts.find((_, i) => kinds[i] === 'body');
  if (dated && (parts.length < 2 || !kinds.includes('date'))) return null;
  return body && kinds.every(Boolean) ? body.trim() : null;
}

/**
 * The page-1 title block: the lines at the top of the front matter set in the page's largest
 * type (two words or more, no symbol, no masthead line, no UN organ), joined; else null.
 */
export function printedTitle(front: readonly FrontLine[]): string | null {
  if (front.length === 0 || front[0].size <= 0) return null;
  const max = Math.max(...front.map((l) => l.size));
  if (front[0].size !== max) return null;
  const lines: string[] = [];
  for (const l of front) {
    if (l.size !== max) break;
    lines.push(l.text.trim());
  }
  const title = joinTitleLines(lines);
  if (title.split(' ').length < 2 || documentSymbol(title) || unMastheadLine(title) || UN_ORGAN.test(title)) return null;
  return title;
}

const comparable = (t: string) => t.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** Linking words, skipped when the Info Title's words are looked for in the printed one and in an acronym's initials. */
const LINKING = /^(?:a|an|the|of|on|in|for|to|and|at|by|with|de|du|des|la|le|les|et|en|pour|sur|dans|y|el|los|las|del|por|para)$/;

/**
 * The printed title says what the Info Title says, at more length: every word of the Info
 * Title (the document's kind aside: "note", "Note de plaidoyer") stands in the printed one, or
 * is an acronym of its words' initials ("RDC": République démocratique du Congo). A cover's
 * series line ("HPG briefing note") or journal line set larger than the title says none of
 * the Info Title's words, and is no title.
 */
export function saysInfoTitle(printed: string, info: string): boolean {
  const words = comparable(printed).split(' ');
  const initials = words.filter((w) => !LINKING.test(w)).map((w) => w[0]).join('');
  const wanted = info.normalize('NFKD').replace(/\p{M}+/gu, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w && !LINKING.test(w.toLowerCase()) && !DOCUMENT_KIND.test(w));
  if (wanted.length === 0) return false;
  return wanted.every((w) => words.includes(w.toLowerCase()) || (/^\p{Lu}{2,6}$/u.test(w) && initials.includes(w.toLowerCase())));
}

/**
 * The record as its first page prints it: the printed title over a PDF Info Title it extends
 * (saysInfoTitle: a file's Info Title is what its maker typed, the printed one what readers cite);
 * the issuing body as the corporate author where no person is named (by any layer, the byline
 * layer `read.said` among them), else as the publisher.
 * Returns the blocks read, to be front matter.
 */
export function withTitleBlock(
  csl: CslItem,
  provenance: Record<string, MetadataSource>,
  front: readonly FrontLine[],
  read: TitleBlockLines,
): Block[] {
  const printed = printedTitle(front);
  if (printed && provenance.title === 'pdf-info' && typeof csl.title === 'string' && comparable(printed) !== comparable(csl.title) && saysInfoTitle(printed, csl.title)) {
    csl.title = printed;
    provenance.title = 'first-page';
  }
  if (read.body) {
    if (!csl.author?.length) {
      csl.author = [{ literal: read.body }];
      provenance.author = 'first-page';
    } else if (!csl.publisher && !csl.author.some((a) => a.literal === read.body)) {
      // its publisher, which every style prints after the title (CSL's authority, which the
      // exports also read, is printed by none of the quoting styles)
      csl.publisher = read.body;
      provenance.publisher = 'first-page';
    }
    // a document a body issues is a report (CSL: "a report, white paper, brief or similar")
    if (csl.type === 'document' && provenance.type === 'file-name') {
      csl.type = 'report';
      provenance.type = 'first-page';
    }
  }
  return read.used;
}
