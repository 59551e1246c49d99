import type { Passage, TagEvidence } from '../../core/types.js';
import { sentences } from '../../core/nlp/sentences.js';
import { prescriptiveAt } from './prescriptive.js';
import { escapeRegExp } from '../../core/text.js';

// Tagging rules that read a passage with its neighbours in the document, after each passage
// has been tagged alone:
// 1. Lead-ins. A passage ending with a colon introduces the list items that follow it in the
//    same section ("Donor states should also consider how … This should involve:"). Each item
//    keeps its lead-in (passage.leadIn), is a recommendation when the lead-in prescribes, and a
//    recommendation inherits the lead-in's addressees: the actors named before its modal
//    ("donor states" should). A lead-in that is itself an item passes on what it inherited.
// 2. Quotation sources. A quotation is credited to whoever the text names as its source: the
//    citation that closes it ("(HPG interviews, 2020)") or the speaker of the lead-in that
//    introduces it ("The Commission defined human security as:"). The source's actors are the
//    quotation's; the document's author is not its speaker. A person of the affected
//    population speaking ("Rohingya woman, Kutupalong camp", "displaced farmer") is a local actor.
// 3. Actors named again. A generic word ("the mission", "the government", "communities") in a
//    passage right after one that tagged that actor by name refers back to it: the passage says
//    something about the same actor (labelling rules), and is tagged with it. Notes and
//    references neither carry an actor on nor receive one.
// 4. The document's state. "The government", "the authorities", "the army" in a passage that
//    names no place, in a document most of whose passages are about one country, are that
//    country's state: the passage gets its place and member-states (documentState).
// 5. The document's mission. "The mission" in a document that names a UN peace operation and no
//    other organisation's mission is that operation (documentMission).
// 6. The document's donor. In a document that speaks of one foreign state's money in several
//    passages (a donor's strategy, an evaluation of its programme), that state acting or
//    speaking elsewhere in it ("Norway will favour multi-year agreements", "Sweden has supported
//    a Nigerien organisation") acts as the donor it is there (documentDonor).
// 7. The Secretary-General speaking. A report of the Secretary-General says so in its mandate
//    formula ("the Council requested me to report on …", "resolution 2349 (2017), in which the
//    Council requested me to"); in such a document "I" is the Secretary-General, and a passage
//    in which he notes, welcomes, urges or calls upon ("I call upon the Governments of the
//    region …") is the Secretary-General acting (documentSpeaker).
// 8. The document's cluster. "The cluster", "cluster members" in a document that names the
//    Protection Cluster and no other cluster are the Protection Cluster (documentCluster).

/** What the context rules need from the tagger. */
export interface ActorFinder {
  actorsIn(text: string): Map<string, string>;
  /** the actors a tagged passage names only by a generic word, below the bar */
  genericActors(p: Passage): Map<string, string>;
}

interface OpenLeadIn {
  passage: Passage;
  section: string;
  prescriptive: boolean;
  /** actor id → the words naming it */
  addressees: Map<string, string>;
}

const sectionKey = (p: Passage) => p.section.join('\u0000');
const endsWithColon = (text: string) => /:\s*$/.test(text);

const ADVERBIAL_OPENING = /^\s*(?:[A-Z][a-z]+ing|In|On|For|With|Without|Given|As|After|Before|Under|Through|To|By|At|From|Despite|Following|Since|While|When|If|Where|Although|Because)\b/;

/**
 * The subject a modal applies to: the clause before it after the last comma ("Reflecting their
 * own legal responsibilities …, donor states"), or, when that names no actor, the sentence's
 * opening clause ("The Global Protection Cluster, with the support of …,").
 */
function addresseesBefore(prefix: string, finder: ActorFinder): Map<string, string> {
  const clauses = prefix.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length)).split(/,/);
  const last = finder.actorsIn(prefix.slice(prefix.length - clauses[clauses.length - 1].length));
  // An opening clause that is an adverbial ("Building on the agreement on the Protection
  // Cluster,", "In Syria,") is not the subject.
  if (last.size || clauses.length === 1 || ADVERBIAL_OPENING.test(clauses[0])) return last;
  const found = finder.actorsIn(prefix.slice(0, clauses[0].length));
  // A subject closed by a comma may go on after an aside with "and" ("Russia and Ukraine, as
  // parties to the conflict, and the states that supply them with weapons, should:"): the joined
  // clause is the subject too; an aside ("…, with the support of its civil society members,") is not.
  if (/,\s*$/.test(prefix)) {
    for (const clause of clauses.slice(1).filter((c) => JOINED_SUBJECT.test(c))) for (const [id, words] of finder.actorsIn(clause)) if (!found.has(id)) found.set(id, words);
  }
  return found;
}
const JOINED_SUBJECT = /^\s*(?:and|or)\s+(?:the|all|other|their|its|those)\b/i;

const RECOMMENDING = /^(?:recommend(?:s|ed)?|calls?\s+on|urges?)\b/i;

/** Whether a passage prescribes, and the actors its prescriptive sentences address. */
function readPrescription(text: string, finder: ActorFinder): { prescriptive: boolean; addressees: Map<string, string> } {
  const addressees = new Map<string, string>();
  let prescriptive = false;
  for (const s of sentences(text)) {
    const at = prescriptiveAt(s);
    if (at < 0) continue;
    prescriptive = true;
    let found = addresseesBefore(s.slice(0, at), finder);
    // A verb of recommending names its addressee after it: "the team recommends that the donors
    // to the programme should:", "calls on donors to …": the subject of the next modal, or the
    // verb's object.
    const verb = RECOMMENDING.exec(s.slice(at));
    if (!found.size && verb) {
      const rest = s.slice(at + verb[0].length);
      const next = prescriptiveAt(rest);
      found = next >= 0 ? addresseesBefore(s.slice(0, at + verb[0].length + next), finder) : finder.actorsIn(rest.split(/\bto\b/)[0]);
    }
    for (const [id, words] of found) if (!addressees.has(id)) addressees.set(id, words);
  }
  return { prescriptive, addressees };
}

const SPEECH_VERB = '(?:has\\s+|had\\s+)?(?:stated|said|says|defined|defines|wrote|writes|noted|notes|argued|argues|declared|declares|described|describes|explained|explains|observed|concluded|concludes|remarked|warned|warns|added|commented|recalled|insisted|put it|puts it|told [^:]{0,40})';
// Between a name's words, spaces and at most one small word with spaces after it: with "\s+…?\s*" a
// run of spaces splits in many ways, exponentially many over a long failing lead-in.
const SPEAKER = "((?:[Tt]he\\s+)?[\\p{Lu}][\\p{L}'’.-]*(?:\\s+(?:(?:of|on|for|the|and|de|van|von)\\s+)?[\\p{Lu}][\\p{L}'’.-]*)*|one (?:senior )?(?:official|interviewee|respondent|participant)[^,:]{0,30})";
const SPEAKER_VERB = new RegExp(`${SPEAKER},?\\s+${SPEECH_VERB}\\b[^:]*:\\s*$`, 'u');
const SPEAKER_PREP = new RegExp(`\\b(?:[Aa]ccording to|[Ii]n the words of|[Aa]s)\\s+${SPEAKER}(?:\\s+${SPEECH_VERB})?\\b[^:]*:\\s*$`, 'u');
// A lead-in may hand over with a comma: "According to Human Rights Watch,", "As the SG put it,".
const SPEAKER_PREP_COMMA = new RegExp(`(?:^|[.;]\\s+)(?:[Aa]ccording to|[Ii]n the words of|[Aa]s)\\s+${SPEAKER}(?:\\s+${SPEECH_VERB})?,\\s*$`, 'u');
// "in the words of its President": its, their — the organisation the sentence opens with speaks.
const OWN_OFFICIAL = /\b(?:[Ii]n the words of|[Aa]ccording to|[Aa]s)\s+(?:its|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?(?:\s+(?:put it|puts it|said|says|stated|noted))?[,:]\s*$/u;
const OPENING_NAME = /^(?:[Tt]he\s+)?([\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:of|on|for|the|and)\s+)?[\p{Lu}][\p{L}'’.-]*)*)/u;
const CLOSING_CITATION = /\(([^()]*?[\p{L}][^()]*?),\s*(?:(?:19|20)\d{2}[a-z]?|n\.d\.)(?:[:,;][^()]*)?\)\.?\s*\d*\s*$/u;

// A quotation signed after a dash, as interview quotes are: "'… Nobody believes it.' — Programme
// manager, international NGO, Ouagadougou, March 2024". The signature says who spoke. The text
// opens with its quotation mark: an apostrophe and a dash inside running text ("the donors’ –
// and the agencies’ – fears") sign nothing.
const SIGNED = /^[‘'“"][^]*[’'”"][.!?]?\s*[—–]\s*([^—–'’"”]{3,160})$/u;

// The person's word ends the source's first segment ("Rohingya woman, Cox's Bazar camp",
// "displaced farmer"), in lower case after the words that qualify it, capitalised only when it
// opens the source ("Village elder", "Refugee, Kakuma"): a name that holds one ("UN Women",
// "Women's Refugee Commission", "Norwegian Refugee Council", "Chief of Staff, MONUSCO") is an
// organisation or an official, not a person of the affected population.
const PERSON_WORDS = ['displaced person', 'community member', 'community leader', 'community representative', 'woman leader', "women['’]s leader", 'youth leader', 'village leader', 'traditional leader', 'religious leader', 'woman', 'women', 'man', 'men', 'mother', 'father', 'widow', 'girl', 'boy', 'farmer', 'herder', 'trader', 'resident', 'villager', 'refugee', 'returnee', 'survivor', 'elder', 'chief', 'youth', 'student', 'teacher', 'fisherman'].map((w) => w.replace(/ /g, '\\s+'));
const PERSON_QUALIFIER = "(?:\\p{Lu}[\\p{L}'’-]+|young|elderly|older|displaced|local|internally\\s+displaced)";
const AFFECTED_PERSON = new RegExp(
  `^(?:[Aa]n?\\s+)?(?:(?:${PERSON_QUALIFIER}\\s+){1,2}(?:${PERSON_WORDS.join('|')})|(?:${PERSON_WORDS.map((w) => w[0].toUpperCase() + w.slice(1)).join('|')}))(?=\\s*(?:,|\\.?$))`,
  'u',
);

/**
 * The source a quotation's text or its lead-in names: the closing citation, else the speaker of
 * the lead-in's last sentence (ending with a colon, or with a comma after "According to X"), or
 * the organisation it opens with when one of its own speaks ("The ICRC has argued, in the words
 * of its President:"). "The Commission" is completed from the lead-in where it is named
 * in full ("the Commission on Human Security").
 */
export function quotationSource(quote: string, leadIn?: string): string | undefined {
  const cited = CLOSING_CITATION.exec(quote.trim());
  if (cited) return cited[1].replace(/^(?:see|cited in)\s+/i, '').trim();
  const signed = SIGNED.exec(quote.trim());
  if (signed) return signed[1].trim();
  if (!leadIn || !/[:,]\s*$/.test(leadIn)) return undefined;
  const last = sentences(leadIn).pop() ?? leadIn;
  if (OWN_OFFICIAL.test(last)) return OPENING_NAME.exec(last)?.[1];
  const m = endsWithColon(leadIn) ? (SPEAKER_VERB.exec(last) ?? SPEAKER_PREP.exec(last)) : SPEAKER_PREP_COMMA.exec(last);
  if (!m) return undefined;
  const speaker = m[1].replace(/^[Tt]he\s+/, '').trim();
  if (/^(?:It|This|That|These|They|He|She|We|I)$/.test(speaker)) return undefined;
  // "the Commission" → the name it was given earlier: "the Commission on Human Security".
  const full = new RegExp(`\\b${escapeRegExp(speaker)}\\s+(?:on|of|for)\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}'’-]*(?:\\s+(?:and\\s+|of\\s+)?[\\p{Lu}][\\p{L}'’-]*)*`, 'u').exec(leadIn);
  return full ? full[0] : speaker;
}

function credit(p: Passage, id: string, rule: string, matched: string[]): Passage {
  if (p.actors.includes(id)) return p;
  const evidence: TagEvidence = { facet: 'actor', id, rule, matched };
  return { ...p, actors: [...p.actors, id], evidence: [...p.evidence, evidence] };
}

// A generic word that is protected or assisted ("agencies should protect communities") is acted
// upon, not acting: the mention rules weighed it below the bar on purpose (the labelling rules'
// agents, not "protected"), and naming the actor before does not make it one.
const PROTECTED_BEFORE = /\b(?:protect|protects|protected|protecting|assist|assists|assisted|assisting|shield|shields|shielded|shielding|safeguard|safeguards|safeguarded|safeguarding|reach|reaches|reached|reaching|help|helps|helped|helping)\s+(?:\S+\s+){0,2}$/i;
/** Whether the generic word names the actor somewhere other than as the object of protection. */
function refersBack(text: string, words: string): boolean {
  const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(words)}(?![\\p{L}])`, 'giu');
  for (const m of text.matchAll(re)) if (!PROTECTED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
  return false;
}

// Rule 4 (below): the state of the document's country named by a common noun.
// The civil state only: in a document about one country "the military" or "the army" is as often
// the international forces there (ISAF in Afghanistan) as the country's own.
const STATE_WORD = /\b(?:the|its)\s+(?:(?:national|federal|transitional|interim|de\s+facto|military)\s+)?(?:government|authorities|junta|regime)\b/i;
// A sentence about governments in general ("in most countries the government is the first
// responder") is about no one country.
const GENERAL_STATE = /\b(?:countries|governments|states|any\s+government|every\s+government|a\s+government)\b/i;
// "The country", "the State" in a document about one country: that country. Not the UN's
// country-level machinery, spaced or hyphenated ("the country office", "the country-based pooled
// fund", "the country-level plan"), nor a country by its role to people on the move ("the country
// of origin", "of asylum"): that is their own or another country, not the one the document is about.
const THE_COUNTRY = /\b(?:[Tt]he|[Tt]his)\s+country(?:['’]s)?\b(?![\s-]+(?:office|team|director|representative|level|programme|program|operations?|strateg(?:y|ies)|framework|based)s?\b)(?!\s+of\s+(?:first\s+)?(?:origin|asylum|return|residence|destination|transit|nationality|habitual\s+residence)\b)|\b[Tt]he\s+State(?:['’]s)?\b(?!\s+(?:party|parties|of)\b)/;
// "The State" in a statement of doctrine (what any State owes under the law: "the State has the
// primary responsibility to protect civilians", "the State is obliged to investigate") is every
// State, not the document's: the labelling rules' place is a situation or act in the country.
// Only the general formulas, in the present: "its obligations", "in breach of international law"
// are as often a charge against this State ("the State failed to investigate, in breach of its
// obligations"), an act in the country (review16 c finding 2).
const DOCTRINE = /\b(?:primary\s+responsibilit(?:y|ies)|(?:has|have|bears?)\s+(?:a|an|the)\s+(?:(?:legal|primary|positive|clear)\s+)?(?:dut(?:y|ies)|obligations?|responsibilit(?:y|ies))\s+(?:to|for)|(?:is|are)\s+(?:legally\s+)?(?:obliged|bound|required)\s+to|(?:every|each|any)\s+State)\b/i;
/** The sentence of `text` that holds the offset `at` (the whole text where none is found). */
function sentenceAt(text: string, at: number): string {
  let from = 0;
  for (const s of sentences(text)) {
    const i = text.indexOf(s, from);
    if (i < 0) continue;
    if (at < i + s.length) return at >= i ? s : text;
    from = i + s.length;
  }
  return text;
}
/** a country is the document's when the body passages tag it most, in at least this share of them and twice as many as the next */
const DOCUMENT_COUNTRY_SHARE = 0.3;

/** The country most of a document's body passages are about, if one is (rule 4). */
function documentCountry(passages: readonly Passage[]): string | undefined {
  const body = passages.filter((p) => p.blockType !== 'footnote' && p.blockType !== 'reference');
  const counts = new Map<string, number>();
  for (const p of body) for (const id of p.places) counts.set(id, (counts.get(id) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < DOCUMENT_COUNTRY_SHARE * body.length || (second && second[1] * 2 > first[1])) return undefined;
  return first[0];
}

/**
 * Rule 4: a passage that names no place but speaks of "the government", "the authorities", "the
 * army", "the de facto authorities" …, in a document most of whose passages are about one
 * country, speaks of that country's state: a state acting, `member-states` and a place by the
 * labelling rules (as mentions.ts rule 28 reads them where the passage names the country). Not a
 * note or a reference. A recommendation to "the Government" gets the place only (it addresses
 * whoever it names); "the country" or "the State" alone gives the place too, not the state acting.
 */
function documentState(passages: Passage[]): Passage[] {
  const id = documentCountry(passages);
  if (!id) return passages;
  return passages.map((p) => {
    if (p.places.length || p.blockType === 'footnote' || p.blockType === 'reference') return p;
    if (GENERAL_STATE.test(p.text)) return p;
    const m = STATE_WORD.exec(p.text);
    if (m && p.kind === 'recommendation') return addPlace(p, id, "the state of the document's country", [m[0]]);
    if (!m) {
      const c = THE_COUNTRY.exec(p.text);
      // doctrine cancels "the State" in its own sentence only: the law in another sentence says nothing of it
      if (!c || (/State/.test(c[0]) && DOCTRINE.test(sentenceAt(p.text, c.index)))) return p;
      return addPlace(p, id, "the document's country", [c[0]]);
    }
    return credit(addPlace(p, id, "the state of the document's country", [m[0]]), 'member-states', "the state of the document's country", [m[0]]);
  });
}

// Rule 5 (below): "the mission" in a document about one UN peace operation.
// A UN operation's acronym (UNMISS, MINUSMA, MONUSCO, BINUH, ONUB), not a department's or an envoy's (DPKO, SRSG).
const MISSION_ACRONYM = /^(?:UN[A-Z]{2,}|MIN[A-Z]{2,}|MON[A-Z]{2,}|ONU[A-Z]*|BINU[A-Z]*)$/;
// Not "its mission" (an organisation's purpose, "Its mission is to deliver care"), "the mission
// statement" or "the mission is to …": a mandate, not an operation.
const THE_MISSION = /\bthe\s+mission(?:['’]s)?\b(?!\s+statements?\b)(?!\s+(?:is|was|remains|has\s+been)\s+to\b)/i;
// Another body's or a state's mission named in the document ("the EU's training mission", "the
// Kenya-led Multinational Security Support mission", "a mission of IASC principals"), a visit
// called a mission ("the evaluation mission took place in March", "the evaluation team", "the
// ICRC sent a mission to Malakal"): "the mission" may be that one. Not "UN field missions",
// the operations themselves.
const OTHER_MISSION = /-led\b[^.;]{0,80}\bmission\b|\bmission\s+of\s+(?!the\s+UN\b|the\s+United\s+Nations\b)|\b(?:assessment|fact-finding|monitoring|observer|technical|verification|visiting|joint|evaluation|review|scoping)\s+missions?\b|(?<!\b(?:UN|United\s+Nations|peacekeeping|peace)\s+)\bfield\s+missions?\b|\bevaluation\s+team\b|\b(?:sent|sends|send|sending|dispatched|dispatches|dispatch|dispatching)\s+(?:a|an|its|their|another)\s+(?:[\p{L}-]+\s+){0,2}?mission\b|\bEU(?:TM|CAP|FOR|LEX|BAM|NAVFOR|MPM)\b/iu;
// Every alternative of OTHER_MISSION holds one of these words (with its flags, so that what
// Unicode case folding lets it match, this matches too); its unanchored alternatives cost
// ~60 µs a passage where this costs ~4.
const OTHER_MISSION_WORD = /mission|evaluation|eu(?:tm|cap|for|lex|bam|navfor|mpm)/iu;
const otherMission = (text: string) => OTHER_MISSION_WORD.test(text) && OTHER_MISSION.test(text);
// A regional organisation's mission named by its acronym (AMISOM, ATMIS) or by the body's name
// and the word ("the AU Mission in Somalia", "the EU's training mission").
const REGIONAL_MISSION_ACRONYM = /^(?:AMISOM|ATMIS|AFISMA|MISCA|Operation\s+Barkhane|Takuba\s+Task\s+Force)$/;
/** Whether a passage names a regional organisation's mission (rule 5 then reads no UN operation in "the mission"). */
function namesRegionalMission(p: Passage): boolean {
  const words = p.evidence.filter((e) => e.facet === 'actor' && e.id === 'regional-organisations').flatMap((e) => e.matched);
  return words.some((w) => REGIONAL_MISSION_ACRONYM.test(w) || new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?:['’]s?)?\\s+(?:[\\p{L}-]+\\s+){0,3}?missions?\\b`, 'iu').test(p.text));
}

/**
 * Rule 5: in a document that names a UN peace operation by its name (UNMISS, "the UN mission")
 * and no other organisation's mission, "the mission" is that operation: the passage speaks of
 * it, as rule 3 reads "the mission" after a passage that named it, whatever lies between. Not
 * where two operations are named by their acronyms (UNMISS and MINUSMA): either may be meant.
 * Not in notes, references or quotations (rule 2: a quotation's actor is its source), nor in a
 * document where a regional organisation's, a state-led or a visiting mission is named too.
 */
function documentMission(passages: Passage[], originals: readonly Passage[], finder: ActorFinder): Passage[] {
  const body = (p: Passage) => p.blockType !== 'footnote' && p.blockType !== 'reference';
  // The cheap conditions first, from the evidence alone: most documents name no UN operation,
  // and OTHER_MISSION over every passage of every document was ~8 % of tagging.
  const words = passages.filter(body).flatMap((p) => p.evidence.filter((e) => e.facet === 'actor' && e.id === 'un-peace-operations' && e.rule === 'alias').flatMap((e) => e.matched));
  // Two operations named by their acronyms (UNMISS and MINUSMA): "the mission" may be either.
  if (new Set(words.filter((w) => MISSION_ACRONYM.test(w))).size > 1) return passages;
  if (!words.some((w) => MISSION_ACRONYM.test(w) || /\b(?:UN|United\s+Nations)\b/.test(w))) return passages;
  // A regional body's mission named, even beside a UN operation ("AMISOM … UNSOM supports").
  if (passages.some((p) => namesRegionalMission(p) || (p.actors.includes('regional-organisations') && /\bmissions?\b/i.test(p.text) && !p.actors.includes('un-peace-operations')) || otherMission(p.text))) return passages;
  const place = missionPlace(passages.filter(body), words);
  return passages.map((p, i) => {
    if (!body(p) || p.kind === 'quotation') return p;
    if (p.actors.includes('un-peace-operations')) {
      // "the mission", read as the operation by its generic word or back to the operation named
      // just before (rule 3), is the document's one operation too
      const back = p.evidence.find((e) => e.facet === 'actor' && e.id === 'un-peace-operations' && e.matched.some((w) => /^mission$/i.test(w)));
      return place && back && THE_MISSION.test(p.text) ? addPlace(p, place, "the document's mission", back.matched) : p;
    }
    const m = finder.genericActors(originals[i]).has('un-peace-operations') ? THE_MISSION.exec(p.text) : null;
    if (!m) return p;
    const credited = credit(p, 'un-peace-operations', "the document's mission", [m[0]]);
    // A mission discussed implies its country (mentions.ts rule 9): "the mission" that is UNMISS
    // is in South Sudan as UNMISS is.
    return place ? addPlace(credited, place, "the document's mission", [m[0]]) : credited;
  });
}

/**
 * The country of the document's one UN operation, as its acronym gave it where the document names
 * it (rule 9 in mentions.ts: UNMISS → SSD): the place whose evidence holds the acronym in most
 * passages. None where the acronym never gave a place (quoted only for its name, rule 23).
 */
function missionPlace(body: readonly Passage[], words: readonly string[]): string | undefined {
  const acronyms = new Set(words.filter((w) => MISSION_ACRONYM.test(w)));
  if (acronyms.size !== 1) return undefined;
  const counts = new Map<string, number>();
  for (const p of body) {
    for (const e of p.evidence) if (e.facet === 'place' && e.matched.some((w) => acronyms.has(w))) counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && (!second || second[1] < first[1]) ? first[0] : undefined;
}

/** The passage with a place added by context, and the evidence for it. */
function addPlace(p: Passage, id: string, rule: string, matched: string[]): Passage {
  if (p.places.includes(id)) return p;
  return { ...p, places: [...p.places, id], evidence: [...p.evidence, { facet: 'place', id, rule, matched }] };
}

// Rule 6 (below): the document's donor. Money words a state's name shares a sentence with: its
// funding, a grant, a budget, an amount ("Sweden's support, of up to SEK 1.2 billion"). Not
// "support" alone: "Russia has supported the Syrian government" is no funding.
const MONEY = /\b(?:fund(?:s|ed|ing)?|co-?financ(?:e|es|ed|ing)|financ(?:e|es|ed|ing)|financial\s+support|contribut(?:e|es|ed|ing|ion|ions|or|ors)|grants?|budgets?|donors?|development\s+cooperation|humanitarian\s+(?:aid|support|assistance)|development\s+(?:aid|assistance)|(?:million|billion)\s+(?:dollars|euros|pounds|kroner|kronor|yen)|(?:SEK|NOK|DKK|USD|US\$|EUR|GBP|JPY|CHF)\s?\d)\b|[$€£¥]\s?\d/i;
// The state gives the money: it opens the clause the money is in ("Japan created a trust fund",
// "Norway will use its humanitarian funding", "Sweden's support, of up to SEK 1.2 billion"), or
// the money is its own ("funded by Japan", "contributions from Riyadh").
const MONEY_AFTER_STATE = 90;
// What a state does as a state, not as the document's donor: votes and vetoes, mediation and
// treaties, its troops and police, being attacked. A passage on one of these that speaks of no
// money or aid names the donor acting as a member state ("As a member of the Security Council,
// Norway voted …", "Norwegian police officers trained …"), which rule 6 must leave alone.
const STATE_ACT = /\b(?:vot(?:e|es|ed|ing)|abstain\w*|veto\w*|Security\s+Council|mediat\w*|peace\s+talks|negotiat\w*|signed|treat(?:y|ies)|sanction\w*|attack\w*|invad\w*|peacekeep\w*|troops?|soldiers?|police|officers?|battalions?|contingents?|embass(?:y|ies)|ambassadors?|diplomat\w*)\b/i;
const AID_WORDS = /\b(?:aid|assistance|programm?es?|projects?|partners?|partnerships?|cooperation|support(?:s|ed|ing)?)\b/i;
const MONEY_FROM_STATE = /(?:fund(?:s|ed|ing)?|financ\w*|contributions?|grants?|money|aid|dollars|payments?)\s+(?:\S+\s+){0,3}?(?:by|from)\s+(?:the\s+)?$/i;
/** passages in which a state is named with money before it is the document's donor */
const DOCUMENT_DONOR_PASSAGES = 2;
// A state's name after a locative is a place, not the state acting ("refugees in Sweden", "flights to Norway").
const LOCATIVE_BEFORE = /\b(?:in|into|to|from|at|across|within|inside|outside|towards?|near)\s+(?:the\s+)?$/i;
// A demonym before an organisation or people names their nationality, not the state ("a
// Norwegian NGO supports classes", "Swedish researchers").
const NATIONALITY_AFTER = /^\s+(?:(?:non-governmental|humanitarian|human\s+rights|development|aid|civil\s+society)\s+)?(?:NGOs?|organi[sz]ations?|charit(?:y|ies)|compan(?:y|ies)|firms?|nationals?|citizens?|people|researchers?|academics?|scholars?|journalists?|volunteers?|staff|doctors?|engineers?)\b/i;

/** The words naming each state (its place evidence: "Sweden", "Swedish") in a passage. */
function stateWords(p: Passage): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of p.evidence) if (e.facet === 'place') out.set(e.id, [...(out.get(e.id) ?? []), ...e.matched]);
  return out;
}

// A state's word as a whole word wherever it stands (the names repeat across a document's passages).
const wholeWords = new Map<string, RegExp>();
function wholeWord(w: string): RegExp {
  let re = wholeWords.get(w);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'gu');
    if (wholeWords.size < 10_000) wholeWords.set(w, re);
  }
  return re;
}

/** Whether a word of the state names it as an actor somewhere in the text, not as a place. */
function namesStateActing(text: string, words: readonly string[]): string | undefined {
  for (const w of words) {
    for (const m of text.matchAll(wholeWord(w))) {
      if (LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) || NATIONALITY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      return m[0];
    }
  }
  return undefined;
}

/** Whether the sentence names the state as giving the money it speaks of. */
function givesMoney(sentence: string, words: readonly string[]): boolean {
  for (const w of words) {
    for (const m of sentence.matchAll(wholeWord(w))) {
      const before = sentence.slice(Math.max(0, m.index - 60), m.index);
      if (MONEY_FROM_STATE.test(before)) return true;
      if (LOCATIVE_BEFORE.test(before)) continue;
      const clause = sentence.slice(m.index, m.index + m[0].length + MONEY_AFTER_STATE).split(/[;:]|,\s+(?:but|while|whereas|and)\b/)[0];
      if (MONEY.test(clause)) return true;
    }
  }
  return false;
}

/**
 * The foreign state a document is the donor's: named giving money in at least two body passages,
 * twice as many as any other, in a document that names another country (the money's recipient)
 * in as many passages: a country's own budget, in a document about that country alone, is no aid.
 */
function documentDonorState(passages: readonly Passage[], body: (p: Passage) => boolean): string | undefined {
  const counts = new Map<string, number>();
  const named = new Map<string, number>();
  for (const p of passages) {
    if (!body(p)) continue;
    for (const id of p.places) named.set(id, (named.get(id) ?? 0) + 1);
    // a passage that names no state gives no money of one: the money pattern, long and
    // case-blind, is run only over passages that do
    const states = stateWords(p);
    if (!states.size || !MONEY.test(p.text)) continue;
    const giving = new Set<string>();
    // the sentences that speak of money, found once for every state the passage names
    let money: string[] | undefined;
    for (const [id, words] of states) for (const s of (money ??= sentences(p.text).filter((x) => MONEY.test(x)))) if (givesMoney(s, words)) giving.add(id);
    for (const id of giving) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < DOCUMENT_DONOR_PASSAGES || (second && second[1] * 2 > first[1])) return undefined;
  return [...named].some(([id, n]) => id !== first[0] && n >= first[1]) ? first[0] : undefined;
}

/**
 * Rule 6: in a document whose donor is one state (documentDonorState), a passage naming that
 * state other than as a place is about the donor: `donors`, and not `member-states` where the
 * state's own name was the passage's only member-states word (the donors' definition: a
 * government in its funding role is donors with its country tagged). Not a quotation (rule 2:
 * its actor is its source) or a reference.
 */
function documentDonor(passages: Passage[]): Passage[] {
  const body = (p: Passage) => p.blockType !== 'reference' && p.kind !== 'quotation';
  const id = documentDonorState(passages, body);
  if (!id) return passages;
  return passages.map((p) => {
    if (!body(p) || !p.places.includes(id)) return p;
    if (STATE_ACT.test(p.text) && !MONEY.test(p.text) && !AID_WORDS.test(p.text)) return p;
    const words = stateWords(p).get(id) ?? [];
    const named = namesStateActing(p.text, words);
    if (!named) return p;
    let out = credit(p, 'donors', "the document's donor", [named]);
    const stateEvidence = out.evidence.filter((e) => e.facet === 'actor' && e.id === 'member-states');
    if (stateEvidence.length && stateEvidence.every((e) => e.matched.every((m) => words.includes(m)))) {
      out = { ...out, actors: out.actors.filter((a) => a !== 'member-states'), evidence: out.evidence.filter((e) => !stateEvidence.includes(e)) };
    }
    return out;
  });
}

// Rule 7: the mandate formula of a Secretary-General's report, where a UN organ asks the
// author, in the first person, to report: "the Council requested me to report", "in its
// resolution 2601 (2021), the General Assembly invited me to submit", "resolution 2417 (2018), in
// which it requested me to report". The organ is the verb's subject, in the same clause (at most
// one comma-delimited aside between them): an NGO that "asked me to brief the Security Council"
// names an organ, but the organ asks nothing, and that author is not the Secretary-General.
const ORGAN = String.raw`(?:Security\s+Council|General\s+Assembly|the\s+Council|the\s+Assembly|Human\s+Rights\s+Council|Economic\s+and\s+Social\s+Council)`;
const ASKS_ME = String.raw`(?:(?:also|further|again|subsequently|moreover)\s+)?(?:requested|requests|asked|invited|invites|mandated|called\s+upon|encouraged)\s+me\s+to\s+(?:report|submit|provide|present|include|keep|inform|update|continue|brief)\b`;
const MANDATE_TO_ME = new RegExp(String.raw`\b(?:${ORGAN}(?:\s*,[^,.;:]{1,100},)?|resolution\s+\d[^.;:]{0,100}?\b(?:in|by)\s+which\s+it)\s+${ASKS_ME}`, 'i');
// "I" as the speaker: the pronoun before a verb or adjective of a report's observations ("I urge",
// "I remain concerned", "I wish to thank", "I have decided"). An auxiliary alone is not one: "I will", "I have" are
// also "Phase I will be completed" and "Part I has". A numbered part, annex or phase is never the
// pronoun, whatever follows it, in capitals or not (UN documents write "annex I", "pillar I"),
// unless a determiner makes the word a common noun the pronoun follows: "at this stage I urge",
// "in this section I note" (review16 c finding 8).
const NOT_PRONOUN = /(?<!\b(?:this|that|each|every|which|what|any)\s+)\b(?:Part|Parts|Annex|Annexes|Appendix|Phase|Stage|Step|Chapter|Section|Title|Volume|Book|Article|Schedule|Table|Figure|Protocol|Tier|Level|Category|Class|Type|Grade|Round|Pillar|Goal|Option|Scenario|World\s+War)\s+$/iu;
const FIRST_PERSON = /(?<![\p{L}\p{N}'’.-])I\s+(?:(?:also|further|strongly|again|therefore|once\s+again|continue\s+to|remain|am|have|will|would|wish\s+to|must|should)\s+)*(?:note|notes|noted|welcome|welcomed|urge|urged|call|called|encourage|encouraged|commend|condemn|reiterate|appeal|recommend|intend|express|stress|thank|look|count|reaffirm|acknowledge|applaud|deplore|regret|request|invite|believe|consider|hope|trust|emphasi[sz]e|underline|recogni[sz]e|salute|pay|echo|concerned|deeply|gravely|alarmed|pleased|encouraged|grateful|convinced|committed|decided|appointed|instructed|directed|the\s+honour)\b/gu;
const REQUESTED_ME = /\b(?:requested|asked|invited|mandated)\s+me\b/i;
// Quoted words are someone else's: a witness's "I have lost everything" inside a paragraph. An
// opening mark never closed runs to the passage's end. Straight single quotes are left alone
// (they are apostrophes far more often); a curly one closes where no letter follows it.
const QUOTED = /“[^”]*(?:”|$)|"[^"]*(?:"|$)|«[^»]*(?:»|$)|‘[^‘]*?(?:’(?!\p{L})|$)/gu;
/** The passage's own words: its text with quoted spans blanked out (offsets kept). */
export function ownWords(text: string): string {
  return text.replace(QUOTED, (q) => ' '.repeat(q.length));
}
/** The first "I" of the passage's own words that is the pronoun speaking, with its verb. */
export function speakerI(text: string): string | undefined {
  const own = ownWords(text);
  for (const m of own.matchAll(FIRST_PERSON)) if (!NOT_PRONOUN.test(own.slice(0, m.index))) return m[0];
  return REQUESTED_ME.exec(own)?.[0];
}
function documentSpeaker(passages: Passage[]): Passage[] {
  const body = (p: Passage) => p.blockType !== 'reference' && p.blockType !== 'footnote' && p.kind !== 'quotation';
  if (!passages.some((p) => body(p) && MANDATE_TO_ME.test(ownWords(p.text)))) return passages;
  return passages.map((p) => {
    if (!body(p)) return p;
    const m = speakerI(p.text);
    return m ? credit(p, 'un-secretary-general', 'the Secretary-General speaking in his report', [m]) : p;
  });
}

// Rule 8 (below): the document's cluster. A report about the Protection Cluster calls it "the
// cluster" and its members "cluster members" once it has named it, as the mission is "the mission"
// (rule 5): in a document that names the Protection Cluster by name and no other cluster (health,
// shelter, food security …), those words are it. Not "the cluster approach" or "the cluster
// system", which are the IASC's coordination architecture as a whole (actors18).
const THE_CLUSTER = /\b(?:(?:the|this|that|its)\s+cluster(?!\s+(?:approach|system|lead\s+agenc)|['’]s\s+(?:approach|system))|cluster\s+members)\b/i;
const OTHER_CLUSTER = /\b(?:health|shelter|food\s+security|logistics|education|WASH|water,?\s+sanitation\s+and\s+hygiene|CCCM|camp\s+(?:coordination|management)|nutrition|early\s+recovery|emergency\s+telecommunications?|non-food\s+items?|NFI|agriculture|livelihoods?)\s+(?:sub-)?clusters?\b/i;
function documentCluster(passages: Passage[]): Passage[] {
  const body = (p: Passage) => p.blockType !== 'footnote' && p.blockType !== 'reference';
  const named = passages.some((p) => body(p) && p.evidence.some((e) => e.facet === 'actor' && e.id === 'protection-cluster' && e.rule === 'alias'));
  // another cluster discussed, not only cited ("(Global Health Cluster, 2019)", a reference entry)
  if (!named || passages.some((p) => body(p) && OTHER_CLUSTER.test(p.text.replace(/\([^()]*\)/g, ' ')))) return passages;
  return passages.map((p) => {
    if (!body(p) || p.kind === 'quotation' || p.actors.includes('protection-cluster')) return p;
    const m = THE_CLUSTER.exec(p.text);
    return m ? credit(p, 'protection-cluster', "the document's cluster", [m[0]]) : p;
  });
}

export function applyContext(passages: Passage[], finder: ActorFinder): Passage[] {
  return documentCluster(documentSpeaker(documentDonor(documentState(documentMission(readNeighbours(passages, finder), passages, finder)))));
}

function readNeighbours(passages: Passage[], finder: ActorFinder): Passage[] {
  const out = [...passages];
  // Open lead-ins, outermost first: a paragraph's list, and the lists nested in its items.
  let open: OpenLeadIn[] = [];
  for (let i = 0; i < out.length; i++) {
    let p = out[i];
    // Notes sit wherever the page put them: they neither interrupt a list nor introduce one.
    if (p.blockType === 'footnote' || p.blockType === 'reference') continue;
    if (p.blockType !== 'list-item' || (open.length && sectionKey(p) !== open[0].section)) open = [];
    // An item at the depth of an item that introduced a nested list is that one's sibling.
    while (open.length && p.depth !== undefined && open[open.length - 1].passage.depth !== undefined && open[open.length - 1].passage.depth! >= p.depth) open.pop();
    const leads = endsWithColon(p.text) && (p.blockType === 'paragraph' || p.blockType === 'list-item');
    const own = open.length || leads ? readPrescription(p.text, finder) : null;
    // Without depths to go by, a point that names whom it addresses ("IASC members should …")
    // is a new point, not an item of the list before it.
    if (open.length && own?.addressees.size && p.depth === undefined) open = [];
    const parent = open.length ? open[open.length - 1] : null;
    if (parent) {
      p = { ...p, leadIn: { id: parent.passage.id, text: parent.passage.text } };
      if (parent.prescriptive && p.kind === 'finding') {
        p = { ...p, kind: 'recommendation', evidence: [...p.evidence.filter((e) => e.facet !== 'kind'), { facet: 'kind', id: 'recommendation', rule: 'item of a prescriptive lead-in', matched: [parent.passage.text.slice(-60)] }] };
      }
      if (p.kind === 'recommendation' && !own?.addressees.size) for (const [id, words] of parent.addressees) p = credit(p, id, 'addressee of the lead-in', [words, parent.passage.text.slice(-60)]);
    }
    if (leads && own) {
      const addressees = own.addressees.size ? own.addressees : new Map(parent?.addressees ?? []);
      open.push({ passage: p, section: sectionKey(p), prescriptive: own.prescriptive || (parent?.prescriptive ?? false), addressees });
    }
    if (p.kind === 'quotation' && !p.duplicate) {
      const prev = [...out.slice(0, i)].reverse().find((x) => x.blockType !== 'footnote' && x.blockType !== 'reference');
      const source = quotationSource(p.text, prev && sectionKey(prev) === sectionKey(p) ? prev.text : undefined);
      if (source) {
        p = { ...p, source };
        for (const [id, words] of finder.actorsIn(source)) p = credit(p, id, 'source of the quotation', [words]);
        // A person of the affected population speaking for themselves ("Rohingya woman, Kutupalong
        // camp", "Woman leader, Beni territory", "displaced farmer") is a local actor: the
        // taxonomy's "affected populations, civilians as agents".
        const person = AFFECTED_PERSON.exec(source);
        if (person) p = credit(p, 'local-actors', 'source of the quotation', [person[0]]);
      }
    }
    out[i] = p;
  }
  let prev: Passage | undefined;
  for (let i = 0; i < out.length; i++) {
    let p = out[i];
    if (p.blockType === 'footnote' || p.blockType === 'reference') continue;
    // A quotation's actor is its named source (rule 2): it neither receives an actor named
    // before it nor passes one on. Referring back stops at a section's end: a new section
    // (another country, another mission) names its own.
    if (p.kind === 'quotation') {
      prev = undefined;
      continue;
    }
    if (prev && sectionKey(prev) === sectionKey(p)) {
      for (const [id, words] of finder.genericActors(passages[i])) if (prev.actors.includes(id) && refersBack(p.text, words)) p = credit(p, id, 'named again after the passage before', [words]);
    }
    out[i] = p;
    prev = p;
  }
  return out;
}
