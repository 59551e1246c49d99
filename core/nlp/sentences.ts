import { createRequire } from 'node:module';

// natural is loaded through its sub-modules: its main entry pulls in database clients and
// reads `.env`, which an indexer has no business doing.
const require = createRequire(import.meta.url);

interface SentenceTokenizerCtor {
  new (abbreviations?: string[], trimSentences?: boolean): { tokenize(text: string): string[] };
}
const SentenceTokenizer = require('natural/lib/natural/tokenizers/sentence_tokenizer') as SentenceTokenizerCtor;

// natural matches abbreviations as plain substrings, so each carries the space before it:
// otherwise " no." would also match the end of "casino.".
const ABBREVIATIONS = ['e.g.', 'i.e.', 'et al.', 'p.', 'pp.', 'vol.', 'no.', 'nos.', 'para.', 'paras.', 'art.', 'cf.', 'ibid.', 'op. cit.', 'dr.', 'mr.', 'ms.', 'mrs.', 'prof.', 'st.', 'ed.', 'eds.', 'fig.', 'u.n.', 'u.s.', 'u.k.', 'approx.', 'c.', 'ch.', 'chap.', 'sec.', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.'].flatMap(
  (a) => [` ${a}`, `(${a}`],
);

const tokenizer = new SentenceTokenizer(ABBREVIATIONS, true);

// The tagger asks for the sentences of one passage several times in a row (its kind, then
// each pair cue whose two word sets it holds), and natural's tokenizer builds a regular
// expression per placeholder on every call: the last answer is kept.
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
    parts = tokenizer.tokenize(text);
  } catch {
    parts = text.split(/(?<=[.!?])\s+(?=[A-Z“‘"(])/);
  }
  const out: string[] = [];
  for (const p of parts) {
    const words = p.split(/\s+/).filter(Boolean).length;
    if (out.length && words < 3) out[out.length - 1] += ' ' + p;
    else out.push(p);
  }
  return out;
}
