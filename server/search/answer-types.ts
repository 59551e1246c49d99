import { stem } from '../../core/analysis.js';
import type { ParsedQuery } from './query-parser.js';

// Answer-type cues (a classic of question answering): a question's frame says what kind of
// answer it wants, which its content words do not carry. "When did the UN start coordinating
// humanitarian aid?" is answered by a passage saying the office was *established* *in 1991*;
// "who came up with the idea of human security?" by one saying a report *first* *introduced*
// the *concept*; "what is human security?" by one saying what the term *refers* to, or *means*.
// Each type is a few frames (patterns over the question's words) and the general English an
// answer of that kind tends to use, whatever it is about: none of them is a word of this
// library's relevant passages picked for a query. The words are not searched for (an optional
// term would make every passage saying "since" a hit): the candidates the query's own words
// found and that hold some of them rank a little higher (ranking.ts answerType, RANKING.answerCue).
// Three types are left out, measured (docs/measurements.md, 4 December night): "why" (causal
// connectives were as common among the relevant passages as among the others), a comparison
// ("whereas", "unlike": the answers say "from the state to the individual") and a change
// ("increasingly", "new", "shift": as common in a library about a changing field's other passages).

export interface AnswerType {
  /** the kind of answer, as the query notice names it */
  name: string;
  /** the question's frames: patterns over its words, lower-case, joined by single spaces, in the order typed */
  frames: RegExp[];
  /** words an answer of this kind uses (as typed: they are stemmed to be compared) */
  cues: string[];
  /** a year (1900–2099) in a passage is a cue too */
  years?: boolean;
}

/** The types, in the order they are tried: the first whose frame matches is the question's. */
export const ANSWER_TYPES: AnswerType[] = [
  {
    name: 'an origin',
    frames: [
      /^(who|which \S+) (first |originally |initially )?(came up with|come up with|coined|invented|introduced|proposed|conceived|originated|pioneered|devised|formulated|first)\b/,
      /^(where|how|when) (did|does|do|was|were) .+ (originate|come from|emerge|first)\b/,
      /\b(origin|origins) of\b/,
    ],
    cues: ['coined', 'introduced', 'first', 'originated', 'origin', 'originally', 'proposed', 'conceived', 'pioneered', 'credited', 'emerged', 'term', 'concept', 'notion'],
    years: true,
  },
  {
    name: 'a time',
    frames: [/^when (did|was|were|is|are|has|have|had|do|does|will)\b/, /^(since when|in what year|what year|how long ago)\b/, /^(at|from) what (point|time|date|year)\b/],
    cues: ['established', 'establishment', 'created', 'creation', 'founded', 'began', 'begun', 'started', 'since', 'launched', 'introduced', 'adopted', 'first', 'initially', 'until', 'decade', 'onwards'],
    years: true,
  },
  {
    name: 'a definition',
    frames: [
      // "what is human security", not "what is China's position on …": a thing named in a few words,
      // no possessive; nor a thing's relation or a state of affairs ("what is the role of donors",
      // "what are the risks of advocacy", "what is happening in Sudan", "what is the UN doing"),
      // which a preposition or a verb in -ing gives away ("to" stays: "the responsibility to protect")
      /^what (is|are|was|were) (?!.*\b(of|in|on|for|with|between|about|at|from|by|against|during|after|before|among|within|across|doing|being|going|happening|done)\b)(a |an |the )?[^\s']+( [^\s']+){0,3}$/,
      /^what (does|do) .+ mean$/,
      /^what (is|are) (meant by|the meaning of|the definition of)\b/,
      /^(define|definition of|meaning of)\b/,
    ],
    cues: ['defined', 'define', 'definition', 'refers', 'refer', 'means', 'meaning', 'concept', 'notion', 'term', 'understood', 'describes', 'encompasses', 'comprises'],
  },
];

/** The four-digit years counted as cues where a type says so. */
const YEARS = Array.from({ length: 200 }, (_, i) => String(1900 + i));

export interface AnswerCues {
  /** the type's name (ANSWER_TYPES) */
  type: string;
  /** the stems of its cues, the query's own content stems left out (the engine scores those already) */
  stems: string[];
  /** the cue words so kept, as the notice shows them (with "a year" where years count) */
  words: string[];
}

/**
 * The answer type a query asks for, or undefined when none of the types' frames matches. Read
 * from the words as typed (after corrections, before a question's scaffolding is dropped: "when"
 * and "who" are the frame).
 */
export function answerTypeOf(parsed: Pick<ParsedQuery, 'terms'>, types: readonly AnswerType[] = ANSWER_TYPES): AnswerType | undefined {
  const typed = parsed.terms.filter((t) => t.presence !== 'prohibited' && !t.field);
  const text = [...typed].sort((a, b) => (a.at ?? 0) - (b.at ?? 0)).map((t) => t.text.toLowerCase()).join(' ');
  return types.find((t) => t.frames.some((f) => f.test(text)));
}

/** A type's cues as stems, those the query searches for (`queryStems`) left out; undefined when none is left. */
export function cuesOf(type: AnswerType | undefined, queryStems: readonly string[]): AnswerCues | undefined {
  if (!type) return undefined;
  const own = new Set(queryStems);
  // one word per stem ("established", not "establishment" too)
  const kept = new Map<string, string>();
  for (const c of type.cues) if (stem(c) && !own.has(stem(c)) && !kept.has(stem(c))) kept.set(stem(c), c);
  const stems = [...new Set([...kept.keys(), ...(type.years ? YEARS : [])])];
  return stems.length ? { type: type.name, stems, words: [...(type.years ? ['a year'] : []), ...kept.values()] } : undefined;
}
