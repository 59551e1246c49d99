import { turnPageBefore } from './page-turns.js';
import type { Block, Furniture } from '../../core/types.js';
import { collapseWhitespace, endsSentence, lettersOnly, mark, wordCount } from '../../core/text.js';
import { BARE_YEAR_REFERENCE_START, CONTENTS_HEADING, REFERENCE_SECTION, REFERENCE_START, fromSuperscript, isPageNumber, listMarker, noteStart } from './patterns.js';
import { boxRole, dashContinues, isBoxLabel, joinLine, joinLines, type Structured } from './block-rules.js';
import { metadataLine } from '../metadata/byline.js';
import { documentSymbol, unMastheadLine } from '../metadata/doc-symbol.js';
import { dateLine } from '../metadata/date-text.js';


// Plain text (and Markdown) has no fonts or positions: structure comes from blank lines,
// line lengths, indentation, list markers and the words themselves.

interface RawLine {
  text: string;
  /** the extraction marks a new page by a leading space on its first line */
  pageStart: boolean;
  indent: number;
  /** the page, counted by form feeds (pdftotext writes one per page); null in a text without them */
  page: number | null;
}

type RawBlock = RawLine[];


/**
 * A character every replacement of normaliseInline needs: a soft hyphen, `^{`, `*`, `<`, or a
 * superscript digit (⁰¹²³⁴⁵⁶⁷⁸⁹). Most lines have none, and the seven patterns tried at every
 * position of every line of a text file were a tenth of structuring it (readspeed24).
 */
const INLINE_MARKUP = /[\u00AD^*<\u00B2\u00B3\u00B9\u2070\u2074-\u2079]/;

/** Inline markup from Markdown-ish extractions: emphasis, HTML tags, footnote marks. */
export function normaliseInline(text: string): string {
  if (!INLINE_MARKUP.test(text)) return text;
  return text
    .replace(/\u00AD/g, '')
    .replace(/\^\{([^}]{1,4})\}/g, (_m, n: string) => mark(n))
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/(^|[\s(“‘"'])\*([^*\n]+?)\*(?=[\s.,;:)”’"'?!]|$)/g, '$1$2')
    .replace(/<\/?(u|i|b|em|strong|sup|sub|span)>/gi, '')
    .replace(/<a href="([^"]*)"?>?/gi, '$1')
    .replace(/([\p{L}.,;:’”)])([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/gu, (_m, before: string, sup: string) => before + mark(fromSuperscript(sup)));
}

function medianLength(lines: RawLine[]): number {
  const lens = lines.map((l) => l.text.trim().length).sort((a, b) => a - b);
  return lens[Math.floor(lens.length / 2)] ?? 0;
}

/** Running headers such as `8 HPG briefing note`: a phrase that recurs with a page number. */
function runningHeaders(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const m = /^\s*(\d{1,4})\s+(\D.{2,60}?)\s*$/.exec(l) ?? /^\s*(\D.{2,60}?)\s+(\d{1,4})\s*$/.exec(l);
    if (!m) continue;
    const phrase = lettersOnly(/^\s*\d/.test(l) ? m[2] : m[1]);
    counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, c]) => c >= 2).map(([p]) => p));
}

function isRunningHeader(line: string, phrases: Set<string>): boolean {
  const m = /^\s*\d{1,4}\s+(\D.{2,60}?)\s*$/.exec(line) ?? /^\s*(\D.{2,60}?)\s+\d{1,4}\s*$/.exec(line);
  return !!m && phrases.has(lettersOnly(m[1]));
}

function toBlocks(text: string, furniture: Furniture[]): RawBlock[] {
  // a feed inside a line ends that page there: what comes before it belongs to the page before
  const lines = text.replace(/([^\n\f])\f/g, '$1\n\f').split('\n');
  const headers = runningHeaders(lines);
  const pageStarts = lines.filter((l) => /^ \S/.test(l)).length;
  const paged = text.includes('\f');
  let page = 1;
  const blocks: RawBlock[] = [];
  let cur: RawBlock = [];
  const flush = () => {
    if (cur.length) blocks.push(cur);
    cur = [];
  };
  for (const withFeeds of lines) {
    const feeds = withFeeds.split('\f').length - 1;
    page += feeds;
    const raw = feeds ? withFeeds.replace(/\f/g, '') : withFeeds;
    // A new page ends the block; a paragraph it cut is rejoined by repair, with both pages.
    if (feeds) flush();
    if (!raw.trim()) {
      flush();
      continue;
    }
    if (isPageNumber(raw) || isRunningHeader(raw, headers)) {
      furniture.push({ kind: isPageNumber(raw) ? 'page-number' : 'running-header', text: raw.trim(), page: paged ? page : null });
      flush();
      continue;
    }
    const line: RawLine = {
      text: normaliseInline(raw.trim()),
      pageStart: pageStarts >= 3 && /^ \S/.test(raw),
      indent: /^\t+/.exec(raw)?.[0].length ?? 0,
      page: paged ? page : null,
    };
    if (line.pageStart || (cur.length && (noteStart(line.text) || listMarker(line.text)) && !listMarker(cur[0].text)) || (cur.length && cur[cur.length - 1].pageStart === false && line.indent > 0 && cur[0].indent === 0)) flush();
    cur.push(line);
  }
  flush();
  return blocks;
}

const joinBlock = (b: RawBlock) => joinLines(b.map((l) => l.text));

/**
 * Whether a reference-list entry looks finished: it ends with a full stop or a closing bracket
 * ("(accessed 2 May)", "[link]"), and is not just its author and year ("OHCHR (2011)"), whose
 * title may follow after a blank line.
 */
const entryEnded = (text: string) => /[.)\]]\s*$/.test(text) && !/\((?:\d{4}[a-z]?|n\.d\.|forthcoming|undated)\)\s*$/.test(text);

/** A name particle that opens an author's name in lower case ("de Coning, C.", "van der Lijn, J."). */
const NAME_PARTICLE = /^(?:de|van|von|der|da|di|du|del|della|dos|das|le|la|al|el|ter|ten|bin|ibn)\s+(?:\p{Lu}|der\s|den\s)/u;

/**
 * Whether the text after a blank line carries on the entry before it rather than opening one:
 * the entry stopped mid-phrase (a comma, colon, dash, "and", "of" …, or a bare "Author (2011)"
 * whose title follows), or the new text opens in lower case or with a link, a DOI, "Retrieved"
 * or pages, which never open an entry.
 */
function continuesEntry(prev: string, next: string): boolean {
  if (/\((?:\d{4}[a-z]?|n\.d\.|forthcoming|undated)\)\s*$/.test(prev)) return true;
  if (/[,;:&–—\-/(]\s*$/.test(prev) || /\b(?:and|of|the|in|for|on|to|by|at|from|with|a|an|et al)\s*$/i.test(prev)) return true;
  if (/^\p{Ll}/u.test(next) && !NAME_PARTICLE.test(next)) return true;
  return /^(?:https?:\/\/|www\.|doi\b|available\b|retrieved\b|accessed\b|url\b|pp?\.\s*\d|[)\]])/i.test(next);
}

/** The longest heading, in characters. */
const HEADING_CHARS = 130;

/** The printable ASCII characters (none of them white space) of a block's lines, counted up to `limit`. */
function visibleAscii(b: RawBlock, limit: number): number {
  let n = 0;
  for (const l of b) {
    const t = l.text;
    for (let i = 0; i < t.length && n < limit; i++) {
      const c = t.charCodeAt(i);
      if (c > 32 && c < 127) n++;
    }
  }
  return n;
}

// A section numbered in roman numerals, as UN and legal documents number theirs ("I. Introduction",
// "IV. Observations"): a heading, where a list marker had made it a paragraph of its own.
const ROMAN_HEADING = /^(?:[IVX]{1,5})\.\s+\p{Lu}[^.!?;:]{0,100}$/u;
const ROMAN_START = /^[IVX]{1,5}\.\s/;

/**
 * A roman-numbered line with a heading's evidence: text follows it, and it is no item of a
 * roman-numbered list, whose lines stand next to each other ("I. Fund …", "II. Protect …"); a
 * UN report's "I.", "II.", "III." are spread over the document (review17 b, 2).
 */
function romanHeading(text: string, prev: RawBlock | undefined, next: RawBlock | undefined): boolean {
  if (!ROMAN_HEADING.test(text) || !next) return false;
  return !ROMAN_START.test(next[0].text) && !(prev && ROMAN_START.test(prev[0].text));
}

function looksLikeHeading(b: RawBlock, typical: number, next: RawBlock | undefined, prev?: RawBlock): boolean {
  // most blocks are paragraphs of more than three lines: they need no text made
  if (b.length > 3) return false;
  // nor do paragraphs on one long line (a text file's): more printable ASCII characters than a
  // heading may have are more than it has with its spacing collapsed
  if (visibleAscii(b, HEADING_CHARS + 1) > HEADING_CHARS) return false;
  const text = collapseWhitespace(b.map((l) => l.text).join(' '));
  if (text.length > HEADING_CHARS || wordCount(text) > 18) return false;
  if (romanHeading(text, prev, next)) return true;
  if (/[.,;:]$/.test(text) || listMarker(text) || noteStart(text)) return false;
  if (/^[“"]/.test(text) && /[”"]$/.test(text)) return false;
  // titles do not end on a function word: that is a line broken mid-sentence
  if (/\b(for|of|the|a|an|and|or|to|in|on|with|by|from|as|at|that|which|its|their|is|are|was|were|be)$/i.test(text)) return false;
  if (!/^[\p{Lu}\d‘“'"]/u.test(text)) return false;
  if (/\.\s+\p{Lu}/u.test(text) || /\(\d{4}\)/.test(text)) return false;
  // a one-line block of body width is a sentence fragment, not a title
  if (b.length === 1 && b[0].text.length > typical * 0.9 && !next) return false;
  // a block continued in lower case on the next page is the start of a paragraph
  if (next && /^[\p{Ll}–]/u.test(next[0].text.trim())) return false;
  return true;
}

/** Splits a block whose first lines are a heading run straight into the body. */
function splitLeadingHeading(b: RawBlock, typical: number): [RawBlock, RawBlock] | null {
  for (let k = Math.min(3, b.length - 1); k >= 1; k--) {
    const head = b.slice(0, k);
    const rest = b.slice(k);
    const last = head[head.length - 1].text;
    // a colon may end the first line of a titled heading ("… in practice:"), a full stop may not
    if (head.slice(0, -1).some((l) => /[.,;?!]$/.test(l.text))) continue;
    const titleLike = wordCount(head.map((l) => l.text).join(' ')) <= 10 && !/,/.test(last);
    if (last.length >= typical * 0.8 && !/\?$/.test(last) && !titleLike) continue;
    if (!/^[\p{Lu}‘“]/u.test(rest[0].text)) continue;
    if (looksLikeHeading(head, typical, rest)) return [head, rest];
  }
  return null;
}

function tocLines(blocks: RawBlock[]): Set<RawBlock> {
  // Contents lists repeat the headings; find blocks whose every line names another block.
  // The lines' keys are made only for a document with a wholly indented block: few have one.
  let seen: Set<string> | undefined;
  const keys = () => {
    const out = new Set<string>();
    for (const b of blocks) {
      for (let i = 0; i < b.length; i++) {
        out.add(lettersOnly(b[i].text));
        if (i + 1 < b.length) out.add(lettersOnly(b[i].text + b[i + 1].text));
        if (i + 2 < b.length) out.add(lettersOnly(b[i].text + b[i + 1].text + b[i + 2].text));
      }
    }
    return out;
  };
  const toc = new Set<RawBlock>();
  for (const b of blocks) {
    if (b.every((l) => l.indent > 0 && !listMarker(l.text)) && b.every((l) => (seen ??= keys()).has(lettersOnly(l.text.replace(/\s+\d{1,3}$/, ''))))) {
      const others = blocks.filter((o) => o !== b).some((o) => o.some((l) => b.some((x) => lettersOnly(x.text) === lettersOnly(l.text) && o.length > 0 && l.indent === 0)));
      if (others) toc.add(b);
    }
    if (b.length && CONTENTS_HEADING.test(b[0].text)) toc.add(b);
  }
  return toc;
}

const CONTACT = /^(tel|fax|e-?mail|website|web)\s*:/im;

export interface TextOptions {
  title?: string;
  authors?: string[];
}

/** How many blocks at the top of a text may be byline or date lines. */
const BYLINE_BLOCKS = 4;
/** How many blocks at the top may hold a document symbol or a date line (a UN report's title block is six or seven lines). */
const TOP_LINES = 8;

export function textBlocks(text: string, options: TextOptions = {}): Structured {
  const furniture: Furniture[] = [];
  let raw = toBlocks(text, furniture);
  const long = raw.flat().filter((l) => l.text.length > 30);
  const typical = medianLength(long.length ? long : raw.flat());

  // Cover sheet and title lines: everything up to the last early occurrence of the title,
  // then the author, affiliation and e-mail lines that follow it.
  if (options.title) {
    const key = lettersOnly(options.title);
    const limit = Math.max(10, Math.floor(raw.length * 0.2));
    let at = -1;
    for (let i = 0; i < Math.min(raw.length, limit); i++) if (lettersOnly(joinBlock(raw[i])) === key) at = i;
    if (at >= 0) {
      let end = at + 1;
      const families = (options.authors ?? []).map((a) => lettersOnly(a.split(/\s+/).pop() ?? a)).filter(Boolean);
      while (end < raw.length - 1) {
        const t = joinBlock(raw[end]);
        const short = wordCount(t) <= 12;
        const frontish = families.some((f) => lettersOnly(t).includes(f)) || /@|universit|school of|institute|department|college|centre|center|special issue/i.test(t);
        if (!short || !frontish) break;
        end++;
      }
      for (const b of raw.slice(0, end)) furniture.push({ kind: 'front-matter', text: joinBlock(b), page: null });
      raw = raw.slice(end);
    }
  }

  // Byline and date lines at the top ("Author: Protection Monitoring Network", "Published March
  // 2023.") are metadata, read from `front` by metadata/resolve.ts, and no passages: as
  // given-blocks.ts does for Markdown (userreview15: a text file's "Published 2023." was a passage).
  // A UN report's symbol ("S/2023/345") and a title page's date ("12 May 2023") alone on their
  // lines above the text are metadata too: they had been headings, and the report's first
  // paragraphs sat under a section "Report of the Secretary-General › 12 May 2023" (userreview17).
  // So are its masthead's "Distr.: General", "Original: English", "Agenda item 68" (review17 b, 6).
  const symbolOrDate = (t: string) => documentSymbol(t) !== null || dateLine(t) || unMastheadLine(t);
  // (A byline stands above the text: "By Donors" after a paragraph of it is text, which had
  // left the passages and become the authors; review19 a, 5.)
  // (A long line the byline reader reads — a chapter's "In: <editors> (eds), <book>, …, pp. …" —
  // is a byline line, not the first paragraph: student-library's chapter had kept it as text.)
  const firstText = raw.findIndex((b) => b.length > 1 || (wordCount(joinBlock(b)) > 20 && metadataLine(joinBlock(b), () => []) === null));
  const bylineBlocks = firstText < 0 ? BYLINE_BLOCKS : Math.min(BYLINE_BLOCKS, firstText);
  const byline = raw.slice(0, TOP_LINES).filter((b, i) => b.length === 1 && (symbolOrDate(joinBlock(b)) || (i < bylineBlocks && metadataLine(joinBlock(b), () => []) !== null)));
  for (const b of byline) furniture.push({ kind: 'front-matter', text: joinBlock(b), page: null });
  raw = raw.filter((b) => !byline.includes(b));

  // Back cover: from a contact block near the end (with the address lines just before it).
  const tail = Math.floor(raw.length * 0.8);
  const contact = raw.findIndex((b, i) => i >= tail && CONTACT.test(b.map((l) => l.text).join('\n')));
  const toc = tocLines(raw);
  if (contact >= 0) {
    let start = contact;
    while (start > 0 && raw[start - 1].every((l) => wordCount(l.text) <= 5) && !toc.has(raw[start - 1])) start--;
    const back = raw.slice(start).filter((b) => !toc.has(b) && (raw.indexOf(b) < contact + 1 || b.every((l) => l.text.length < typical * 0.5)));
    for (const b of back) furniture.push({ kind: 'back-matter', text: joinBlock(b), page: null });
    raw = raw.filter((b) => !back.includes(b));
  }
  for (const b of toc) furniture.push({ kind: 'toc', text: b.map((l) => l.text).join(' | '), page: null });
  raw = raw.filter((b) => !toc.has(b));

  const blocks: Block[] = [];
  let refs = false;
  // Whether the last reference entry is one raw block, opened at its first line: a list that
  // sets its entries apart with blank lines. A list whose blank lines fall inside entries
  // (pdftotext's column turns) opens entries mid-block and clears it.
  let entryIsBlock = false;
  let box: Block | null = null;
  let boxWidth = 0;
  const markerStack: string[] = [];
  const markerType = (m: string) => (/^\d+$/.test(m) ? '1' : /^[a-z]$/.test(m) ? 'a' : /^[ivx]+$/.test(m) ? 'i' : m);

  const push = (b: Block) => {
    if (box && (b.type === 'paragraph' || b.type === 'list-item')) box.parts!.push(b);
    else blocks.push(b);
  };
  const closeBox = () => {
    if (box) box.text = [box.label, ...box.parts!.map((p) => p.text)].join('\n');
    box = null;
  };

  for (let i = 0; i < raw.length; i++) {
    let b = raw[i];
    const next = raw[i + 1];
    let text = joinBlock(b);

    if (box) {
      const width = medianLength(b);
      const sourceLine = /^source:/i.test(text);
      const ended = b[0].pageStart || (b.length > 1 && !listMarker(text) && boxWidth && Math.abs(width - boxWidth) > boxWidth * 0.35);
      if (ended && !sourceLine) closeBox();
      else if (sourceLine || (box.parts!.length && /^source:/i.test(box.parts![box.parts!.length - 1].text))) {
        if (!/^https?:\/\/\S+$/.test(text) || sourceLine) box.parts!.push({ type: 'paragraph', text, page: b[0].page });
        if (!next || !/^source:/i.test(joinBlock(next))) {
          // a bare URL repeated under the source line is extraction debris
          const bareUrl = (l: RawLine | undefined) => !!l && /^https?:\/\/\S+$/.test(l.text);
          while (raw[i + 1] && bareUrl(raw[i + 1][0])) {
            if (raw[i + 1].length === 1) i++;
            else raw[i + 1] = raw[i + 1].slice(1);
          }
          closeBox();
        }
        continue;
      }
    }

    const note = noteStart(text);
    if (note && !listMarker(text) && (/^\d{1,3}(\t|\s{2,})|^[⁰¹²³⁴⁵⁶⁷⁸⁹]|^\uE000|^[*†‡§]\s/.test(b[0].text))) {
      blocks.push({ type: 'footnote', n: note.n, text: note.rest, page: b[0].page });
      continue;
    }
    if (/^_+$/.test(text)) continue;

    if (refs && !REFERENCE_SECTION.test(text)) {
      if (/^(https?:\/\/|www\.)\S+$/.test(text.replace(/\s+/g, '')) && b.every((l) => /^(https?:\/\/|www\.)\S*/.test(l.text))) continue;
      // Entries start with an author and a year in brackets; a blank line may also fall inside one.
      for (const [k, line] of b.entries()) {
        const prev = blocks[blocks.length - 1];
        // An author that fills a line has its year on the next one; not after an entry that is
        // still only its author and year ("Field Team (2019)"), whose title this line is.
        const opening =
          REFERENCE_START.test(line.text) ||
          (line === b[0] && BARE_YEAR_REFERENCE_START.test(line.text)) ||
          (entryEnded(prev?.text ?? '.') && REFERENCE_START.test(`${line.text} ${b[k + 1]?.text ?? raw[i + 1]?.[0]?.text ?? ''}`));
        const starts = opening && (prev?.type !== 'reference' || /[.)]\s*$/.test(prev.text) || line === b[0]);
        // After a blank line a new entry also starts where the last one was finished: entries in
        // other styles ("Author, "Title" (Year)", "12. Author, Title …") do not open with an
        // author and a year in brackets, and ran on into one entry.
        const afterFinished = line === b[0] && prev?.type === 'reference' && entryEnded(prev.text);
        // In a list that sets its entries apart with blank lines, a blank line ends an entry
        // whatever its last character ("… Retrieved 2009-05-01", a title with no full stop),
        // unless the text after it plainly carries on the entry. A page turn is no blank line.
        const afterBlank = line === b[0] && prev?.type === 'reference' && entryIsBlock && !line.pageStart && !continuesEntry(prev.text, line.text);
        if (prev?.type === 'reference' && !afterFinished && !afterBlank && (!starts || (line === b[0] && !/[.)]\s*$/.test(prev.text) && !opening))) {
          turnPageBefore(prev, line.page);
          prev.text = joinLine(prev.text, line.text);
          if (line === b[0]) entryIsBlock = false;
        } else {
          blocks.push({ type: 'reference', text: line.text, page: line.page });
          entryIsBlock = k === 0;
        }
      }
      continue;
    }

    const lead = !looksLikeHeading(b, typical, next, raw[i - 1]) ? splitLeadingHeading(b, typical) : null;
    if (lead || looksLikeHeading(b, typical, next, raw[i - 1])) {
      const head = lead ? lead[0] : b;
      const htext = collapseWhitespace(head.map((l) => l.text).join(' '));
      if (lead) {
        b = lead[1];
        text = joinBlock(b);
      }
      closeBox();
      markerStack.length = 0;
      // Without type sizes a bare "Summary" is a section heading: only a named box label opens a box.
      if (isBoxLabel(htext) && !/^summary$/i.test(htext)) {
        box = { type: 'box', role: boxRole(htext), label: htext, text: htext, page: head[0].page, parts: [] };
        blocks.push(box);
        boxWidth = next ? medianLength(lead ? b : next) : 0;
        if (!lead) continue;
      } else {
        refs = REFERENCE_SECTION.test(htext);
        blocks.push({ type: 'heading', text: htext, page: head[0].page, level: 2 });
        if (!lead) continue;
      }
    }

    // Lists: one item per marker; depth follows the order in which marker kinds first appear.
    let marker = listMarker(text);
    const before = blocks[blocks.length - 1];
    if (marker && !box && before?.type === 'paragraph' && dashContinues(marker.marker, before.text, b[0].indent === 0)) {
      // a dash after an unfinished sentence is punctuation carried onto the next page
      before.text = joinLine(before.text, text);
      marker = null;
      continue;
    }
    if (marker) {
      const items: RawBlock[] = [];
      for (const l of b) {
        if (listMarker(l.text) || !items.length) items.push([l]);
        else items[items.length - 1].push(l);
      }
      for (const it of items) {
        const m = listMarker(it[0].text)!;
        const type = markerType(m.marker);
        let depth = markerStack.indexOf(type);
        if (depth < 0) {
          markerStack.push(type);
          depth = markerStack.length - 1;
        } else markerStack.length = depth + 1;
        const itemText = joinBlock([{ ...it[0], text: m.rest }, ...it.slice(1)]);
        push({ type: 'list-item', n: m.marker, ordered: m.ordered, depth: depth + 1, text: itemText, page: it[0].page });
      }
      continue;
    }
    const prev = box ? box.parts![box.parts!.length - 1] : blocks[blocks.length - 1];
    if (prev?.type === 'list-item' && !endsSentence(prev.text)) {
      turnPageBefore(prev, b[0].page);
      prev.text = joinLine(prev.text, text);
      continue;
    }
    if (!box && endsSentence(text)) markerStack.length = 0;
    if (/^[“"]/.test(text) && /[”"]$/.test(text) && wordCount(text) >= 5) {
      blocks.push({ type: 'quote', role: 'block-quote', text, page: b[0].page });
      continue;
    }
    push({ type: 'paragraph', text, page: b[0].page });
  }
  closeBox();
  for (const bl of blocks) {
    bl.text = bl.type === 'box' ? bl.text : collapseWhitespace(bl.text);
    if (bl.parts) for (const p of bl.parts) p.text = collapseWhitespace(p.text);
  }
  assignTextHeadingLevels(blocks);
  const front = [...furniture.filter((f) => f.kind === 'front-matter').map((f) => f.text), ...blocks.slice(0, 6).map((bl) => bl.text.split('\n')[0])]
    .filter((t) => t.length < 200)
    .map((text) => ({ text, size: 0 }));
  // Form-feed pages are numbered as they come: the printed numbers went with the furniture.
  const pages = raw.flat().reduce((n, l) => Math.max(n, l.page ?? 0), 0);
  const pageLabels = pages ? Array.from({ length: pages }, (_, i) => String(i + 1)) : null;
  return { blocks: blocks.filter((bl) => bl.text.trim()), furniture, pageLabels, front };
}

/**
 * Without type sizes, levels come from wording and order: questions and the standard parts of
 * a paper (Introduction, Conclusions, The way forward, References …) open top-level sections;
 * a heading followed directly by another heading is a parent, and the headings after it are
 * its children until the next top-level heading.
 */
// French and Spanish reports' own names for those parts (the recommendation tagger reads both):
// a French note's "Recommandations" had become a child of its "Introduction" (userreview16);
// French "Notes" is the English word, Spanish "Conclusión", "Notas", "Apéndice" (review16 b, 9b)
const TOP_LEVEL = /^(introduction|conclusions?\b|the way forward|ways forward|recommendations|references|bibliography|notes|endnotes|annex|appendix|summary|key messages|abstract|executive summary|introducción|recommandations|recomendaciones|références|referencias|bibliographie|bibliografía|annexes?\b|anexos?\b|résumé|resumen|synthèse|messages clés|mensajes clave|conclusiones|conclusión|notas|apéndices?\b)/iu;

function assignTextHeadingLevels(blocks: Block[]): void {
  let sawTop = false;
  let parentLevel: number | null = null;
  blocks.forEach((b, i) => {
    if (b.type !== 'heading') return;
    const isParent = blocks[i + 1]?.type === 'heading';
    if (/\?$/.test(b.text) || TOP_LEVEL.test(b.text) || ROMAN_HEADING.test(b.text)) {
      b.level = 1;
      sawTop = true;
      parentLevel = isParent ? 1 : null;
    } else if (isParent) {
      // A heading with headings under it opens a section of its own.
      b.level = 1;
      parentLevel = 1;
    } else b.level = parentLevel !== null ? parentLevel + 1 : sawTop ? 2 : 1;
  });
}
