import { createRequire } from 'node:module';
import { escapeRegExp, wordCount } from '../text.js';

// natural is loaded through its sub-modules: its main entry pulls in database clients and
// reads `.env`, which an indexer has no business doing.
const require = createRequire(import.meta.url);

interface SentenceTokenizerCtor {
  new (abbreviations?: string[], trimSentences?: boolean): { tokenize(text: string): string[] };
}
const SentenceTokenizer = require('natural/lib/natural/tokenizers/sentence_tokenizer') as SentenceTokenizerCtor;

// natural matches abbreviations as plain substrings, so each carries the space before it:
// otherwise " no." would also match the end of "casino.".
export const ABBREVIATIONS = ['e.g.', 'i.e.', 'et al.', 'p.', 'pp.', 'vol.', 'no.', 'nos.', 'para.', 'paras.', 'art.', 'cf.', 'ibid.', 'op. cit.', 'dr.', 'mr.', 'ms.', 'mrs.', 'prof.', 'st.', 'ed.', 'eds.', 'fig.', 'u.n.', 'u.s.', 'u.k.', 'approx.', 'c.', 'ch.', 'chap.', 'sec.', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.'].flatMap(
  (a) => [` ${a}`, `(${a}`],
);

const tokenizer = new SentenceTokenizer(ABBREVIATIONS, true);

// natural's tokenizer (8.1.1) hides abbreviations, URIs and numbers behind placeholders, puts
// one after each run of sentence punctuation, splits there and puts everything back, building
// a regular expression per placeholder on every call: a tenth of an indexing worker's time.
// tokenize() below does the same steps with patterns compiled once and each text put back in
// one pass, and gives the same sentences (test/unit/sentences.test.ts holds it to natural's on
// the corpus and on made-up text). Text with braces or dollar signs goes to natural itself:
// its placeholders are written in braces, and it puts text back as a replacement pattern.
const ABBREVIATION_RE = new RegExp(`(${ABBREVIATIONS.map(escapeRegExp).join('|')})`, 'gi');
const URI_RE = /(https?:\/\/\S+|www\.\S+|ftp:\/\/\S+|(mailto:)?[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}|file:\/\/\S+)/gi;
// Every URI_RE alternative holds one of these; the address alternative, tried at every word,
// was ~3 % of tagging on text that holds none (most passages).
const MAY_HOLD_URI = (text: string) => text.includes('@') || text.includes('://') || /www\./i.test(text);
const NUMBER_RE = /\b\d{1,3}(?:,\d{3})*(?:\.\d+)?\b/g;
const DELIMITER_RE = /([.?!… ]*)([.?!…])(["'”’)}\]]?)/g;
const HELD = /\{\{(?:ABBREV|URI|NUMBER)_\d+\}\}/g;
const DELIMITER = /\{\{DELIM_\d+\}\}/g;
const SPLIT = /(\{\{DELIM_\d+\}\})/;

export function tokenize(text: string): string[] {
  if (/[{}$]/.test(text)) return tokenizer.tokenize(text);
  let n = 0;
  const held = new Map<string, string>();
  const hold = (base: string) => (match: string) => {
    const code = `{{${base}_${n++}}}`;
    held.set(code, match);
    return code;
  };
  const delimiters = new Map<string, string>();
  const abbreviated = text.replace(ABBREVIATION_RE, hold('ABBREV'));
  const masked = (MAY_HOLD_URI(abbreviated) ? abbreviated.replace(URI_RE, hold('URI')) : abbreviated)
    .replace(NUMBER_RE, hold('NUMBER'))
    .replace(DELIMITER_RE, (_m, p1: string, p2: string, p3: string) => {
      const code = `{{DELIM_${n++}}}`;
      delimiters.set(code, p1 + p2 + p3);
      return code;
    });
  const parts = delimiters.size ? masked.split(SPLIT) : [masked];
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const s = parts[i] + (parts[i + 1] ?? '');
    out.push(s.replace(HELD, (c) => held.get(c) ?? c).replace(DELIMITER, (c) => delimiters.get(c) ?? c));
  }
  while (out[out.length - 1] === '') out.pop();
  while (out[0] === '') out.shift();
  return out.map((s) => s.trim());
}

// The tagger asks for the sentences of one passage several times in a row (its kind, then
// each pair cue whose two word sets it holds): the last answer is kept.
let last: { text: string; out: string[] } | undefined;

/** Sentences of a paragraph; pieces of under three words stay with the sentence before them. */
export function sentences(text: string): string[] {
  if (last?.text !== text) last = { text, out: split(text) };
  // a copy: callers may take sentences off the end
  return [...last.out];
}

function split(text: string): string[] {
  if (!text.trim()) return [];
  let parts: string[];
  try {
    parts = tokenize(text);
  } catch {
    parts = text.split(/(?<=[.!?])\s+(?=[A-Z“‘"(])/);
  }
  const out: string[] = [];
  for (const p of parts) {
    const words = wordCount(p);
    if (out.length && words < 3) out[out.length - 1] += ' ' + p;
    else out.push(p);
  }
  return out;
}
