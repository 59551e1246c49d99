import type { Taxonomy } from '../../core/taxonomy.js';
import { escapeRegExp } from '../../core/text.js';
import { facetsTaggedBy } from '../../core/facets.js';

// A theme implied by who acts and what happens, where no word names it: a peace operation in a
// passage where people are killed or sheltered is the protection of civilians (the mandate's
// physical protection), the Security Council beside a permanent member is Council politics. The
// rules are data (taxonomy: a theme's `implied`): tags the passage already carries, and groups of
// words of which each must be met once, all in one sentence: words met far apart in a passage of
// 250 words are not one situation (review15: "an agency" in one sentence and "reach its target"
// in another).

export interface ImpliedRule {
  /** the implied tag, "theme:id" */
  theme: string;
  /** tags of which one must be in the passage ("theme:peace-operations", "actor:un-peace-operations"); none: words alone */
  with: readonly string[];
  /** each group must match in one sentence of the passage: one pattern a group */
  groups: readonly RegExp[];
}

/** A word list as one pattern: whole words, "kill*" a word's beginning, case ignored. */
function groupPattern(words: readonly string[]): RegExp {
  const alts = words.map((w) => (w.endsWith('*') ? `${escapeRegExp(w.slice(0, -1))}\\w*` : escapeRegExp(w)).replace(/\\? /g, '[\\s-]+'));
  return new RegExp(`\\b(?:${alts.join('|')})\\b`, 'i');
}

/** The passage's sentences and clauses: split after . ! ? before a capital or digit, and after ; */
export function impliedSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[^a-z\s])|(?<=;)\s+/);
}

/** Every cue-tagged facet's implied rules, in taxonomy order. */
export function compileImplied(taxonomy: Taxonomy): ImpliedRule[] {
  return facetsTaggedBy('cues').flatMap((f) =>
    taxonomy[f.list].flatMap((t) => ('implied' in t ? t.implied : []).map((r) => ({ theme: `${f.name}:${t.id}`, with: r.with, groups: r.words.map(groupPattern) }))),
  );
}

/**
 * The themes a passage's tags and words imply, with the words that did, each theme once, not
 * those it already carries (`tags`: its "facet:id" tags found by cues and names).
 */
export function impliedThemes(text: string, tags: ReadonlySet<string>, rules: readonly ImpliedRule[]): { theme: string; matched: string[] }[] {
  const out: { theme: string; matched: string[] }[] = [];
  // split only for a rule whose tags the passage has (most have none of them), and read up to
  // the first sentence that meets a rule's groups
  let sentences: string[] | undefined;
  for (const r of rules) {
    if (tags.has(r.theme) || out.some((o) => o.theme === r.theme)) continue;
    const by = r.with.find((t) => tags.has(t));
    if (r.with.length && !by) continue;
    let words: string[] | undefined;
    for (const s of (sentences ??= impliedSentences(text))) if ((words = groupsIn(s, r.groups))) break;
    if (words) out.push({ theme: r.theme, matched: [...(by ? [by] : []), ...words] });
  }
  return out;
}

/** The word each group matches in one sentence, or undefined if a group is not met there. */
function groupsIn(sentence: string, groups: readonly RegExp[]): string[] | undefined {
  const words: string[] = [];
  for (const g of groups) {
    const m = g.exec(sentence);
    if (!m) return undefined;
    words.push(m[0]);
  }
  return words;
}
