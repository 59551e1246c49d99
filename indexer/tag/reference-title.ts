// The part of a reference entry or citation-only note that says what the cited work is about:
// its title. Authors, publishers, journals and links say nothing of the subject ("American
// Political Science Review" is not about the United States), so tags of references are read
// from the title alone. Entries come in many styles; each branch below is one of them.
import { allMatches } from '../../core/text.js';

/**
 * An entry's head up to its year in brackets, when that is its first bracket but an editors'
 * one: "OHCHR (2011)", "Rosato, S. (2003", "(2019a, updated 2020)", "(forthcoming)", "(n.d.)",
 * "de Coning, C. and Aoi, C. (eds) (2017)". Group 1 is what comes before the year.
 */
const YEAR_HEAD = /^([^()]*?)(?:\((?:eds?|editors?)\.?\)\s*)?\((?:(?:19|20)\d{2}[a-z]?|forthcoming|n\.d\.|undated)\b[^)]*\)/u;
/** The year without brackets after the authors: "Atkinson, P & Leader, N 2000. The …", "Wheeler, V & Harmer, A (eds) 2006. Resetting …". */
const BARE_YEAR_HEAD = /^([^()]*?)(?:\((?:eds?|editors?)\.?\)\s*)?(?:19|20)\d{2}[a-z]?\.(?=\s+[\p{Lu}‘“"'])/u;
/** A journal and its volume closing a title: ", International Peacekeeping, 30:4, 415-476", ", Disasters 18(2), 12-19". */
const JOURNAL_TAIL = /,\s+\p{Lu}[\p{L}'’&-]*(?:\s+(?:of|and|on|for|the|&|\p{Lu}[\p{L}'’&-]*))*,?\s+(?:[Vv]ol\.\s*)?\d+\s*(?:[:(,]|\s+no\.).*$/su;
// An apostrophe between letters is no closing quote: 'Humanitarian diplomacy: the ICRC's neutral …'.
// A title is at most 600 characters (the longest quotation in the bundled corpus's texts is
// 326): unbounded, every opening mark with no closing one after it read to the text's end, and
// an entry of 36 kB of "a, ‘x " took 5 s of CPU, 72 kB 20 s (hostile31).
const QUOTED = /[‘“"]((?:[^’”"]|(?<=\p{L})’(?=\p{L})){8,600})[’”"]|(?<![\p{L}])'((?:[^']|(?<=\p{L})'(?=\p{L})){8,600})'(?![\p{L}])/gu;
/** A word of a personal name: capitalised (hyphens and apostrophes inside), an initial, or a particle. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*|(?:\p{Lu}\.){1,3}|and|&|de|del|della|van|von|der|den|da|di|du|la|le|el|al|bin|ibn|et|al\.)$/u;
const INITIALS = /^(?:\p{Lu}\.(?:-?\p{Lu}\.)*)$/u;

/**
 * Without links, and without the publisher's "City: Publisher" ("… . Geneva: IASC", "(Oxford:
 * Oxford University Press, 2007)", "(Washington, DC: Lakeside, 2010)": a publisher's city is
 * no place the work is about).
 */
function withoutPublisher(text: string): string {
  // A title with a subtitle looks the same ("Emerging Voices: Counterterrorism and …"): a publisher
  // is a short run of words and follows a full stop or an opening bracket, never opens the text.
  return text.replace(JOURNAL_TAIL, ' ').replace(/\(?(?:https?:\/\/|www\.)\S+/g, ' ').replace(/(?<=[.(]\s*)\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?(?:,?\s(?:D\.C\.|\p{Lu}{2}))?:\s*\p{Lu}[^.;,)]{0,60}(?=[.;,)]|\s*$)/gu, ' ');
}

const isName = (word: string) => NAME_WORD.test(word.replace(/[,.;:]+$/, '')) || INITIALS.test(word.replace(/,$/, ''));

/** The head up to the year, bracketed or bare after names, and what comes before the year. */
function yearHead(ref: string): { head: string; before: string } | null {
  const m = YEAR_HEAD.exec(ref);
  if (m) return { head: m[0], before: m[1] };
  // A bare year is a year only after a run of names: "in 2015. The" is part of a sentence.
  const bare = BARE_YEAR_HEAD.exec(ref);
  const names = bare?.[1].trim().split(/\s+/) ?? [];
  return bare && names[0] && names.every(isName) ? { head: bare[0], before: bare[1] } : null;
}

/**
 * Where the title starts in an entry that opens with its authors and has no year in brackets
 * after them, or 0 when no author run is recognised:
 * - "Surname, Given[ and Given Surname]. Title …" (the run ends at a full stop after a name,
 *   or at an initial not followed by another surname: "Bald, Stephanie H. Searching for …");
 * - "Given Surname[, Given Surname][, & Given Surname], Title …" (each author two to four
 *   capitalised words between commas).
 */
export function authorsEnd(ref: string): number {
  const words = [...ref.matchAll(/\S+/g)].map((m) => ({ w: m[0], at: m.index }));
  if (words.length < 3) return 0;
  const firstComma = words.findIndex((x) => x.w.endsWith(','));
  const surnameFirst = (): number => {
    // Surname, Given …: run on through names to the word that closes the run with a full stop
    if (firstComma < 0 || firstComma > 1 || !words.slice(0, firstComma + 1).every((x) => isName(x.w))) return 0;
    for (let i = firstComma + 1; i < Math.min(words.length - 1, 24); i++) {
      const { w } = words[i];
      // "(eds.)" closes the run of editors' names: "Apfel, Roberta and Bennett Simon (eds.). Minefields …"
      if (/^\((?:eds?|editors?)\.?\)[.,:]?$/.test(w)) return words[i + 1].at;
      if (!isName(w)) return 0;
      const closes = w.endsWith('.') && (!INITIALS.test(w) || !words[i + 1].w.endsWith(','));
      if (closes && /^[\p{Lu}‘“"'\d(]/u.test(words[i + 1].w)) return words[i + 1].at;
    }
    return 0;
  };
  const givenFirst = (): number => {
    // Given Surname, …: segments of two to four name words, each closed by a comma
    let i = 0;
    let authors = 0;
    while (i < words.length) {
      let j = /^(?:and|&)$/.test(words[i].w) ? i + 1 : i;
      const start = j;
      while (j < words.length && j - start < 4 && isName(words[j].w) && !words[j].w.endsWith(',')) j++;
      if (j >= words.length || !words[j].w.endsWith(',') || !isName(words[j].w) || j - start < 1 || j - start > 3) break;
      authors++;
      i = j + 1;
    }
    return authors > 0 && i < words.length ? words[i].at : 0;
  };
  return surnameFirst() || givenFirst();
}

/**
 * Where a title's first sentence ends: a full stop, question or exclamation mark after a word
 * and before a capital. Not after an abbreviation: "Holder v. Humanitarian Law Project", "Inc.",
 * "(eds.)", "No. 3" are inside a title or its authors.
 */
const SENTENCE_END = /(?<=(?:\p{L}\p{Ll}|[\d?!])[.?!])(?<!\b(?:vs|eds?|[Nn]o|[Vv]ol|pp|cf|al|etc|Inc|Ltd|Co|Corp|Jr|Sr|St|Mr|Mrs|Ms|Dr|Prof)\.)\s+(?=\p{Lu})/u;
/**
 * A UN document's description after its title says whose report it is: "One humanity: shared
 * responsibility. Report of the Secretary-General for the World Humanitarian Summit".
 */
const DESCRIPTOR = /^(?:Report|Note|Letter|Statement|Briefing|Remarks)\s+(?:of|by|from|to)\s+the\s+[^.]*/u;

const firstSentence = (title: string) => {
  const end = SENTENCE_END.exec(title);
  if (!end) return title;
  const next = DESCRIPTOR.exec(title.slice(end.index + end[0].length));
  return title.slice(0, end.index) + (next ? ` ${next[0]}` : '');
};

/**
 * A head before the year that is a title, not its authors ("The Machel Review 1996-2000: a
 * Critical Analysis … (2000) Graça Machel"): authors' names, persons or organisations, hold no
 * colon and no lower-case word longer than a particle ("Department of Political Affairs").
 */
const TITLE_HEAD = /:|(?<![\p{L}'’-])\p{Ll}{5,}(?![\p{L}'’-])/u;

/**
 * The title part of a reference: what follows the author and year in an author-date entry
 * ("Rosenthal, G. (2019) A brief and independent inquiry into … Myanmar"), else its quoted
 * titles ("Aditi Gorur, 'Defining the Boundaries of UN Stabilization Missions' (Stimson …)"),
 * else what follows the authors' names; without links and the publisher's "City: Publisher".
 */
export function referenceTitle(ref: string): string {
  // A note that cites several works, "See e.g. A, 'Title' (…); B (eds), Title (…)": each one's title.
  const entry = withoutListMarker(ref);
  const works = citedWorks(entry);
  return works.length > 1 ? works.map(oneTitle).filter((t) => t.trim()).join(' | ') : oneTitle(entry);
}

/**
 * A numbered or bulleted list's marker opening an entry ("[1] ", "12. ", "3) ", "(4) ", "• "):
 * it is no word of the authors, and left there it hides them ("1. United Nations, Report of the
 * Secretary-General …" read from its symbol only). A year is no marker ("2005 World Summit Outcome").
 */
const LIST_MARKER = /^\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)](?!\d)|[•·▪◦‣*–-])\s+/u;
const withoutListMarker = (ref: string) => ref.replace(LIST_MARKER, '');

/**
 * The works a note cites, split at the semicolons between them: a semicolon outside brackets
 * followed by a capital (or "see …", "and …") and at least 20 characters each side. "(HPG interviews,
 * 2020; UN, 2014)" stays one.
 */
export function citedWorks(note: string): string[] {
  if (!note.includes(';')) return [note];
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < note.length; i++) {
    const c = note[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ';' && depth === 0 && i - from >= 20 && note.length - i > 20 && /^\s+(?:(?:[Ss]ee|[Cc]f\.|also|e\.g\.,?|and)\s+)*[\p{Lu}‘“"']/u.test(note.slice(i + 1, i + 30))) {
      parts.push(note.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(note.slice(from));
  return parts.map((x) => x.trim());
}

/**
 * A resolution or statement cited by its body's name, "UNSC Res 2100 (25 April 2013) UN Doc
 * S/RES/2100", "UN Security Council Resolution 1265": the body is its author, never an actor.
 */
const RESOLUTION_AUTHOR = /^(?:(?:[Ss]ee\s+(?:also\s+)?)?(?:\p{Lu}[\p{L}-]*\s+){1,4})(?=(?:[Rr]es(?:olution)?\.?|Presidential\s+Statement|PRST)\s*(?:\d|S\/|A\/))/u;

/**
 * A quoted title with the subtitle after its closing quote, "'Nowhere is safe': the Myanmar
 * junta's airstrikes … accountability." (its first sentence): the subtitle says what the work is about.
 */
function withSubtitle(m: RegExpMatchArray): string {
  const title = m[1] ?? m[2];
  const after = m.input!.slice(m.index! + m[0].length);
  const subtitle = /^\s*:\s+(?=\S)/.exec(after);
  return subtitle ? `${title}: ${firstSentence(after.slice(subtitle[0].length))}` : title;
}

/** Text after a year that reads as a title: a first sentence of eight words or more, three of them long lower-case words. */
function titleLike(after: string): boolean {
  const first = firstSentence(after.replace(/^[\s.,:;]+/, ''));
  return first.split(/\s+/).length >= 8 && (first.match(/(?<![\p{L}'’-])\p{Ll}{4,}(?![\p{L}'’-])/gu)?.length ?? 0) >= 3;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** The kinds of document a title may open with: instruments, reports, policies. */
const DOCUMENT_KIND = /^\s*(?:Statute|Charter|Convention|Protocol|Covenant|Declaration|Agreement|Treaty|Report|Handbook|Guidelines?|Policy|Manual|Principles|Resolution|Letter|Note|Statement|Decision|Directive|Code|Rules|Framework|Strategy|Review|Primer|Guidance|Toolkit|Memorandum|Communiqu[eé]|Bulletin|Outcome|Plan|Act|Law|Standards?|Model|Constitution|Regulations?|Study|Mandate|Optional|Additional)\b/u;
/** A word that opens or closes an organisation's name ("Department of …", "… Standing Committee", "… of the Red Cross"). */
const ORGANISATION_WORD = /^(?:Department|Office|Bureau|Committee|Commission|Council|Agency|Organi[sz]ation|Programme|Program|Fund|Institute|Centre|Center|Union|Nations|Bank|Secretariat|Federation|Movement|Watch|Network|Forum|Association|Society|Service|Ministry|Government|Group|Coalition|Alliance|Foundation|Initiative|Board|Unit|Cluster|Assembly|Cross|Crescent)$/u;
const MONTH_FIRST = new RegExp(String.raw`^${MONTH}\b`, 'u');
const ORGANISATION_PARTICLE = /^(?:of|for|the|and|on|in|&|de|des|du|la|le|pour|et)$/u;

/**
 * Where the title starts after an organisation named as the author before a comma, in an entry
 * with no year after the author ("Department of Peacekeeping Operations, Handbook on United
 * Nations Multidimensional Peacekeeping Operations, December 2003", "International Committee of
 * the Red Cross, Professional Standards for Protection Work, 2009", "UNHCR, Handbook for …"), or
 * 0. The name is capitalised words and particles, opening or closing with a word organisations'
 * names do (or one acronym), never with a document's kind ("Charter of the United Nations, 1945");
 * what follows the comma reads as a title, three words or more, not a date or a symbol.
 */
function organisationEnd(base: string): number {
  const comma = base.indexOf(',');
  if (comma < 0) return 0;
  const words = base.slice(0, comma).trim().split(/\s+/);
  const bare = (w: string) => w.replace(/^[(]|[)]$/g, '');
  const acronym = words.length === 1 && /^\p{Lu}[\p{Lu}/&-]{1,9}$/u.test(words[0]);
  const named = words.length >= 2 && words.length <= 10 && words.every((w) => /^[\p{Lu}(]/u.test(w) || ORGANISATION_PARTICLE.test(w)) && (ORGANISATION_WORD.test(bare(words[0])) || ORGANISATION_WORD.test(bare(words[words.length - 1]))) && !DOCUMENT_KIND.test(words[0]);
  if (!acronym && !named) return 0;
  const rest = base.slice(comma + 1);
  const title = /^\s*(?=[\p{Lu}‘“"'])/u.exec(rest);
  if (!title || MONTH_FIRST.test(rest.trim())) return 0;
  return rest.trim().split(/\s+/).length >= 3 ? comma + 1 + title[0].length : 0;
}

/** Up to five words and a comma, and perhaps a second segment, before a capital that opens no date: an author with no name's shape ("UNICEF, Paris Principles …"). */
const LEADING_NAMES = new RegExp(String.raw`^(?:[^,\s]+\s?){1,5},(?:[^,]+,)?\s*(?=\p{Lu})(?!${MONTH}\b)`, 'u');

function oneTitle(ref: string): string {
  const resolution = RESOLUTION_AUTHOR.exec(ref);
  if (resolution) return withoutPublisher(ref.slice(resolution[0].length));
  const year = yearHead(ref);
  const head = year?.head ?? null;
  const quoted = allMatches(QUOTED, ref).map(withSubtitle);
  const afterHead = head !== null ? ref.slice(head.length) : '';
  // The year last ("Charles Doyle, Terrorist Material Support …, Congressional Research Service
  // (2010)[link]"), or no year in brackets: the title follows the authors.
  const yearLast = head !== null && afterHead.replace(/\[[^\]]*\]|[\s.,;:]/g, '').length < 12;
  const beforeYear = year?.before ?? '';
  // The title first, then the year and the authors or the publisher ("The Machel Review …
  // (2000) Graça Machel. A/55/749"): the head is the title when no author run opens it.
  // Not when a title follows the year: an organisation's name in another language has long
  // lower-case words too ("Bureau conjoint des Nations Unies aux droits de l'homme (2020) Rapport
  // public sur les violations … dans le territoire de Beni").
  if (head !== null && !yearLast && beforeYear.search(QUOTED) < 0 && TITLE_HEAD.test(beforeYear) && authorsEnd(beforeYear) === 0 && !titleLike(afterHead)) return withoutPublisher(beforeYear);
  const base = head === null || yearLast ? (head ?? ref).replace(/\([^()]*\)\s*$/, ' ') : null;
  const start = base === null ? 0 : authorsEnd(base) || organisationEnd(base);
  // A quoted title is the title; what follows it is the journal, the venue or the publisher. It
  // may come right after the year ("Rosato, S. (2003). “The Flawed Logic …” American …") or
  // before it ("Jere Van Dyk, "In Afghanistan" (1983)"); but words quoted inside a title that
  // follows the authors are part of it ("Ben Hayes, Counter-Terrorism, ‘Policy Laundering’ and …").
  const quotedIsPart = base !== null && start > 0 && !/^[‘“"']/.test(base.slice(start));
  if (quoted.length && !quotedIsPart && (head === null || head.includes(quoted[0]) || /^[\s.,:;]*[‘“"']/.test(afterHead))) return quoted.join(' | ');
  // After "Author (Year)" the title is the first sentence: the journal, the book a chapter is
  // in ("In A. Editor (eds.), The Oxford Handbook of …") or the publisher follows it.
  if (base === null) return withoutPublisher(firstSentence(afterHead.replace(/^[\s.,:;]+/, '')));
  // With the year last and no authors recognised the words may all be the author's ("HCT in oPt –
  // Humanitarian Country Team … (2019)", its title on the next line): nothing is read from them.
  // But a head that opens with the kind of document it is ("Statute of the International Criminal
  // Tribunal for Rwanda … (1994)") is a title: no author's name starts so.
  if (start === 0 && head !== null && DOCUMENT_KIND.test(base)) return withoutPublisher(base);
  // A date after a second segment is no title ("…, Handbook on …, December 2003"): the segment is.
  if (start === 0) return head === null ? withoutPublisher(base.replace(LEADING_NAMES, '')) : '';
  // After "Surname, Given." the title ends at its first full stop; the journal or publisher follows.
  return withoutPublisher(firstSentence(base.slice(start)));
}
