// Turns whatever a user typed into a structured query. Never throws: what cannot be read as
// syntax is read as words, and every such reading is reported as a warning.
//
// Syntax (lunr's, plus phrases): words; "quoted phrases"; +required -prohibited; field:term
// for title, author, section, text; wild*card; term~1 (fuzzy, edit distance 1–2); term^3 (boost).

export type Presence = 'optional' | 'required' | 'prohibited';

export interface QueryTerm {
  text: string;
  field?: string;
  presence: Presence;
  wildcard: boolean;
  fuzzy?: number;
  boost?: number;
}

export interface QueryPhrase {
  text: string;
  presence: 'required' | 'prohibited';
}

export interface ParsedQuery {
  raw: string;
  terms: QueryTerm[];
  phrases: QueryPhrase[];
  warnings: string[];
}

export const MAX_QUERY_LENGTH = 1000;
const SEPARATOR = /[\s\-–—/]+/;

/** Words as lunr's tokenizer would split them, lower-cased, punctuation trimmed. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(SEPARATOR)
    .map((w) => w.replace(/^[^\p{L}\p{N}*]+|[^\p{L}\p{N}*]+$/gu, ''))
    .filter(Boolean);
}

export function parseQuery(input: string, fields: readonly string[]): ParsedQuery {
  const warnings: string[] = [];
  // eslint-disable-next-line no-control-regex
  let raw = input.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  if (raw.length > MAX_QUERY_LENGTH) {
    warnings.push(`The query was shortened to its first ${MAX_QUERY_LENGTH} characters.`);
    raw = raw.slice(0, MAX_QUERY_LENGTH);
  }
  const terms: QueryTerm[] = [];
  const phrases: QueryPhrase[] = [];

  // Phrases first; an unbalanced quote is read as plain words.
  const quotes = (raw.match(/["“”]/g) ?? []).length;
  let rest = raw;
  if (quotes % 2 === 1) {
    warnings.push('A quotation mark is not closed: the words after it were searched as plain words.');
    const last = Math.max(raw.lastIndexOf('"'), raw.lastIndexOf('“'), raw.lastIndexOf('”'));
    rest = raw.slice(0, last) + ' ' + raw.slice(last + 1);
  }
  rest = rest.replace(/([+-]?)["“]([^"“”]*)["”]/g, (_m, sign: string, phrase: string) => {
    const ws = words(phrase);
    if (ws.length > 1) phrases.push({ text: ws.join(' '), presence: sign === '-' ? 'prohibited' : 'required' });
    // A phrase's words must also be present, so the engine narrows the candidates; a
    // prohibited phrase only filters (its words alone may well be wanted).
    if (sign === '-' && ws.length === 1) terms.push({ text: ws[0], presence: 'prohibited', wildcard: false });
    else if (sign !== '-') for (const w of ws) terms.push({ text: w, presence: 'required', wildcard: false });
    return ' ';
  });

  for (const token of rest.split(/\s+/).filter(Boolean)) {
    let t = token;
    let presence: Presence = 'optional';
    if (/^[+-]/.test(t)) {
      presence = t[0] === '+' ? 'required' : 'prohibited';
      t = t.slice(1);
    }
    let boost: number | undefined;
    const boostMatch = /\^(\d*(?:\.\d+)?)$/.exec(t);
    if (boostMatch) {
      const b = Number(boostMatch[1]);
      if (boostMatch[1] && b > 0 && b <= 100) boost = b;
      else warnings.push(`"${token}": a boost needs a number (term^2); searched without one.`);
      t = t.slice(0, boostMatch.index);
    }
    let fuzzy: number | undefined;
    const fuzzyMatch = /~(\d*)$/.exec(t);
    if (fuzzyMatch) {
      const f = fuzzyMatch[1] === '' ? 1 : Number(fuzzyMatch[1]);
      fuzzy = Math.min(2, Math.max(1, f));
      if (f > 2) warnings.push(`"${token}": fuzzy matching goes up to ~2; used ~2.`);
      t = t.slice(0, fuzzyMatch.index);
    }
    let field: string | undefined;
    const fieldMatch = /^([^:]+):(.*)$/.exec(t);
    if (fieldMatch) {
      if (fields.includes(fieldMatch[1].toLowerCase())) {
        field = fieldMatch[1].toLowerCase();
        t = fieldMatch[2];
      } else {
        warnings.push(`"${fieldMatch[1]}:" is not a field (fields: ${fields.join(', ')}); read as text.`);
        t = t.replace(/:/g, ' ');
      }
    }
    const ws = words(t);
    if (ws.length === 0) {
      if (token.trim()) warnings.push(`"${token}" has no words to search for and was ignored.`);
      continue;
    }
    for (const w of ws) {
      const wildcard = w.includes('*');
      const text = wildcard ? w.replace(/\*+/g, '*') : w;
      if (text === '*') {
        warnings.push(`"${token}": a wildcard needs some letters (protect*); ignored.`);
        continue;
      }
      terms.push({ text, field, presence, wildcard, fuzzy: wildcard ? undefined : fuzzy, boost });
    }
  }
  return { raw, terms, phrases, warnings };
}
