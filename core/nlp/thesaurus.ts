// A small thesaurus of the humanitarian-policy field, as data: the field's common phrasings of
// one thing ("aid workers" / "humanitarian staff", "peacekeeping" / "peace operations", "naming
// and shaming" / "public denunciation"). A query is also searched with a span said the other
// way, ranked below every passage that says it as typed (server/search/below-typed.ts): a researcher
// typing the field's other word for a thing expects the passages that use this one.
//
// How it was written: from general knowledge of the field's vocabulary (UN, NGO and donor usage,
// the glossaries of OCHA, the IASC and ALNAP as a practitioner knows them), not from the bundled
// documents or any labelled query. A group holds phrasings a practitioner would accept as the
// same thing in any report; words that are only related (access / humanitarian space, advocacy /
// diplomacy, concept / idea) are not listed, and neither are single general-English words
// (war, caution, funding, gridlock): said alone they match everywhere, and their other senses
// come with them; a field term of one word (peacekeeping, impunity, ceasefire) is listed.
// Same meaning, not a related concept: a phrasing joins a group only if a report could swap it
// for the others without changing what it says. A narrower or counted thing is not its wider
// neighbour ("people in need" is a defined count, not "affected populations"; "civilian
// casualties" are deaths and injuries, one part of "civilian harm"; "local NGOs" are one kind
// of "local actors"), nor is an event its kind ("denial of access" / "access constraints") or a
// mild act a strong one ("public criticism" / "naming and shaming"), nor a pause a ceasefire, a
// tool its field ("safety nets" / "social protection", vouchers / cash) or any official a leader.
// An acronym is listed only if the field reads it one way: USG is the United States Government
// in donor texts, ASG the Abu Sayyaf Group, and IAC, PCC, RRM and CVA have other expansions in
// the field's own texts (review15), so each found passages about another thing. The related-words hint (indexer/build-terms.ts) is the
// corpus's own co-occurrence; this list is the field's, the same for every library.
//
// Stems (core/analysis.ts) only narrow the candidates: a one-word entry matches the word as
// typed, a phrase each word as written or as its singular or plural (thesaurusAlts), so "aid
// worker" is "aid workers" but "military" is not "militaries" (review13: by stem, every
// "military X" query became "armed forces X"); British and American spellings fold already.

/** Groups of phrasings of one thing in the field (any member finds the others). */
export const NEAR_SYNONYMS: readonly (readonly string[])[] = [
  // people and organisations
  ['aid workers', 'humanitarian workers', 'relief workers', 'humanitarian staff', 'humanitarian personnel'],
  ['aid agencies', 'humanitarian agencies', 'relief agencies', 'aid organisations', 'humanitarian organisations'],
  ['human rights organisations', 'human rights groups'],
  ['development actors', 'development agencies', 'development organisations'],
  ['local actors', 'local organisations', 'national and local actors'],
  ['donor governments', 'donor states', 'donor countries'],
  ['UN leaders', 'senior UN officials', 'UN leadership'],
  ['armed groups', 'non-state armed groups', 'armed movements'],
  ['conflict parties', 'parties to conflict', 'parties to the conflict', 'warring parties', 'belligerents'],
  ['armed forces', 'military forces', 'militaries'],
  ['peacekeeping troops', 'blue helmets'],
  ['affected populations', 'affected people', 'crisis-affected people', 'conflict-affected populations'],
  ['displaced people', 'displaced persons', 'displaced populations'],
  ['national staff', 'local staff', 'locally recruited staff'],
  ['international staff', 'expatriate staff'],
  ['UN agencies', 'UN entities', 'United Nations agencies'],
  ['senior leaders', 'senior leadership'],
  ['troop-contributing countries', 'troop contributors', 'troop-contributing states'],
  ['host state', 'host government', 'host country', 'host nation'],
  ['national authorities', 'state authorities', 'government authorities'],
  ['civil society organisations', 'civil society groups'],
  ['terrorist groups', 'terrorist organisations'],
  ['health workers', 'health care workers', 'medical workers', 'medical personnel', 'health personnel'],
  ['persons with disabilities', 'people with disabilities'],
  ['older persons', 'older people'],
  ['unaccompanied children', 'unaccompanied minors'],
  ['child soldiers', 'children associated with armed forces', 'children associated with armed groups'],
  ['host communities', 'host populations'],
  // activities and instruments
  ['humanitarian aid', 'humanitarian assistance', 'relief assistance', 'emergency relief'],
  ['peacekeeping', 'peace operations', 'peacekeeping operations', 'peace support operations'],
  ['naming and shaming', 'public denunciation', 'public condemnation'],
  ['speaking out', 'speak publicly', 'public advocacy'],
  ['peace talks', 'peace negotiations'],
  ['ceasefire', 'truce', 'cessation of hostilities'],
  ['engagement with armed groups', 'dialogue with armed groups', 'negotiations with armed groups'],
  ['arms sales', 'arms transfers', 'arms exports'],
  ['humanitarian access', 'access to people in need', 'access to affected populations'],
  ['access constraints', 'access restrictions', 'access impediments'],
  ['aid diversion', 'diversion of aid'],
  ['bureaucratic impediments', 'administrative impediments', 'bureaucratic obstacles', 'bureaucratic constraints'],
  ['access negotiations', 'negotiating access', 'negotiations for access', 'negotiation of access'],
  ['operational presence', 'field presence', 'presence on the ground'],
  ['protective presence', 'protection by presence'],
  ['unarmed civilian protection', 'unarmed civilian peacekeeping'],
  ['civilian protection', 'protection of civilians'],
  ['safe zones', 'safe areas'],
  ['PoC sites', 'protection of civilians sites'],
  // joint work said as a verb phrase or a noun (general English: to work together is to collaborate; search22)
  ['work together', 'collaboration', 'cooperation'],
  ['civil-military coordination', 'humanitarian civil-military coordination', 'CMCoord'],
  ['confidential dialogue', 'confidential engagement'],
  ['peace agreement', 'peace accord', 'peace deal', 'peace settlement'],
  ['track two diplomacy', 'track II diplomacy', 'unofficial diplomacy'],
  ['conflict prevention', 'prevention of conflict', 'preventing conflict'],
  ['early action', 'anticipatory action'],
  ['remote management', 'remote programming'],
  ['cash transfers', 'cash assistance', 'cash-based assistance', 'cash-based interventions'],
  ['in-kind assistance', 'in-kind aid'],
  ['humanitarian financing', 'humanitarian funding'],
  ['funding gaps', 'funding shortfalls', 'underfunding'],
  ['capacity building', 'capacity strengthening', 'capacity development'],
  ['good practice', 'best practice'],
  ['lessons learned', 'lessons learnt', 'lessons identified'],
  ['humanitarian exemptions', 'humanitarian carve-outs', 'humanitarian exceptions'],
  ['counter-terrorism legislation', 'counter-terrorism laws'],
  ['voluntary return', 'voluntary repatriation'],
  ['durable solutions', 'lasting solutions'],
  ['basic services', 'essential services'],
  ['social safety nets', 'safety nets'],
  // law and accountability
  ['IHL compliance', 'compliance with IHL', 'respect for IHL', 'compliance with international humanitarian law', 'respect for international humanitarian law', 'adherence to IHL'],
  ['IHL violations', 'violations of IHL', 'breaches of IHL', 'violations of international humanitarian law', 'breaches of international humanitarian law'],
  ['human rights violations', 'human rights abuses'],
  ['impunity', 'lack of accountability', 'accountability gap'],
  ['civilian harm', 'harm to civilians'],
  ['civilian casualties', 'civilian deaths and injuries'],
  ['collateral damage', 'incidental civilian harm', 'incidental harm to civilians'],
  ['attacks on aid workers', 'violence against aid workers', 'attacks on humanitarian workers', 'violence against humanitarian workers'],
  ['attacks on education', 'attacks on schools'],
  ['sexual violence in conflict', 'conflict-related sexual violence', 'wartime sexual violence'],
  ['sexual violence as a weapon of war', 'sexual violence as a tactic of war'],
  ['starvation as a method of warfare', 'starvation as a weapon of war'],
  ['extrajudicial killings', 'extrajudicial executions', 'summary executions'],
  ['enforced disappearances', 'forced disappearances'],
  ['mass atrocities', 'atrocity crimes', 'mass atrocity crimes'],
  ['child marriage', 'early marriage'],
  ['internal armed conflicts', 'non-international armed conflicts', 'civil wars'],
  ['terrorist designations', 'terrorist listings'],
  ['attacks on health care', 'attacks on hospitals', 'attacks on health facilities', 'attacks on medical facilities'],
  // situations
  ['protracted crises', 'protracted conflicts', 'long-running crises'],
  ['climate change', 'climate crisis'],
  ['sudden-onset disasters', 'rapid-onset disasters'],
  ['fragile states', 'fragile contexts', 'fragile settings'],
  ['conflict zones', 'conflict areas', 'war zones'],
  ['conflict settings', 'conflict contexts', 'conflict situations'],
  ['violent extremism', 'extremist violence'],
  ['triple nexus', 'humanitarian-development-peace nexus'],
];

/** The field's acronyms that the taxonomy's actors and synonym groups do not spell out: full equivalents, ranked as an acronym's expansion is. */
export const FIELD_ACRONYMS: readonly (readonly string[])[] = [
  ['GBV', 'gender-based violence'],
  ['PSEA', 'protection from sexual exploitation and abuse'],
  ['HRDDP', 'Human Rights Due Diligence Policy'],
  ['HRP', 'humanitarian response plan'],
  ['HNO', 'humanitarian needs overview'],
  ['CERF', 'Central Emergency Response Fund'],
  ['AAP', 'accountability to affected populations'],
  ['CHS', 'Core Humanitarian Standard'],
  ['EWIPA', 'explosive weapons in populated areas'],
  ['ERW', 'explosive remnants of war'],
  ['MRM', 'Monitoring and Reporting Mechanism'],
  ['IFRC', 'International Federation of Red Cross and Red Crescent Societies'],
  ['IOM', 'International Organization for Migration'],
  ['WFP', 'World Food Programme'],
  ['UNFPA', 'UN Population Fund'],
  ['UNRWA', 'UN Relief and Works Agency'],
  ['MSF', 'Médecins Sans Frontières', 'Doctors Without Borders'],
  ['WHS', 'World Humanitarian Summit'],
  ['ICL', 'international criminal law'],
  // IHL's other names (the ICRC: "also known as the law of war or the law of armed conflict")
  ['IHL', 'international humanitarian law', 'law of armed conflict', 'laws of war'],
  ['LOAC', 'law of armed conflict'],
  ['NIAC', 'non-international armed conflict'],
  ['DSRSG', 'Deputy Special Representative of the Secretary-General'],
  ['HQ', 'headquarters'],
  ['TCC', 'troop-contributing country'],
  ['UNSCR', 'Security Council resolution'],
  ['VAWG', 'violence against women and girls'],
  ['FGM', 'female genital mutilation'],
  ['HRD', 'human rights defender'],
  ['ODA', 'official development assistance'],
  ['DRR', 'disaster risk reduction'],
  ['CBPF', 'country-based pooled fund'],
  ['ROE', 'rules of engagement'],
  ['IED', 'improvised explosive device'],
  ['UXO', 'unexploded ordnance'],
];
