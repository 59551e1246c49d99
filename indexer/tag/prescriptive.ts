// Prescriptive mood, shared by the kind rules (tagger.ts) and the lead-in rules (context.ts).

/**
 * A modal or a verb of recommending. French and Spanish ones too ("devraient", "il convient de",
 * "nous recommandons"; "deberían", "se recomienda"), so that a library's French and Spanish
 * recommendations are found as its English ones are.
 */
export const PRESCRIPTIVE = /\b(should|must|devrai(?:en)?t|doi(?:ven)?t|il convient de|(?:nous )?recommandons|recommande(?:nt)?|exhort(?:e|ent|ons)|debería(?:n)?|deben?|se recomienda|recomenda(?:mos)|recomienda(?:n)?|insta(?:mos|n)?|ought to|needs? to|need to be|recommend(?:s|ed)?|calls? on|urges?|(?:it )?is (?:essential|critical|crucial|vital|imperative|important|necessary|key) (?:that|to|for)|(?:is|are) (?:also )?(?:required|needed|necessary)|requires?|need for|will need to|has to|have to|would (?:also )?(?:help|reaffirm|enable|allow|ensure|need)|could (?:also )?(?:be used|help))\b/i;
const REPORTED = /\b(said|says|argued|argue|noted|note|felt|feel|stressed|highlighted|suggested|believed|believe|told|explained|according to|interviewees?|respondents?|participants|observed|commented|reported|acknowledged|considered|expressed)\b/i;
// A relative clause whose own verb is the modal: "lessons that should inform", "the role that
// country-level leadership (…) should play". "Agencies that are engaged … should" has a verb of
// its own before the modal, which is then the main verb; so has "who" with words between it and
// the modal ("The permanent members who hold most of the pens should"): "who" is the subject of
// its clause, and only "whom" has a subject of its own ("the partners whom donors should fund").
const RELATIVE_BEFORE_MODAL = /\b(?:(?:that|which|whom)\b(?![^,;]*\b(?:is|are|was|were|has|have|had|do|does|did|can|will)\b)[^,;]*|who\s*)$/i;

/**
 * Where a sentence turns prescriptive (the index of its modal or verb of recommending), or -1.
 * A modal in reported speech ("interviewees argued that … should") or in a relative clause
 * does not make the sentence a recommendation.
 */
export function prescriptiveAt(sentence: string): number {
  const m = PRESCRIPTIVE.exec(sentence);
  if (!m) return -1;
  // Brackets are asides: "the role that leaders (the RC/HC, UNCT, cluster) should play".
  const before = sentence.slice(0, m.index).replace(/\([^()]*\)/g, (b) => ' '.repeat(b.length));
  return REPORTED.test(before) || RELATIVE_BEFORE_MODAL.test(before) ? -1 : m.index;
}
