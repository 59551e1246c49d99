import type { ParsedQuery, QueryTerm } from './query-parser.js';

// A question's words asking for a stance ("what is China's *position* on peacekeeping?", "the
// *stance* of donors on cash") are answer words (query-understanding.ts, search22): passages
// answering say "China's approach", rarely "position". But they frame the question only when it
// says whose stance it asks for; without a holder the stance is what the question is about
// ("how do *attitudes* change?", "what are *attitudes* towards refugees?"), and dropping it left
// "change" or "refugees" alone (review22a finding 7).

const STANCE = new Set(['position', 'positions', 'stance', 'stances', 'attitude', 'attitudes']);

/** Words saying whose: "*their* position", "*its* stance". */
const POSSESSIVE = new Set(['their', 'its', 'his', 'her', 'our', 'your', 'my', 'whose']);

/** "what stance *does* the UN take?", "which position *have* donors held?": the holder is the auxiliary's subject. */
const AUXILIARY = new Set(['do', 'does', 'did', 'have', 'has', 'had', 'will', 'would', 'should', 'can', 'could', 'might', 'may', 'must', 'shall']);

const ARTICLE = new Set(['the', 'a', 'an']);

/**
 * The stance words of a question that name no holder, so are its subject and must be kept: a
 * holder is a possessive right before the stance word ("China's", "donors'", "their"), "of" and a
 * content word after it ("the stance of [the] donors"), or an auxiliary after it whose subject
 * holds it ("what stance does the UN take?"). A plain word before it says nothing sure: it may be
 * a holder ("donor attitudes") but as often a kind ("public attitudes", the EU's "common
 * position") or a verb ("what shapes attitudes"), so the stance word is kept there.
 * `framing` says whether a word frames the question (scaffolding).
 */
export function stanceSubjects(parsed: Pick<ParsedQuery, 'terms' | 'raw'>, framing: (word: string) => boolean): Set<QueryTerm> {
  const typed = [...parsed.terms].sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
  // "China's" keeps its 's in the term; "donors'" loses its apostrophe, still in the raw query after the word
  const possessive = (t: QueryTerm) => /\p{L}['’]s$/u.test(t.typed ?? t.text) || (t.at !== undefined && /^['’]/.test(parsed.raw.slice(t.at + (t.typed ?? t.text).length)));
  const content = (t: QueryTerm | undefined) => !!t && !framing(t.text);
  const out = new Set<QueryTerm>();
  typed.forEach((t, i) => {
    if (!STANCE.has(t.text)) return;
    const before = typed[i - 1];
    const whose = !!before && (POSSESSIVE.has(before.text) || possessive(before));
    const after = typed[i + 1];
    const holderAfter = after?.text === 'of' ? content(ARTICLE.has(typed[i + 2]?.text ?? '') ? typed[i + 3] : typed[i + 2]) : !!after && AUXILIARY.has(after.text);
    if (!whose && !holderAfter) out.add(t);
  });
  return out;
}
