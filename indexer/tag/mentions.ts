import { phraseSpellings } from '../../core/nlp/spelling.js';
import type { MentionEntry, Taxonomy } from '../../core/taxonomy.js';
import { facetsTaggedBy, type TagFacetName } from '../../core/facets.js';
import { allMatches, asciiForm, boundedMatches, escapeRegExp, isPlain, withoutMarks } from '../../core/text.js';
import { isEnglishWord } from '../../core/english-words.js';
import { current, held, mark, probeWordId, wordIds, type WordIds } from './probe-words.js';
import { literalCue, literalMatches, type LiteralCue } from './literal-cues.js';
import { ellipticEnd, mayEndElliptic } from './elliptic-gate.js';

// Finding actor and place mentions in a passage. The rules (also in the README, "Tagging"):
// 1. Acronyms and short all-capital aliases (UNHCR, US, UK, HC) match case-sensitively, whole
//    words only: "US" the country, never "us"; "HC" never inside "HCT".
// 2. Other aliases match case-insensitively, whole words, any spacing; the longest match wins,
//    so "UK Court of Appeal" is a court, not the UK, and "Norwegian Refugee Council" an NGO.
// 3. A place name directly followed by an organisation word ("Syria Commission of Inquiry",
//    "Haiti Mission") names an organisation, not the place; so does one followed by a
//    newspaper's or journal's word ("Washington Post", "Sudan Tribune", "American Journal"), or a
//    facility's ("the Saudi Hospital", "Kandahar Airport"). "US$100 million" is a currency.
// 4. An actor inside an enumeration of three or more names of the same kind ("UNHCR, UNICEF,
//    WFP and OCHA") is an example, not the subject: it weighs 0.3. A place in a list counts in
//    full ("the conflicts in Syria, Yemen and elsewhere" are about those countries), unless the
//    list is a parenthetical aside of examples, "(e.g. Afghanistan, Ethiopia)" or ", such as
//    Canada,": a place there is not a mention at all. Names in lower case count too: four or
//    more actors one after another ("donors, member states, NGOs and local communities").
//    (listedActors)
// 5. A name inside a bibliographic citation, "(IASC, 2009)", "(see OHCHR, 2015b)", cites a
//    source: it is not a mention at all.
//    Nor is the body a dated statement was made to, in a quotation's source line ("— Head of the
//    Mechanism, statement to the Human Rights Council, September 2022"): its forum.
// 6. A mention that opens a sentence or a list item, or is the subject before a verb of action
//    (UNHCR should…, OHCHR has…), weighs 1.5; other mentions weigh 1.
// 7. A country named as a state taking part in a multilateral body ("the Council open debate,
//    led by Estonia", "Luxembourg and other non-permanent UNSC members") is a member state
//    acting: it counts for member-states, and stays a place (the passage is about its action).
// 8. A country doing what states do ("Russia and China have rejected", "China contests",
//    "the US retreat", "China's approach", "the influence of China", "Kenya ratified", "designated
//    by the United States", "Damascus does not recognise", "Washington, which pays a quarter of
//    the budget, resisted", "Moscow denounced", "China said", "Switzerland reminded members"), or
//    one a relation of diplomacy is with or against ("a confrontation with Riyadh", "any rebuke of
//    Naypyitaw", "lobbying by Addis Ababa", "talks with Ukraine"), counts for member-states too,
//    and stays a place.
// 9. A mission named by one of its place's `missions` in the taxonomy (UNAMA, MINUSCA) implies
//    that country, as a mention of it: the mission works there. The mission's full name ("UN
//    Mission in Liberia") is a name by rule 3, unless the mission acts (rule 24); written with
//    its acronym it counts through that.
//    Not a mission one person served with ("a former UNMISS officer"): a career, as in rule 31.
// 10. A place alone in brackets after a name, "Ministry of Defence (UK)", qualifies the name.
// 11. In a cited work's title, an actor's initiatives and reports (its `inTitles` in the
//     taxonomy: "Call to Action for Human Rights") stand for the actor: the work is about what
//     the actor did. In running text the initiative is discussed, not its owner.
// 12. A case name, "Holder v. Humanitarian Law Project", is litigation before a court: it
//     names courts-and-mechanisms (the taxonomy's "national courts in litigation").
// 13. A mission, peacekeepers or an envoy named by a generic word ("stabilization mission",
//     (and a Secretary-General: "NATO Secretary-General", "the Secretary-General of the Arab League")
//     "peacekeepers", "Special Envoy") belong to the organisation named right before them:
//     "the African Union's stabilization mission", "EU training mission", "ECOWAS peacekeepers"
//     are a regional organisation's, not UN peace operations (the taxonomy's definition); so is
//     a mission a state or a region leads ("the Kenya-led Multinational Security Support mission").
// 14. A place is part of the organisation name that follows it (rule 3) only when that name is
//     no known organisation of its own: "Kenya Red Cross Society" is a name, but in "Ethiopia
//     Expels Norwegian Refugee Council" or "Yemen UN Security Council resolution" the place and
//     the organisation are two things.
// 15. Words shared by two names are written once: "armed forces or groups" names armed groups,
//     "peacekeeping troops and missions" peacekeeping missions, "national and international
//     NGOs" national NGOs (actors only, where the name itself is not written out).
// 16. British and American spellings are one: "organisations" and "organizations",
//     "behaviour" and "behavior" (spellingVariants).
// 17. A people in the plural names its place as its demonym does: "Afghans", "Israelis" (demonymPlural),
//     and a people's name ("Hazaras", "Bosniaks", "Tamils": peoplePlural).
// 18. A country that leads or backs a coalition or an operation ("the US-led coalition", "the
//     Saudi-led coalition", "Iranian-backed forces") is named (the hyphen ends its name), and acts
//     as a state: member-states, and a place. So is any name before what it administers, manages,
//     chairs, commissions, coordinates, mandates or brokers ("a UNDP-administered project").
// 19. A state's organs act for it: a country or its demonym before "state", "army", "armed forces",
//     "authorities", "police", "security forces", "troops", "junta" … ("the Congolese army",
//     "Malian armed forces", "Myanmar's military authorities", "the Russian contingent", "the
//     Russian representative", "Congolese officers", "the Afghan governor") is the state acting, member-states
//     and a place. "The Israeli military" counts only as the noun that acts ("the Myanmar
//     military drove", "Sudan's military has restricted", "the Ethiopian military in Tigray"):
//     before a comma or "and" it is an adjective of a list ("US military and humanitarian
//     aid"), and taken anywhere it cost the tuning half a label. Troops, soldiers,
//     contingents or battalions "from" a country are its organs too ("troops from Chad").
//     The organ may come first: "the Government of South Sudan", "the armed forces of Mali".
//     A state's aircraft and strikes are its forces at work: "Turkish drone strikes", "Russian aircraft".
// 21. A place's regions, cities and peoples (`regions`, `peoples` in the taxonomy: Darfur,
//     Mosul, the Rohingya) name the country, but are not the state: rules 7, 8, 18 and 19 make
//     a member state of a country's name, its demonym or its capital only ("the Darfur
//     authorities", "Tigrayan forces" are no government acting).
// 22. A capital (`capitals`: a region's name is where things happen, "the Darfur Peace Agreement")
//     that is a meeting's venue or a headquarters' seat ("the Kabul Conference", "the Bangkok workshop", "headquartered in Washington") names no place;
//     nor does any place where a summit or a conference met or interviews were held ("their summit in Kigali",
//     "interviews were conducted in Amman, Beirut and Kampala", "interviewed in Herat", "by telephone from
//     Nairobi", "fieldwork was conducted in Juba"), or someone spoke ("Speaking at Chatham House in London").
// 23. Missions quoted for their names ("four operations have included stabilization in their
//     title: MINUSTAH, …") imply no country (rule 9 is for a mission discussed).
// 24. A mission's full name with its country ("the African Union Mission in Somalia") names the
//     mission; when the mission acts, the subject of a verb ("… adopted a casualty tracking cell",
//     "… (UNMISS) has housed"), it is discussed, and implies its country as its acronym does
//     (rule 9); in passing ("a former officer of the UN Mission in Liberia") the country only
//     appears inside its name (rule 3).
// 25. "The Council" is the council last named before it: after the Human Rights Council, the
//     Peace and Security Council or the Council of Europe it is that one, not the Security
//     Council (withoutOtherCouncils).
// 26. A state that funds ("Norway pledged …", "third states should fund …", "Japan, which remains
//     the largest contributor", "threatened to withdraw funding") is a donor in its funding role,
//     the taxonomy's definition of donors: donors, and not member-states for that clause (a state
//     in its funding role alone is a donor: "a government funding is donors with its country tagged").
//     So is the state that a passive's funding names ("salaries paid by the United States", "co-financed
//     by Japan") or a hyphen ("US-funded organisations").
// 27. A name listed under two actors names both ("national NGOs": ngos and local-actors), and a
//     country's own NGOs and civil society organisations ("a Somali NGO", "Rohingya-led
//     organisations", "Syrian civil society") are local actors (national organisations), and its
//     organisations ("six Ukrainian organisations", "a Nigerien organisation") national NGOs, ngos
//     too (D2); one named
//     after its country or people and known to no entry ("Sudan Doctors' Union", "Afghan Women's
//     Network") is an NGO and a local actor, and its country a word of its name.
// 28. A state's organs named by a common noun ("the army", "the authorities", "the junta", "de facto
//     officials", "government forces", "the Ministry of Health", "local authorities": sub-national
//     governments are member-states, D1) are member-states where the passage names a country;
//     elsewhere a generic word (genericStateOrgans).
// 29. A place's regions, cities and peoples written capitalised are proper names: a match in
//     lower case ("karma", "for the sake of", "the shire") is a word, not the place.
// 30. A capital where a meeting was held, talks convened or an agreement signed ("follow-up
//     meetings were held in Oslo", "signed in Pretoria", "a working group hosted in Amman") is the
//     venue of the clause's meeting (rule 22), as the instruments named after it are, in either
//     case ("the Algiers agreement", "the Juba talks"). A capital before a publisher's name ("London:
//     Palgrave", "Oslo: NRC", "London and Washington, DC: HPG") is where a cited work was
//     published (not before a year: "— Official, Mogadishu, 2022" signs a quotation).
// 31. A demonym names its country for the state, its forces and its people in its own country,
//     not for one person's nationality ("a young Australian officer", "Former Dutch officer",
//     "former Nigerian President Obasanjo"; "an Ethiopian official denied" is the state speaking)
//     nor for a language ("teaching in French", "interviews in French and Swahili") (D8).
// 32. A state's aid named as its own ("Swedish humanitarian funding", "Japan's contribution",
//     "Sweden will channel its support through …", "Japan will double its contribution") is a
//     donor in its funding role (donors), as rule 26's funding verbs are.
// 33. The sides of a war named together ("both sides had agreed", "urged both parties", "both
//     governments denied", "the two capitals") are its parties, states among them: member-states.
//     Not "both sides of the line" or "practitioners on both sides", which say where.
// 34. An armed group or force whose war is in one place (a place's `groups` in the taxonomy: al-Shabaab,
//     the Houthis, M23, the FARC, the Tatmadaw) implies that country, as a mission does (rule 9):
//     what it does happens there. Not in a list of examples of groups ("groups such as al-Shabaab,
//     Boko Haram and ISIS"), and not in a cited title (the reference entries' rule: "a title that
//     says only 'Taliban' gets no AFG"), nor after another country's demonym ("the Pakistani
//     Taliban"), nor when its sentence says its events happen in another country ("Boko Haram
//     attacks in Cameroon's Far North", "Mozambique's al-Shabaab"), nor with groups of other
//     countries named together ("the Taliban and al-Shabaab"), nor for an acronym the passage
//     defines by another name ("Reporters Without Borders (RSF)"). The group is never the state (rule 21).
// 35. An author's or a speaker's affiliation ("The author served as a consultant to the Unit in
//     Goma", "The speaker served with UNHCR in Tuzla", "The authors thank the Goma-based officers of
//     Congolese NGOs") names no place (the labelling rules): the sentence is about who wrote.
//     Nor does a publication's disclaimer ("the views expressed do not necessarily reflect those of the
//     Government of Norway") or those who read its drafts ("Colleagues in Juba commented on a draft of this report").
// 36. A country after "inter-" or "intra-" ("the Inter-Malian Agreement", "intra-Afghan talks")
//     is named: talks among its parties are about it. "The Congo" is the DRC, as the
//     literature writes it; the Republic of the Congo is another state, with no place id.
// 20. A resolution named by its number alone ("resolution 2452", "Resolution 2155 (2014)") is the
//     Security Council's, as its definition says (its resolutions); not in a cited title.
// 37. A UN mission's full name in a cited title ("The UN Mission in South Sudan and the protection
//     of civilians", "Assessing the effectiveness of the UN Mission in South Sudan") implies its
//     country as its acronym there does (UNMISS → SSD): the mission is what the work is about.
// 39. A people outside its country ("camps for Eritreans in Tigray", "the 120,000 Armenians of
//     Nagorno-Karabakh", "Karabakh Armenians") names where they are, not their country (D8: a
//     demonym tags its country for a people in its own country). "The Germans in Kunduz" (the
//     definite people is the state's force, as "the Dutch in Uruzgan") still names Germany.
// 40. A town where staff or an office are based, in another country than the one the passage
//     speaks of ("cluster leads were based in Nairobi, far from the Somali districts", "a
//     support office in Nairobi" for AMISOM), is a base abroad: no place, unless the passage
//     names that country otherwise. An office in the country of the passage ("our office in
//     Colombo", "offices in Tuzla received survivors from Srebrenica") is work done there.
// 41. A country's or a people's Red Cross or Red Crescent ("the Turkish Red Crescent", "Kenya Red
//     Cross volunteers") is its national society: the country is a word of its name (rule 3).
// 42. A capital paired with New York or Geneva ("decisions taken in New York and Addis Ababa", "an
//     operation designed in Addis Ababa and financed in New York") stands for a headquarters there,
//     as rule 22's seats do. So do a university's, institute's or school's place ("the University
//     of Nairobi", "the Institute for Security Studies in Pretoria"), and a place opening a unit's
//     or forum's name ("the Afghanistan Research and Evaluation Unit", "the Nigeria INGO Forum").
// 43. A gulf, sea or bay named after a place ("the Gulf of Aden") is water; a country inside another
//     country's name ("Papua New Guinea", "Equatorial Guinea", "Guinea-Bissau") is that other one;
//     a country's currency paid in another ("paid in Turkish lira" in north-west Syria) counts, as
//     rule 40's base does, only where the passage names no other country.
// 45. A list of cities with New York or Geneva among them, where the study's people were
//     interviewed, consulted or met (not staff or offices alone: they work there) ("interviews with staff in Geneva, New York, Amman and
//     Nairobi", "consultations with humanitarian staff in Amman, Beirut, Gaziantep and Geneva"),
//     names the seats and hubs of a response, as rule 42's pair does: no city of it is a place.
// 38. A hospital or an airport named after its town ("the Kunduz Hospital attack", "Kabul
//     Airport") is in that town: what happens there happens in its country. Not one named after
//     a country ("the Saudi Hospital in El Fasher", rule 3), which is no place of it.
// 47. An armed group named as the government it has become ("the Taliban's Ministry of Economy",
//     "a Taliban delegation", "Houthi officials", "the Taliban returned to power") is member-states
//     (D1: governments holding power without recognition), not armed-groups (governingGroups).
// 48. Bare courts or tribunals listed among a state's services ("roads, police stations, courts and
//     prefectures") are the state's presence, not courts in litigation (courtsAsServices).
// 49. A veto a state casts ("Russia and China vetoed", "a joint veto") is the Security Council's (councilVetoes).
// 50. An institution's capitalised short name: "the Movement" is the Red Cross and Red Crescent
//     Movement, "the Assembly" / "this Assembly" in a passage about the UN the General Assembly;
//     not "the movement of goods", "the Movement for …", "the Assembly of States Parties" (shortNames).
// 51. (rule 8, wider) A state asks, begins doing, makes clear, steps up, tells, offers, orders,
//     declares, after a modal too ("Japan will work with its partners", "Pakistan began expelling
//     Afghans", "Iran, too, has stepped up deportations"), not what happens to it ("Yemen began to starve").

export interface Mention {
  facet: TagFacetName;
  id: string;
  alias: string;
  start: number;
  end: number;
  weight: number;
  /** named by a generic word (a `~word` alias: "the mission", "communities"), not by its name */
  generic?: true;
  /** a civil society organisation named after its country or people, known to no entry (rule 27): no known name of its own */
  civil?: true;
  /** a country implied by an armed group's name (rule 34), not named */
  group?: true;
  /** a town where staff or an office are based (rule 40), or a country's currency (rule 43): no place if the passage is about another country */
  base?: true;
}

interface Alias {
  facet: TagFacetName;
  id: string;
  text: string;
  /** lower-cased, for a cheap substring test before the regular expression runs */
  probe: string;
  /**
   * The probe is a whole ASCII word: a match, bounded by non-letters, makes it one of the
   * text's words, so a set lookup replaces the substring scan (hundreds per passage).
   */
  wordProbe: boolean;
  /** the alias's other whole ASCII words (wordsNeeded): a text without one of them cannot match */
  needs: string[];
  /** a probe that is no whole word: the word of it the text must hold (gateWord) */
  anyOf?: string[][];
  re: RegExp;
  /** a name of ASCII words: on plain text its matches are found without its pattern (literal-cues.ts) */
  literal?: LiteralCue;
  /**
   * An actor's name of several words with another word and "and"/"or" before its last one, the
   * words before shared by both ("armed forces or groups": armed groups), tried where the name
   * itself is not found (rule 15); made on first use (withElliptic)
   */
  elliptic?: () => RegExp;
  /** the elliptic form's last word in lower case, ASCII: a plain text must hold it as the form ends (elliptic-gate.ts) */
  ellipticEnd?: string;
  /** a generic word ("communities", "states") written `~word` in the taxonomy: weighs half */
  weak: boolean;
  /** a mission's name that implies its place (rule 9): it claims no words, an actor may share them */
  implied?: boolean;
  /** a people's name in the plural ("Tamils", "Hazaras"): a people, named abroad as a demonym's plural is (rule 39) */
  peoples?: boolean;
  /** an initiative or report that stands for its actor in a cited title only (rule 11) */
  titleOnly?: boolean;
  /** a place's region, city or people (rule 21): it names the country, but never acts as the state */
  notState?: boolean;
  /** an armed group or force whose war is in the place (rule 34): it implies the country, as a mission does */
  group?: boolean;
  /** a place's capital (rule 22): a meeting's venue or a headquarters' seat names no place */
  city?: boolean;
  /** a region's, city's or people's name written capitalised: only a capitalised match names it (rule 29) */
  proper?: boolean;
  /** a country's adjective ("Turkish", "Rwandan"), not its name: what it qualifies is the state's (STATE_FORCE_AFTER) */
  adjective?: boolean;
  /** a state with no place id (rule 44): read as a country is, for member-states only, never tagged as a place */
  stateOnly?: boolean;
}

const UPPER_INITIAL = /^\p{Lu}/u;
// the text's start, or a sentence's after its full stop and an opening quote
const SENTENCE_START_BEFORE = /(?:^|[.!?]\s+["“‘']?|^["“‘'])$/u;
// Rule 38: a town's hospital or airport (ORG_WORDS reads them as names after a country).
const FACILITY_AFTER = /^\s+(?:Hospital|Airport)\b/i;
// Rule 41: a country's or a people's Red Cross or Red Crescent is its national society, a name
// ("the Turkish Red Crescent distributed food in Idlib", "Kenya Red Cross volunteers"); rule 14's
// known name after a place ("Ethiopia Expels Norwegian Refugee Council") is another thing.
const NATIONAL_SOCIETY_AFTER = /^\s+Red\s+(?:Cross|Crescent)\b/;

// Not "Ministry": a country's ministry is the state acting ("the Norwegian Ministry of Foreign
// Affairs funded the mediation"); rule 35 keeps its funding notes, thanks and careers out (places17).
const ORG_WORDS = /^\s+(Council|Court|Committee|Department|Agency|Commission|University|Institute|Mission|Office|Cluster|Programme|Program|Fund|Forum|Foundation|Centre|Center|Review|Act|Acts|Congress|Parliament|Reference Group|Group\s+of\s+Friends|Post(?![-\s]*(?:[Cc]onflict|[Ww]ar\b|\d))|Times|Tribune|Herald|Journal|Quarterly|Monitor|Gazette|Observer|Chronicle|Hospital|Airport|Hotel|Stadium)\b/;
// An organisation's name the place opens, a few capitalised words on: "Canadian International
// Development Agency", "Danish Refugee Council", "Kenya Red Cross Society" (a law the state
// passes, "US National Defence Authorisation Acts", is the state acting: not here, nor is a
// state's seat, "the UK Security Council presidency").
const ORG_NAME_AFTER = /^\s+(?!Security\s+Council\b)(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|on)\s+)?){1,3}(?:Council|Committee|Agency|Commission|Institute|Centre|Center|Foundation|Society|Association|Organisation|Organization|Network|Consortium|Fund|Programme|University|Red Cross|Red Crescent|Conference|Unit|Forum)\b/u;

// "Mission in Haiti", "Office for … in Geneva", "University of Reading, UK": the place belongs to a name or an address.
// The words between the organisation word and "in" may be a whole Title Case name with its small
// words ("Mechanism to Assist in the Investigation … Committed in the Syrian Arab Republic").
// A university's, institute's or school's place is its name or its seat too ("a researcher at the
// University of Nairobi", "the Institute for Security Studies in Pretoria", "the Brookings
// Institution in Washington"): who wrote or where they sit, not a situation there (rule 35).
const ORG_BEFORE = /(?:\b(?:Mission|Office|Operation|Force|Commission|Programme|Court|Tribunal|Mechanism|University|Institute|Institution|School|College|Foundation)\s+(?:(?:\p{Lu}[\p{L}-]*|of|the|and|to|for|in|on|under|by|a|an)\s+){0,24}(?:in|for|of|on)\s+(?:the\s+)?|\b(?:University|Institute|School|College|Centre|Center|Corps)\b[^.;]{0,40},\s*)$/u;
// A university, school or college a sentence says was attacked, stormed or closed is the scene of
// an event in its country ("The University of Juba was attacked", "Gunmen stormed the University of
// Nairobi campus"): education under attack, not the name's seat. Not a writer's affiliation ("a
// researcher at the University of Nairobi said the camp was attacked", "according to the
// University of Nairobi, schools were closed").
const INSTITUTION_OF_BEFORE = /\b(?:University|School|College|Institute|Academy)\s+of\s+(?:the\s+)?$/u;
const AFFILIATION_BEFORE = /\b(?:at|from|with|[Aa]ccording\s+to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:University|School|College|Institute|Academy)\s+of\s+(?:the\s+)?$/u;
const EVENT_VERB = /\b(?:attack(?:ed|s|ing)?|storm(?:ed|s|ing)?|bomb(?:ed|s|ing)?|shell(?:ed|s|ing)?|raid(?:ed|s|ing)?|loot(?:ed|s|ing)?|occupied|occupy(?:ing)?|clos(?:ed|ure|ing)|burn(?:ed|t|ing)|seiz(?:ed|ing)|besieg(?:ed|ing)|target(?:ed|ing)|ransack(?:ed|ing)|destroy(?:ed|ing)|abduct(?:ed|ing))\b/i;
function institutionUnderAttack(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  if (!INSTITUTION_OF_BEFORE.test(before) || AFFILIATION_BEFORE.test(before)) return false;
  // the sentence the name is in, as far as its full stops
  const from = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('; ', start)) + 1;
  const stops = [text.indexOf('. ', end), text.indexOf('; ', end)].filter((i) => i >= 0);
  return EVENT_VERB.test(text.slice(from, stops.length ? Math.min(...stops) : text.length));
}
// Rule 3 for a country branch or office: a place right after an organisation's name names its
// office there ("OCHA Yemen", "UNICEF Somalia", "Burmese Rohingya Organisation UK", "Oxfam GB").
const BRANCH_BEFORE = /(?:\b(?:OCHA|UNICEF|UNHCR|UNDP|UNFPA|WFP|IOM|WHO|FAO|OHCHR|UNRWA|UNOPS|UNMAS|ICRC|IFRC|NRC|MSF|IRC|Oxfam|CARE|Save the Children)|\p{Lu}[\p{L}'’-]*\s+(?:Organi[sz]ation|Foundation|Trust|Society|Association|Network|Alliance))\s+$/u;
// Names whose country branch is told only by what follows ("Amnesty International USA,", "Mercy
// Corps Afghanistan's office"): without a comma a sentence runs on from them ("According to
// Amnesty International Syria remains the deadliest …"), so the place must end the name.
const BRANCH_NAME_BEFORE = /(?:\b(?:Mercy Corps|Refugee Council|Rescue Committee|Relief Council)|\p{Lu}[\p{L}'’-]*\s+International)\s+$/u;
const BRANCH_END_AFTER = /^(?:\s*(?:[,;)]|$)|\s+(?:and|or)\s+\p{Lu}|['’]s?\s+(?:office|team|programme|program|staff|branch|country\s+office)\b|\s+(?:office|team|programme|program|staff|branch|country\s+office)\b)/u;
const isBranch = (text: string, start: number, end: number): boolean =>
  BRANCH_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || (BRANCH_NAME_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && BRANCH_END_AFTER.test(text.slice(end, end + 30)));
// A place opening a body's name ("Rohingya Organisation", "Syria Society") and a mandate's title
// ("the Special Rapporteur on Myanmar", "Special Envoy for Yemen"): the name of an organisation or
// a mandate, not a situation there.
const NAME_WORD_AFTER = /^\s+(?:Organi[sz]ation|Society|Association|Network|Alliance|Trust)\b/;
const MANDATE_BEFORE = /\b(?:Special\s+(?:Rapporteur|Envoy|Adviser|Advisor)|Independent\s+Expert)\s+(?:of\s+the\s+Secretary-General\s+)?(?:on|for)\s+(?:the\s+situation\s+of\s+human\s+rights\s+in\s+)?(?:the\s+)?$/;
// Rule 27's name of a civil society organisation the place opens, "Sudan Doctors' Union",
// "Afghan Women's Network", "Rohingya Organisation" (one the taxonomy knows is that one).
const CIVIL_NAME_AFTER = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|on)\s+)?){0,3}(?:Organi[sz]ation|Association|Network|Union|Alliance|Society)\b/u;
// Rule 10: "Ministry of Defence (UK)", a place alone in brackets right after a capitalised name.
const QUALIFIER_BEFORE = /\p{Lu}[\p{L}.-]*\s*\($/u;

type Form = (re: RegExp) => RegExp;
/** Rules 3, 14 and 41: a place opening an organisation's, a paper's or a facility's name ("Syria Commission of Inquiry", "the Sudan Tribune", "Kenya Red Cross Society", "Rohingya Organisation"). */
const opensOrganisationName = (text: string, end: number, form: Form, aliases: Alias[]) =>
  ORG_WORDS.test(text.slice(end, end + 40)) || NATIONAL_SOCIETY_AFTER.test(text.slice(end, end + 16)) || NAME_WORD_AFTER.test(text.slice(end, end + 20)) || opensName(form(ORG_NAME_AFTER).exec(text.slice(end, end + 80)), aliases);
/** Rules 3 and 42: a place closing a name, or an address after it ("the Mission in Haiti", "the University of Nairobi"), unless the institution is the scene of an attack. */
const closesOrganisationName = (text: string, start: number, end: number, form: Form) => form(ORG_BEFORE).test(text.slice(Math.max(0, start - 200), start)) && !institutionUnderAttack(text, start, end);
/** A mandate's title ("the Special Rapporteur on Myanmar"). */
// An envoy or a rapporteur for a country that acts ("the Special Envoy for Yemen brokered a
// truce") is a peace operation at work there, as a mission's full name that acts (rule 24): the
// country is discussed. Not one named as an object ("met the Special Envoy for Yemen"), nor one
// that only reports or continues ("continues to report to the Council"). One who speaks ("said
// the army had burned villages", "stated that the truce was holding") tells of the situation.
const MANDATE_OBJECT_BEFORE = /\b(?:of|in|with|by|for|from|to|at|on|about|under|within|into|between|and|met|meet|meets|briefed|appointed|named)\s+(?:the\s+)?(?:(?:UN|United\s+Nations|UN\s+Secretary-General['’]s|Secretary-General['’]s|former|new|deputy)\s+)*$/i;
const MANDATE_ACTS_AFTER = /^\s*(?:,[^,.;]{1,60},\s*)?(?:(?:has|had|have)\s+)?(?:brokered|mediated|negotiated|secured|convened|facilitated|visited|announced|proposed|launched|warned|condemned|called|urged|documented|found|concluded|said|says|stated|states|told|noted|stressed|expressed|described)\b/;
function inMandateTitle(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const m = MANDATE_BEFORE.exec(before);
  if (!m) return false;
  return MANDATE_OBJECT_BEFORE.test(before.slice(0, m.index)) || !MANDATE_ACTS_AFTER.test(text.slice(end, end + 80));
}
/** Rule 10: a place alone in brackets after a name ("Ministry of Defence (UK)"). */
const qualifiesName = (text: string, start: number, end: number, form: Form) => text[end] === ')' && form(QUALIFIER_BEFORE).test(text.slice(Math.max(0, start - 40), start));
/** Whether a place at [start, end) is a word of a name (rules 3, 10, 14, 41, 42), a country office's too ("OCHA Yemen"): the place only appears inside it. */
const placeInName = (text: string, start: number, end: number, form: Form, aliases: Alias[]) =>
  opensOrganisationName(text, end, form, aliases) || isBranch(text, start, end) || inMandateTitle(text, start, end) || closesOrganisationName(text, start, end, form) || qualifiesName(text, start, end, form);

// Rule 22: "the Kabul Conference", "the Juba talks", "headquartered in Washington": where people
// met or an office sits, not a situation in the country (the labelling rules: "nor in the venue
// of a meeting or a headquarters city"). An instrument named after the city where it was
// adopted ("the Paris Principles", "the Kampala Convention", "the Oslo Accords") is named for
// its venue too: capitalised, it is a name the city opens (NAME_GOES_ON); in lower case only
// these nouns ("the Algiers agreement", "the Juba talks"), not a word that is also a verb or a
// common noun after a place ("Protesters in Khartoum call for …", "women in Kabul document abuses").
// A meeting named after its city in lower case is held there as a conference is ("the Bangkok
// workshop", "the Nairobi consultations", "the Oslo meeting"): not "staff in Kabul meeting
// Taliban officials", where "meeting" is a verb with its object.
const VENUE_AFTER = /^\s+(?:agreement|peace\s+agreement|accords?|treaty|talks|declaration|communiqu[eé]|conference|summit|convention|protocols?|workshops?|roundtables?|consultations?|seminars?|meetings|meeting(?!\s+(?:the|a|an|with|their|its|his|her|our|local|government|senior|officials|representatives|leaders|donors|members)\b))\b/i;
// Rule 30: a place of publication, before the publisher ("London: Palgrave"), after a title's full
// stop or a publisher's comma (PUBLISHED_BEFORE): a heading "Kabul: a city under siege" is no citation.
const PUBLISHED_AFTER = /^(?:,\s*D\.?C\.?)?(?:\s+and\s+\p{Lu}[\p{L}.]*(?:,\s*D\.?C\.?)?)?\s*:\s*\p{Lu}/u;
// A city followed by a capitalised word is the start of a name ("the London School of Economics",
// "the Paris Club", "the Tallinn Manual"), unless that word is a place's own ("Kabul Province",
// "Khartoum North": a quarter of the city).
const NAME_GOES_ON = /^\s+(?!(?:Province|District|Governorate|Region|City|Airport|Hospital|Port|Valley|State|Camp|North|South|East|West|Central)\b)\p{Lu}\p{Ll}/u;
const PUBLISHED_BEFORE = /[.,)]\s*(?:\p{Lu}[\p{L}.]*\s+and\s+)?$/u;
// Rule 30: a meeting held in the capital just before it: "meetings were held in Oslo", "talks in
// Doha", "signed in Pretoria", "negotiators met in Doha" (not a need met: "needs were not met in
// Kabul"). Only the words right before "in": a clause that merely has a meeting word somewhere
// ("negotiations over access to besieged neighbourhoods in Damascus") speaks of the place itself.
// A meeting "hosted in" a city is held there ("a working group hosted in Amman"); people hosted
// there ("refugees hosted in Amman") live there, a situation in the country. Whom someone
// convened meets there too ("convened special envoys on Afghanistan in Doha"); not a place in a
// purpose or relative clause after the object ("convened donors to discuss the crisis in Kabul").
const MEETING_CLAUSE_BEFORE = /\b(?:(?:were|was|been|being|be)\s+(?:held|convened|hosted|signed)|(?:meetings?|talks|conferences?|summits?|consultations|working\s+groups?|forums?|workshops?|roundtables?|(?:pledging|high-level|side|ministerial)\s+events?)(?:\s+(?:were|was))?(?:\s+(?:held|hosted|convened))?|took\s+place|signed|(?<!\b(?:were|was|be|been|being|are|is|not|never|partly|fully|largely|only)\s+)met|convened(?:\s+(?!(?:in|after|before|since|following|during|over|about|amid|when|while|because|against|to|that|which|who|whose|where)\b)[\p{L}'’-]+){1,6})\s+in\s+$/iu;
// "a summit in Kigali", "interviews were conducted in Amman, Beirut and Kampala", "interviewed in
// Herat": where people met or were interviewed, the venue of a meeting (the labelling rules), not a
// situation there; every place of the list of venues (venueListBefore).
// Interviews held remotely are held where the interviewer sits ("by telephone from Nairobi");
// fieldwork and focus groups are a study's interviews. Where someone spoke is a speech's venue
// ("Speaking at Chatham House in London", "in a speech in Washington"), not a situation there.
const VENUE_WORDS = ['summit', 'conference', 'interview', 'interviewed', 'interviews', 'fieldwork', 'focus', 'speaking', 'spoke', 'speech', 'lecture', 'keynote'];
const VENUE_BEFORE = /\b(?:summit|conference|(?:interviewed|spoke\s+(?:to|with))(?:\s+[\p{L}'’-]+){1,5}?\s+(?:by\s+(?:tele)?phone|by\s+video|remotely|online|virtually)|interviewed|(?:interviews|fieldwork|focus\s+group(?:\s+discussion)?s?)\s+(?:were\s+|was\s+)?(?:conducted|carried\s+out|held)(?:\s+(?:by\s+(?:tele)?phone|by\s+video|remotely|online))?(?=\s+(?:in|from)\s)|(?:speaking|spoke|(?:an?|his|her|their|the)\s+(?:speech|lecture|keynote(?:\s+address)?))(?:\s+at\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4})?)\s+(?:in|from)\s+(?:the\s+)?$/iu;
// A name before in the list of venues: "Beirut, ", "Arua and ".
const VENUE_LIST_TAIL = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)$/u;
/**
 * Whether the text before a place ends with a meeting's or an interview's "in", or (`inList`: a
 * town or a region, as venues are) the names of a list of venues after it: a country after a
 * venue and a comma opens the next clause ("At the summit in Nairobi, Somalia and Ethiopia agreed").
 */
function venueBefore(before: string, inList: boolean): boolean {
  for (let b = before, i = 0; i < 12; i++) {
    if (VENUE_BEFORE.test(b)) return true;
    if (!inList) return false;
    const m = VENUE_LIST_TAIL.exec(b);
    if (!m) return false;
    b = b.slice(0, m.index);
  }
  return false;
}
// Rule 22, a source note's interview: "Interview with a protection officer, Amman, 18 May 2022",
// "Author's telephone interview with a UN official, Juba, South Sudan, March 2021". The place
// and date after the interviewee say where and when the source was met, as an interview "held in"
// a city does: not a place the passage discusses. Only the note's own form, a sentence opening
// with the interview and the place between commas before a date; "Interviews with survivors from
// Malakal describe the attack" is about Malakal.
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const INTERVIEW_NOTE_BEFORE = /[.;]\s+(?:\d+\.?\s+)?(?:[\p{L}'’-]+\s+){0,3}?interviews?\s+(?:with|by)\b[^.;:()]{1,120}?,\s*(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},\s*)?$/iu;
const INTERVIEW_NOTE_AFTER = new RegExp(String.raw`^(?:,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?,\s*(?:on\s+)?(?:\d{1,2}(?:–\d{1,2})?\s+${MONTH}|${MONTH}\s+\d{1,2}\b|${MONTH}\s+\d{4}|\d{4}\b)`, 'u');
/** Rule 22: the place in an interview's source note, where the interviewee was met. */
const interviewNotePlace = (text: string, start: number, end: number) =>
  INTERVIEW_NOTE_AFTER.test(text.slice(end, end + 60)) && INTERVIEW_NOTE_BEFORE.test(`${start > 200 ? '' : '. '}${text.slice(Math.max(0, start - 200), start)}`);
// A meeting named after its city that was itself attacked or disrupted is an event there ("The
// Kabul meeting was attacked", "Gunmen stormed the Kabul conference"), not a venue: only where the
// meeting is the verb's subject or object, not what it discussed ("The Oslo meeting condemned the
// bombing of schools").
const MEETING_NOUN_AFTER = /^\s+(?:talks|conferences?|summits?|workshops?|roundtables?|consultations?|seminars?|meetings?)\b/i;
const HIT = String.raw`(?:attack(?:ed|ing)?|storm(?:ed|ing)?|bomb(?:ed|ing)?|shell(?:ed|ing)?|raid(?:ed|ing)?|target(?:ed|ing)?|disrupt(?:ed|ing)?|besieg(?:ed|ing)|struck|hit)`;
const MEETING_HIT_AFTER = new RegExp(String.raw`^\s+(?:itself\s+)?(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\p{L}+ly\s+)?${HIT}|came\s+under\s+(?:\p{L}+\s+)?(?:attack|fire))\b`, 'iu');
const MEETING_HIT_BEFORE = new RegExp(String.raw`\b(?:${HIT}|(?:attacks?|assault|strike|raid|bombing)\s+on|(?:bombing|shelling|disruption)\s+of)\s+(?:the\s+)?$`, 'i');
/** Whether the meeting a city names at [start, end) was itself attacked or disrupted (the city is the scene). */
function meetingUnderAttack(text: string, start: number, end: number): boolean {
  const noun = MEETING_NOUN_AFTER.exec(text.slice(end, end + 40));
  return noun !== null && (MEETING_HIT_AFTER.test(text.slice(end + noun[0].length, end + noun[0].length + 60)) || MEETING_HIT_BEFORE.test(text.slice(Math.max(0, start - 40), start)));
}
// Fieldwork, focus groups or interviews held in a place with the affected people who live there
// ("Focus groups were held in Cox's Bazar with Rohingya refugees") study the situation there: the
// place is kept. Remote interviews ("by telephone from Nairobi … with refugees") stay the
// interviewer's seat.
const FIELDWORK_CLAUSE = /\b(?:interview\w*|fieldwork|focus\s+groups?)\b/i;
const REMOTE = /\b(?:by\s+(?:tele)?phone|by\s+video|remotely|online|virtually)\b/i;
const WITH_AFFECTED_AFTER = /^(?:\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})*(?:\s+in\s+\d{4})?,?\s+with\s+(?:[\p{L}'’-]+\s+){0,3}?(?:refugees|asylum[\s-]seekers|displaced|IDPs|survivors|returnees|residents|villagers|families|households|communities|community\s+members|host\s+communities|farmers|pastoralists|victims|migrants)\b/u;
/** Whether the venue at [start, end) is fieldwork held in person with the affected people there. */
function fieldworkWithPeople(text: string, start: number, end: number): boolean {
  const clause = text.slice(Math.max(0, text.lastIndexOf('. ', start) + 1, text.lastIndexOf('; ', start) + 1), start);
  return FIELDWORK_CLAUSE.test(clause) && !REMOTE.test(clause) && WITH_AFFECTED_AFTER.test(text.slice(end, end + 120));
}
/** Rule 22: a city opening a name ("the London School of Economics") or naming an instrument or a meeting ("the Juba talks"). */
const cityOpensName = (after: string) => NAME_GOES_ON.test(after) || VENUE_AFTER.test(after);
/** Rule 30: a cited work's place of publication ("London: Palgrave", "Oslo: NRC"). */
const publisherCity = (text: string, start: number, after: string) => PUBLISHED_AFTER.test(after) && PUBLISHED_BEFORE.test(text.slice(Math.max(0, start - 30), start));
// Rule 30, an imprint's postal address: a city before a postcode ("London SE1 8NJ", "Washington,
// DC 20036", "New York, NY 10017"), after one ("CH-1211 Geneva", ", 1202 Geneva,") or after a
// street ("203 Blackfriars Road, London"), and the country closing the address ("London SE1 8NJ,
// United Kingdom"), are where a publisher sits, not a situation there. Not a year or a count
// ("attacks in Damascus 2013", "some 2000 Kabul families").
const POSTCODE = String.raw`(?:[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}|(?:D\.?C\.?|[A-Z]{2}),?\s+\d{5})`;
const POSTCODE_AFTER = new RegExp(String.raw`^,?\s+${POSTCODE}\b`);
const STREET_BEFORE = /\b\d{1,4}[A-Za-z]?,?\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Road|Street|Avenue|Lane|Place|Square|Rue|Route|Chemin|Boulevard|Way|Drive|Plaza|Terrace|Gardens)\b[^.;:()]{0,40},\s*$/u;
const POSTCODE_BEFORE = /(?:\bCH-\d{4}|,\s*\d{4,5})\s+$/;
const ADDRESS_END_BEFORE = new RegExp(String.raw`(?:${POSTCODE}|(?:\bCH-\d{4}|,\s*\d{4,5})\s+\p{Lu}[\p{L}-]+),\s*$`, 'u');
// A street and a number alone are where a shell fell as well ("Shelling hit 12 Main Street,
// Aleppo"): a street makes an address only after an organisation's name ("Overseas Development
// Institute, 203 Blackfriars Road, London") or near an imprint's or a contact's words.
const ADDRESS_OWNER_BEFORE = /\b(?:Institute|Institution|Centre|Center|Press|Foundation|Secretariat|University|College|School|Council|Committee|Agency|Programme|Program|Office|Network|Group|Trust|Ltd|Limited|Inc|LLC|Publications|Publishing|Publishers|Books|ICRC|ODI|IPI|UN\p{Lu}*),\s*\d{1,4}[A-Za-z]?,?\s+[^,.;]*,\s*$/u;
const ADDRESS_WORDS = /\b(?:[Aa]ddress|Tel|Telephone|Phone|Fax|E-?mail|P\.?\s?O\.?\s+Box|Published|Publisher|Printed|Imprint|Copyright)\b|@|www\.|\+\d{2}/;
const addressContext = (text: string, start: number, end: number) =>
  ADDRESS_OWNER_BEFORE.test(text.slice(Math.max(0, start - 120), start)) || ADDRESS_WORDS.test(text.slice(Math.max(0, start - 160), end + 120));
/** Rule 30: a place in a postal address (a city with its postcode or street, the address's country). */
const inPostalAddress = (text: string, start: number, end: number) => {
  const after = text.slice(end, end + 20);
  const before = text.slice(Math.max(0, start - 90), start);
  // every address names a number: most places have none near them
  if (!/\d/.test(before) && !/\d/.test(after)) return false;
  return POSTCODE_AFTER.test(after) || (STREET_BEFORE.test(before) && addressContext(text, start, end)) || (POSTCODE_BEFORE.test(before) && /^(?:\s*[,.]|\s*$)/.test(after)) || ADDRESS_END_BEFORE.test(before);
};
/** Rule 22: an organisation's seat ("headquartered in Washington"). */
const seatCity = (text: string, start: number) => SEAT_BEFORE.test(text.slice(Math.max(0, start - 90), start));
/** Rule 30: where the clause's meeting was held ("talks were held in Doha", "signed in Pretoria"). */
const meetingCity = (text: string, start: number) => MEETING_CLAUSE_BEFORE.test(text.slice(Math.max(0, start - 60), start));
/** Rule 42: a capital paired with New York or Geneva, a headquarters ("decisions taken in New York and Addis Ababa"). */
const headquartersPair = (text: string, start: number, after: string) => HQ_PAIR_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || (HQ_PAIR_AFTER.test(after) && HQ_PAIR_START.test(text.slice(Math.max(0, start - 40), start)));
/**
 * Whether a city at [start, end) names no situation there: a meeting's venue or an office's seat
 * (rule 22), a name it opens, a meeting held there or a cited work published there (rule 30).
 */
function cityNamesNoSituation(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  return (cityOpensName(after) && !meetingUnderAttack(text, start, end)) || publisherCity(text, start, after) || seatCity(text, start) || meetingCity(text, start) || headquartersPair(text, start, after);
}

// Rule 42: a capital paired with a headquarters city that is no country's capital (New York,
// Geneva: the UN's) stands for the headquarters there too ("decisions taken in New York and Addis
// Ababa", "an operation designed in Addis Ababa and financed in New York", "between Nairobi and
// Geneva"): the seat of an organisation, not a situation in its country (the labelling rules).
// Only where the pair is where something is decided, designed, funded or based, or where staff
// and officials sit: "Protests in Addis Ababa and Geneva turned violent" is an event in both. And
// only within one clause: "Clashes erupted in Addis Ababa, and in New York diplomats debated" is not a pair.
const HQ_CITY = String.raw`(?:New\s+York|Geneva)`;
const HQ_VERB = String.raw`(?:decided|decisions?(?:\s+(?:were|are))?\s+(?:taken|made)|taken|made|designed|planned|drafted|written|negotiated|financed|funded|budgeted|approved|managed|run|based|headquartered|staff|officials|officers|diplomats|offices|headquarters|desks)\s+in`;
const HQ_LINK = String.raw`(?:\s*,\s*|\s+(?:and|or)\s+)`;
const HQ_PAIR_BEFORE = new RegExp(String.raw`\b(?:${HQ_VERB}|between)\s+${HQ_CITY}${HQ_LINK}(?:${HQ_VERB}\s+)?$`);
const HQ_PAIR_START = new RegExp(String.raw`\b(?:${HQ_VERB}|between)\s+$`);
const HQ_PAIR_AFTER = new RegExp(String.raw`^(?:\s*,\s*|\s+(?:and|or)\s+(?:${HQ_VERB}\s+)?)${HQ_CITY}\b`);

// Rule 45: a city in a list of cities holding New York or Geneva (HQ_LIST_NAME, HQ_LIST_LINK),
// after "in", "from" or "between" in a clause that speaks of people met or seated there
// (HQ_LIST_CLAUSE): "interviews with staff in Geneva, New York, Amman and Nairobi". Not a list of
// places where something happened ("Protests in Addis Ababa, Nairobi and Geneva turned violent"),
// nor a city outside the list ("staff in Geneva and New York, and fighting in Aleppo").
const HQ_LIST_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const HQ_LIST_LINK = String.raw`(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)`;
const HQ_LIST_BEFORE = new RegExp(String.raw`(?:${HQ_LIST_NAME}${HQ_LIST_LINK})*$`, 'u');
const HQ_LIST_AFTER = new RegExp(String.raw`^(?:${HQ_LIST_LINK}${HQ_LIST_NAME})*`, 'u');
const HQ_LIST_CITY = /^(?:New\s+York|Geneva)\.?$/;
const HQ_LIST_OPENS = /\b(?:in|from|between)\s+$/;
// Only a clause of the study's own interviews, consultations or meetings, or of informants
// based there: staff, officials, delegates or offices in a list are people and work there as
// anywhere ("National staff in Juba, Malakal and Geneva were evacuated", "OCHA has offices in
// Geneva, New York, Kabul and Kandahar"), as SEAT_BEFORE reads a field office.
const HQ_LIST_CLAUSE = /\b(?:interview(?:s|ed|ing|ees)?|consult(?:ed|ing|ations?)|(?:key\s+)?informants?|respondents|workshops?|meetings|roundtables?|focus\s+groups?|headquarters|headquartered)\b/i;
/** Rule 45: whether the city at [start, end) is one of a list of seats with New York or Geneva in it. */
function headquartersList(text: string, start: number, end: number): boolean {
  const head = text.slice(Math.max(0, start - 160), start);
  const tail = text.slice(end, end + 160);
  const before = HQ_LIST_BEFORE.exec(head)?.[0] ?? '';
  const after = HQ_LIST_AFTER.exec(tail)?.[0] ?? '';
  if (before === '' && after === '') return false;
  const names = `${before}${text.slice(start, end)}${after}`.split(new RegExp(HQ_LIST_LINK, 'u')).map((x) => x.trim());
  if (!names.some((x) => HQ_LIST_CITY.test(x))) return false;
  const opening = head.slice(0, head.length - before.length);
  if (!HQ_LIST_OPENS.test(opening)) return false;
  const clause = opening.slice(Math.max(opening.lastIndexOf('. '), opening.lastIndexOf('; '), opening.lastIndexOf(': ')) + 1);
  return HQ_LIST_CLAUSE.test(clause);
}

// Not "offices in" or "based in": a field office in a city is work done there.
// A court or a tribunal sits where it is seated ("the Special Court for Sierra Leone sat in Freetown").
const SEAT_BEFORE = /\b(?:headquartered|headquarters|HQ|secretariat)\s+(?:is\s+|are\s+)?in\s+$|\b(?:Court|Tribunal|Chambers)\b[^.;:]{0,60}?\s(?:sits|sat|seated)\s+in\s+$/i;
// Rule 23: a sentence that speaks of missions' names or titles ("four operations have included
// stabilization in their title", "renamed MONUSCO") quotes the names: a list of missions' names
// quoted for their titles implies no country (the labelling rules). Only the missions of that
// sentence: a mission discussed in the next one still implies its country.
const MISSION_NAMES_TALK = /\b(?:in\s+their\s+(?:titles?|names?)|(?:re)?named\s+(?:as\s+)?\p{Lu}{4,})/gu;

/** The sentences (start, end) that speak of missions' names (rule 23). */
function namesTalkSentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of allMatches(MISSION_NAMES_TALK, text)) {
    const at = m.index ?? 0;
    const head = text.slice(0, at);
    const stop = /[.!?]\s+(?=\S)/g;
    let start = 0;
    for (let s = stop.exec(head); s; s = stop.exec(head)) start = s.index + s[0].length;
    const next = /[.!?](?:\s|$)/.exec(text.slice(at + m[0].length));
    out.push([start, next ? at + m[0].length + next.index + 1 : text.length]);
  }
  return out;
}

// Rule 35: a sentence about the author's or speaker's affiliation or thanks.
// Who the author is ("The author is a researcher at …", "The authors are based in Nairobi",
// "written while the author was a visiting fellow in Oslo", "the views expressed are those of the
// author, a former UNHCR official in Kabul") says who wrote, as their service and thanks do.
const AFFILIATION = /(?:(?:^|[.!?]\s+)(?:\d{1,3}\.?\s+)?(?:The|This)|\b(?:while|when|as|whilst)\s+the|\bthose\s+of\s+the)\s+(?:authors?|speaker|writer|lecturer)\s*(?:,\s*(?:a|an|the|who)\b|(?:(?:has|have|had)\s+)?(?:also\s+)?(?:served|worked|works|thanks?|(?:is|are)\s+grateful|(?:is|are|was|were)\s+(?:(?:currently|formerly|previously|once|then|now|also)\s+)?(?:based|posted|seconded|employed|an?\s|the\s|(?:head|director|chief|deputy\s+head)\s+of\s)))[^.!?]*/g;

// Thanks ("We are grateful to the staff of the Kenya office", "We thank colleagues in Juba") and a
// publication's funding ("This brief was produced with financial support from the Government of
// Canada", "The study was funded by the UK Foreign Office") say who helped the writing, as an
// affiliation does ("Thanks to the ceasefire in Yemen" is no thanks); the funding clause ends
// where the sentence goes on ("… and implemented in Mali's Mopti region" is the place).
const THANKS = /(?:^|[.!?]\s+)(?:\d{1,3}\.?\s+)?(?:(?:We|I)\s+(?:are|am|remain)\s+(?:very\s+|deeply\s+|particularly\s+)?(?:grateful|indebted|thankful)|(?:We|I)\s+(?:would\s+(?:also\s+)?like\s+to\s+)?(?:also\s+)?thank|(?:Special|Our|Many|Particular)\s+thanks\s+(?:are\s+(?:also\s+)?due\s+)?to|Thanks\s+are\s+(?:also\s+)?due\s+to)\b[^.!?]*/g;
const PUBLICATION_FUNDED = /(?:^|[.!?]\s+)(?:\d{1,3}\.?\s+)?(?:This|The|Our)\s+(?:report|material|brief|briefing|publication|study|research|paper|note|document|book|chapter|review|evaluation)\s+(?:was|is|has\s+been)\s+(?:(?:generously|kindly|partly|jointly)\s+)?(?:funded|financed|supported|made\s+possible|produced|commissioned)\b[^.!?;]*?(?=\s+(?:and|but|which|while|where|in|on)\s|[.!?;]|$)/g;
// A biography's sentences ("She previously worked for NRC in Colombia and Lebanon", "Before joining
// OCHA, she served with UNMISS and MONUSCO", "He is a research fellow at HPG, based in Nairobi"):
// a career, marked by "previously"/"formerly" or "before joining", or a post of research or
// advice, is who someone is, not a situation where they worked.
const BIOGRAPHY = /(?:^|[.!?:]\s+)(?:Before\s+joining\s+[^,.;]{1,60},\s*)?(?:[Hh]e|[Ss]he|[Tt]hey|\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+)\s+(?:(?:has|have|had)\s+)?(?:(?:previously|formerly|also|once)\s+)*(?:(?<=(?:previously|formerly|once)\s+)(?:worked|served|held|was|were|led)|(?<=joining\s+[^,.;]{1,60},\s*(?:he|she|they)\s+(?:(?:has|have|had)\s+)?)(?:worked|served|held|was|were|led)|(?:was|were)\s+(?:formerly|previously|once)\s+(?:an?|the)\s|(?:is|are|was)\s+(?:currently\s+)?(?:an?|the)\s+(?:(?:senior|visiting|research|associate|principal|non-resident|independent)\s+){0,2}(?:fellow|researcher|director|professor|lecturer|consultant|adviser|advisor|analyst|associate|editor|scholar))\b[^.!?]*/gu;
const BIOGRAPHY_WORDS = ['previously', 'formerly', 'joining', 'fellow', 'researcher', 'professor', 'lecturer', 'consultant', 'scholar'];
const AUTHOR_WORDS = ['author', 'authors', 'speaker', 'writer'];
const THANKS_WORDS = ['grateful', 'indebted', 'thankful', 'thank', 'thanks', 'funded', 'financed', 'supported', 'possible', 'produced', 'commissioned'];

// A publication's disclaimer ("the views expressed do not necessarily reflect those of the
// Government of Norway", "The views expressed are those of the authors and not of the Government
// of Japan", "the sole responsibility of the authors") names its funder, not a place discussed;
// the whole sentence, with a funding clause before a semicolon ("This material has been funded by
// UK aid from the UK government; however, …"). Not "the views expressed by refugees in Lebanon".
const DISCLAIMER = /(?:^|(?<=[.!?]\s+))[^.!?]*?\b(?:(?:views|opinions|contents?|(?:this|the)\s+(?:publication|report|paper|material|document|brief|study))\b[^.!?]{0,80}?\b(?:do|does)\s+not\s+necessarily\s+(?:reflect|represent)|(?:views|opinions)\s+expressed\s+(?:here(?:in)?\s+|in\s+this\s+[a-z]+\s+)?(?:are|is)\s+(?:those|the\s+sole)|(?:sole\s+)?responsibility\s+of\s+the\s+authors?)\b[^.!?]*/g;
// Acknowledged readers ("Colleagues at the Kabul office reviewed drafts of this paper", "Staff in
// Juba commented on an earlier draft of this report") helped the writing, as those thanked did.
const DRAFTS_READ = /(?:^|(?<=[.!?]\s+))[^.!?]*?\b(?:reviewed|read|commented\s+on|(?:provided|gave|offered)\s+(?:helpful\s+|valuable\s+|useful\s+)?comments\s+on)\s+(?:an?\s+|the\s+)?(?:earlier\s+|previous\s+|first\s+)?drafts?\s+of\s+this\s+(?:paper|report|brief|study|note|chapter|publication|document)\b[^.!?]*/g;
const DISCLAIMER_WORDS = ['necessarily', 'expressed', 'responsibility', 'draft'];

// A sentence that goes on, after a semicolon or a subordinate clause, to tell what happened
// ("… in Goma during the 2012 M23 occupation, when shelling killed dozens", "… for MSF in Aleppo;
// the hospital was bombed twice") is about the place, not only about who wrote; one that goes on
// about the author or the views expressed ("in Goma in 2012; the views expressed are personal") is not.
const GOES_ON = /;|,?\s+(?:when|where|which|while|after|during|amid|until|whereas)\b/;
const ABOUT_THE_AUTHOR = /\b(?:views?|opinions?|remarks?|personal|capacity|errors?|responsibility|reflects?|represents?|endorse(?:s|d|ment)?|he|she|they|I|we|the\s+authors?|the\s+speaker|the\s+writer)\b/;

/** The sentences (start, end) that say who the author or speaker is or thanks (rule 35). */
function affiliationSentences(text: string, thanks: boolean): [number, number][] {
  const out: [number, number][] = [];
  if (DISCLAIMER_WORDS.some((w) => text.includes(w))) out.push(...[...allMatches(DISCLAIMER, text), ...allMatches(DRAFTS_READ, text)].map((m): [number, number] => [m.index!, m.index! + m[0].length]));
  if (thanks) out.push(...[...allMatches(PUBLICATION_FUNDED, text)].map((m): [number, number] => [m.index!, m.index! + m[0].length]));
  for (const m of [...allMatches(AFFILIATION, text), ...(thanks ? allMatches(THANKS, text) : []), ...(BIOGRAPHY_WORDS.some((w) => text.includes(w)) ? allMatches(BIOGRAPHY, text) : [])]) {
    const on = GOES_ON.exec(m[0]);
    if (on && !ABOUT_THE_AUTHOR.test(m[0].slice(on.index))) continue;
    out.push([m.index!, m.index! + m[0].length]);
  }
  return out;
}

const MISSION_IN_BEFORE = /\bMission\s+in\s+(?:the\s+)?$/;
// … and is not the object of a preposition ("an officer of the UN Mission in Liberia joined").
const MISSION_OBJECT_BEFORE = /\b(?:of|in|with|by|for|from|to|at|on|about|under|within|into|between)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:(?:of|for|and)\s+)?){1,8}Mission\s+in\s+(?:the\s+)?$/u;
// The mission acts, the subject of a verb (after its acronym or an aside between commas): "the
// African Union Mission in Somalia adopted …", "the UN Mission in South Sudan (UNMISS) has housed".
const MISSION_ACTS_AFTER = /^\s*(?:\([^()]*\)\s*)?(?:,[^,.;]{1,60},\s*)?(?:(?:has|have|had|was|were|is|will|would|should|must|could|can|may|did|does)\s+(?:also\s+|not\s+|never\s+)*[a-z]+|(?:also\s+)?(?:[a-z]+ed|began|became|brought|built|came|chose|drew|fought|found|gave|grew|held|kept|knew|led|left|made|met|oversaw|ran|rose|saw|sent|set|sought|spent|stood|took|undertook|went|withdrew|won|wrote))\b/;

const STATE_ROLE_BEFORE = /\b(?:led|chaired|sponsored|tabled|convened|proposed)\s+by\s+(?:the\s+)?$|\b(?:initiative|presidency|proposal|chairmanship)\s+of\s+(?:the\s+)?$/i;
const STATE_ROLE_AFTER = /^\s+and\s+other\s+(?:[\p{L}-]+\s+){0,3}(?:members|member states|states|delegations)\b/iu;
// Forms that are also nouns ("Afghanistan funds held abroad", "Yemen funds for the appeal", "the
// Syria sanctions regime") are a state's verb only with an object after them: "Norway funds the
// appeal", "Japan pledges $10 million".
const NOUN_VERB = "(?:funds|finances|pledges|sanctions)(?=\\s+(?:(?:the|a|an|its|their|this|that|these|those|both|all|several|some|most|many|much|more|over|up\\s+to|nearly|almost|about|around|USD|EUR)\\b|[$€£\\d])|\\s*[$€£])";
// Rule 8's adverbs between a state and its verb: "Canada, the Netherlands and Germany later
// intervened", "Russia and China jointly vetoed", "Kenya subsequently withdrew".
const STATE_ADVERB = '(?:(?:also|long|repeatedly|later|then|subsequently|jointly|eventually|initially|recently|already|formally|publicly|openly|quickly|swiftly|promptly|finally|reportedly|previously|again|unanimously|immediately|briefly|temporarily|abruptly|unilaterally|therefore|itself|instead|still|now|too)\\s+){0,2}';
// … and an aside between commas that says with whom or against what the state acts: "The Gambia,
// with the support of the OIC, brought a case", "Kenya, for its part, withdrew".
const STATE_ASIDE = '(?:with|backed\\s+by|supported\\s+by|along\\s+with|together\\s+with|for\\s+(?:its|their)\\s+part|however|meanwhile|in\\s+turn|in\\s+response|too|also|likewise|similarly|preoccupied|anxious|wary|keen|eager|reluctant|unwilling|determined|fearing|worried)\\b';
// Rule 8 in the present tense of news headlines and cited titles ("Ethiopia suspends aid groups",
// "Sudan expels UN envoy", "Russia withdraws from grain deal"): forms a country's name is never a
// noun before (not "issues", "grants", "attacks", "arrests", "strikes", which name what happens there).
const HEADLINE_VERBS = 'suspends|agrees|accepts|approves|decides|detains|deports|allows|occupies|annexes|negotiates|brokers|mediates|withdraws|bans|restricts|recalls|evacuates|orders|summons|revokes|halts|freezes|lifts';
// Rule 8's wider agency: what a state decides, asks, says or does to others, in the past or after
// a modal ("Pakistan began expelling Afghans", "China made clear …", "Switzerland asked how …",
// "Japan will work with its partners", "Iran has stepped up deportations"); not verbs of what
// happens to a country or in it ("Syria suffered", "Yemen faces").
const STATE_MODAL = '(?:will|would|should|must|could|can|may|might|did)\\s+(?:not\\s+)?';
const STATE_AGENCY = 'asked|asks|ask|(?:began|begins|begin|begun)\\s+(?!(?:experiencing|suffering|sliding|facing|falling|collapsing|starving|recovering|receiving|losing)\\b)\\p{Ll}+ing|made\\s+clear|makes\\s+clear|make\\s+clear|stood\\s+(?:with|by|aside|firm)|showed|told|tells|tell|gave|gives|give|offered|offers|offer|tried|tries|try|stepped\\s+up|steps\\s+up|step\\s+up|drew\\s+attention|chairs|chaired|answered|replied|responded|responds|respond|ordered|declared|declares|declare|requested|requests|request|amended|amends|amend|enacted|closed|closes|close|reopened|expanded|reduced|cut|work|worked|push|pushed|insist|demand|refuse|agree|accept|support|sign|ratify|recogni[sz]e|deploy|withdraw|oppose|block|veto|press|urge|call\\s+on|called\\s+on|calls\\s+on|use|used|uses|kept|keeps|keep|chose|chooses|choose|continued\\s+to|continues\\s+to|continue\\s+to';
// Rule 8: a country doing what states do ("Russia and China have rejected", "China contests",
// "the US retreat", "China's approach", "the influence of China") acts as a state.
// A co-name's separator is a comma or a whole word "and"/"or" with spaces around it: with the
// spaces optional, "and"/"or" glued between capitalised words (a PDF that lost its spaces,
// "AorAorAor…") can be read as part of a name or as a separator in exponentially many ways.
const CO_NAMES = "(?:(?:\\s*,\\s*|\\s+(?:and|or)\\s+)(?:the\\s+)?[\\p{Lu}][\\p{L}'’-]*(?:\\s+[\\p{Lu}][\\p{L}'’-]*)*)*";
// After "is", "was", "were", "are" a past participle is the passive: the country is acted upon
// ("Ukraine was invaded", "Aid to Sudan was suspended"), not a state acting; "is party to",
// "was hosting" are still the state's.
// Rule 8's wider verbs whose participle is their past ("cut", "kept", "told") are passive after
// "was"/"were" too: "gas supplies from Armenia, which ran through …, were cut".
const NOT_PASSIVE = '(?!(?:also\\s+|long\\s+|repeatedly\\s+)?(?:[a-z]+ed|built|sought|withdrawn|said|sent|paid|stood|thought|seen|known|cut|kept|told|made|given|shown|chosen|begun)\\b)';
const STATE_ACTS_AFTER = new RegExp(`^(${CO_NAMES})(?:['’]s)?(?:,\\s*(?:which|who|whose)\\s[^,;.()]{1,100},|,\\s*${STATE_ASIDE}[^,;.()]{0,80},)?\\s+(?:(?:has|have|had|having)\\s+|(?:is|are|was|were)\\s+${NOT_PASSIVE}|${STATE_MODAL})?${STATE_ADVERB}(?:(?:does|did|do)\\s+not\\s+recogni[sz]e|${STATE_AGENCY}|walked\\s+out|said|says|stated|argued|maintained|recalled|reminded|dismissed|denounced|denounces|critici[sz]ed|critici[sz]es|welcomed|welcomes|agreed|accepted|approved|shielded|shields|courted|sent|sends|decided|issued|resisted|resists|resisting|demanded|demands|pressed|presses|called\\s+for|calls\\s+for|urged|urges|warned|proposed|proposes|objected|objects|condemned|condemns|denied|denies|accused|accuses|announced|announces|promised|negotiated|brokered|mediated|deployed|deploys|invaded|invades|occupied|annexed|attacked|bombed|shelled|arrested|detained|deported|evacuated|granted|allowed|suspended|${HEADLINE_VERBS}|brought|brings|objections|votes|delegation|ambassador|envoy|insistence|stance|refusal|rejected|rejects?|rejecting|vetoed|vetoes|vetoing|sought|seeks?|seeking|contests?|contested|contesting|avoids?|avoided|avoiding|blocked|blocks|blocking|opposed|opposes|opposing|pressured|pressures|pressuring|refused|refuses|refusing|insisted|insisting|withdrew|withdrawn|withdrawing|intervened|intervenes|intervening|abstained|abstaining|backed|backs|backing|supported|supports|supporting|continues to contribute|contributes?|contributed|contributing|signed|signs|ratified|ratifies|endorsed|endorses|designated|designates|championed|champions|established|establishes|launched|launches|threatened|threatens|adopted|adopts|pledged|funded|financed|sanctioned|${NOUN_VERB}|imposed|imposes|expelled|expels|hosts|hosted|hosting|acceded|accedes|(?:not\\s+)?(?:yet\\s+)?(?:a\\s+)?(?:state\\s+)?part(?:y|ies)\\s+to|recogni[sz]ed|recogni[sz]es|built|filed|retreat|approach|rivalry|government|administration|veto|policy|policies|position|foreign policy|arms sales|diplomacy)\\b`, 'u');
const SEA_OF_BEFORE = /\b(?:Gulf|Sea|Bay|Strait|Straits|Bight)\s+of\s+$/;
const OTHER_COUNTRY_BEFORE = /\b(?:New|Equatorial)\s+$/;
// Rule 36: "the Republic of the Congo" is not the DRC (whose long name claims its own span), nor
// are the basin, the river or its forest, which span several states ("the Congo Basin rainforest").
const notTheDrc = (name: string, text: string, start: number, end: number) =>
  /^the\s+Congo$/i.test(name) && (/\bRepublic\s+of\s+$/.test(text.slice(Math.max(0, start - 15), start)) || /^\s+(?:Basin|River|rain\s?forests?|forests?|estuary|watershed)\b/i.test(text.slice(end, end + 14)));
// Rule 43: a sea or a gulf named after a place ("the Gulf of Guinea", "the Gulf of Aden", "the Sea
// of Azov") is water, and a country's name inside another's ("Papua New Guinea", "Equatorial
// Guinea", "Guinea-Bissau") is that other country, which has no id here.
// So is a river named after a country ("the Jordan River", "the River Niger": it runs through
// several), and Georgia after one of the US state's cities ("Atlanta, Georgia": the Carter
// Center's and the CDC's seat), which is no country of the taxonomy.
const RIVER_BEFORE = /\bRiver\s+$/;
const RIVER_AFTER = /^\s+River\b/;
const US_GEORGIA_BEFORE = /\b(?:Atlanta|Savannah|Augusta|Macon|Athens|Columbus),\s*$/;
const waterOrOtherCountry = (text: string, start: number, end: number) =>
  SEA_OF_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || OTHER_COUNTRY_BEFORE.test(text.slice(Math.max(0, start - 14), start)) || /^-Bissau\b/.test(text.slice(end, end + 8)) ||
  RIVER_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || RIVER_AFTER.test(text.slice(end, end + 8)) ||
  (text.slice(start, end) === 'Georgia' && US_GEORGIA_BEFORE.test(text.slice(Math.max(0, start - 12), start)));

// Currencies named after a country or its people ("Syrian pounds", "US dollars", "the Zimbabwe
// dollar"), each with its plurals: one list for the three tests below, so a currency added is
// read the same way by each. Accents are optional ("bolívares", "bolivares").
interface Currency {
  one: string;
  many: readonly string[];
  /** a name no place's name before it ever stands for its country ("US dollars", "8 Zimbabwe dollars"): a currency, never the place */
  alwaysCurrency?: true;
}
const CURRENCIES: readonly Currency[] = [
  { one: 'dollar', many: ['dollars'], alwaysCurrency: true },
  { one: 'pound', many: ['pounds'] },
  { one: 'lira', many: ['liras'] },
  { one: 'shilling', many: ['shillings'] },
  { one: 'franc', many: ['francs'] },
  { one: 'rupee', many: ['rupees'] },
  { one: 'rial', many: ['rials'] },
  { one: 'riyal', many: ['riyals'] },
  { one: 'dinar', many: ['dinars'] },
  { one: 'naira', many: [] },
  { one: 'kyat', many: ['kyats'] },
  { one: 'taka', many: [] },
  { one: 'hryvnia', many: ['hryvnias'] },
  { one: 'ruble', many: ['rubles'] },
  { one: 'rouble', many: ['roubles'] },
  { one: 'afghani', many: ['afghanis'] },
  { one: 'birr', many: [] },
  { one: 'cedi', many: ['cedis'] },
  { one: 'kwacha', many: [] },
  { one: 'peso', many: ['pesos'] },
  { one: 'bolívar', many: ['bolívares', 'bolívars'] },
];
/** The forms given and their spellings without accents, once each, as alternatives of a pattern. */
const alternatives = (forms: readonly string[]) => [...new Set(forms.flatMap((f) => [f, withoutMarks(f)]))].map(escapeRegExp).join('|');
// Rule 43: a currency of one country paid in another ("salaries in northwest Syria are paid in
// Turkish lira") names no situation in the first: like rule 40's base, it counts only where the
// passage names no other country. "50,000 Syrian pounds" in a passage about Syria is Syria.
const CURRENCY_AFTER = new RegExp(String.raw`^\s+(?:${alternatives(CURRENCIES.filter((c) => !c.alwaysCurrency).flatMap((c) => [c.one, ...c.many]))})\b`);
// "US$100 million", "8 US dollars": a currency, not the country; "the Indian Ocean" is a sea,
// "the Indian subcontinent" no country.
const NEVER_THE_PLACE_AFTER = new RegExp(String.raw`^\s+(?:${alternatives(CURRENCIES.filter((c) => c.alwaysCurrency).flatMap((c) => [c.one, ...c.many]))}|Ocean|subcontinent)\b`);
// A currency's own fall is the country's event ("The Zimbabwe dollar collapsed in 2008").
const CURRENCY_EVENT_AFTER = new RegExp(String.raw`^\s+(?:${alternatives(CURRENCIES.map((c) => c.one))})(?:['’]s)?\s+(?:(?:had|has|was)\s+)?(?:collapsed?|collapses|devalued|devaluation|depreciated|depreciation|crashed|plummeted|plunged|inflation|hyperinflation|became\s+worthless)\b`);
/** A currency named after a place ("US dollars", "US$100"), or a sea or a subcontinent: no place, unless the currency's fall is the event. */
const currencyOrSea = (text: string, end: number) => text[end] === '$' || (NEVER_THE_PLACE_AFTER.test(text.slice(end, end + 14)) && !CURRENCY_EVENT_AFTER.test(text.slice(end, end + 50)));
/** Rule 43: a country's currency after its adjective ("paid in Turkish lira"), a base where another country is named. */
const paidInCurrency = (text: string, end: number) => CURRENCY_AFTER.test(text.slice(end, end + 14)) && !CURRENCY_EVENT_AFTER.test(text.slice(end, end + 50));
const PLACE_PREP_BEFORE = /\b(?:in|across|within|throughout|inside)\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)(?:ern)?\s+|rural\s+|urban\s+|eastern\s+|western\s+)?$/i;
// Rule 19: a state's organs act for it ("the Congolese army", "Myanmar's military authorities").
const STATE_ORGAN_AFTER = /^(?:['’]s)?\s+(?:(?:own|national|federal|transitional|interim|military|regular)\s+)?(?:state(?![\s-]+(?:of|party|parties|building|actors?|owned|run|led|controlled|affiliated|linked)\b)|army|armed\s+forces|authorities|police|security\s+forces|(?:security\s+|government\s+)?officials|diplomats|ministers?|ministry|defen[cs]e\s+forces?|forces|troops|units|junta|navy|air\s+force|soldiers|regime|armies|militaries|navies|checkpoints?|border\s+guards?|coast\s+guards?|gendarmerie|contingents?|representatives?(?!\s+of\b)|security\s+services|general\s+staff|officers|governors?|prefects|military(?=['’]s\b|\s*[.;:)]|\s+(?:has|have|had|is|was|were|will|would|should|must|could|can|may|also|then|still|now|itself|did|does|in|on|at|from|to|into|across|against|with|who|which|that|took|drove|seized|struck|shot|began|led|held|kept|sent|made|fought|came|ran|gave|retook|overran|told|said|says|controls|rules|commits|kills|detains|arrests|seizes|launches|shells|blocks|denies|[a-z]+ed)\b))\b/i;
// The state's means of force, after its adjective only ("Turkish drone strikes", "Russian aircraft"):
// after the country's name they say where the force fell ("the Yemen bombing campaign").
// "The Ethiopian and Eritrean armies", "South African, Tanzanian and Malawian troops": the first
// adjectives of a list share the organ after the last one, so each is its state acting.
const CO_ADJECTIVES = /^(?:(?:\s*,\s*|\s+and\s+)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?){1,4}(?=\s)/u;
/** The text after a state's name or adjective, past the other adjectives of a list it opens. */
const pastCoAdjectives = (after: string, adjective: boolean) => (adjective ? after.replace(CO_ADJECTIVES, '') : after);
// A state addressed by an order, a demand or a finding is the state whose conduct is at issue
// ("the Court ordered Azerbaijan to take all measures", "the Council urged Ethiopia and Eritrea to
// withdraw", "found Serbia responsible for failing to prevent"), as "pressure on Ethiopia" is.
const STATE_ADDRESSED_BEFORE = /\b(?:ordered|ordering|orders|urged|urging|urges|called\s+(?:on|upon)|calling\s+(?:on|upon)|calls\s+(?:on|upon)|asked|asking|pressed|pressing|requested|requesting|required|requiring|requires|invited|encouraged|compelled|forced|persuaded|found|finds)\s+(?:the\s+)?$/i;
const STATE_ADDRESSED_AFTER = new RegExp(`^${CO_NAMES}\\s+(?:to\\s+(?!(?:the|a|an|its|their|this|that)\\b)\\p{Ll}|(?:responsible|liable|guilty|in\\s+breach|in\\s+violation)\\b)`, 'u');
const STATE_FORCE_AFTER = /^\s+(?:aircraft|warplanes|jets|drones|(?:drone\s+|air\s+|missile\s+)?strikes?|airstrikes?|shelling|bombardment|bombing|artillery)\b/i;
// Rule 19 written the other way round: "the Government of South Sudan", "the armed forces of
// Mali", "the authorities of Burkina Faso" are the state's organs acting, as "the Congolese army" is.
// So are its envoys and ministers: "the Ambassador of Norway", "the Permanent Representative of
// Mexico", "the Foreign Minister of Qatar" speak and act for their state.
const STATE_ORGAN_BEFORE = /\b(?:(?:governments?|authorities|army|armed\s+forces|security\s+forces|defen[cs]e\s+forces|police|military|junta|regime|ambassadors?|(?:permanent\s+)?representatives?|(?:foreign\s+|prime\s+)?ministers?|ministry|embassy|delegations?|spokes(?:person|man|woman))\s+of|(?:troops|soldiers|contingents?|battalions?)\s+from)\s+(?:the\s+)?$/i;
// A state writes: "a letter from Uruguay", "Letter dated 2 March 2020 from Mozambique to the
// Secretary-General", "a note verbale from the Government of Ukraine" (a UN document's title
// says who wrote to whom).
const STATE_WRITES_BEFORE = /\b(?:letters?|notes?\s+verbales?|communications?|submissions?|memorand(?:um|a))\s+(?:dated\s+\d{1,2}\s+\p{L}+\s+\d{4}\s+)?from\s+(?:the\s+)?$/iu;
const STATE_ACTS_BEFORE = /\b(?:influence|interests|rivalry|pressure|diplomacy|veto|policy|policies|position|role|approach|engagement|support|retreat)\s+(?:of|from|by)\s+(?:the\s+)?$/i;
// Rule 8 for a state a relation of diplomacy is with or against ("a public confrontation with
// Riyadh", "any public rebuke of Naypyitaw", "lobbying by Addis Ababa", "talks with Ukraine",
// "pressure on Ethiopia"): the state as a party to it, acting or acted upon as a state.
const STATE_RELATION_BEFORE = /\b(?:confrontation|relations|talks|dialogue|negotiations|ties|quarrel|rebuke|lobbying|démarches?|demarches?|pressure|sanctions)\s+(?:with|of|by|on|against|from)\s+(?:the\s+)?$/i;
// What states do to others, said in the passive with the state as its agent ("al-Shabaab was
// designated by the United States", "sanctions imposed by the EU's members").
// Rule 26 said the same way: "salaries paid by the United States", "teams financed by their own
// capitals", "US-funded organisations" are a state in its funding role, a donor.
const FUNDED_BY_BEFORE = /\b(?<!\b(?:price|cost|toll|costs)\s+)(?:funded|financed|co-?financed|paid|bankrolled)\s+(?:(?:in\s+part|largely|mainly|partly|entirely|jointly|directly)\s+)?by\s+(?:the\s+)?$/i;
// "Paid" funds only what is paid for: salaries, programmes, aid, the costs of a response; not
// attention, a visit, a tribute, compensation, a ransom, taxes, dues or a price ("Little
// attention was paid by the United States", "Ransoms paid by France", "The dues paid by Norway").
const PAID_BY_BEFORE = /\bpaid\s+(?:(?:in\s+part|largely|mainly|partly|entirely|jointly|directly)\s+)?by\s+(?:the\s+)?$/i;
const PAID_FOR = /\b(?:salar(?:y|ies)|wages|stipends|allowances|incentives|programmes?|programs?|projects?|aid|assistance|operations?|costs?\s+of|bills?|fees|grants?|staff|personnel|teachers|health\s+workers|services|relief|response|food|shelter|vouchers|cash\s+transfers)\b/i;
const NOT_PAID_FOR = /\b(?:attention|visits?|tributes?|compensation|reparations?|ransoms?|tax(?:es)?|dues|price|homage|respects|lip\s+service|debts?|bribes?)\b/i;
// A state's own people or body after its name ("paid by Qatar's envoy", "Taxes paid by Somalia's
// traders") pay: only its government, ministries or aid agency fund as the state.
const OWNED_PAYER_AFTER = /^['’]s\s+(?!(?:(?:own|national|federal|foreign|development|humanitarian)\s+)?(?:government|ministry|ministries|treasury|embassy|aid|development\s+agency|aid\s+agency|foreign\s+office|donor)\b)\p{L}/iu;
// "US-funded organisations", "a UK-financed programme": a humanitarian or development body or
// work, not armed actors ("Iran-funded militias", "Russian-financed mercenaries").
const FUNDED_AFTER = /^-(?:funded|financed)\s+(?:(?!(?:militias?|mercenar(?:y|ies)|fighters|groups?|forces|troops|armed|rebels?|paramilitar(?:y|ies))\b)[\p{L}-]+\s+){0,2}?(?:programmes?|programs?|projects?|responses?|agenc(?:y|ies)|NGOs?|organi[sz]ations?|aid|assistance|clinics?|hospitals?|schools?|surveys?|stud(?:y|ies)|research|initiatives?|schemes?|partners?|operations|relief|services|centres?|centers?|networks?|activities|interventions?|grants?|trust\s+funds?|funds?|development)\b/iu;
/** Whether the words around a state name it as a funder of a passive ("salaries paid by the United States") or a hyphen ("US-funded organisations"), rule 26. */
function fundedBy(before: string, after: string): boolean {
  if (OWNED_PAYER_AFTER.test(after)) return false;
  if (FUNDED_AFTER.test(after)) return true;
  if (!FUNDED_BY_BEFORE.test(before)) return false;
  if (!PAID_BY_BEFORE.test(before)) return true;
  // the clause the payment is in, on both sides of the name ("paid by Norway for the programme")
  const clause = before.slice(before.search(/[^.;:]*$/)) + after.slice(0, after.search(/[.;:]|$/));
  return PAID_FOR.test(clause) && !NOT_PAID_FOR.test(clause);
}
const STATE_AGENT_BEFORE = /\b(?:co-hosted|co-chaired|co-sponsored|co-organi[sz]ed|designated|listed|sanctioned|imposed|signed|ratified|endorsed|sponsored|launched|adopted|brought|filed|deployed|recogni[sz]ed|expelled|championed|vetoed|blocked|opposed)\s+by\s+(?:the\s+)?$/i;
// Rule 31: a demonym that is one person's nationality ("a young Australian officer", "former
// Nigerian President Obasanjo", "Former Dutch officer"), not its state's forces or its people.
// An official of the state acting ("an Ethiopian official denied …") is the state: only one who
// was ("former Nigerian President") is a person.
const ONE_PERSON_BEFORE = /\b(?:[Aa]n?|[Oo]ne)\s+(?:(?:young|senior|junior|retired|former|local)\s+)?$/;
// One who writes or records ("the French author", "the Syrian poet") is one person after "the"
// too: no state writes poems. An officer or commander after "the" may be the state's forces
// acting, so those keep "a"/"an"/"one" (review17 b, 10).
const THE_BEFORE = /\b[Tt]he\s+(?:(?:young|senior|retired|former|late)\s+)?$/;
const WRITER_AFTER = /^\s+(?:author|writer|novelist|poet|photographer|filmmaker|translator|journalist)\b(?![-\p{L}])/u;
const FORMER_BEFORE = /\b(?:[Ff]ormer|[Rr]etired)\s+$/;
const PERSON_NOUNS = 'officer|soldier|national|citizen|journalist|author|writer|novelist|poet|photographer|filmmaker|translator|doctor|nurse|engineer|commander|worker|volunteer|colleague|general|colonel|major|captain|peacekeeper|contractor|researcher|academic|scholar|expert|consultant|lawyer|priest|pilot';
const ONE_PERSON_AFTER = new RegExp(`^\\s+(?:(?:aid|humanitarian|army|police|military|UN|NGO|staff)\\s+)?(?:${PERSON_NOUNS})\\b(?![-\\p{L}])`, 'u');
const FORMER_ROLE_AFTER = new RegExp(`^\\s+(?:(?:aid|humanitarian|army|police|military|UN|NGO|staff|foreign|defen[cs]e|interior|justice|finance)\\s+)?(?:${PERSON_NOUNS}|official|President|Prime\\s+Minister|[Mm]inister|ambassador|envoy|diplomat|judge|delegate)\\b(?![-\\p{L}])`, 'u');
// Rule 9's limit: a mission one person served with ("a former UNMISS officer", "the retired MONUSCO
// force commander") is a career, as a former officer's nationality is one person's (rule 31), not
// the mission at work: it implies no country. "A UNAMA official said …" still speaks for the mission.
const FORMER_MEMBER_AFTER = new RegExp(`^\\s+(?:(?:force|civilian|police|military|human\\s+rights|political|senior|chief|deputy)\\s+)?(?:${PERSON_NOUNS}|official|staff(?:\\s+member)?|staffer|employee|head|chief|spokesperson|adviser|advisor|director|member)s?\\b(?![-\\p{L}])`, 'u');
// A former member who reports what happened ("A former UNMISS officer said peacekeepers failed to
// protect civilians", "according to a former UNAMA official") speaks of the mission's country: only
// a sentence about the person (a career, a panel, a foreword) implies none.
const SPEECH = String.raw`(?:said|says|told|tells|reported|reports|recalled|recalls|recounted|recounts|described|describes|explained|explains|noted|notes|warned|warns|testified|stated|states|claimed|alleged|estimated|confirmed|admitted|acknowledged)`;
const MEMBER_REPORTS_AFTER = new RegExp(String.raw`^(?:\s*,[^,.;]{1,60},)?\s+(?:(?:also|later|privately|publicly)\s+)?${SPEECH}\b`, 'u');
const ACCORDING_BEFORE = /\b(?:[Aa]ccording\s+to|[Tt]old\s+by|[Aa]s\s+(?:one|a|an)\s+)\s*(?:an?\s+|one\s+|the\s+|two\s+|several\s+)?(?:former|retired)\s+$/;
/** Whether the former member of a mission at [start, end) reports what happened there. */
function memberReports(text: string, start: number, end: number): boolean {
  if (ACCORDING_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
  const person = FORMER_MEMBER_AFTER.exec(text.slice(end, end + 40));
  return person !== null && MEMBER_REPORTS_AFTER.test(text.slice(end + person[0].length, end + person[0].length + 90));
}
const formerMember = (text: string, start: number, end: number) => FORMER_BEFORE.test(text.slice(Math.max(0, start - 20), start)) && FORMER_MEMBER_AFTER.test(text.slice(end, end + 40)) && !memberReports(text, start, end);
/** Whether a demonym is one person's nationality (rule 31): "a young Australian officer", "former Nigerian President". */
function onePerson(before: string, after: string): boolean {
  return (ONE_PERSON_BEFORE.test(before.slice(-30)) && ONE_PERSON_AFTER.test(after)) || (THE_BEFORE.test(before.slice(-30)) && WRITER_AFTER.test(after)) || (FORMER_BEFORE.test(before.slice(-20)) && FORMER_ROLE_AFTER.test(after));
}
// A language: "teaching in French", "interviews in French and Swahili", "speaks Somali" — the
// word qualifies no noun after it.
// Rule 39: a demonym's plural ("Eritreans", "Somalis"), a people; where it is, right after it or before it.
const PEOPLE_PLURAL = /\p{Ll}(?:an|i)s$/u;
const PEOPLE_WHERE_AFTER = /^\s+(?:(?:living|sheltering|stranded|displaced|detained|trapped)\s+)?(?:in|of|inside)\s+(?:the\s+)?/;
const PEOPLE_DEFINITE_BEFORE = /\bthe\s+$/i;
const PEOPLE_REGION_BEFORE = /(\p{Lu}[\p{L}'’-]*)\s+$/u;
// "From Afar" inside a Title Case line ("Managing From Afar: Remote Programming") is the adverb:
// a region after a capitalised "From" in mid-line, not going on "to" another place.
const FROM_AFAR = /\S\s+From\s+Afar\b(?!\s+to\b)/;
// A region's single word after a short capitalised word that is no geographic word or small word
// of a heading is a person's name ("Interviews with Li Shan and Wang Wei").
const NAME_WORD_BEFORE = /(?:^|[^.!?:;\s]\s)(\p{Lu}\p{Ll}{0,3})\s$/u;
const GEOGRAPHIC_WORD = /^(?:Mt|Lake|Camp|Mount|Al|El|Ad|As|Ar|An|At|Ash|Az|Sub|Old|New|The|In|Of|On|To|And|For|From|Into|Near|With|Over|Both|All|East|West|Rural)$/;
function personsName(text: string, start: number, end: number): boolean {
  if (/^[\s-]*(?:State|Region|Province|District|Governorate|County|Hills|Plateau)\b/.test(text.slice(end, end + 12))) return false;
  const m = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  return m !== null && !GEOGRAPHIC_WORD.test(m[1]);
}
/** Whether a people's plural at [start, end) is named where it lives in another country's place (rule 39). */
function peopleAbroad(a: Alias, aliases: Alias[], text: string, start: number, end: number): boolean {
  if (PEOPLE_DEFINITE_BEFORE.test(text.slice(Math.max(0, start - 5), start))) return false;
  const other = (span: string) => findMentions(span, aliases).find((x) => x.facet === 'place');
  const where = PEOPLE_WHERE_AFTER.exec(text.slice(end, end + 40));
  if (where) {
    const next = other(text.slice(end + where[0].length, end + where[0].length + 60));
    if (next && next.start === 0 && next.id !== a.id) return true;
  }
  const region = PEOPLE_REGION_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  if (region) {
    const before = other(region[1]);
    if (before && before.id !== a.id && aliases.some((x) => x.id === before.id && x.notState && x.text.toLowerCase() === before.alias.toLowerCase())) return true;
  }
  return false;
}
const LANGUAGE_NOUN_AFTER = /^\s+languages?\b/i;
const LANGUAGE_BEFORE = /\b(?:in|into|from|speak|speaks|spoke|speaking|spoken|translated)\s+(?:\p{Lu}\p{L}+\s+(?:and|or)\s+)?$/u;
const LANGUAGE_AFTER = /^(?:\s+(?:and|or)\s+\p{Lu}\p{L}+)?(?:\s*[.;:)]|,(?!\s*\p{Lu})|\s+(?:(?:and|or)\s+)?(?:by|between|to|on|at|for|with|from|is|was)\b|\s*$)/u;
const NATIONAL_ORGANISATION_AFTER = /^(?:-led|-based)?\s+(?:(?:health|women's|human\s+rights|humanitarian|medical|legal|youth|community)\s+)?(?:NGOs?|non-governmental\s+organi[sz]ations?|civil\s+society|CSOs?|organi[sz]ations?)\b/i;
// Rule 26: a state that funds, in the taxonomy's words a donor government "in its funding role"
// ("Third states should fund …", "Japan remaining by far the largest contributor", "Saudi
// Arabia threatened to withdraw funding"): donors as well as member-states.
const STATE_FUNDS_AFTER = new RegExp(`^(${CO_NAMES})(?:['’]s)?(?:,?\\s+(?:which|who))?,?\\s+(?:(?:should|must|will|would|could|can|may|has|have|had|is|are|was|were)\\s+)?(?:also\\s+|not\\s+)?(?:fund|funded|funding|finance|financed|financing|pledged?|${NOUN_VERB}|(?:remains?|remaining|remained|is|was|became|becoming)\\s+(?:by\\s+far\\s+)?the\\s+(?:largest|biggest|main|leading|principal|single\\s+largest)\\s+(?:donor|contributor|funder)|(?:threatened|threatens|threatening|decided|chose)\\s+to\\s+(?:withdraw|cut|suspend|reduce|halt)\\s+(?:its\\s+|their\\s+)?(?:funding|funds|contributions|aid)|(?:withdrew|cut|suspended|reduced|halted|increased)\\s+(?:its\\s+|their\\s+)?(?:funding|funds|contributions|aid))\\b`, 'u');
// Rule 32: a state's aid named as its own ("Swedish humanitarian funding", "Japan's contribution",
// "Sweden will channel its support through …", "Norway has supported")
// is a donor in its funding role, the taxonomy's definition of donors (not the state acting
// otherwise: a donor's strategy is read as its funding, not as member-states). The aid is the
// state's after its adjective or possessive only: "Afghanistan funds held abroad" are its assets.
// Aid, funding and assistance only when they go somewhere ("Swedish funding to Somalia"): in the
// crisis literature "Afghan aid", "Yemen's humanitarian funding" are what a country receives, and
// "Afghan aid workers" are people; a contribution or a donation is given.
const OWN_AID_AFTER = /^(?:['’]s)?\s+(?:(?:own|humanitarian|development|bilateral|overall|annual|core|total)\s+){0,2}(?:contributions?|donations?|grants?\s+(?:to|from)|(?:aid|funding|funds|financing|assistance)\s+(?:to|through|via))\b/i;
const STATE_SUPPORTS_AFTER = /^\s+(?:will|has|have|had|would)\s+(?:also\s+|therefore\s+|continue\s+to\s+)*(?:channel(?:led)?\s+(?:[a-z]+\s+){0,3}?its|co-?financ(?:e|ed)|(?:double|doubled|maintain|maintained|increase|increased|concentrate|concentrated)\s+its\s+(?:humanitarian\s+|development\s+)?(?:contribution|funding|aid|support))\b/i;
// Rule 18: a coalition or an intervention a country leads or backs ("the Saudi-led coalition",
// "a US-backed offensive") is that state acting, as a member of a coalition of states.
const LEADS_COALITION = /^-(?:led|backed)\s+(?:military\s+|international\s+|Arab\s+)?(?:coalition|intervention|offensive|operation|forces|campaign|airstrikes|air strikes)\b/;
const MULTILATERAL = /\b(?:Council|UNSC|General Assembly|UNGA|debate|resolution|summit|conference|negotiations|members?)\b/;

// Whole names only: not inside a word, nor "UN" in "UN/OCHA-led" or "Sudan" in "Sudan-based"…
// checked outside the pattern, which stays small enough for V8 to compile (core/text.ts).
const NAME_CHAR = /[\p{L}\p{N}]/u;
const aliasBoundary = (before: string | undefined, after: string | undefined, next: string | undefined) =>
  !(before && (NAME_CHAR.test(before) || before === '/' || before === '-')) &&
  !(after && (NAME_CHAR.test(after) || (after === '/' && next !== undefined && /[A-Z]/.test(next)) || (after === '-' && next !== undefined && /\p{L}/u.test(next))));

/** An alias is matched case-sensitively when it is written as an acronym. */
export function isAcronym(alias: string): boolean {
  return (/^[A-Z0-9][A-Z0-9/&.-]*[A-Z0-9]s?$/.test(alias) && /[A-Z]{2}/.test(alias)) || /^[A-Z][a-z]+[A-Z]/.test(alias);
}

/**
 * Rule 16: a name or cue in the other spelling ("organisations" → "organizations", "behaviour" →
 * "behavior", "stabilization" → "stabilisation"), so that a text in either spelling matches. The
 * rules are core/nlp/spelling.ts's, the ones query understanding uses. An acronym keeps its letters.
 */
export function spellingVariants(text: string): string[] {
  return isAcronym(text) ? [] : phraseSpellings(text);
}

/**
 * Rule 17: a people named in the plural is the place too ("Afghans", "Israelis", "Sri Lankans"),
 * as its demonym is: the plural of a place's name ending in -an or -i, written as a word. Names
 * of countries that end so ("Sudan", "Mali") get a plural no text writes, which matches nothing;
 * "-stan" names are left alone.
 */
export function demonymPlural(alias: string): string | undefined {
  return /^\p{Lu}[\p{L}'’ -]*\p{Ll}(?:an|i)$/u.test(alias) && !/stan$/.test(alias) && !isAcronym(alias) ? `${alias}s` : undefined;
}

/**
 * A people's plural (rule 17 for `peoples`): a demonym's ("Tigrayans"), or any people's name with
 * an "s" ("Hazaras", "Bosniaks", "Chechens", "Tamils"), which a country's name never takes.
 */
export function peoplePlural(people: string): string | undefined {
  return demonymPlural(people) ?? (/^\p{Lu}[\p{L}'’-]*\p{Ll}$/u.test(people) && !/s$/.test(people) ? `${people}s` : undefined);
}

/** What an alias says beyond its entry's name (rules 9, 11, 21, 22): set only where true. */
type AliasRole = Partial<Pick<Alias, 'implied' | 'titleOnly' | 'notState' | 'city' | 'proper' | 'adjective' | 'group' | 'stateOnly' | 'peoples'>>;

/** A place's alias that is its adjective, not a name: not its label, ending as demonyms do ("-ese", "-ish", "-ian", "-an", "-i"), no "-stan". */
const isAdjective = (alias: string, label: string) => alias !== label && /\p{Ll}(?:an|ese|ish|i|ic|ch|ss)$/u.test(alias) && !/stan$/.test(alias) && !isAcronym(alias);

/**
 * A name and its other spelling (rule 16), and the name without its accents ("Cote d'Ivoire",
 * "Petion-Ville", "Medecins Sans Frontieres": texts and keyboards drop them), less the forms an
 * entry lists itself.
 */
const withVariants = (name: string, listed: ReadonlySet<string> = new Set()) => {
  const forms = [name, ...spellingVariants(name)];
  const plain = withoutMarks(name);
  if (plain !== name) forms.push(plain);
  return forms.filter((v, i) => i === 0 || (!listed.has(v.toLowerCase()) && forms.indexOf(v) === i));
};

export function compileAliases(tax: Taxonomy): Alias[] {
  const out: Alias[] = [];
  const add = (facet: TagFacetName, id: string, raw: string, role: AliasRole = {}) => {
    const weak = raw.startsWith('~');
    const text = weak ? raw.slice(1) : raw;
    // A space and a hyphen are one: "non state armed groups", "Timor Leste", "Secretary General".
    // In a place's name a straight and a curly apostrophe are one: "Cox's Bazar" is "Cox’s Bazar",
    // "Sana'a" "Sana’a", "Côte d'Ivoire" "Côte d’Ivoire" (actors' names list both where they need to).
    const words = text.trim().split(/[\s-]+/).map(escapeRegExp).join('[\\s-]+');
    const pattern = facet === 'place' ? words.replace(/['’]/g, "['’]") : words;
    const flags = isAcronym(text) ? 'g' : 'gi';
    // the probe of a place stops at an apostrophe, which the text may write either way
    const first = text.toLowerCase().split(/[\s-]+/)[0];
    const probe = facet === 'place' ? first.split(/['’]/)[0] : first;
    const wordProbe = /^[a-z0-9]+$/.test(probe);
    const gate = wordProbe ? undefined : gateWord(probe);
    const literal = literalCue(text, flags === 'g');
    out.push({ facet, id, text, weak, probe, wordProbe, needs: wordsNeeded(text, probe), ...(gate ? { anyOf: [[gate]] } : {}), ...(literal ? { literal } : {}), re: new RegExp(pattern, flags + 'u'), ...role });
  };
  // every facet tagged by mentions (core/facets.ts): its entries' names, acronyms, missions, titles,
  // each in the other spelling too (rule 16), unless the taxonomy lists that itself
  for (const f of facetsTaggedBy('mentions')) {
    const entries = tax[f.list] as MentionEntry[];
    for (const e of entries) {
      const names = [...(f.labelIsName ? [e.label] : []), ...e.aliases, ...Object.keys(e.acronyms)];
      const listed = new Set(names.map((n) => n.toLowerCase()));
      const plurals = f.name === 'place' ? names.map(demonymPlural).filter((x): x is string => x !== undefined && !listed.has(x.toLowerCase())) : [];
      for (const alias of [...names, ...plurals]) for (const form of withVariants(alias, listed)) add(f.name, e.id, form, f.name === 'place' && isAdjective(alias, e.label) ? { adjective: true } : {});
      // Rule 21: regions, cities and peoples name the place, a people in the plural too (rule 17);
      // capitals name the state, and are cities (rule 22).
      const fresh = (xs: string[]) => xs.filter((x, i, all) => all.indexOf(x) === i && !listed.has(x.toLowerCase()));
      // A capitalised one is a proper name (rule 29): "Karma", "Shire", not "karma", "shire".
      const proper = (x: string) => (UPPER_INITIAL.test(x) ? { proper: true } : {});
      for (const capital of fresh(e.capitals)) for (const form of withVariants(capital)) add(f.name, e.id, form, { city: true, ...proper(form) });
      for (const region of fresh(e.regions)) for (const form of withVariants(region)) add(f.name, e.id, form, { notState: true, ...proper(form) });
      const peoples = fresh([...e.peoples, ...e.peoples.map(peoplePlural).filter((x): x is string => x !== undefined)]);
      // a people's plural is a people as a demonym's is, named abroad too (rule 39: "Tamils in Canada")
      const plural = new Set(e.peoples.map(peoplePlural));
      for (const people of peoples) for (const form of withVariants(people)) add(f.name, e.id, form, { notState: true, ...proper(form), ...(plural.has(people) ? { peoples: true } : {}) });
      for (const mission of e.missions) add(f.name, e.id, mission, { implied: true });
      // Rule 34: a group claims no words either: the armed-groups actor shares its name.
      for (const group of e.groups) for (const form of withVariants(group)) add(f.name, e.id, form, { implied: true, group: true, notState: true });
      for (const name of e.inTitles) for (const form of withVariants(name)) add(f.name, e.id, form, { titleOnly: true });
      // Rule 44: states the places list lacks are read as its countries are, by the place rules
      // that find a state acting; only their member-states mention is kept.
      for (const name of e.states) for (const form of withVariants(name)) add('place', e.id, form, { stateOnly: true, proper: true });
    }
  }
  withElliptic(out);
  // Longest first, so a longer alias claims its span before a shorter one inside it.
  return out.sort((a, b) => b.text.length - a.text.length);
}

/**
 * Rule 15's forms: "armed forces or groups" names armed groups because "forces" ends an actor's
 * name too (armed forces), so the sentence lists two names sharing "armed". Only for actors
 * (places: "South Africa and Sudan" is no South Sudan), only for common-noun names (a proper
 * name is not split: "Security forces and council officials" is no Security Council), and only
 * where the word put between is itself the end of an actor's name ("permanent residents and
 * members" is no permanent members, "proxy wars and forces" no proxy forces).
 */
function withElliptic(aliases: Alias[]): void {
  const words = (text: string) => text.trim().split(/[\s-]+/);
  const commonNoun = (text: string) => words(text).every((w) => isAcronym(w) || w === w.toLowerCase());
  const heads = new Set(aliases.filter((a) => a.facet === 'actor' && words(a.text).length > 1 && commonNoun(a.text)).map((a) => words(a.text).at(-1)!.toLowerCase()));
  if (!heads.size) return;
  const head = [...heads].sort().map(escapeRegExp).join('|');
  for (const a of aliases) {
    const parts = words(a.text).map(escapeRegExp);
    if (a.facet !== 'actor' || parts.length < 2 || isAcronym(a.text) || !commonNoun(a.text)) continue;
    // "armed forces or groups" (the head written once, after the first name), and "host and
    // donor governments" (the modifier's partner before the shared head).
    // Made when a passage first asks for it: each of the 420 holds every head (~1,500
    // characters), and making them all is ~65 ms of every tagger's construction (a file
    // worker's start), where a build asks for few of them.
    const source = `${parts.slice(0, -1).join('[\\s-]+')}[\\s-]+(?:${head})\\s+(?:and|or)\\s+${parts[parts.length - 1]}|${parts.slice(0, -1).join('[\\s-]+')}\\s+(?:and|or)\\s+[\\p{Ll}-]+\\s+${parts[parts.length - 1]}`;
    let made: RegExp | undefined;
    a.elliptic = () => (made ??= new RegExp(source, 'giu'));
    const end = ellipticEnd(words(a.text).at(-1)!);
    if (end !== undefined) a.ellipticEnd = end;
  }
}

// Rule 12: "Holder v. Humanitarian Law Project", "Bosnia v Serbia" (not "Metcalfe-Hough, V. (2020)").
// "R (on the application of CAAT) v Secretary of State": a bracket may follow the first party;
// "Part v The …" is a numbered part, not a case.
const CASE_NAME = /(?<![\p{L}\p{N}])(?!(?:Part|Chapter|Section|Article|Annex|Appendix|Volume|Vol|Book|Table|Figure|Box)\s)\p{Lu}[\p{L}'’.-]*(?:\s+\([^()]{1,80}\))?\s+v\.?\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*/gu;

// A word of a name may join others with a slash: "RCs/HCs", "USG/ERC".
const NAME_WORD = "[\\p{Lu}][\\p{L}'’.-]*(?:/[\\p{Lu}][\\p{L}'’.-]*)*";
const NAME = `${NAME_WORD}(?:\\s+(?:of\\s+the\\s+|of\\s+|the\\s+|and\\s+the\\s+)?${NAME_WORD}){0,6}`;
const EXAMPLE_MARKER = /\b(?:such as|including|e\.g\.|for example|for instance|like)\s*,?\s*$/i;

/**
 * Spans of enumerations that give examples: four or more names ("Syria, Yemen, South Sudan,
 * Myanmar"), or three or more opened by "such as", "including", "e.g." … or closed by "and
 * elsewhere". Shorter lists, and a single named example, count as what the sentence is about.
 */
// Compiled once, and run as compiled (allMatches, not matchAll's copy: core/text.ts).
const LIST = new RegExp(`${NAME}(?:\\s*,\\s*${NAME})*\\s*,?\\s+(?:and|or)\\s+(?:${NAME}|elsewhere|others)|${NAME}(?:\\s*,\\s*${NAME})+`, 'gu');

function enumerations(text: string, plain: boolean): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of allMatches(plain ? asciiForm(LIST) : LIST, text)) {
    const parts = m[0].split(/\s*,\s*|\s+(?:and|or)\s+/).filter(Boolean);
    const open = /(elsewhere|others)$/.test(m[0]);
    const names = parts.length - (open ? 1 : 0);
    const marked = EXAMPLE_MARKER.test(text.slice(Math.max(0, m.index! - 25), m.index!)) || open;
    if (names >= 4 || (marked && names >= 2 && (names >= 3 || open))) spans.push([m.index!, m.index! + m[0].length]);
  }
  return spans;
}

// Rule 34: a group in a list of examples of groups, "groups such as al-Shabaab, the Taliban and
// Hamas", "like the Houthis or HTS": the items may open in lower case or with "the", which the
// list pattern of capitalised names does not see. One group after "such as" is where the
// sentence happens ("areas held by groups such as al-Shabaab"): two names at least.
const GROUP_EXAMPLE_BEFORE = /\b(?:such\s+as|like|including|e\.g\.,?|for\s+example,?|for\s+instance,?)\s+((?:(?:the\s+)?[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]*){0,4}\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+))*)(?:the\s+)?$/u;
// A group its country's demonym qualifies ("the Pakistani Taliban") is that country's branch:
// the demonym names it, the group's own place is not implied.
const QUALIFIED_GROUP_BEFORE = /\b\p{Lu}\p{Ll}+(?:i|an|ese)\s+(?:the\s+)?$/u;
const NEXT_ITEM = /^(?:\s*,\s*|\s+(?:and|or)\s+)(?!(?:which|who|whose|where|that|when|while|but|in|at|on|as)\b)(?:the\s+)?[\p{L}'’-]/u;
function groupExample(text: string, start: number, end: number): boolean {
  const m = GROUP_EXAMPLE_BEFORE.exec(text.slice(Math.max(0, start - 120), start));
  return m !== null && (m[1] !== '' || NEXT_ITEM.test(text.slice(end, end + 20)));
}

const SUBJECT_VERB = /^\s*(?:\([^)]*\)\s*)?(?:and\s+\S+\s+)?(should|must|will|would|could|can|may|has|have|had|is|are|was|were|needs?|needed|led|leads|took|takes|made|makes|plays?|played|launched|established|issued|requested|called|remains?|continues?|sought|seeks?|argued|noted|stated|tasked|provides?|provided|deployed|adopted)\b/i;

// Between dashes as between commas: "Some donors — for example Norway and Sweden — fund flexibly".
const ASIDE_NAMES = new RegExp(`(?:,|[–—])\\s*(?:such as|e\\.g\\.,?|for example,?|for instance,?|like)\\s+(?:the\\s+)?${NAME}(?:(?:\\s*,\\s*|\\s+(?:and|or)\\s+)(?:the\\s+)?${NAME})*\\s*(?=[,;)]|\\s[–—-]\\s|[–—])`, 'gu');
// ", e.g. Somalia and Mali." ends its sentence as an aside: "e.g.", "for example" and "for instance"
// only ("such as Canada." may be what the sentence is about).
const ASIDE_NAMES_END = new RegExp(`,\\s*(?:e\\.g\\.,?|for example,?|for instance,?)\\s+(?:the\\s+)?${NAME}(?:(?:\\s*,\\s*|\\s+(?:and|or)\\s+)(?:the\\s+)?${NAME})*\\s*(?=\\.(?:\\s|$)|$)`, 'gu');

// The aside may open later in the bracket: "(a model later copied elsewhere, e.g. in Yemen and Afghanistan)".
// "(cf. Colombia)" points to another case as an example does.
// It starts at its "e.g.": what the bracket says before it ("(most of them in Sudan, including
// in Darfur)") is no example.
const EXAMPLE_BRACKET = /\(([^()]*?[\s,;–—-])?(?:e\.g\.|eg|cf\.|for example|for instance|such as|including|like)[,:]?\s[^()]*\)/giu;

/**
 * Parenthetical asides of examples (rule 4): "(e.g. Afghanistan, Ethiopia)", "(such as Chad)",
 * or names between commas after "such as", "e.g.", "for example": "middle powers, such as
 * Canada, in influencing". "such as in Nigeria" names where something happens, not an example
 * of a kind of thing, and is not an aside.
 */
function exampleAsides(text: string, plain: boolean): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of allMatches(plain ? asciiForm(EXAMPLE_BRACKET) : EXAMPLE_BRACKET, text)) spans.push([m[1] === undefined ? m.index! : m.index! + 1 + m[1].length, m.index! + m[0].length]);
  for (const m of allMatches(plain ? asciiForm(ASIDE_NAMES) : ASIDE_NAMES, text)) spans.push([m.index!, m.index! + m[0].length]);
  for (const m of allMatches(plain ? asciiForm(ASIDE_NAMES_END) : ASIDE_NAMES_END, text)) spans.push([m.index!, m.index! + m[0].length]);
  return spans;
}

const FORUM_BEFORE = /\b(?:statement|report|briefing|remarks|address|speech|submission|testimony|letter|presentation)\s+to\s+(?:the\s+)?$/i;
const DATED_AFTER = /^\s*(?:\([^()]*\)\s*)?,\s*(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},\s+)?(?:19|20)\d{2}\b/;

/** A citation's date: a year, or a work not dated yet or at all ("(OCHA, n.d.)", "(UNHCR, forthcoming)"). */
const CITED_DATE = String.raw`(?:\b(?:19|20)\d{2}[a-z]?\b|\bn\.\s?d\.|\bforthcoming\b|\bundated\b)`;
const CITATION = new RegExp(String.raw`\((?:[^()]|\([^()]*\))*?${CITED_DATE}(?:[^()]|\([^()]*\))*?\)`, 'g');
const CITED_AFTER = new RegExp(String.raw`^\s*\(${CITED_DATE}\)`);

/** Parenthesised citations: a bracket holding a date, "(Slim, 2004)", "(HPG interviews, 2020; UN, 2014)", "(OCHA, n.d.)". */
function citations(text: string): [number, number][] {
  return allMatches(CITATION, text).map((m) => [m.index!, m.index! + m[0].length]);
}

/** Short bracketed asides, "(UNSG)", "(HCs, RCs)", blanked so that the names around them read as one list. */
const blankAsides = (text: string) => text.replace(/\((?:[A-Z][A-Za-z/.-]*(?:,\s*)?)+\)/g, (m) => ' '.repeat(m.length));

// "the community" of humanitarians or donors is not a community of affected people.
// Rule 33: the sides of a war named together ("both sides agreed", "urged both parties", "both
// governments denied") are its parties, and a war has a state among them: member-states.
const SIDES = /^(?:both|the\s+two)\s+(?:sides|parties)$/i;
const NOT_LOCAL = /\b(?:humanitarian|international|donor|diplomatic|protection|human rights|research|policy|academic)\s+$/i;

/** Lower-cased text whose letters and digits are all ASCII (see wordSet). */
const PLAIN = /^[\s!-@[-~\u2013\u2014\u2018\u2019\u201c\u201d]*$/;

/** The words of a lower-cased text, split where the alias boundary is (not a letter or digit). */
export function wordSet(lower: string): Set<string> {
  // Most text is printable ASCII, spaces and typographic quotes and dashes: no letter or digit
  // outside a-z and 0-9 (lower case), so the same split needs no Unicode classes.
  return PLAIN.test(lower) ? asciiWordSet(lower) : new Set(lower.split(/[^\p{L}\p{N}]+/u));
}

/** wordSet of a lower-cased text known to be plain (PLAIN). */
const asciiWordSet = (lower: string): Set<string> => new Set(lower.split(/[^a-z0-9]+/));

/**
 * The whole ASCII words of a pattern's literal text, lower-cased, but its probe: a match standing
 * as a whole name (bounded by what is no letter or digit, as aliases and cues are) holds each of
 * them as one of the text's words (wordSet), so a text lacking one cannot match. Most candidates
 * found by their first word ("united", "office", "human") lack a later one, and their pattern,
 * run over the whole passage, was the tagger's largest cost. Non-ASCII words are left out: the
 * patterns' case-insensitive matching and toLowerCase need not agree on them.
 */
export function wordsNeeded(literal: string, probe: string): string[] {
  return [...new Set(literal.toLowerCase().split(/[^\p{L}\p{N}]+/u))].filter((w) => w !== probe && /^[a-z0-9]+$/.test(w));
}

/**
 * The first run of letters and digits of a pattern's literal text, lower-cased, if it is ASCII:
 * a match standing as a whole name holds it as one of the text's words (wordSet), whatever
 * punctuation joins it to the rest ("under-secretary", "lord's"), so a text without it cannot
 * match. Lets a probe that is no whole word be looked up before it is searched for.
 */
export function gateWord(literal: string): string | undefined {
  const run = /[\p{L}\p{N}]+/u.exec(literal.toLowerCase())?.[0];
  return run && /^[a-z0-9]+$/.test(run) ? run : undefined;
}

/**
 * The text lower-cased and its words: what the probes of aliases and cues are looked up in; and
 * whether it is plain (core/text.ts isPlain), so that patterns run in their faster ASCII form.
 * One view of a passage for every index that asks: its words' numbers in the indexes' shared
 * vocabulary (probe-words.ts) are found by the first that asks, and kept here for the others.
 */
export interface Probed {
  lower: string;
  words: Set<string>;
  plain: boolean;
  /** the words' numbers in the probe vocabulary, once an index has asked (ProbeIndex.candidates) */
  known?: WordIds;
}

export const probed = (text: string): Probed => {
  const lower = text.toLowerCase();
  const plain = isPlain(text);
  // A plain text lower-cased is plain in wordSet's sense too (lower-casing keeps white space,
  // ASCII and the typographic marks among them): its words are split without testing it again.
  return { lower, words: plain ? asciiWordSet(lower) : wordSet(lower), plain };
};

/** A probe index's patterns of one scanned probe, searched for once for all of them. */
interface Scanned {
  probe: string;
  /** whether the probe could be in a plain text (core/text.ts isPlain) */
  plain: boolean;
  /** the patterns, by index */
  patterns: number[];
}

/**
 * Patterns with a probe (aliases, the tagger's cues) by probe: the ones whose probe a text holds,
 * found from the text's words (a hundred or so) rather than by asking each of hundreds of
 * probes, and given in the patterns' own order (longest first, which decides overlaps).
 */
export class ProbeIndex {
  /** per word of the shared vocabulary (probe-words.ts), by its number: the patterns found by it */
  private readonly byWord: (number[] | undefined)[] = [];
  /**
   * probes that are no whole word (looked for as substrings), and patterns without a probe
   * (always tried), in groups that share their gate words (anyOf, by number): a passage asks each
   * group's gate once, not once per pattern (a hundred patterns, a score of gates: "un's",
   * "women's", "victims'" …), and each distinct probe of a group once ("un's" is the probe of
   * several aliases). `plain` of a group: whether one of its probes could be in a plain text.
   * Most such probes are names with accents ("côte", "tillabéri", "şanlıurfa"), which no plain
   * text holds.
   */
  private readonly scanned: { anyOf: readonly (readonly number[])[]; plain: boolean; probes: Scanned[] }[] = [];
  /**
   * per pattern, the words it needs besides the one it is found by (by number): a word pattern's
   * probe and wordsNeeded but its key, a scanned pattern's wordsNeeded
   */
  private readonly needs: (readonly number[])[];

  constructor(patterns: readonly { probe: string; wordProbe: boolean; needs?: readonly string[]; anyOf?: readonly (readonly string[])[] }[]) {
    const groups = new Map<string, { anyOf: readonly (readonly number[])[]; plain: boolean; probes: Map<string, Scanned> }>();
    this.needs = patterns.map((p) => (p.needs ?? []).map(probeWordId));
    patterns.forEach(({ probe, wordProbe, needs = [], anyOf = [] }, i) => {
      if (wordProbe) {
        // A pattern is found by the longest of its words, not by its first: the text must hold
        // them all, and a long word is rarer than a short one ("rights", not "un" or "human"),
        // so fewer patterns are found to be turned down by their other words.
        const all = [probe, ...needs];
        const key = all.reduce((a, b) => (b.length > a.length ? b : a));
        const id = probeWordId(key);
        (this.byWord[id] ??= []).push(i);
        this.needs[i] = all.filter((w) => w !== key).map(probeWordId);
        return;
      }
      const key = JSON.stringify(anyOf);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { anyOf: anyOf.map((set) => set.map(probeWordId)), plain: false, probes: new Map() }));
      const plain = isPlain(probe);
      group.plain ||= plain;
      let same = group.probes.get(probe);
      if (!same) group.probes.set(probe, (same = { probe, plain, patterns: [] }));
      same.patterns.push(i);
    });
    this.scanned = [...groups.values()].map((g) => ({ anyOf: g.anyOf, plain: g.plain, probes: [...g.probes.values()] }));
  }

  /** Whether the passage marked (probe-words.ts) holds every other word pattern `i` needs. */
  private holds(i: number): boolean {
    const needs = this.needs[i];
    for (let k = 0; k < needs.length; k++) if (!held(needs[k])) return false;
    return true;
  }

  /**
   * Indexes of the patterns whose probe and needed words the text holds, in ascending order;
   * `plain`: the text is (isPlain), unless told otherwise.
   */
  candidates(text: Probed, plain = text.plain): number[] {
    if (!text.known || !current(text.known)) text.known = wordIds(text.words);
    const known = text.known;
    mark(known);
    const out: number[] = [];
    for (let w = 0; w < known.ids.length; w++) {
      const found = this.byWord[known.ids[w]];
      if (found !== undefined) for (let k = 0; k < found.length; k++) if (this.holds(found[k])) out.push(found[k]);
    }
    // the words first: a mark read is cheaper than a search of the text
    for (let g = 0; g < this.scanned.length; g++) {
      const group = this.scanned[g];
      if ((plain && !group.plain) || !gatesOpen(group.anyOf)) continue;
      const probes = group.probes;
      for (let k = 0; k < probes.length; k++) {
        const { probe, plain: inPlain, patterns } = probes[k];
        if ((inPlain || !plain) && text.lower.includes(probe)) for (let j = 0; j < patterns.length; j++) if (this.holds(patterns[j])) out.push(patterns[j]);
      }
    }
    // ascending: the words' patterns come in the text's order, the scanned ones after them
    return out.length > 1 ? out.sort(ascending) : out;
  }
}

const ascending = (x: number, y: number) => x - y;

/** Whether the passage marked holds one word of each set (a ProbeIndex group's gates), without a closure per set and per passage. */
function gatesOpen(anyOf: readonly (readonly number[])[]): boolean {
  for (let s = 0; s < anyOf.length; s++) {
    const set = anyOf[s];
    let open = false;
    for (let k = 0; k < set.length && !open; k++) open = held(set[k]);
    if (!open) return false;
  }
  return true;
}

const indexes = new WeakMap<readonly Alias[], ProbeIndex>();
const probedIndex = (aliases: readonly Alias[]): ProbeIndex => {
  let index = indexes.get(aliases);
  if (!index) {
    index = new ProbeIndex(aliases);
    indexes.set(aliases, index);
  }
  return index;
};

/**
 * Mentions in a passage, or (`inTitle`) in the title of a cited work, where rule 11 applies
 * too. The tagger passes the text's `probed()` form, which its cues look up too.
 */
export function findMentions(text: string, aliases: Alias[], inTitle = false, view: Probed = probed(text)): Mention[] {
  const { lower, words, plain } = view;
  const form = (re: RegExp) => (plain ? asciiForm(re) : re);
  // Most passages name few aliases: the spans below are found only once a match needs them.
  let cited: [number, number][] | undefined;
  let lists: [number, number][] | undefined;
  let asides: [number, number][] | undefined;
  let namesTalk: [number, number][] | undefined;
  let affiliations: [number, number][] | undefined;
  const within = (spans: [number, number][], start: number, end: number) => spans.some(([s, e]) => start >= s && end <= e);
  const inList = (start: number, end: number) => within((lists ??= enumerations(blankAsides(text), plain)), start, end);
  // Rule 4: a parenthetical aside of examples ("(e.g. Afghanistan, Ethiopia)", ", such as Canada,").
  const inExampleAside = (start: number, end: number) => within((asides ??= exampleAsides(text, plain)), start, end);
  // Rule 35: an author's or a speaker's affiliation, thanks or biography, looked for only in a
  // passage holding one of their words.
  let thanks: boolean | undefined;
  const hasThanks = () => (thanks ??= THANKS_WORDS.some((w) => words.has(w)));
  const inAffiliation = (start: number, end: number) =>
    (AUTHOR_WORDS.some((w) => words.has(w)) || hasThanks() || BIOGRAPHY_WORDS.some((w) => words.has(w)) || DISCLAIMER_WORDS.some((w) => lower.includes(w))) && within((affiliations ??= affiliationSentences(text, hasThanks())), start, end);
  // Rule 34: a group in a cited title, after another country's demonym, among examples of groups,
  // in a list, or an acronym defined as another name, implies no place.
  const groupImpliesNoPlace = (a: Alias, start: number, end: number) =>
    inTitle || QUALIFIED_GROUP_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || groupExample(text, start, end) || inList(start, end) || definedAsOther(a, aliases, text, start, end);
  const quotedForName = (start: number, end: number) => within((namesTalk ??= namesTalkSentences(text)), start, end);
  const taken: [number, number, string][] = [];
  const mentions: Mention[] = [];
  const venues = VENUE_WORDS.some((w) => words.has(w));
  // Rule 36's test, once a text rather than once for each place it may name (it was ~4 % of
  // tagging); the letters it needs are ASCII, so the lower-case text must hold them.
  let interPrefix: boolean | undefined;
  const hasInterPrefix = () => (interPrefix ??= (lower.includes('inter-') || lower.includes('intra-')) && INTER_PREFIX.test(text));
  for (const i of probedIndex(aliases).candidates(view)) {
    const a = aliases[i];
    if (a.titleOnly && !inTitle) continue;
    for (const m of aliasMatches(a, text, form, hasInterPrefix, plain ? lower : undefined)) {
      const start = m.index;
      const end = start + m[0].length;
      // Rule 29: a region, city or people is a proper name: written in lower case it is a word
      // ("karma", "the shire", "for the sake of"), not the place.
      if (a.proper && !UPPER_INITIAL.test(m[0])) continue;
      // Rule 29 where a sentence's capital hides the case: a one-word name that is an English
      // noun, opening a sentence with "of" after it, is the noun ("Sake of clarity, …"; Sake
      // in North Kivu is no noun's phrase) (review17 b, 10).
      if (a.proper && SENTENCE_START_BEFORE.test(text.slice(Math.max(0, start - 3), start)) && /^\s+of\b/.test(text.slice(end, end + 4)) && /^\p{L}+$/u.test(m[0]) && isEnglishWord(m[0].toLowerCase())) continue;
      // Rule 29 in a Title Case heading or a person's name: "Managing From Afar" is the idiom,
      // "Li Shan" a person (a region's one word after a name's capitalised word, not a
      // geographic one: "Mount Sinjar", "Upper Nile").
      if (a.proper && a.notState && !a.peoples && (FROM_AFAR.test(text.slice(Math.max(0, start - 10), end + 4)) || personsName(text, start, end))) continue;
      // Rule 24: a mission's full name, "the UN Mission in South Sudan", names the mission, which
      // works there: the country is implied as by the mission's acronym (rule 9), not a name's word.
      // Rule 37: in a cited title the mission is the work's subject, whatever the verb.
      const inMission = !a.implied && a.facet === 'place' && MISSION_IN_BEFORE.test(text.slice(Math.max(0, start - 20), start)) && (inTitle || (!form(MISSION_OBJECT_BEFORE).test(text.slice(Math.max(0, start - 120), start)) && MISSION_ACTS_AFTER.test(text.slice(end, end + 100))));
      if (!a.implied) {
        // Rule 27: a name listed under two actors names both ("national NGOs" are NGOs and
        // local actors, by both definitions): the same span again is no clash.
        const clashes = taken.filter(([s, e, id]) => start < e && end > s && !(s === start && e === end && id !== a.id));
        // A government ("Government of Ethiopia", "UK government") still names its country.
        if (clashes.some((c) => !(a.facet === 'place' && c[2] === 'member-states'))) continue;
        taken.push([start, end, a.id]);
        // Rule 27 for a name: a country's or a people's own organisation that no taxonomy entry
        // knows ("Sudan Doctors' Union", "Burmese Rohingya Organisation", "Afghan Women's
        // Network") is a civil society organisation of that country: an NGO and a local actor.
        if (a.facet === 'place' && !inMission && !a.city && !isBranch(text, start, end)) {
          const civil = form(CIVIL_NAME_AFTER).exec(text.slice(end, end + 60));
          if (civil && !findMentions(civil[0], aliases).some((x) => x.facet === 'actor' && !x.civil)) {
            for (const id of ['ngos', 'local-actors']) mentions.push({ facet: 'actor', id, alias: m[0] + civil[0], start, end: end + civil[0].length, weight: 1, civil: true });
            // the country is a word of the name (rule 3)
            continue;
          }
        }
        // Rule 38: a town's hospital or airport is in the town.
        const facility = (a.city === true || a.notState === true) && FACILITY_AFTER.test(text.slice(end, end + 12));
        if (a.facet === 'place' && !inMission && !facility && placeInName(text, start, end, form, aliases)) continue;
      }
      // The body a dated statement or report was made to, in a quotation's source line ("—
      // Head of the Mechanism, statement to the Human Rights Council, September 2022"), is its
      // forum: the quotation says nothing of it.
      if (a.facet === 'actor' && FORUM_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && DATED_AFTER.test(text.slice(end, end + 60))) continue;
      // A source cited in brackets, or by name and year ("see OHCHR (2015b)"), is not a mention.
      if ((cited ??= citations(text)).some(([s, e]) => start > s && end < e)) continue;
      if (CITED_AFTER.test(text.slice(end, end + 16))) continue;
      if (a.facet === 'place') {
        if (inExampleAside(start, end) || inAffiliation(start, end) || notTheDrc(m[0], text, start, end) || currencyOrSea(text, end) || waterOrOtherCountry(text, start, end) || inPostalAddress(text, start, end)) continue;
        // Rule 22: a meeting's or an interview's venue ("a summit in Kigali", "interviews were conducted in Amman, Beirut and Kampala").
        if (venues && venueBefore(text.slice(Math.max(0, start - 200), start), a.city === true || a.notState === true) && !fieldworkWithPeople(text, start, end)) continue;
        if (venues && interviewNotePlace(text, start, end)) continue;
        if (a.city && cityNamesNoSituation(text, start, end)) continue;
        if ((a.city || a.notState) && headquartersList(text, start, end)) continue;
        if (a.group && groupImpliesNoPlace(a, start, end)) continue;
        // Rule 23: missions quoted for their names imply no place.
        if ((a.implied || inMission) && quotedForName(start, end)) continue;
        if (a.implied && !a.group && formerMember(text, start, end)) continue;
        const before = text.slice(Math.max(0, start - 80), start);
        // Rules 7 and 8: a state in a multilateral body, or doing what states do, is a member state acting.
        const inBody = (STATE_ROLE_BEFORE.test(before) && MULTILATERAL.test(before)) || form(STATE_ROLE_AFTER).test(text.slice(end, end + 60));
        const state = !a.implied && !inMission && !a.notState;
        // A country after a place's preposition ("In Afghanistan, the Taliban launched …", "in
        // northern Mozambique") is where the sentence happens, not the subject of the verb after it
        // ("in China's approach" is still China's).
        const subject = !PLACE_PREP_BEFORE.test(before.slice(-20)) || /^['’]s\b/.test(text.slice(end, end + 3));
        const funds = state && subject && statePhrase(form(STATE_FUNDS_AFTER).exec(text.slice(end, end + 100)), aliases);
        const ownAid = state && ((OWN_AID_AFTER.test(text.slice(end, end + 50)) && (a.adjective === true || /^['’]s\b/.test(text.slice(end, end + 3)))) || (subject && STATE_SUPPORTS_AFTER.test(text.slice(end, end + 80))) || fundedBy(before, text.slice(end, end + 60)));
        const acting = state && (inBody || (subject && statePhrase(actsAs(form(STATE_ACTS_AFTER).exec(text.slice(end, end + 80)), funds || ownAid), aliases)) || (!funds && !ownAid && (STATE_ORGAN_AFTER.test(pastCoAdjectives(text.slice(end, end + 80), a.adjective === true).slice(0, 40)) || (a.adjective === true && STATE_FORCE_AFTER.test(pastCoAdjectives(text.slice(end, end + 80), true).slice(0, 40))) || (STATE_ADDRESSED_BEFORE.test(before.slice(-40)) && form(STATE_ADDRESSED_AFTER).test(text.slice(end, end + 80))) || STATE_ORGAN_BEFORE.test(before.slice(-40)) || STATE_WRITES_BEFORE.test(before.slice(-60)) || STATE_ACTS_BEFORE.test(before.slice(-40)) || STATE_RELATION_BEFORE.test(before.slice(-40)) || STATE_AGENT_BEFORE.test(before.slice(-40)) || LEADS_COALITION.test((/-(?:led|backed)$/.exec(m[0])?.[0] ?? '') + text.slice(end, end + 40)))));
        if (acting) mentions.push({ facet: 'actor', id: 'member-states', alias: m[0], start, end, weight: 1 });
        // Rule 27: a country's own NGOs and civil society ("a Somali NGO", "Rohingya-led
        // organisations") are national organisations, the local actors of its definition.
        const national = NATIONAL_ORGANISATION_AFTER.exec(text.slice(end, end + 50));
        if (national) {
          mentions.push({ facet: 'actor', id: 'local-actors', alias: m[0], start, end, weight: 1 });
          // A country's own organisations are national NGOs, NGOs as well (D2); not its civil
          // society at large, nor a people's own ("Rohingya-led organisations"): local actors.
          if (!/^-led|civil/i.test(national[0])) mentions.push({ facet: 'actor', id: 'ngos', alias: m[0], start, end, weight: 1 });
        }
        if (funds) mentions.push({ facet: 'actor', id: 'donors', alias: m[0], start, end, weight: 1 });
        else if (ownAid) mentions.push({ facet: 'actor', id: 'donors', alias: m[0], start, end, weight: 1 });
        // Rule 31: a demonym names its country for the state, its forces and its people, not for
        // one person's nationality or a language (D8).
        // Rule 39: a people in another country's place.
        if (((!a.notState && PEOPLE_PLURAL.test(a.text)) || a.peoples === true) && peopleAbroad(a, aliases, text, start, end)) continue;
        // Rule 31 for any people's name: "the Tamil language", "Russian language schools" name a language.
        if (LANGUAGE_NOUN_AFTER.test(text.slice(end, end + 12))) continue;
        if (a.adjective && !acting && (onePerson(before, text.slice(end, end + 60)) || (LANGUAGE_BEFORE.test(before.slice(-40)) && LANGUAGE_AFTER.test(text.slice(end, end + 30))))) continue;
        if (a.stateOnly) continue;
      }
      if (a.id === 'local-actors' && a.weak && NOT_LOCAL.test(text.slice(Math.max(0, start - 30), start))) continue;
      // Rule 48: bare courts among a state's services ("roads, police stations, courts and prefectures").
      if (a.id === 'courts-and-mechanisms' && BARE_COURTS.test(m[0]) && courtsAsServices(text, start, end)) continue;
      // Rule 33: "both sides of the line", "practitioners on both sides" say where, not who.
      if (a.id === 'member-states' && SIDES.test(m[0]) && (/^\s+of\b/.test(text.slice(end, end + 4)) || /\bon\s+$/i.test(text.slice(Math.max(0, start - 4), start)))) continue;
      const listed = a.facet === 'actor' && inList(start, end);
      const before = text.slice(Math.max(0, start - 3), start);
      const opens = start === 0 || /[.!?:;]\s*$|^\s*[•–-]\s*$/.test(before) || /^\s*$/.test(text.slice(0, start));
      const weight = a.weak ? weakWeight(listed, opens, text.slice(end, end + 60), text.slice(Math.max(0, start - 60), start), text.slice(end, end + 120), /s$/i.test(m[0]), a.id === 'local-actors') : listed ? 0.3 : opens || SUBJECT_VERB.test(text.slice(end, end + 40)) ? 1.5 : 1;
      const base = a.facet === 'place' && (((a.city === true || a.notState === true) && BASED_BEFORE.test(text.slice(Math.max(0, start - 40), start))) || (a.adjective === true && paidInCurrency(text, end)));
      mentions.push({ facet: a.facet, id: a.id, alias: m[0], start, end, weight, ...(a.weak ? { generic: true as const } : {}), ...(a.group && a.facet === 'place' ? { group: true as const } : {}), ...(base ? { base: true as const } : {}) });
      if (a.id === 'member-states' && !listed && statePhrase(form(STATE_FUNDS_AFTER).exec(text.slice(end, end + 100)), aliases)) mentions.push({ facet: 'actor', id: 'donors', alias: m[0], start, end, weight: 1 });
    }
  }
  // Rule 12: the lower-case "v" or "v." between two capitalised names; most texts hold no "v".
  if (words.has('v')) for (const m of allMatches(CASE_NAME, text)) if (!(cited ??= citations(text)).some(([s, e]) => m.index! > s && m.index! < e)) mentions.push({ facet: 'actor', id: 'courts-and-mechanisms', alias: m[0], start: m.index!, end: m.index! + m[0].length, weight: 1 });
  // Rule 20: a resolution by its number alone is the Council's; not in a cited title, whose author it is.
  if (!inTitle && (words.has('resolution') || words.has('resolutions'))) mentions.push(...councilResolutions(text, mentions));
  // Rule 49: a state's veto is cast in the Security Council.
  if (!inTitle && lower.includes('veto')) mentions.push(...councilVetoes(text, mentions));
  if (ORGAN_WORDS.some((w) => words.has(w))) mentions.push(...genericStateOrgans(text, mentions));
  // Rule 50: an institution's capitalised short name ("the Movement", "this Assembly").
  if (!inTitle && (words.has('movement') || words.has('assembly'))) mentions.push(...shortNames(text, mentions));
  return listedActors(withoutOtherCouncils(withoutOthersMissions(withoutGroupsElsewhere(withoutBasesAbroad(governmentalWords(governingGroups(mentions, text), text)), text), text)).sort((x, y) => x.start - y.start), text);
}

// Rule 47: an armed group named as the government it has become ("the Taliban's Ministry of
// Economy", "a Taliban delegation", "Houthi officials", "since the Taliban returned to power") is a
// government holding power without recognition, which the labelling rules make member-states (D1),
// not a non-state armed actor: the phrase names its state organs, not its fighters. Only that
// mention changes: "the Taliban" fighting elsewhere in the passage is still the group. "The
// Houthi (de facto) authorities" keep the group too, as the D1 test in tagger.test.ts decided
// (the group named by its own name): "authorities" is also what a group is called where it
// controls ground without a state's offices.
// Only the groups that hold a government do (GOVERNING_GROUPS): a "FARC delegation" at peace
// talks or "Al-Shabaab officials" at a checkpoint are the armed group (review17 finding 4).
const GOVERNS_AFTER_GROUP = /^(?:['’]s)?\s+(?:(?:interim|caretaker)\s+)?(?:government|administration|ministry|ministries|ministers?|officials|delegation|delegations|regime|cabinet|governors?)\b|^\s+(?:(?:had|has|have)\s+)?(?:(?:returned|returning|return)\s+to|took|taking|seized|seizing|came\s+to|coming\s+to)\s+power\b/i;
// Armed groups that run a state's offices: the Taliban (Afghanistan, since August 2021), the
// Houthis / Ansar Allah (Sana'a and the north of Yemen, since 2014-15), Hamas (Gaza, 2007-).
const GOVERNING_GROUPS = /^(?:(?:the\s+)?taliban|houthis?|ansar\s+allah|hamas)$/i;
function governingGroups(mentions: Mention[], text: string): Mention[] {
  return mentions.map((m) => (m.facet === 'actor' && m.id === 'armed-groups' && !m.generic && GOVERNING_GROUPS.test(m.alias) && GOVERNS_AFTER_GROUP.test(text.slice(m.end, m.end + 40)) ? { ...m, id: 'member-states' } : m));
}

// Rule 48: bare "courts" or "tribunals" listed beside a state's services ("roads, police stations,
// courts and prefectures", "faster than the police, the courts or the land agency", "not the
// courts, clinics, roads or credit") are the state's presence a territory lacks or gains, not the
// taxonomy's "national courts in litigation": no mention. A court named ("the Supreme Court held")
// or bare courts trying a case are still one.
const BARE_COURTS = /^(?:courts?|tribunals?)$/i;
const STATE_SERVICE = '(?:police(?:\\s+(?:stations?|posts?))?|roads|schools|clinics|hospitals|prisons|prefectures|prefects|town\\s+halls|health\\s+(?:posts|centres|centers|services)|land\\s+agency|credit|civil\\s+servants|customs(?:\\s+officers)?|water\\s+points|markets)';
const SERVICE_BEFORE = new RegExp(`\\b${STATE_SERVICE}\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)(?:the\\s+)?$`, 'i');
const SERVICE_AFTER = new RegExp(`^\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)(?:the\\s+)?${STATE_SERVICE}\\b`, 'i');
function courtsAsServices(text: string, start: number, end: number): boolean {
  return SERVICE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || SERVICE_AFTER.test(text.slice(end, end + 40));
}

// Rule 49: a veto cast in the Security Council ("Russia and China vetoed an extension", "Another
// Russian veto", "used its veto in the Council") is the Council acting: the passage says what it
// did. Only the five permanent members hold one there, so the verb needs one of them named right
// before it and a thing the Council votes on after it (a draft, a resolution, a renewal); a
// state's other vetoes are not the Council's ("Israel vetoed the entry of fuel trucks", "Sudan
// vetoed the deployment", "the President vetoed the bill"), nor a veto of speech ("gave each
// capital a veto over air strikes", "a joint veto over the pooled fund"): a "joint", "another"
// or "repeated" veto needs a permanent member named in the passage (review17 finding 5).
const VETO_VERB = /\bveto(?:ed|es|ing)?\b/gi;
const P5_VETO = /\b(?:Russian|Chinese|American|French|British|Soviet|(?:Russia|China|Moscow|Beijing|Washington|France|Britain)['’]s)\s+vetoe?s?\b/gi;
const VETO_NOUN = /\b(?:joint|double|another|successive|repeated)\s+vetoe?s?\b/gi;
const VETO_IN_COUNCIL = /\bveto(?:es)?\s+(?:in|at)\s+the\s+(?:Security\s+)?Council\b/gi;
/** The five permanent members, as the taxonomy's places. */
const PERMANENT_MEMBERS = new Set(['CHN', 'FRA', 'GBR', 'RUS', 'USA']);
/** What the Council votes on, named after "vetoed" ("the draft", "an extension of the mechanism", "a resolution on aid"). */
const COUNCIL_ITEM_AFTER = /^[^.;]{0,50}?\b(?:drafts?|resolutions?|renewal|extension|referral|mandate|text|ceasefire\s+(?:call|proposal|demand)s?)\b/i;
/** A state's own bills and laws. */
const BILL_AFTER = /^[^.;]{0,30}?\b(?:bills?|laws?|legislation|budget|act)\b/i;
function councilVetoes(text: string, mentions: Mention[]): Mention[] {
  if (mentions.some((m) => m.id === 'un-security-council')) return [];
  const permanent = mentions.filter((m) => m.facet === 'place' && PERMANENT_MEMBERS.has(m.id));
  const memberBefore = (at: number) => permanent.some((m) => m.end <= at && at - m.end <= 25 && /^(?:\s+(?:and|or)\s+[\p{Lu}][\p{L}\s]{0,20}?|\s*)(?:\s+(?:has|have|had|again|jointly|twice))*\s*$/u.test(text.slice(m.end, at)));
  const votedOn = (end: number) => COUNCIL_ITEM_AFTER.test(text.slice(end, end + 80)) && !BILL_AFTER.test(text.slice(end, end + 40));
  const out: Mention[] = [];
  const found = [
    ...allMatches(P5_VETO, text),
    ...allMatches(VETO_IN_COUNCIL, text),
    ...(permanent.length ? allMatches(VETO_NOUN, text) : []),
    ...allMatches(VETO_VERB, text).filter((v) => /^veto(?:ed|ing)$/i.test(v[0]) && memberBefore(v.index!) && votedOn(v.index! + v[0].length)),
  ];
  for (const m of found) {
    out.push({ facet: 'actor', id: 'un-security-council', alias: m[0], start: m.index!, end: m.index! + m[0].length, weight: 1 });
  }
  return out.slice(0, 1);
}

// Rule 50: an institution named again by the capitalised short name its own texts use: "the
// Movement" is the Red Cross and Red Crescent Movement (its definition: "the ICRC, national
// societies, the Movement"), "the Assembly" / "this Assembly" the General Assembly ("The Assembly
// and its resolutions"). Case matters: "the movement of goods", "freedom of assembly" are words.
// Not another body's name ("the Movement for Democratic Change", "the Assembly of States
// Parties", the short name of a liberation movement the passage names); the Assembly only where
// the passage is about the UN (a national assembly is a parliament's).
const SHORT_NAMES: readonly { re: RegExp; id: string; other: RegExp; needs?: RegExp }[] = [
  { re: /\b[Tt]he\s+Movement\b(?![-\s]+(?:for|of|to|in)\b)/g, id: 'red-cross-movement', other: /\b(?!The\b)\p{Lu}[\p{L}'’]+\s+Movement\b/u },
  {
    re: /\b(?:[Tt]he|[Tt]his)\s+Assembly\b(?!\s+(?:of|for)\b)/g,
    id: 'un-general-assembly',
    other: /\b(?:National|Constituent|Legislative|Parliamentary|People['’]s|Provincial|Regional|State|Federal|World\s+Health)\s+Assembly\b/u,
    needs: /\b(?:UN|United\s+Nations|Council|resolutions?|Secretary-General|[Mm]ember\s+[Ss]tates|General\s+Assembly|Mr\.?\s+President|Madam\s+President)\b/,
  },
];
function shortNames(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const { re, id, other, needs } of SHORT_NAMES) {
    if (mentions.some((m) => m.facet === 'actor' && m.id === id) || other.test(text) || (needs && !needs.test(text))) continue;
    const m = allMatches(re, text)[0];
    if (m) out.push({ facet: 'actor', id, alias: m[0], start: m.index!, end: m.index! + m[0].length, weight: 1 });
  }
  return out;
}

// Rule 40: "based in", "a support / regional / liaison / country office in".
const BASED_BEFORE = /\b(?:(?:were|was|are|is|been|remained|remain|stayed)\s+(?:\p{L}+\s+)?based|(?:support|regional|liaison|coordination|country)\s+(?:offices?|hubs?|delegations?))\s+in\s+$/iu;
/** Mentions without a town where staff are based in another country than every other place the passage names (rule 40). */
function withoutBasesAbroad(mentions: Mention[]): Mention[] {
  if (!mentions.some((m) => m.base)) return mentions;
  const places = mentions.filter((m) => m.facet === 'place');
  return mentions.filter((m) => !m.base || !places.some((p) => p.id !== m.id) || places.some((p) => p !== m && p.id === m.id));
}

// Rule 34's limits. An acronym a passage defines by another name, "Reporters Without Borders
// (RSF)", "the Australian Defence Force (ADF)", is that name's, not the group's.
const DEFINED_BEFORE = /(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|the|and|de|du|des|sans|\p{Lu}[\p{L}'’-]*)){0,8})\s*\($/u;
function definedAsOther(a: Alias, aliases: Alias[], text: string, start: number, end: number): boolean {
  if (!isAcronym(a.text) || text[end] !== ')') return false;
  const def = DEFINED_BEFORE.exec(text.slice(Math.max(0, start - 100), start));
  if (!def) return false;
  const name = def[1].toLowerCase();
  return !aliases.some((x) => x.group && x.id === a.id && !isAcronym(x.text) && name.includes(x.text.toLowerCase()));
}

// A sentence that says where its events happen in another country ("Boko Haram attacks in
// Cameroon's Far North", "ISKP claimed an attack in Peshawar", "Mozambique's al-Shabaab", "a
// faction in the Russian Civil War") places the group there: its war is not only where the
// taxonomy puts it. Not a state acting ("Kenya's troops fought al-Shabaab"): that says who.
const WHERE_BEFORE = /\b(?:in|into|across|throughout|within|inside|near|to)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?$/i;
// Groups named together ("the Taliban, al-Shabaab, and the Houthis", "Unlike the Taliban,
// Hamas …", "the Taliban and al-Shabaab") are a list of groups: no one country is implied,
// unless every one of them is that country's ("the M23 and the FDLR").
const GROUP_SEPARATOR = /^(?:\s*,\s*(?:(?:and|or|nor)\s+)?|\s+(?:and|or|nor)\s+)(?:the\s+)?$/;
const SENTENCE_END = /[.!?]\s+(?=[\p{Lu}\d"“'‘(])/gu;
function withoutGroupsElsewhere(mentions: Mention[], text: string): Mention[] {
  const groups = mentions.filter((m) => m.group);
  if (!groups.length) return mentions;
  const bounds = [0, ...allMatches(SENTENCE_END, text).map((m) => m.index! + 1), text.length];
  const sentenceOf = (i: number) => bounds.findIndex((b, k) => k > 0 && i < b);
  const acting = (m: Mention) => mentions.some((x) => x.facet === 'actor' && (x.id === 'member-states' || x.id === 'donors') && x.start === m.start && x.end === m.end);
  const elsewhere = (g: Mention) => mentions.some((p) => p.facet === 'place' && !p.group && p.id !== g.id && sentenceOf(p.start) === sentenceOf(g.start) && !acting(p) &&
    (WHERE_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start)) || /^['’]s\s+\p{Lu}/u.test(text.slice(p.end, p.end + 6)) || (p.end < g.start && /^['’]s\s+(?:the\s+)?$/.test(text.slice(p.end, g.start)))));
  const adjacent = (x: Mention, y: Mention) => (x.end <= y.start && GROUP_SEPARATOR.test(text.slice(x.end, y.start))) || (y.end <= x.start && GROUP_SEPARATOR.test(text.slice(y.end, x.start)));
  const otherGroup = (g: Mention) => mentions.some((n) => n.start !== g.start && adjacent(g, n) && ((n.facet === 'place' && n.group && n.id !== g.id) || (n.facet === 'actor' && n.id === 'armed-groups' && !n.generic && /\p{Lu}/u.test(n.alias) && !mentions.some((o) => o.group && o.start === n.start && o.id === g.id))));
  return mentions.filter((m) => !m.group || !(elsewhere(m) || otherGroup(m)));
}

// Rule 28: a state's organs named by a common noun ("the army", "the authorities", "the junta",
// "de facto officials", "the Ministry of Health", "government forces") are the state acting,
// whichever state the passage is about: member-states when the passage names a country (or a
// region of one), whose state they are. Without one they weigh as a generic word (0.5), which a
// passage after one that named the state by name may still resolve (context.ts, rule 3).
// "The military" is the organ only as a noun (the subject of a verb, a possessive, before a
// comma, "and" or a preposition: "fighting between the Arakan Army and the military in Rakhine"),
// not the adjective of "the military component". An organ "of" somewhere is
// rule 19's to read ("the authorities of Darfur" are no state's).
const ORGAN_WORDS = ['government', 'authorities', 'authority', 'army', 'military', 'police', 'junta', 'regime', 'forces', 'ministry', 'officials', 'official', 'administration'];
// Found by the organ's own word, then read around it: one pattern of many alternatives run
// over the whole passage cost a tenth of the tagger's time.
const ORGAN_HEAD = new RegExp(`\\b(?:${ORGAN_WORDS.join('|')})\\b`, 'gi');
const DETERMINED = String.raw`\b(?:the|its|their|whose)\s+(?:(?:own|national|federal|central|transitional|interim|de\s+facto|military|host|ruling|regular)\s+)?`;
const DEFINITE = new RegExp(`${DETERMINED}$`, 'i');
const ARMED_OR_SECURITY = new RegExp(String.raw`${DETERMINED}(?:armed|security)\s+$`, 'i');
// "Security forces" with no determiner are the state's too ("Security forces fired on protesters",
// "abuses by security forces"), opening a sentence or after a preposition or conjunction; not
// another's ("private security forces", "UN security forces", "international security forces").
const BARE_SECURITY = /(?:^|[.;:!?]\s+|\b(?:by|of|from|with|against|and|or|between|to|that|as|when|where|while|whom|among)\s+)(?:(?:state|government|national)\s+)?security\s+$/i;
const MILITARY_AS_NOUN = /^(?:['’]s\b|\s*[,.;:)]|\s+(?:has|have|had|is|was|were|will|would|should|must|could|can|may|and|or|also|then|still|now|itself|did|does|in|on|at|from|to|into|across|against|with|who|which|that|took|drove|seized|struck|shot|began|led|held|kept|sent|made|fought|came|ran|gave|retook|overran|told|said|says|controls|rules|[a-z]+ed)\b)/i;
// A state's military prosecutors and courts are its armed forces' own justice, an organ of the
// state as much as the justice mechanism ("Military prosecutors in Colombia never pursued the
// case", "the operational military court in Goma"); civilian ones ("German prosecutors") stay the
// mechanism only, and so does an international one ("the International Military Tribunal").
const MILITARY_JUSTICE_AFTER = /^\s+(?:prosecutors?(?:['’]s?\s+office)?|prosecution|courts?|tribunals?|justice(?:\s+system)?|judges?|magistrates?)\b/i;
const BY_THE = /\bby\s+the\s+$/i;
const AUTHORITY_OF = /\b(?:national|state|government|federal)\s+$/i;
// Sub-national governments are states' organs too (D1): "local authorities", "provincial authorities".
const LOCAL_AUTHORITIES = /\b(?:local|provincial|district|municipal|regional|state|national|federal|military|security|civilian)\s+$/i;
const OFFICIALS_OF = /\b(?:government|state|local|district|provincial|de\s+facto|military|security)\s+$/i;
const DE_FACTO = /\bde\s+facto\s+$/i;
const GOVERNMENT_ORGAN_AFTER = /^\s+(?:forces|troops|soldiers|officials|authorities|decision|ministers?|ministries)\b/i;
const MINISTRY_OF = /^\s+of\s+(?:the\s+)?\p{L}+/u;
const MINISTRY_BEFORE = /\bthe\s+(?:health|interior|defen[cs]e|foreign|justice|finance)\s+$/i;
const OF_AFTER = /^\s+of\b/;

/** Where bare "security forces" start, the organ word at s (BARE_SECURITY), or undefined. */
function bareSecurity(before: string, s: number): number | undefined {
  const m = BARE_SECURITY.exec(before);
  return m ? s - (before.length - m.index - m[0].search(/(?:state|government|national|security)\s/i)) : undefined;
}

/** The span [start, end) of a state's organ around the organ word at [s, e) (rule 28), or undefined. */
function organSpan(text: string, s: number, e: number, head: string): [number, number] | undefined {
  const before = text.slice(Math.max(0, s - 40), s);
  const after = text.slice(e, e + 40);
  const from = (re: RegExp) => {
    const m = re.exec(before);
    return m ? s - (before.length - m.index) : undefined;
  };
  const word = head.toLowerCase();
  let start: number | undefined;
  let end = e;
  if (word === 'forces') start = from(ARMED_OR_SECURITY) ?? bareSecurity(before, s);
  else if (word === 'military' && MILITARY_JUSTICE_AFTER.test(after) && !/\binternational\s+$/i.test(before)) [start, end] = [s, e + MILITARY_JUSTICE_AFTER.exec(after)![0].length];
  else if (word === 'military') start = MILITARY_AS_NOUN.test(after) ? from(DEFINITE) : BY_THE.test(before) ? s - 4 : undefined;
  else if (word === 'authority') start = /^\s+to\b/.test(after) ? undefined : from(AUTHORITY_OF);
  else if (word === 'authorities' && LOCAL_AUTHORITIES.test(before)) start = from(LOCAL_AUTHORITIES);
  else if (word === 'official' || word === 'officials') start = from(OFFICIALS_OF);
  else if (word === 'administration') start = from(DE_FACTO);
  else if (word === 'ministry') {
    const of = MINISTRY_OF.exec(after);
    if (of && /^M/.test(head)) [start, end] = [s, e + of[0].length];
    else start = from(MINISTRY_BEFORE);
  } else {
    start = from(DEFINITE) ?? (word === 'authorities' || word === 'government' ? from(DE_FACTO) : undefined);
    if (start === undefined && word === 'government') {
      const organ = GOVERNMENT_ORGAN_AFTER.exec(after);
      if (organ) [start, end] = [s, e + organ[0].length];
    }
  }
  if (start === undefined || OF_AFTER.test(text.slice(end, end + 5))) return undefined;
  return [start, end];
}

// Bare "security forces" are a UN mission's, not the host state's, only where a phrase gives them
// to it: "Security forces provided by MONUSCO", "security forces deployed in Bor by UN
// peacekeepers", "security forces from the mission" ("UN security forces", "the mission's security
// forces" are no bare forces and never reach here). A mission merely in the sentence, as the forces'
// object or victim ("Security forces fired on a UN convoy", "attacked peacekeepers"), as the source
// ("…, the UN said") or as the Security Council ("The UN Security Council condemned abuses by
// security forces") leaves them the state's; so does "With security forces stretched thin, UNMISS
// withdrew", which says nothing of whose they are.
const BARE_SECURITY_FORCES = /^security\s+forces$/i;
const GIVEN_BY = /^\s+(?:(?:provided|deployed|contributed|supplied|sent|lent|seconded|fielded|commanded|led)(?:\s+[^\s.;:,()]+){0,3}?\s+by|of|from|belonging\s+to|under\s+(?:the\s+)?command\s+of)\s+(?:the\s+)?/i;
const MISSION_OWNER = /^(?:UN|United\s+Nations|peacekeep(?:ers?|ing)|blue\s+helmets|(?:the\s+)?mission)\b(?!\s+Security\s+Council)/i;
/** Whether a phrase after the bare security forces ending at `end` gives them to a UN mission or peacekeepers. */
function missionsForces(text: string, end: number, mentions: readonly Mention[]): boolean {
  const given = GIVEN_BY.exec(text.slice(end, end + 60));
  if (!given) return false;
  const at = end + given[0].length;
  return MISSION_OWNER.test(text.slice(at, at + 40)) || mentions.some((m) => m.facet === 'actor' && m.id === 'un-peace-operations' && m.start === at);
}

/** Rule 28: member-states named by a common noun for one of its organs, in full where the passage names a country. */
function genericStateOrgans(text: string, mentions: readonly Mention[]): Mention[] {
  const country = mentions.some((m) => m.facet === 'place');
  const out: Mention[] = [];
  for (const m of allMatches(ORGAN_HEAD, text)) {
    const span = organSpan(text, m.index, m.index + m[0].length, m[0]);
    if (!span) continue;
    const [start, end] = span;
    // One organ once ("government officials"), and not within a name already found ("the Government of Ethiopia", "host state armed forces").
    if (out.some((x) => x.start < end && x.end > start) || mentions.some((x) => x.facet === 'actor' && x.start <= start && x.end >= end)) continue;
    if (BARE_SECURITY_FORCES.test(text.slice(start, end)) && missionsForces(text, end, mentions)) continue;
    out.push({ facet: 'actor', id: 'member-states', alias: text.slice(start, end), start, end, weight: country ? 1 : 0.5, ...(country ? {} : { generic: true as const }) });
  }
  return out;
}

/** Organisations that are called a council ("Norwegian Refugee Council") but sit as none: no antecedent of "the Council". */
const NOT_COUNCILS = new Set(['ngos', 'local-actors']);

/**
 * Rule 25: "the Council" is the council last named before it. After "the Human Rights Council's
 * fact-finding mission …", "reports to the Council" is the Human Rights Council's, not the
 * Security Council's: a Security Council named by "the Council" alone, with another body's
 * council named before it and no Security Council, is that other council.
 */
function withoutOtherCouncils(mentions: Mention[]): Mention[] {
  const bare = (m: Mention) => m.id === 'un-security-council' && /^the\s+Council$/i.test(m.alias);
  if (!mentions.some(bare)) return mentions;
  return mentions.filter((m) => {
    if (!bare(m)) return true;
    const before = mentions.filter((x) => x.facet === 'actor' && !NOT_COUNCILS.has(x.id) && x.end <= m.start && /\bCouncil\b/.test(x.alias));
    const last = before.sort((x, y) => y.start - x.start)[0];
    return !last || last.id === 'un-security-council';
  });
}

// "resolution 2452", "Resolution 2155 (2014)": the Council's numbering (the Assembly's is
// "66/290"), unless another body is named right before ("General Assembly resolution 60/1",
// "Human Rights Council resolution 16/1" carry a slash anyway).
const NUMBERED_RESOLUTION = /\b[Rr]esolutions?\s+(\d{3,4})(?![\d/])/g;
const OTHER_BODY_BEFORE = /\b(?:General\s+Assembly|UNGA|Human\s+Rights\s+Council|HRC|ECOSOC|Assembly)\s+$/;
function councilResolutions(text: string, mentions: Mention[]): Mention[] {
  if (mentions.some((m) => m.id === 'un-security-council')) return [];
  const out: Mention[] = [];
  for (const m of allMatches(NUMBERED_RESOLUTION, text)) {
    if (OTHER_BODY_BEFORE.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    out.push({ facet: 'actor', id: 'un-security-council', alias: m[0], start: m.index!, end: m.index! + m[0].length, weight: 1 });
  }
  return out;
}

// What a generic word does when it acts: a modal, a verb of action, "have" with its participle;
// not "is" or "are" ("civilian populations are also often complex" is said of them). An aside
// between commas or an adverb may stand between ("Many governments, well beyond Beijing and
// Moscow, saw …", "host governments increasingly treat …"). Verbs that are also common nouns
// after such a word ("community help", "states' use", "donor funds") are left out.
const ASIDE = '(?:\\([^)]*\\)\\s*|,[^,.;()]{1,60},\\s*)?';
const ADVERB = '(?:(?:also|often|increasingly|still|now|themselves|repeatedly|rarely|sometimes|regularly|routinely|frequently|usually|generally|already|later|even|never|largely|mostly|openly|publicly|quickly|soon|simply|occasionally)\\s+)?';
// Past forms that are also passive participles ("communities left behind", "residents treated as
// collaborators", "communities used as shields") are left out, and so is a past form before "as" or "by".
const AGENCY_VERBS = 'led|leads|took|takes|made|makes|played|launched|established|issued|requested|called|sought|seeks?|argued|noted|stated|tasked|provided|provides|deployed|adopted|developed|organi[sz]ed|insisted|reported|refused|rejected|negotiated|agreed|demanded|formed|mobili[sz]ed|returned|fled|protested|asked|said|says|told|tells|saw|sees|described|describes|regards|treats|resisted|resists|watched|gathered|came\\s+to|financed|finances|added|adds|built|builds|chose|kept|keeps|began|started|lobbied|sued|complained|warned|urged|pressed|accused|welcomed|feared|fears|wanted|wants|preferred|prefers|decided|decides|responded|paid|pays|set\\s+up|pushed|opposed|opposes|objected|objects|expected|expects|hired|relied|depended|tried|managed|helped|ran|signed|signs|gave|gives|offered|hosted|hosts|elected|continued|continues|moved|sent|sends|stayed';
// The same verbs' plural present, after a plural word only: "communities fear reprisals", "states
// object"; after a singular one they are nouns ("community demand", "donor fear").
const AGENCY_VERBS_PLURAL = 'regard|treat|resist|lobby|complain|warn|urge|accuse|welcome|fear|want|prefer|decide|respond|pay|push|oppose|object|insist|demand|refuse|reject|agree|negotiate|organi[sz]e|expect|rely|depend|try|manage|sign|give|offer|host|elect|choose|continue|send|say|tell|see|describe|build|keep|fund|finance|argue|seek|provide|deploy|adopt|develop|report|protest|ask|form|mobili[sz]e|return|flee';
// Where the word's people are, between it and its verb: "communities in Nariño have organised",
// "residents of the camps fled", "governments across the region tightened" (not a relative
// clause: "communities in which armed groups have operated").
const WHERE_AFTER = "(?:(?:in|of|from|across|throughout|around|near)\\s+(?!(?:which|whom|whose|that|what|turn|particular|part|practice|general|principle|fact|addition|response|return|order)\\b)(?:the\\s+)?(?:(?!(?:that|which|who|whom|whose|where|when|while|but)\\b)[^\\s.,;:()]+\\s+){1,3}?)?";
const ACTS_AFTER = new RegExp(`^\\s*${WHERE_AFTER}${ASIDE}${ADVERB}(?:should|must|will|would|could|can|may|needs?\\s+to|(?:has|have|had)\\s+(?:also\\s+|long\\s+|repeatedly\\s+|not\\s+|already\\s+)?(?!been\\b)\\w+(?:ed|en|wn|ught|ade|one)|(?:has|have)\\s+to|(?:${AGENCY_VERBS})\\b(?!\\s+(?:as|by)\\b))\\b`, 'i');
const ACTS_AFTER_PLURAL = new RegExp(`^\\s*${WHERE_AFTER}${ASIDE}${ADVERB}(?:${AGENCY_VERBS_PLURAL})\\b(?!\\s+(?:of|for|to|in|and|or|from)\\b)`, 'i');
// A plural generic word with an active participle after it does what it names: "the states
// contributing personnel", "communities hosting refugees" (not "including", "during" …, nor a
// condition endured: "communities facing acute food insecurity", "communities lacking formal
// leaders" are civilians acted upon, not agents).
const DOING_AFTER = /^\s+(?!(?:including|during|regarding|concerning|according|following|excluding|notwithstanding|pending|involving|bordering|surrounding|living|remaining|being|having|facing|suffering|experiencing|lacking|needing|requiring|receiving|struggling|enduring|undergoing|benefit(?:t)?ing|starving)\b)[a-z]{2,}ing\b/;
// A generic word addressed or the agent of a passive: "I ask the states gathered here", "it asks
// governments …", "urged both sides", "written by states", "imposed by host and donor governments".
// The agent is the object of "by" itself, with only determiners and adjectives between: not in
// "killed by fighting near communities", "affected by tensions among communities", "criticised
// by some in communities"; nor after a verb of position ("surrounded by host communities").
const NOT_MODIFIER = '(?!(?:near|among|amongst|in|at|on|from|with|across|around|between|within|inside|outside|along|beyond|over|under|against|toward|towards|into|onto|for|to|of|about|through|throughout|upon|behind|beside|without|than|as|like|via|during|after|before|since|until|who|which|that|whose|is|are|was|were|and|or)\\b)';
const ASKED_OR_AGENT_BEFORE = new RegExp(`\\b(?:(?:ask|asks|asked|asking|urge|urges|urged|urging|call\\s+on|calls\\s+on|called\\s+on|calling\\s+on|appeal\\s+to|appeals\\s+to|appealed\\s+to)\\s+(?:the\\s+|all\\s+|those\\s+|these\\s+)?(?:[a-z-]+\\s+(?:and\\s+[a-z-]+\\s+)?)?|(?!(?:surrounded|encircled|bordered|flanked|inhabited|populated|neighbou?red|outnumbered)\\b)(?:[a-z]+ed|written|taken|given|done|held|made|run|led|built|chosen|known|seen|paid|sent|kept|brought|drawn|shown|set|met)\\s+(?:[^\\s.;:,()]+\\s+){0,4}?by\\s+(?:(?:the|all|many|some|several|most|other|both|these|those|their|its|such)\\s+|\\w+\\s+of\\s+the\\s+)?(?:${NOT_MODIFIER}[a-z-]+\\s+(?:and\\s+[a-z-]+\\s+)?){0,2})$`, 'i');
// What is done to or with a generic word, or what it does in a clause of its own: the passage
// says something about it, as the labelling rules have it ("acted upon", "addressed"): "ask
// communities", "consult residents", "the communities they serve", "residents who testify".
const ACTED_ON_BEFORE = /\b(?:ask|asks|asked|asking|consult|consults|consulted|consulting|engage|engages|engaged|engaging|empower|empowers|empowered|empowering|involve|involves|involved|involving|listen\s+to|listened\s+to|listening\s+to|inform|informs|informed|informing|serve|serves|served|serving|accountable\s+to)\s+(?:the\s+|their\s+|its\s+|our\s+|these\s+|those\s+)?(?:(?:local|affected|former|camp|host|displaced|rural|urban|whole)\s+)*$/i;
// A generic word naming whose people they are ("NGO national staff", "a senior NGO representative",
// "government officials"): the passage says something about the body's people, so about the body.
const PERSONNEL_AFTER = /^\s+(?:(?:national|international|local|senior|field|frontline)\s+)?(?:staff|workers?|representatives?|officials?|directors?|personnel|employees)\b/i;
const ADDRESSED_AFTER = /^[^.;:,()]{0,100}?\b(?:should|must|shall|needs?\s+to|ought\s+to)\b/i;
const ACTS_IN_CLAUSE = /^,?\s+(?:(?:who|that|which)\s+(?:have\s+|had\s+|has\s+|already\s+|themselves\s+)?[a-z]+(?<!\b(?:is|are|was|were|be|been))\b|themselves\s+[a-z]+|(?:they|we)\s+(?:serve|served|support|supported|work\s+with|represent|protect|assist|assisted)\b)/i;

// Capitals and delegations name governments only in a governmental context: "Capitals should be
// used for acronyms" is typography, and "Delegations agreed on the text" may be NGOs' or the EU's.
// Capitals count when they do what governments do (a political or diplomatic verb, after a modal,
// "have" or an adverb), or are urged or pressed; "Western / their capitals" are aliases of their own.
// Delegations count when qualified as a state's ("national", "Western", "both", a country's), or
// where the passage is in an intergovernmental forum: the Council, the Assembly, a state acting.
// Otherwise each weighs as a generic word named in passing.
const CAPITALS = /^capitals$/i;
const DELEGATIONS = /^delegations$/i;
const POLITICAL_VERBS = 'argu\\w*|agree[ds]?|disagree[ds]?|insist\\w*|object\\w*|oppos\\w*|reject\\w*|resist\\w*|push\\w*|press(?:ed|es|ing)?|lobb\\w*|want\\w*|prefer\\w*|fear\\w*|decid\\w*|negotiat\\w*|instruct\\w*|approv\\w*|signal\\w*|hesitat\\w*|balk\\w*|weigh\\w*|debat\\w*|back(?:ed|s|ing)?|support\\w*|welcom\\w*|condemn\\w*|demand\\w*|call(?:ed|s|ing)?\\s+for|urg\\w*|warn\\w*|sa(?:y|ys|id)|told|tell|declin\\w*|refus\\w*|recogni[sz]\\w*|sanction\\w*|veto\\w*|block\\w*|accept\\w*|endors\\w*|grew|grow|worr\\w*|remain\\w*\\s+(?:divided|split|wary|reluctant|unwilling)|(?:are|were|is)\\s+(?:divided|split|wary|reluctant|unwilling|keen|anxious)|respond\\w*|react\\w*|pledg\\w*|fund\\w*|sen[dt]s?|deploy\\w*|expel\\w*|recall\\w*|summon\\w*|protest\\w*|question\\w*|doubt\\w*|favou?r\\w*|sign\\w*|ratif\\w*|intervene\\w*|mediat\\w*|broker\\w*';
const GOVERNS_AFTER = new RegExp(`^\\s*${ASIDE}(?:(?:that|which|who)\\s+)?${ADVERB}(?:(?:should|must|will|would|could|can|may|might|need\\s+to|did\\s+not|do\\s+not)\\s+)?(?:(?:has|have|had)(?:\\s+(?:also|long|repeatedly|not|already))?\\s+)?(?:been\\s+)?(?:${POLITICAL_VERBS})\\b`, 'i');
const PRESSED_BEFORE = /\b(?:ask|asks|asked|urge|urges|urged|press|presses|pressed|lobby|lobbies|lobbied|brief|briefs|briefed|persuade|persuaded|convince|convinced|call(?:s|ed)?\s+on|appeal(?:s|ed)?\s+to|between|among|from|with)\s+(?:the\s+|all\s+|many\s+|some\s+|several\s+)?$/i;
const STATE_DELEGATIONS_BEFORE = /\b(?:national|state|member[\s-]states?|government|governmental|country|both|the\s+two|Western|European|African|Arab|Asian|Latin\s+American|Nordic|Gulf|foreign|permanent|elected)\s+$/i;
const FORUM = /\b(?:Security\s+Council|General\s+Assembly|Human\s+Rights\s+Council|the\s+Council|Member\s+States|Mr\.?\s+President|Madam\s+President|States\s+parties|Conference\s+of\s+(?:the\s+)?(?:States\s+)?Parties|intergovernmental|open\s+debate)\b/i;
const NAMED_AS_AFTER = /^,?\s+(?:among\s+them|including|such\s+as|notably|led\s+by|from)\s+(?:[^\s.;:()]+\s+){0,6}?$/i;
// At the UN, delegations are its member states': a passage naming the Council, the Assembly or the Secretary-General is in that forum.
const FORUM_ACTORS = new Set(['un-security-council', 'un-general-assembly', 'un-secretary-general']);
function governmentalWords(mentions: Mention[], text: string): Mention[] {
  const words = mentions.filter((m) => m.generic && m.id === 'member-states' && m.weight > 0.5 && (CAPITALS.test(m.alias) || DELEGATIONS.test(m.alias)));
  if (!words.length) return mentions;
  const forum = FORUM.test(text) || mentions.some((m) => m.facet === 'actor' && (FORUM_ACTORS.has(m.id) || (m.id === 'member-states' && !m.generic && m.weight >= 1)));
  const governmental = (m: Mention) => {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    if (CAPITALS.test(m.alias)) return GOVERNS_AFTER.test(text.slice(m.end, m.end + 80)) || PRESSED_BEFORE.test(before);
    // Another organisation's delegations are its own ("EU delegations", "NGO delegations").
    if (mentions.some((o) => o.facet === 'actor' && o.id !== 'member-states' && o.end <= m.start && /^\s*$/.test(text.slice(o.end, m.start)))) return false;
    // A country's delegations, or delegations that the sentence names as countries ("Several delegations, among them Uruguay and Sweden, …").
    const countries = (p: Mention) => p.facet === 'place' && ((p.end <= m.start && /^\s*$/.test(text.slice(p.end, m.start))) || (p.start >= m.end && NAMED_AS_AFTER.test(text.slice(m.end, p.start))));
    return STATE_DELEGATIONS_BEFORE.test(before) || mentions.some(countries) || forum;
  };
  return mentions.map((m) => (words.includes(m) && !governmental(m) ? { ...m, weight: 0.5 } : m));
}

/**
 * Rules 4 and 6 for a generic word (`~word`: "communities", "states", "civil society"): it weighs
 * half, a name in passing saying little; in a list, half a listed name's weight; but one that
 * acts, the subject of a modal or a verb of action ("Communities have developed early-warning
 * networks", "States … must"), names who acts, and counts in full; so does one that does what
 * an active participle after it says ("the states contributing personnel"), one asked, urged or
 * called on, and the agent of a passive ("written by states"). `plural`: the word is a plural, after
 * which a verb's present form is a verb ("communities fear"), not a noun ("community demand").
 * `local`: a local actor, which is also named by what is done with it ("consult residents").
 */
function weakWeight(inList: boolean, opens: boolean, after: string, before: string, clause: string, plural: boolean, local: boolean): number {
  if (inList) return 0.15;
  // A generic word opening a sentence whose first clause prescribes is whom it addresses:
  // "States whose armed forces conduct operations in urban areas must …".
  if (opens && ADDRESSED_AFTER.test(clause)) return 1;
  if (ACTS_AFTER.test(after) || ACTS_IN_CLAUSE.test(after) || PERSONNEL_AFTER.test(after) || ASKED_OR_AGENT_BEFORE.test(before) || (plural && (DOING_AFTER.test(after) || ACTS_AFTER_PLURAL.test(after)))) return 1;
  if (local && ACTED_ON_BEFORE.test(before)) return 1;
  return opens ? 0.75 : 0.5;
}

const LEADS = /^-(?:led|backed|controlled|held|run|affiliated|linked|allied|aligned|sponsored|funded|financed|administered|managed|chaired|co-chaired|supported|commissioned|coordinated|mandated|brokered)\b/;
// A hyphen left hanging before a second name that shares the word: "the Saudi- and Emirati-led
// coalition" is led by both.
const SUSPENDED_LEADS = /^-\s+(?:and|or)\s+[\p{L}'’]+(?:\s+[\p{L}'’]+)?-(?:led|backed|controlled|held|run|affiliated|linked|allied|aligned|sponsored)\b/u;
// Rule 18: a name may lead, back, hold or run what follows, "US-led", "Iranian-backed",
// "UNHCR-led cluster", "Houthi-controlled areas": the hyphen ends the name there (aliasMatches
// checks the word after it).
const leadsBoundary = (before: string | undefined, after: string | undefined, next: string | undefined) => aliasBoundary(before, after, next) || (after === '-' && next !== undefined && 'lbchrasfmo'.includes(next));

/** Between two items of a list: a comma or "and"/"or", and at most two words more ("UN agencies, donors, local NGOs"). */
const LIST_GAP = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:[\p{L}'’-]+\s+){0,2}$/u;

/**
 * Rule 4 for names in lower case: four or more actors in one run, each after a comma or
 * "and"/"or" ("donors, member states, NGOs and local communities"), are a list of examples,
 * which the list pattern (capitalised names) does not see: each weighs as an actor in a list.
 */
function listedActors(mentions: Mention[], text: string): Mention[] {
  const actors = mentions.filter((m) => m.facet === 'actor');
  let run: Mention[] = [];
  const listed = new Set<Mention>();
  const close = () => {
    if (run.length >= 4) for (const m of run) listed.add(m);
  };
  for (const m of actors) {
    const prev = run[run.length - 1];
    if (prev && prev.end <= m.start && LIST_GAP.test(text.slice(prev.end, m.start))) run.push(m);
    else {
      close();
      run = [m];
    }
  }
  close();
  return listed.size ? mentions.map((m) => (listed.has(m) && m.weight > LISTED_WEIGHT ? { ...m, weight: LISTED_WEIGHT * (m.weight >= 1 ? 1 : m.weight) } : m)) : mentions;
}
const LISTED_WEIGHT = 0.3;

/** A match's text and where it starts: what findMentions reads of an alias's match. */
interface NameMatch {
  readonly index: number;
  readonly 0: string;
}

/**
 * The whole-name matches of a name of ASCII words in a plain text (`lower`: its lower case), as
 * boundedMatches gives them for the name's pattern with leadsBoundary: found with indexOf
 * (literal-cues.ts), every alias a passage holds the words of was a pattern search over it.
 */
function literalNameMatches(literal: LiteralCue, text: string, lower: string): NameMatch[] {
  return literalMatches(literal.cased ? text : lower, literal, (s, e) => leadsBoundary(text[s - 1], text[e], text[e + 1])).map(([s, e]) => ({ index: s, 0: text.slice(s, e) }));
}

/**
 * An alias's matches as whole names; where it has none, its elliptic form's (rule 15).
 * `lower`: the text's lower case, given when the text is plain.
 */
function* aliasMatches(a: Alias, text: string, form: (re: RegExp) => RegExp, interPrefix: () => boolean, lower?: string): Generator<NameMatch> {
  let found = false;
  for (const m of lower !== undefined && a.literal ? literalNameMatches(a.literal, text, lower) : boundedMatches(form(a.re), text, leadsBoundary)) {
    const end = m.index + m[0].length;
    if (text[end] === '-' && !LEADS.test(text.slice(end, end + 16)) && !SUSPENDED_LEADS.test(text.slice(end, end + 60))) continue;
    found = true;
    yield m;
  }
  // Rule 36: a place after "inter-" or "intra-" ("the Inter-Malian Agreement", "intra-Afghan talks").
  if (a.facet === 'place' && interPrefix()) {
    for (const m of boundedMatches(form(a.re), text, (before, after) => before === '-' && !(after && NAME_CHAR.test(after)))) {
      // A continent's or a region's demonym after "inter-" names no country: "the Inter-American
      // Development Bank" is the Americas', not the United States'.
      if (/\b(?:[Ii]nter|[Ii]ntra)-$/.test(text.slice(Math.max(0, m.index - 6), m.index)) && !REGIONAL_DEMONYM.test(m[0])) yield m;
    }
  }
  if (!found && a.elliptic && (lower === undefined || a.ellipticEnd === undefined || mayEndElliptic(lower, a.ellipticEnd))) yield* boundedMatches(form(a.elliptic()), text, aliasBoundary);
}
const INTER_PREFIX = /\b(?:inter|intra)-\p{Lu}/iu;
const REGIONAL_DEMONYM = /^(?:American|African|Arab|Asian|European|Pacific|Atlantic|Caribbean|Andean|Nordic|Balkan|Latin)s?$/i;

/**
 * Rules 8 and 26 with co-names ("Russia and China have rejected", "Sweden and Finland endorsed"):
 * the verb is a state's only when every name before it may be a state: a place the taxonomy
 * knows, or a plain name without an article that is no acronym (the taxonomy lists the places
 * its documents discuss, not every state). In "Russia, the Taliban launched" or "Syria, ISIS
 * established" the verb's subject is no state.
 */
// Rule 26: a verb of funding says the state is a donor; another verb in the same phrase ("Norway,
// which pledged new funds, urged …") says it acts as a state too.
const FUNDING_VERB_END = /\b(?:fund|financ|pledg|support|contribut|channel|pa(?:y|id)|donat|doubl|increas|maintain|concentrat)\w*\s*$/i;
function actsAs(m: RegExpExecArray | null, donor: boolean): RegExpExecArray | null {
  return m && donor && FUNDING_VERB_END.test(m[0]) ? null : m;
}

function statePhrase(m: RegExpExecArray | null, aliases: Alias[]): boolean {
  if (!m) return false;
  const names = m[1].split(/\s*,\s*|\s+(?:and|or)\s+/).map((n) => n.trim()).filter(Boolean);
  return names.every((n) => (!/^the\s/i.test(n) && !isAcronym(n)) || findMentions(n, aliases).some((x) => x.facet === 'place'));
}

/** Rule 14: an organisation's name after a place ("Society", "Council" …) that the place opens, not a known one of its own. */
function opensName(name: RegExpExecArray | null, aliases: Alias[]): boolean {
  if (!name) return false;
  // The name is read alone, and is short: it holds a place only in the rare name that nests one.
  return !findMentions(name[0], aliases).some((m) => m.facet === 'actor' && !m.civil && m.end === name[0].length);
}

/** Actors whose missions, forces and envoys are theirs, not the UN's (rule 13). */
const OTHER_OPERATORS = new Set(['regional-organisations']);
const UN_NAMED = /\b(?:UN|United Nations)\b/;
/**
 * Between an organisation and its mission: a possessive, "-led", and up to two words that say
 * what kind of mission it is ("training", "peace support"). Not any word: in "The AU criticised
 * peacekeepers" the peacekeepers are not the AU's.
 */
const MISSION_KIND = '(?:training|stabili[sz]ation|peace|support|monitoring|observer|naval|police|military|peacekeeping|political|assistance|protection|civilian|transition(?:al)?|border|capacity-building|advisory)';
// The programme a mission belongs to may stand between, capitalised: "the EU's Common Security and
// Defence Policy missions" are the EU's.
const OWNER_GAP = new RegExp(`^(?:['’]s)?(?:-led)?(?:\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?:and|of|for)(?=\\s+\\p{Lu}))?){0,6}(?:[\\s-]+${MISSION_KIND}){0,2}\\s+$`, 'u');

// A mission a state or a region leads is no UN operation, which no state leads: "the Kenya-led
// Multinational Security Support mission", "an authorised African-led mission".
const LED_BEFORE = new RegExp(`[\\p{L}]-led(?:\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?:and|of|for)(?=\\s+\\p{Lu}))?){0,6}(?:[\\s-]+${MISSION_KIND}){0,2}\\s+$`, 'u');

/** Rule 13: the UN peace operations named by a generic word that belong to another organisation named before it. */
function withoutOthersMissions(mentions: Mention[], text: string): Mention[] {
  const owners = mentions.filter((m) => m.facet === 'actor' && OTHER_OPERATORS.has(m.id));
  const led = text.includes('-led');
  const nonUN = NON_UN.test(text);
  if (!owners.length && !led && !nonUN) return mentions;
  const owned = (m: Mention) =>
    m.facet === 'actor' && m.id === 'un-peace-operations' && !isAcronym(m.alias) && !UN_NAMED.test(m.alias) && (owners.some((o) => o.end <= m.start && OWNER_GAP.test(text.slice(o.end, m.start))) || (led && LED_BEFORE.test(text.slice(Math.max(0, m.start - 120), m.start))));
  // An organisation's own Secretary-General: "NATO Secretary-General", "the Secretary-General of the Arab League".
  const ownHead = (m: Mention) =>
    m.facet === 'actor' && m.id === 'un-secretary-general' && /^Secretary[\s-]General$/i.test(m.alias) &&
    owners.some((o) => (o.end <= m.start && /^(?:['’]s)?\s+$/.test(text.slice(o.end, m.start))) || (o.start >= m.end && /^\s+of\s+(?:the\s+)?$/.test(text.slice(m.end, o.start))));
  const kept = mentions.filter((m) => !owned(m) && !ownHead(m));
  // "The mission" read again after another's mission was named ("the EU's training missions …
  // the training mission was suspended"), or in a passage that says its mission is no UN one
  // ("authorised the mission … as a non-UN operation"), is that mission: unless the passage
  // names a UN operation itself (a UN word, an acronym, peacekeepers), its bare "mission" words
  // are not the UN's either (the taxonomy: UN peace operations are the UN's missions).
  if (!nonUN && kept.length === mentions.length) return kept;
  const bare = (m: Mention) => m.facet === 'actor' && m.id === 'un-peace-operations' && m.generic === true && BARE_MISSION.test(m.alias);
  if (kept.some((m) => m.facet === 'actor' && m.id === 'un-peace-operations' && !bare(m))) return kept;
  return kept.filter((m) => !bare(m));
}

/**
 * A passage that says the mission it discusses is none of the UN's: "non-UN" said of an
 * operation, a mission, a force or a deployment ("as a non-UN operation", "non-UN peacekeeping
 * missions"). "non-UN" alone also qualifies partners, staff, actors and agencies ("the mission
 * works with non-UN humanitarian partners"), and the passage's mission was then no UN one
 * (review22 b, finding 3).
 */
const NON_UN = /\b[Nn]on-(?:UN|United Nations)(?:[\s-]+(?:led|authori[sz]ed|mandated|peace|peacekeeping|peace-support|military|security|regional|multinational|stabili[sz]ation|training|observer|monitoring|ceasefire|crisis-management))*[\s-]+(?:operations?|missions?|forces?|deployments?|peacekeepers|peacekeeping)\b/;
/** "mission(s)" alone, the generic word a passage uses for the mission it has named */
const BARE_MISSION = /^missions?$/i;
