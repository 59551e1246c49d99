import { basename, extname } from 'node:path';
import type { CslItem, CslName, FrontLine, MetadataSource } from '../../core/types.js';
import type { EmbeddedMetadata } from '../readers/types.js';
import type { CatalogEntry } from './catalog.js';
import type { Taxonomy } from '../../core/taxonomy.js';
import { stripMarks } from '../../core/text.js';
import { isGivenName } from '../../core/given-names.js';
import { parse as parseCslName } from '@citation-js/name';
import { metadataLine } from './byline.js';
import { dateLine, dateText, printedDates } from './date-text.js';
import { documentSymbol, unMastheadLine } from './doc-symbol.js';
import { joinTitleLines } from './title-lines.js';
import { namedAmongPeople, namesMatter } from './common-noun.js';
import { ACRONYM, organisationName } from './body-name.js';
import { lowerCaseOnly, lowerCaseSet, onceFor } from './name-sets.js';
import { runTogetherInitials } from '../references/particles.js';
import { capitalsByline, inCapitals } from './capitals-byline.js';

// Metadata comes from several sources of unequal trust. Each field is taken from the most
// trusted source that has it, and the source is recorded so a user can see where it came from.


export interface MetadataInputs {
  file: string;
  entries: CatalogEntry[];
  embedded: EmbeddedMetadata;
  /** where the reader found `embedded`; without one, embedded fields count as read off the first page */
  embeddedSource?: MetadataSource;
  /** cover / title-page lines in reading order */
  front: FrontLine[];
  /** the running heads and feet of the first page of text, which a journal may print its citation in */
  running?: string[];
  /**
   * the first few paragraphs of the first page of text, which a journal may print its citation
   * in ("Journal of …, Vol. 5, No. 2 (2023), pp. 45–52. DOI: …") under the title block
   */
  opening?: string[];
  /**
   * the first page's first short blocks (paragraphs and quotations, headings aside), where a
   * briefing note or report prints its date on a line of its own ("Briefing note · March 2024",
   * "As of 15 July 2024", a UN masthead's "14 May 2024")
   */
  dated?: string[];
  /** what the lines under the title say (a byline's persons, a "Published …" date: title-block.ts titleBlockLines' `said`) */
  byline?: Partial<CslItem>;
  /** the first page's first headings in order, where a UN report's organ and title may stand when its masthead is read apart from them */
  headings?: string[];
  /** names of bodies (the taxonomy's actors): a title-page line reading so is no author */
  bodies?: string[];
  /** names of places (the taxonomy's gazetteer): "Côte d'Ivoire" under a title is no author */
  places?: string[];
  /** what the taxonomy's themes are named by (labels, cue phrases): "Civilian Harm" under a title is a subtitle, no author */
  matters?: string[];
  /** the notes' gazetteer (references/parse.ts): places, states and bodies' acronyms, which say "WFP Somalia", "DRC Denmark" are no one's initials */
  gazetteer?: ReadonlySet<string>;
}

export interface ResolvedMetadata {
  csl: CslItem;
  provenance: Record<string, MetadataSource>;
}

const DOI = /\b(10\.\d{4,9}\/[^\s"<>,;]+[^\s"<>,;.)])/;

/**
 * One personal name in CSL's parts. citation-js's name parser keeps particles with the family
 * name as CSL's non-dropping-particle ("Pieter van der Berg": "van der" + "Berg", cited
 * "van der Berg"), where splitting at the last space had made "Pieter van der" the given name.
 */
export function parseName(name: string): CslName {
  return organisationName(name) ? { literal: name.trim() } : personalName(name);
}

/** A name read as a person's, given and family parts, whatever its shape says (parseName asks organisationName first). */
function personalName(name: string): CslName {
  let n = name.replace(/[*†‡\d]+$/, '').trim();
  // citation-js reads a trailing "Jr." as part of the family name ("Beethoven Jr."); CSL has a
  // part of its own for it, which keeps it out of sorting and out of "Beethoven Jr., Ludwig"
  const suffix = SUFFIX.exec(n);
  let generation = suffix && suffix.index > 0 ? suffix[1] : undefined;
  if (suffix && suffix.index > 0) n = n.slice(0, suffix.index).trim();
  // "Davis Jr., Sammy": an inverted name with the generation after the family name; it had been
  // read as family "Sammy", given "Davis Jr.," (a trailing comma bibtex and biber complain of)
  const inner = generation ? null : FAMILY_GENERATION.exec(n);
  if (inner) {
    generation = inner[2];
    n = `${inner[1]}, ${inner[3]}`;
  }
  if (n.includes(',')) {
    const [family, given] = n.split(',').map((s) => s.trim());
    if (!given) return { literal: generation ? name.trim() : family };
  } else if (!/\s/.test(n)) return { literal: generation ? name.trim() : n };
  const parsed = parseCslName(n);
  // citation-js takes only lower-case particles; capitalised ones before the last word are the
  // family name's own first words ("Jean-Marie Le Pen": Le Pen, "Ursula Von Der Leyen": Von Der Leyen)
  const capital = CAPITAL_PARTICLE.exec(n);
  if (capital && !n.includes(',')) {
    parsed.given = n.slice(0, capital.index).trim();
    parsed.family = `${capital[1]}${capital[2]}`;
    delete parsed['non-dropping-particle'];
    delete parsed['dropping-particle'];
  }
  const out: CslName = {};
  // the order a CSL item lists them in, empty parts left out
  for (const key of ['given', 'dropping-particle', 'non-dropping-particle', 'family', 'suffix'] as const) if (parsed[key]) out[key] = parsed[key];
  if (generation && out.family) out.suffix = generation;
  return out.family ? out : { literal: name.trim() };
}

/** A generation after a name, with or without its comma: "Jr.", "Sr.", a roman numeral from II to XX ("Henry VIII"). */
const GENERATION = 'Jr\\.?|Sr\\.?|Jnr\\.?|Snr\\.?|I{2,3}|IV|VI{1,3}|IX|XI{1,3}|XIV|XVI{0,3}|XIX|XX';
const SUFFIX = new RegExp(`,?\\s+(${GENERATION})$`);
/** "Davis Jr., Sammy": family name, generation, comma, given name. */
const FAMILY_GENERATION = new RegExp(`^([^,]*\\S)\\s+(${GENERATION}),\\s*(\\S.*)$`);

/** A capitalised particle before the last word, after at least one given name. */
const CAPITAL_PARTICLE = /(?<=\S\s+)((?:(?:Le|La|Les|De|Des|Du|Van|Von|Der|Den|Di|Da|Del|Della|Dos|Das)\s+)+)(\p{Lu}[\p{L}'’-]+)$/u;

/** Lower-case words and prefixes that belong to a family name: van der Berg, de la Fontaine, al-Hassan. */
const PARTICLE = "(?:van|von|der|den|de|del|della|dei|di|da|das|dos|do|du|la|le|lo|ter|ten|te|bin|bint|ibn|abu|y)";
const PREFIXED = "(?:al|el|ad|ar|as|ash|at|an|ben|d|l)[-'’]";

// A given name as an inverted list writes it: initials ("J.", "J.-P.", "A. B.") or one or two capitalised words.
const GIVEN_PART = /^(?:\p{Lu}\.(?:\s*-?\s*\p{Lu}\.)*|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)$/u;

/**
 * "Smith, J., Doe, A." is two names, each "Family, Given": the comma parts one name from the
 * next as well as a family name from its given name, and reading it as one name had made
 * "J., Doe" a suffix and lost Doe. Paired only where every second part is a given name's shape
 * and no part names a body.
 */
function invertedPairs(part: string): string[] {
  const bits = part.split(',').map((s) => s.trim());
  if (bits.length < 4 || bits.length % 2 || bits.some((b) => !/\p{L}/u.test(b) || organisationName(b))) return [part];
  const pairs: string[] = [];
  for (let i = 0; i < bits.length; i += 2) {
    if (!GIVEN_PART.test(bits[i + 1]) || SUFFIX.test(` ${bits[i + 1]}`)) return [part];
    pairs.push(`${bits[i]}, ${bits[i + 1]}`);
  }
  return pairs;
}

/** A comma before what reads as a whole name ("Amina Diallo, Pieter van der Berg"). */
const COMMA_BEFORE_NAME = new RegExp(`,(?=\\s*\\p{Lu}\\p{Ll}+\\s+(?:\\p{Lu}|${PARTICLE}\\s|${PREFIXED}))`, 'u');

/**
 * A part split at each comma before a whole name, but where the text before the comma is a
 * family name alone ("King", "de la Cruz", "Gates Jr."), the comma inverts one name and does
 * not part two: "King, Martin Luther, Jr." had been two authors, "King" and "Martin Luther, Jr."
 * (the known fault in issue exports16), "de la Cruz, María José" the family name "Cruz" and a
 * person named "María José". An acronym or a body's name before the comma is an author of its
 * own: "UNHCR, Norwegian Refugee Council" is two bodies (review16 b, finding 4).
 */
/**
 * Two people joined by French, Spanish, Portuguese or German "and" ("Élodie Marchand et François
 * Lefèvre", "Ana Gómez y Luis Pérez"): split only where each side is a whole name of two words or
 * more, so a Spanish double surname keeps its "y" ("José Ortega y Gasset"; userreview20b: the
 * French pair had been one person with "et" for a particle).
 */
function conjunctionParts(part: string): string[] {
  const sides = part.split(/\s+(?:et|y|e|und)\s+/u);
  const whole = (side: string) => /^\p{Lu}/u.test(side.trim()) && side.trim().split(/\s+/).length >= 2;
  if (sides.length < 2 || !sides.every(whole)) return [part];
  // a body's name holds "y"/"et" too ("Ministerio de Salud y Protección Social"): split only
  // where every side is a body of its own or none is (two people)
  const bodies = sides.filter((side) => organisationName(side)).length;
  return bodies === 0 || bodies === sides.length ? sides : [part];
}

function commaParts(part: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const piece of part.split(COMMA_BEFORE_NAME)) {
    current = current ? `${current},${piece}` : piece;
    const words = current.trim().replace(SUFFIX, '').split(/\s+/);
    // an acronym or a body's name is an author of its own, no one's family name ("UNHCR, Norwegian Refugee Council")
    const body = ACRONYM.test(current) || organisationName(current);
    if (current.includes(',') || body || (words.length >= 2 && /^\p{Lu}/u.test(words[0]))) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

export function splitNames(raw: string): CslName[] {
  // A comma or semicolon ending the list is a separator with nothing after it (gropdf writes the
  // Info Author "Victoria Metcalfe-Hough,"): it had made the person a literal, and "Bowden, Mark,"
  // a given name "Mark,". A name of one word keeps it ("OCHA,": RIS's mark of a body).
  const stripped = raw.replace(/\s*[,;]\s*$/u, '');
  const text = /\s/.test(stripped.trim()) ? stripped : raw;
  const names = text
    .split(/\s*(?:;|,\s*and\s+|\s+and\s+|&)\s*/u)
    .flatMap(conjunctionParts)
    .flatMap(commaParts)
    .flatMap(invertedPairs)
    .map((s) => s.trim())
    // a part with no letter ("7", "*") is no name: it had become an author with an empty name
    .filter((s) => /\p{L}/u.test(s));
  // "Food and Agriculture Organization" is one body: split only where each part could stand alone
  // as a body ("UNHCR and OCHA") or none of them is one (a list of people)
  if (names.length > 1 && organisationName(text) && !text.includes(';') && !names.every((n) => organisationName(n) || /^\p{Lu}{2,}$/u.test(n))) return [{ literal: text.trim() }];
  return names.map(parseName);
}

// a title page's date is of the last two centuries: an address's "1234 Main Street" is no year
const TITLE_PAGE_EARLIEST_YEAR = 1900;

// The separator is a comma or a word of its own: an "and" allowed inside a word ("Roland")
// gave each such name two readings, and a long line of them exponential time to fail.
// A name's later words may follow particles ("Pieter van der Berg") or carry a prefix
// ("Khalid al-Hassan"); particles are lower case and names' words capitalised, so the two
// never compete for the same letters and the pattern stays linear.
const LATER_NAME_WORD = `\\s+(?:${PARTICLE}\\s+)*(?:${PREFIXED})?\\p{Lu}[\\p{L}'’.-]*`;
const ONE_NAME = `\\p{Lu}[\\p{L}'’.-]+(?:${LATER_NAME_WORD})+`;
const NAME_LINE = new RegExp(`^${ONE_NAME}(?:(?:\\s*,\\s*|\\s+(?:and|&)\\s+)${ONE_NAME})*[*†‡\\d]?$`, 'u');
/** Longer than any byline; the pattern is not run on a paragraph. */
const LONGEST_NAME_LINE = 120;
// Whole words: a family name may hold one ("Fellowes", "Schooler").
const NOT_A_PERSON = /\b(?:introduction|summary|contents|abstract|background|conclusions?|recommendations?|annex|overview|foreword|preface|universit\p{L}*|schools?|institut\p{L}*|department|policy group|centre|center|college|foundation|ministry|office|council|programme|fellows?|professor|director|editors?|research\p{L}*|associates?)\b/iu;

function nameLine(text: string): boolean {
  const t = text.trim();
  return t.length <= LONGEST_NAME_LINE && NAME_LINE.test(t) && !NOT_A_PERSON.test(text) && !runningTitle(text) && t.split(NAME_SEPARATOR).every(plausibleName);
}

const NAME_SEPARATOR = /\s*,\s*|\s+(?:and|&)\s+/;

// Place and organisation names take particles too ("Côte d'Ivoire", "Santa Cruz de la Sierra",
// "Casa de la Mujer", "Direitos da Criança"); a person's has a given name before the particle.
// These words begin or make up a place's or a body's name and are no one's given name.
const NOT_GIVEN = /^(?:santa|santo|san|são|sao|saint|sainte|st\.?|ste\.?|côte|cote|cabo|cap|cape|costa|porto|puerto|port|fort|ciudad|cidade|villa|vila|ville|nueva|nuevo|nova|novo|rio|río|mont|monte|lac|lago|lake|isla|ilha|île|ile|sierra|serra|bahía|bahia|golfo|gulf|región|region|province|provincia|província|département|distrito|district|casa|direitos|derechos|droits|rights|médecins|medecins|médicos|medicos|doctors|mujer|mujeres|mulher|mulheres|femmes|women|niños|niñas|ninos|crianças|criança|enfants|children|asociación|asociacion|associação|associacao|association|associazione|fundación|fundacion|fundação|fundacao|fondation|fondazione|centro|centre|center|instituto|institut|comité|comite|comisión|comision|comissão|commission|conseil|consejo|conselho|ministère|ministerio|ministério|secretaría|secretaria|observatorio|observatório|observatoire|red|rede|réseau|reseau|movimiento|movimento|mouvement|frente|front|unión|union|união|federación|federação|fédération|colectivo|coletivo|collectif|programa|programme|proyecto|projeto|projet|servicio|serviço|service|grupo|groupe|alianza|aliança|alliance|plataforma|plateforme|platform|universidad|universidade|université|escuela|escola|école|hospital|hôpital|iglesia|igreja|église|caritas|croix|cross|crescent|croissant|república|republica|république|republic|reino|royaume|kingdom|estado|état|state|unidos|unis|united|nations|naciones|nações|norte|sur|sul|nord|north|south|este|leste|est|east|oeste|ouest|west|central|centrale|alto|alta|baja|bajo|haute|haut|bas|basse|upper|lower|great|greater|gran|grande|grand|petit|petite|little|new|old)$/iu;
// A particle or prefix inside one name: what precedes it is the given name.
const PARTICLE_IN_NAME = new RegExp(`\\s(?:${PARTICLE}\\s|${PREFIXED})`, 'u');

/** One name of a byline: where a particle follows, every word before it could be a given name. */
function plausibleName(name: string): boolean {
  const at = PARTICLE_IN_NAME.exec(name);
  if (!at) return true;
  const given = name.slice(0, at.index).trim().split(/\s+/);
  return given.length > 0 && given.every((w) => !NOT_GIVEN.test(w)) && !ORGANISATION.test(name);
}

/**
 * Names set side by side with no word between them (LaTeX's `\and` puts each in a box of its
 * own) come out as one run of capitalised words; the reader keeps the wide space between the
 * boxes, and only that says where one name ends ("Ana María García Pérez" is one person).
 */
export function sideBySide(line: FrontLine): string[] {
  const parts = line.parts?.map((p) => p.trim()).filter(Boolean) ?? [];
  // the parts must still be the line's text: a later step may have rewritten it
  if (parts.length > 1 && parts.join(' ').replace(/\s+/g, ' ') === line.text.replace(/\s+/g, ' ').trim() && parts.every(nameLine)) return parts;
  return [line.text];
}

// Words that make a capitalised line a body's name, not a person's.
const ORGANISATION = /\b(?:watch|house|nations|institut\p{L}*|universit\p{L}*|committee|commission|agency|organi[sz]ation|association|society|network|federation|alliance|coalition|trust|fund|forum|initiative|project|group|unit|service|services|bank|union|league|academy|observatory|secretariat|frontières|frontieres|international|ngo|un)\b/iu;

/** Set alike: the same size and face, and (where the reader gave edges) a shared edge or centre. */
function sameSetting(a: FrontLine, b: FrontLine): boolean {
  if (a.size !== b.size || a.font !== b.font || Boolean(a.italic) !== Boolean(b.italic)) return false;
  if (a.x0 === undefined || a.x1 === undefined || b.x0 === undefined || b.x1 === undefined) return true;
  return Math.abs(a.x0 - b.x0) < 2 || Math.abs(a.x1 - b.x1) < 2 || Math.abs((a.x0 + a.x1) / 2 - (b.x0 + b.x1) / 2) < 3;
}

/**
 * Set beside the line before, on its baseline, in its type: LaTeX's `\and` on a two-column page
 * puts each name in a box either side of the gutter, where the reader cuts them into two lines
 * that share neither an edge nor a centre (the second author was lost).
 */
function beside(a: FrontLine, before: FrontLine, gutter = GUTTER_SIZES): boolean {
  if (a.y === undefined || before.y === undefined || a.x0 === undefined || before.x1 === undefined) return false;
  // just across the gutter: a line at the far margin on the byline's baseline is a series or a
  // place set flush right ("Working Paper", "Geneva Switzerland"), not the next name's box (review16 b, 5)
  const gap = a.x0 - before.x1;
  return a.size === before.size && a.font === before.font && Boolean(a.italic) === Boolean(before.italic) && Math.abs(a.y - before.y) < a.size * 0.2 && gap > 0 && gap < a.size * gutter;
}
/** The widest gap, in type sizes, between two names' boxes either side of a gutter (4.7 on the OCR copy's centred byline, userreview19a finding 5). */
const GUTTER_SIZES = 5;
/** The same between names LaTeX centres over lines of other widths (6–6.8 in pdf43's four two-author title blocks), for a name short of the margin. */
const CENTRED_GUTTER_SIZES = 10;
/** How far short of the text's right edge, in type sizes, a name beside another must end to be read across a wider gap. */
const INSIDE_MARGIN_SIZES = 2;
// Words naming a document or its version, set on a byline's baseline at the margin; no one's name.
const DOCUMENT_WORD = /\b(?:paper|note|notes|brief|briefing|report|edition|draft|version|series|memo|memorandum)\b/iu;

/** The names the taxonomy's actors go by (labels, aliases, acronyms spelled out): bodies, not authors. */
export function actorNames(tax: Pick<Taxonomy, 'actors'>): string[] {
  return onceFor(actorLists, tax.actors, () => tax.actors.flatMap((a) => [a.label, ...a.aliases, ...Object.keys(a.acronyms), ...Object.values(a.acronyms)]));
}

// by the taxonomy's own list: every document of a run asks, and gets one array (name-sets.ts)
const actorLists = new WeakMap<Taxonomy['actors'], string[]>();
const themeLists = new WeakMap<Taxonomy['themes'], string[]>();

/** What the taxonomy's themes are named by (labels, written cue phrases): matters, not authors. */
export function themeNames(tax: Pick<Taxonomy, 'themes'>): string[] {
  return onceFor(themeLists, tax.themes, () => tax.themes.flatMap((t) => [t.label, ...Object.keys(t.cues)]));
}
const placeLists = new WeakMap<Taxonomy['places'], string[]>();

/** The names the taxonomy's places go by (labels, aliases, capitals, regions and towns): places, not authors. */
export function placeNames(tax: Pick<Taxonomy, 'places'>): string[] {
  return onceFor(placeLists, tax.places, () => tax.places.flatMap((p) => [p.label, ...p.aliases, ...p.capitals, ...p.regions]));
}

// The UN organs that issue documents under a symbol, as their title blocks name them.
const UN_ORGAN = /^(?:United Nations(?: (?:Security Council|General Assembly|Economic and Social Council|Human Rights Council))?|Security Council|General Assembly|Economic and Social Council|Human Rights Council)$/i;
const ROMAN_SECTION = /^[IVX]{1,5}\.\s/;

// An instrument's name carries the year it was made: "the Charter of 1945", "Geneva Conventions
// of 1949", "Resolution 1325 (2000)", "Arms Trade Treaty (2013)". Capitalised, as titles are.
const INSTRUMENT_YEAR = /\b(?:Charter|Conventions?|Protocols?|Resolution|Declaration|Statute|Treaty|Covenant|Act|Principles)\b(?:\s+(?:No\.\s*)?[\d/]+)?\s*(?:of\s+(?:\d{1,2}\s+\p{L}+\s+)?|\(\s*)(?:19|20)\d{2}\b/u;

/**
 * Whether a short front line's year is one the text cites, not the document's date. A title
 * page's own lines (title, byline, series, "November 2020", "London, 2021") begin with a capital,
 * a digit or the date; a line beginning in lower case is running text a narrow column wrapped (a
 * typeset copy's sidebar "into force in 1945, specifically" dated the 2020 report 1945,
 * userreview19b finding 11), unless it opens with its date ("novembre 2020"). A year an
 * instrument's name carries is the instrument's.
 */
export function citedYearLine(text: string): boolean {
  const t = text.trim();
  if (/^\p{Ll}/u.test(t) && printedDates(t)[0]?.index !== 0) return true;
  return INSTRUMENT_YEAR.test(t);
}

/** The title page's date, where the guess has none yet. */
function withTitlePageDate(guess: Partial<CslItem>, front: FrontLine[]): Partial<CslItem> {
  // a document symbol's year ("S/2023/345") is the year it was registered, not its date; a year
  // running text or a cited instrument gives is theirs (citedYearLine)
  for (const l of guess.issued ? [] : front.filter((f) => !documentSymbol(f.text) && !citedYearLine(f.text))) {
    const d = dateText(l.text, TITLE_PAGE_EARLIEST_YEAR).parts;
    if (d.length && l.text.length < 40) {
      guess.issued = { 'date-parts': [d] };
      break;
    }
  }
  return guess;
}

/**
 * A line under a byline that only a person's has: a university's, a department's (a person's
 * e-mail address: affiliationLine). (Not a think tank's or a publisher's name: "Chatham House" under a subtitle would make
 * it a person; nor an institute's, which most think tanks are: "Overseas Development Institute"
 * under "Hard Choices" had made the subtitle the author, review41.)
 */
const AFFILIATION_LINE = /\b(?:universit\p{L}*|college|school\s+of|department|faculty|faculté|facultad)\b/iu;
/**
 * The local parts of an office's mailbox, not a person's: a publisher prints "info@ipinst.org",
 * "contact@…", "press@…" under a subtitle as often as an author prints an address under a
 * byline, so such an address says no one wrote the line above it (review41). A person's is a
 * name or initials ("j.smith@", "hslim@").
 */
const ROLE_MAILBOX = new Set(['info', 'contact', 'contacts', 'press', 'media', 'news', 'office', 'admin', 'mail', 'email', 'enquiries', 'inquiries', 'enquiry', 'inquiry', 'hello', 'secretariat', 'communications', 'comms', 'publications', 'publication', 'pubs', 'library', 'editor', 'editors', 'editorial', 'webmaster', 'web', 'feedback', 'general', 'reception', 'team', 'support', 'membership', 'events', 'research', 'programmes', 'programs', 'policy', 'ask', 'mailbox', 'postmaster', 'noreply', 'no-reply', 'permissions', 'rights', 'copyright', 'sales', 'orders', 'subscriptions']);
const EMAIL = /([\p{L}\d._%+-]+)@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu;
/**
 * An office's mailbox also when its role is one part of a joined local part: "info.geneva@",
 * "press-office@", "geneva_media@" (review43 found them read as a person's). Only the first or
 * the last part: a person's address ends or begins with their name ("j.smith@",
 * "serenity.smith@"), and a name that is also a role word in the middle ("a.press.b") is rarer
 * than an office's.
 */
function roleMailbox(local: string): boolean {
  const lower = local.toLowerCase();
  if (ROLE_MAILBOX.has(lower)) return true;
  const parts = lower.split(/[._-]+/).filter(Boolean);
  return parts.length > 1 && (ROLE_MAILBOX.has(parts[0]) || ROLE_MAILBOX.has(parts[parts.length - 1]));
}
/** Whether a line under a would-be byline says a person's: an affiliation, or an address that is no office's mailbox. */
const affiliationLine = (text: string): boolean => AFFILIATION_LINE.test(text) || [...text.matchAll(EMAIL)].some((m) => !roleMailbox(m[1]));

/** Title, authors, date and series read off a cover or title page. */
export function firstPageGuess(lines: FrontLine[], bodies: string[] = [], places: string[] = [], matters: string[] = [], known?: ReadonlySet<string>): Partial<CslItem> {
  const guess: Partial<CslItem> = {};
  const bodyNames = lowerCaseSet(bodies);
  const placeNames = lowerCaseSet(places);
  const matterNames = lowerCaseSet(matters);
  // A known place is no one's name, alone or among names ("Burkina Faso and Côte d'Ivoire"), nor
  // is a subtitle's matter: a theme's name ("Civilian Harm") or an abstract noun ("Climate
  // Security" under the title, meta38). `cue`: an affiliation or an address under the line says
  // person (meta40); so does a known person listed beside the name on its line, joined by a
  // comma or "and" or set side by side (namedAmongPeople, meta41). A line under a byline in its
  // type is no such sign: a subtitle may be set so.
  // A known body's one-word name opening a name is its affiliate's or unit's, no given name
  // ("Oxfam Novib", "Oxfam Intermón"; meta43) unless the list knows the word as one.
  const bodyFirst = (n: string) => {
    const words = n.trim().split(/\s+/);
    return words.length > 1 && bodyNames.has(words[0].toLowerCase()) && !isGivenName(words[0]);
  };
  const person = (line: FrontLine, cue = false) => {
    const text = line.text;
    const names = text.trim().split(NAME_SEPARATOR);
    const vouched = cue || namedAmongPeople(names.length > 1 ? names : sideBySide(line));
    return (
      !inCapitals(text) &&
      nameLine(text) &&
      !bodyNames.has(text.trim().toLowerCase()) &&
      !names.some((n) => placeNames.has(n.toLowerCase()) || matterNames.has(n.toLowerCase()) || bodyFirst(n) || namesMatter(n, vouched))
    );
  };
  // A note mark raised beside a name ("Gilder*") leads to the author's affiliation, not the name.
  const marked = lines.map((l) => ({ ...l, text: stripMarks(l.text).trim(), ...(l.parts ? { parts: l.parts.map((p) => stripMarks(p).trim()) } : {}) }));
  // lines saying who wrote it and when ("Author: …", "Published 2023.", "A et B — Paris, 2021")
  // give those fields, and are no title, byline or date to guess from
  const front: FrontLine[] = [];
  // "By Donors", "By Member States": a group the taxonomy also writes in lower case is a common
  // noun, no author, and such a line no one's name either (review19 a, 4, as title-block.ts reads it)
  const common = lowerCaseOnly(bodies);
  let afterText = false;
  const group = (n: NonNullable<CslItem['author']>[number]) => common.has((n.literal ?? [n.given, n.family].filter(Boolean).join(' ')).toLowerCase());
  for (const l of marked) {
    const said = l.text.length <= 300 ? metadataLine(l.text, splitNames) : null;
    if (said?.author?.some(group)) continue;
    // a plain text's first lines run on into its text: a "By …" line after a paragraph of it
    // ("By the Secretary-General" heading a section) is no byline (review19 a, 5)
    if (said && afterText) continue;
    if (l.size <= 0 && l.text.split(/\s+/).length > 20) afterText = true;
    if (!said) front.push(l);
    else for (const [k, v] of Object.entries(said)) if (guess[k] === undefined) guess[k] = v;
  }
  // a UN masthead's symbol, distribution, session and language lines are no title nor subject
  const usable = front.filter((l) => l.text.trim().split(/\s+/).length >= 2 && !documentSymbol(l.text) && !unMastheadLine(l.text));
  if (usable.length === 0) return guess;
  const sized = usable.some((l) => l.size > 0);
  let titleLines: FrontLine[] = [];
  if (sized) {
    // The largest type of a line with at least two words (a one-word logo is not a title),
    // continued over the following lines of the same size.
    const max = Math.max(...usable.map((l) => l.size));
    const start = front.indexOf(usable.find((l) => l.size === max)!);
    for (let i = start; i < front.length && front[i].size === max; i++) titleLines.push(front[i]);
  } else {
    titleLines = usable.filter((l) => !/@|universit|orcid|version|copyright|©|http|www\./i.test(l.text) && !dateLine(l.text)).slice(0, 1);
  }
  const symbol = front.map((l) => documentSymbol(l.text)).find(Boolean);
  if (symbol) {
    guess.number = symbol;
    // A UN report's first lines name the organ before the title ("United Nations Security
    // Council", "General Assembly"): the organ is the author it is cited by, the next line the
    // title, with "Report of the Secretary-General" under it as its subtitle. The organ had been
    // the title and the first heading ("I. Introduction") a person.
    const organ = titleLines.length === 1 ? UN_ORGAN.exec(titleLines[0].text.trim()) : null;
    const next = organ ? usable.slice(usable.indexOf(titleLines[0]) + 1).filter((l) => !dateLine(l.text)) : [];
    if (organ && next[0] && !ROMAN_SECTION.test(next[0].text) && !guess.author) {
      guess.author = [{ literal: titleLines[0].text.trim() }];
      const sub = next[1] && /^report of\b/i.test(next[1].text.trim()) ? `: ${next[1].text.trim()}` : '';
      guess.title = `${next[0].text.trim()}${sub}`;
      return withFrontFields(guess, front);
    }
  }
  if (titleLines.length) guess.title = joinTitleLines(titleLines.map((l) => l.text));
  // a byline in capitals (amsart's) is read in its names' usual case; another line in capitals
  // under the title is a heading, a body's name or a title's second line, no one's name (meta45)
  const placeOrBody = (w: string) => placeNames.has(w) || bodyNames.has(w);
  const after = front.slice(front.indexOf(titleLines[titleLines.length - 1]) + 1).map((l): FrontLine => {
    const cased = capitalsByline(l.text, placeOrBody);
    if (!cased) return l;
    const { parts: _capitals, ...rest } = l;
    return { ...rest, text: cased };
  });
  const first = after.findIndex((l, k) => person(l, after[k + 1] !== undefined && affiliationLine(after[k + 1].text)));
  if (first >= 0 && !guess.author) {
    // Authors set one to a line (groff's .AU, a centred byline) follow each other in the same
    // type; without type sizes (plain text) a capitalised heading could pass for a name.
    let end = first + 1;
    // An affiliation under the byline ("Chatham House", "Geneva Switzerland") may share its
    // size; a further author shares the first one's face and its edge or centre too.
    // A name beside the one before must also be no document word, series or place by any of its words.
    // LaTeX centres each name's box (`\and`) over the widest line under it, an affiliation under
    // the last name only: the gap between the names then passes GUTTER_SIZES, while the pair stays
    // inside the page's text (pdf43: "Adaeze Okafor   Henrik Lindqvist", 6.8 sizes apart); a line
    // reaching the margin is a series or a place set flush right
    const margin = Math.max(...front.map((l) => l.x1 ?? 0));
    const inside = (l: FrontLine) => l.x1 !== undefined && l.x1 < margin - l.size * INSIDE_MARGIN_SIZES;
    const besideName = (l: FrontLine, before: FrontLine) =>
      (beside(l, before) || (inside(l) && beside(l, before, CENTRED_GUTTER_SIZES))) && !DOCUMENT_WORD.test(l.text) && !SERIES.test(l.text) && !l.text.trim().split(/\s+/).some((w) => placeNames.has(w.toLowerCase()));
    while (end < after.length && after[first].size > 0 && (sameSetting(after[end], after[first]) || besideName(after[end], after[end - 1])) && person(after[end]) && !ORGANISATION.test(after[end].text) && after[end].text.split(/\s+/).length <= 4) end++;
    guess.author = after.slice(first, end).flatMap((l) => sideBySide(l)).flatMap(splitNames).map((n) => initialsBeforeSurname(n, known ?? byFirstPage(bodies, placeNames)));
  }
  return withFrontFields(guess, front);
}

/** An acronym as a body prints it ("MSF", "WFP"), as the notes' gazetteer keeps it. */
const PRINTED_ACRONYM = /^\p{Lu}{2,8}$/u;

/**
 * A byline's name organisationName took for a body by its acronym ("AJR Groom", "HLA Hart"), read
 * as a person's run-together initials where the notes would read it so (runTogetherInitials, with
 * the known bodies' acronyms and the places): "MSF Logistique", "WFP Somalia", "IOM Geneva" stay
 * bodies (meta44).
 */
function initialsBeforeSurname(name: CslName, known: ReadonlySet<string>): CslName {
  return name.literal !== undefined && runTogetherInitials(name.literal.split(/\s+/), known) ? personalName(name.literal) : name;
}
/** Without the notes' gazetteer (a test, a tool): the bodies' acronyms as printed and the places, lower-cased, as it holds them. */
const byFirstPage = (bodies: string[], places: ReadonlySet<string>): ReadonlySet<string> => new Set([...places, ...bodies.filter((b) => PRINTED_ACRONYM.test(b))]);

/** The title page's date, series, DOI and journal citation, where the guess has none yet. */
function withFrontFields(guess: Partial<CslItem>, front: FrontLine[]): Partial<CslItem> {
  withTitlePageDate(guess, front);
  const series = front.find((l) => SERIES.test(l.text) && l.text.length < 60);
  if (series) Object.assign(guess, seriesFields(series.text));
  const doi = front.map((l) => DOI.exec(l.text)?.[1]).find(Boolean);
  if (doi) guess.DOI = doi;
  // only the document's own citation (ownCitation): a plain text's front lines run into its first
  // paragraphs, where "See Smith, Journal of …" had made a report that work's journal article
  for (const l of front) {
    const found = journalCitationIn(l.text);
    if (found && ownCitation(l.text, found.before)) {
      Object.assign(guess, found.item);
      break;
    }
  }
  return guess;
}

const SERIES = /\b(briefing note|working paper|policy brief|policy report|discussion paper|report series|occasional paper|research paper|issue brief|policy paper)\b/i;

/** "HPG working paper 12", "Working Paper No. 12": the series name and its number. */
export function seriesFields(text: string): Partial<CslItem> {
  const t = text.trim();
  const m = new RegExp(`^(.*?${SERIES.source}.*?)[\\s,]*(?:no\\.?|number|nº|#)?\\s*(\\d+[a-z]?)\\s*$`, 'i').exec(t);
  return m ? { 'collection-title': m[1].trim(), 'collection-number': m[3] } : { 'collection-title': t };
}

/**
 * A running title set in capitals ("PEACE OPERATIONS AND HUMAN SECURITY") looks like a line of
 * names to a pattern; names are never joined by the words a title is made of.
 */
export function runningTitle(text: string): boolean {
  const t = text.trim();
  if (/\p{Ll}/u.test(t)) return false;
  return /\b(OF|THE|IN|ON|FOR|TO|WITH|FROM|BETWEEN|A|AN|CONTEXT|SECURITY|OPERATIONS|PEACE|POLICY|HUMANITARIAN|REVIEW|JOURNAL)\b/.test(t) || /,\s*\p{Lu}+\s+\p{Lu}+\s+\p{Lu}+/u.test(t);
}

const PAGES = '(\\d{1,5})\\s*[-–—]\\s*(\\d{1,5})';
// At most 24 words: a name of any length let each start in a long block (under the 'i' flag every
// word is a name word) run to the block's end before failing, so a 160 KB Markdown note took
// 22 s of CPU here and one of 400 KB its worker past the time limit. The cap bounds what a match
// takes, not the line: a match starts at the first word from which 25 name words or fewer reach
// the volume, so an article title a citation line puts before the journal's name is cut at its
// front (where no full stop parts them its last words stay in the name, as the whole title did
// before the cap), and a name is never lost for a long title. No journal's name alone comes near 25 words.
const JOURNAL_NAME = "(\\p{Lu}[\\p{L}'’&:.-]*(?:\\s+(?:of|and|for|on|the|in|&|\\p{Lu}[\\p{L}'’&:.-]*)){1,24})";

/**
 * journalCitationIn's forms: a volume and issue, a volume (issue), a volume (year), each with
 * its pages. Compiled once: they were made again at every call, on every front line and short
 * first-page paragraph of every document; with the test before them (PAGES_AT_ALL) the first's
 * JOURNAL_NAME under 'iu', tried from every capital of the text, was ~1.7 % of a file worker's
 * CPU on the 20k corpus (build18b's profile).
 */
/** What the second and third forms need somewhere: a volume's figures, then a bracket. */
const VOLUME_BRACKET = /\d\s*\(/;
const CITATION_FORMS: [RegExp, (m: RegExpExecArray) => Partial<CslItem>, RegExp][] = [
  // no 'i' flag: with it \p{Lu} takes lower case too, every "of" of JOURNAL_NAME is both a
  // joining word and a name's word, and the paths double with each: 570 characters of prose
  // with "vol 3 no 2 pp 1-2" took 5 s (reviewfix18a). The marks' cases are spelled out.
  [new RegExp(`${JOURNAL_NAME}(?:,\\s*|\\s+)(?:[Vv]ol\\.?|VOL\\.?|[Vv]olume|VOLUME)\\s*(\\d+)\\s*[,(]?\\s*(?:[Nn]o\\.?|NO\\.?|[Ii]ssue|ISSUE|[Nn]umber|NUMBER)\\s*(\\d+)\\)?(?:\\s*\\((\\d{4})\\))?[,:.]?\\s*(?:(?:[Pp]p?|PP)\\.\\s*)?${PAGES}`, 'u'), (m) => ({ 'container-title': m[1], volume: m[2], issue: m[3], ...issueYear(m[4]), page: `${m[5]}-${m[6]}` }), /\b(?:vol|volume)\b/i],
  [new RegExp(`${JOURNAL_NAME},?\\s+(\\d{1,4})\\s*\\((\\d{1,3}(?:[-–/]\\d{1,3})?)\\)[.,:]?\\s*(?:pp?\\.\\s*)?${PAGES}`, 'u'), (m) => ({ 'container-title': m[1], volume: m[2], issue: m[3], page: `${m[4]}-${m[5]}` }), VOLUME_BRACKET],
  [new RegExp(`${JOURNAL_NAME},?\\s+(\\d{1,4})\\s*\\(((?:19|20)\\d{2})\\)[.,:]?\\s*(?:pp?\\.\\s*)?${PAGES}`, 'u'), (m) => ({ 'container-title': m[1], volume: m[2], issued: { 'date-parts': [[Number(m[3])]] }, page: `${m[4]}-${m[5]}` }), VOLUME_BRACKET],
];
/** The year an issue's citation prints in brackets after its number ("Vol. 27, No. 1 (2024)"): the article's. */
function issueYear(year: string | undefined): Partial<CslItem> {
  return year && /^(?:19|20)/.test(year) ? { issued: { 'date-parts': [[Number(year)]] } } : {};
}
/** The longest text read for a citation line (journalCitationIn). */
const CITATION_LINE_MAX = 600;
/** What every form's PAGES needs somewhere in the text. */
const PAGES_AT_ALL = /\d\s*[-–—]\s*\d/;

/**
 * Journal, volume, issue and pages as a journal article's first page prints them: a masthead
 * ("Journal of International Peacekeeping 27 (2024) 1–11"), a repository citation ("… Journal
 * of International Peacekeeping, 27 (1). pp. 1-11."), or "Vol. 27, No. 1, pp. 1–11".
 */
export function journalCitation(text: string): Partial<CslItem> | null {
  return journalCitationIn(text)?.item ?? null;
}

/** `journalCitation`'s fields and the text before the journal's name. */
function journalCitationIn(text: string): { item: Partial<CslItem>; before: string } | null {
  const t = text.replace(/\s+/g, ' ');
  // each form ends in PAGES, so a text without its digits either side of a dash holds none.
  // A citation line is short, and JOURNAL_NAME is tried from each capital: a longer text is no
  // citation line (a 10 kB first paragraph of a text file with a range in it took 13 s under the
  // first form's old 'i' flag, reviewfix18a).
  if (t.length > CITATION_LINE_MAX || !PAGES_AT_ALL.test(t)) return null;
  for (const [re, fields, needs] of CITATION_FORMS) {
    if (!needs.test(t)) continue;
    const m = re.exec(t);
    if (!m) continue;
    const out = fields(m);
    // A citation line carries the article's title before the journal: keep the last sentence.
    const name = String(out['container-title']).split(/\.\s+/).pop()!.trim();
    if (name.split(/\s+/).length < 2 || /^(vol|volume|issue|no)\b/i.test(name)) continue;
    return { item: { ...out, 'container-title': name }, before: t.slice(0, m.index + String(out['container-title']).length - name.length) };
  }
  return null;
}

/**
 * The journal's citation or the series as a running head or foot prints it on every page
 * ("Journal of …, Vol. 27, No. 1 (2024), pp. 1–11"), when the title block does not repeat
 * it. A number beside a series there is the page's, not the series'.
 */
export function runningGuess(lines: string[]): Partial<CslItem> {
  for (const l of lines) {
    const journal = journalCitation(l);
    if (journal) return journal;
  }
  const series = lines.map((l) => l.trim().replace(/^\d{1,4}\s+|\s+\d{1,4}$/g, '')).find((l) => SERIES.test(l) && l.length < 60);
  return series ? { 'collection-title': seriesFields(series)['collection-title'] } : {};
}

/**
 * The journal's citation printed as a short paragraph of the first page, under the title block
 * rather than in it or in a running head: a pdfLaTeX article with "Journal of …, Vol. 5, No. 2
 * (2023), pp. 45–52. DOI: …" under its authors had been cited by its PDF's CreationDate (the
 * day the file was made) with no journal, pages or DOI. The year in brackets and a DOI on the
 * same line come with it; a longer paragraph is text that may cite another journal.
 */
export function openingGuess(paragraphs: string[]): Partial<CslItem> {
  const at = openingCitation(paragraphs);
  if (at < 0) return {};
  {
    const p = paragraphs[at];
    const out: Partial<CslItem> = { ...journalCitationIn(p)!.item };
    const year = /\(((?:19|20)\d{2})\)/.exec(p);
    if (!out.issued && year) out.issued = { 'date-parts': [[Number(year[1])]] };
    const doi = DOI.exec(p)?.[1];
    if (doi) out.DOI = doi;
    return out;
  }
}

/**
 * A UN report whose masthead was read apart from the rest of its first page: the symbol and
 * "United Nations" as its front lines, the organ ("Security Council"), title and "Report of the
 * Secretary-General" as headings. Its record had the Info Title or "United Nations" as its
 * title and no author (userreview18, 2). The organ is the author, the first heading after it
 * that is no organ or numbered section the title, a "Report of …" heading under it its subtitle.
 */
function withUnReportHeadings(csl: CslItem, provenance: Record<string, MetadataSource>, headings: readonly string[]): void {
  const number = typeof csl.number === 'string' ? csl.number : '';
  const masthead = typeof csl.title === 'string' ? csl.title.trim() : '';
  if (!documentSymbol(number) || (masthead && !UN_ORGAN.test(masthead)) || headings.length === 0) return;
  const at = headings.findIndex((h) => UN_ORGAN.test(h.trim()));
  const rest = headings.slice(at + 1).map((h) => h.trim());
  const t = rest.findIndex((h) => !UN_ORGAN.test(h) && !ROMAN_SECTION.test(h) && !/^report of\b/i.test(h) && !unMastheadLine(h) && !dateLine(h) && !documentSymbol(h));
  if (t < 0 || (at < 0 && t > 0)) return;
  const sub = rest[t + 1] && /^report of\b/i.test(rest[t + 1]) ? `: ${rest[t + 1]}` : '';
  const organ = at >= 0 ? headings[at].trim() : null;
  csl.title = `${rest[t]}${sub}`;
  provenance.title = 'first-page';
  if (organ && !csl.author?.length) {
    const literal = masthead && /^United Nations$/i.test(masthead) && !/^United Nations\b/i.test(organ) ? `United Nations ${organ}` : organ;
    csl.author = [{ literal }];
    provenance.author = 'first-page';
  }
}

/** The word before a date that makes it an event's or a period's date, not the document's. */
const EVENT_PREPOSITION = /\b(?:in|on|since|from|during|after|before|until|till|between|following|through|to|by|of|en|depuis|dès|desde|durante)$/iu;

/**
 * What may follow a dateline's date: a word or two in brackets ("March 2024 (revised)") or after
 * a dash, point or comma ("15 May 2023 – Geneva", "June 2024 · Draft"), no figure, no sentence.
 * "March 2011 earthquake response" runs on with no mark between: an event's date, not the work's.
 */
const AFTER_DATE = /^(?:\)|\([^()\d]{1,30}\)|[,–—·|-]\s*[^\d.!?;:()]{1,40})$/u;
/**
 * A word after a dateline's dash or point is a name (a place, "Geneva", "Version") or a word
 * qualifying the issue ("provisoire", "revised"): a word of running text ("15 May 2023 – Geneva
 * talks collapsed": a headline's, an event's date) dates nothing (review19 a, 1).
 */
const AFTER_DATE_WORD = /^(?:[(\p{Lu}].*|revised|révisée?|revisad[oa]|draft|final|provisoire|provisional|updated?|actualizad[oa]|borrador|advance|unedited|unofficial|edition|édition|edición|version|versión|report|note|brief|briefing|paper|rapport|informe|nota|for|comments?|consultation|only|de|du|des|la|le|les|of|and|et|y|en|à|pour|para)$/u;

/** The points, bars and bullets that set a byline's parts apart ("CICR · Document de travail · Genève, 12 mars 2021"). */
const PART_SEPARATOR = /\s+[·|•]\s+/u;

/**
 * A line as openingDate reads it: whole, then, where points or bars set parts apart
 * ("Oficina … (OCHA) · Informe temático · Bogotá, 3 de mayo de 2022"), its last part, which is
 * where an organisation's byline puts its place and date (userreview20b: two such lines, too
 * long whole, had left the works dated by the PDF's export day). Not an earlier part: what
 * follows a date there is the line's to judge ("March 2024 · fighting resumed in Sennar").
 */
function datelineParts(raw: string): string[] {
  const text = raw.trim();
  const parts = text.split(PART_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  return parts.length > 1 ? [text, parts[parts.length - 1]] : [text];
}

/**
 * The date a first page prints on a short line of its own (or a part of one set apart by points): at most 14 words and 90 characters,
 * no sentence (no closing full stop), no document symbol, and a month named with the year, so
 * that a bare number ("1325 at 20") or a sentence of the text ("Fighting resumed on 3 May
 * 2024.") dates nothing. The first such line's year and month (date-text.ts reads it, in
 * English, French or Spanish), or undefined.
 */
export function openingDate(lines: readonly string[]): number[] | undefined {
  for (const text of lines.flatMap(datelineParts)) {
    if (text.length > 90 || text.split(/\s+/).length > 14 || /[.!?]$/.test(text) || documentSymbol(text)) continue;
    // A dateline names one year, and its date ends it or is followed by a qualifier or a place
    // only ("March 2024 (revised)", "15 May 2023 – Geneva" had fallen back to the CreationDate);
    // and it is not an event's date in a subtitle ("Lessons from the March 2011 earthquake",
    // "Update on the famine declared in August 2024", "Covering January 2019 – March 2023" had
    // dated the work by the event or the period's start; review18 b, 1)
    const dates = printedDates(text);
    if (dates.length !== 1 || (text.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? []).length > 1) continue;
    const [date] = dates;
    const after = text.slice(date.end).trim();
    if (after && (!AFTER_DATE.test(after) || after.split(/\s+/).length > 5 || !(after.startsWith('(') || after.replace(/^[,–—·|-]\s*/u, '').split(/[\s,]+/).filter(Boolean).every((w) => AFTER_DATE_WORD.test(w))))) continue;
    const before = text.slice(0, date.index).trim();
    if (EVENT_PREPOSITION.test(before) && !/\bas of$/i.test(before)) continue;
    return date.parts.slice(0, 2);
  }
  return undefined;
}

/** Which of the first page's paragraphs is the document's own journal citation line (openingGuess), or -1. */
export function openingCitation(paragraphs: string[]): number {
  return paragraphs.findIndex((p) => {
    if (p.length > 300) return false;
    const found = journalCitationIn(p);
    return !!found && ownCitation(p, found.before);
  });
}

/**
 * The citation line is front matter, not a passage, when it is a line of its own (a few dozen
 * words at most): a longer paragraph that cites a journal is text to keep, whatever the record took from it.
 */
export const citationLineOnly = (paragraph: string): boolean => paragraph.split(/\s+/).length <= 30;

/**
 * Whether a line that cites a journal cites the document it opens: the journal's name opens
 * it, or follows the article's authors and year or its title's full stop ("Keller, J. (2023)
 * Negotiating access, Journal of …"). A sentence that refers to another work ("See Smith,
 * Journal of …", "This briefing responds to Smith, Journal of …") had made a report a journal
 * article with that work's journal, year and pages (review17 b, 5).
 */
function ownCitation(line: string, before: string): boolean {
  if (/^\W*(?:see|cf\.?|e\.g\.|compare|also|as)\b/i.test(line)) return false;
  const b = before.trim();
  return !b || /\((?:19|20)\d{2}[a-z]?\)/.test(b) || /[.:]$/.test(b);
}

function embeddedFields(e: EmbeddedMetadata): Partial<CslItem> {
  const out: Partial<CslItem> = {};
  // A UN PDF's Info Title is often its symbol ("S/2024/385"): that is its number, and the title
  // is the one printed under the masthead (it had been cited "S/2024/385 (S/2024/385)", userreview18).
  const symbol = e.title ? documentSymbol(e.title.trim()) : null;
  if (symbol && symbol === e.title!.trim()) out.number = symbol;
  else if (e.title) out.title = e.title;
  if (e.authors?.length) out.author = e.authors.flatMap(splitNames);
  const doi = [e.doi, e.subject].map((t) => (t ? DOI.exec(t)?.[1] : undefined)).find(Boolean);
  if (doi) out.DOI = doi;
  if (e.url) out.URL = e.url;
  if (e.publisher) out.publisher = e.publisher;
  if (e.language) out.language = e.language;
  if (e.edition) out.edition = e.edition;
  const journal = e.subject ? /^(.+?)\s+(\d+)\s*\((\d+)\)/.exec(e.subject) : null;
  if (journal) {
    out['container-title'] = journal[1].trim();
    out.volume = journal[2];
    out.issue = journal[3];
  }
  return out;
}

function fileNameFields(file: string): Partial<CslItem> {
  const stem = basename(file, extname(file));
  const out: Partial<CslItem> = { title: stem.replace(/[-_]+/g, ' ').replace(/\b(19|20)\d{2}\b/, '').replace(/\s+/g, ' ').trim() };
  const year = /(?:^|[-_ ])((?:19|20)\d{2})(?:[-_ ]|$)/.exec(stem);
  if (year) out.issued = { 'date-parts': [[Number(year[1])]] };
  return out;
}

/**
 * A URL- and search-safe id: the catalog's if it has one, else the file's stem. An accent is
 * dropped with its letter kept ("Évaluation" is `evaluation`): decomposed, its mark used to
 * become a hyphen ("e-valuation", "re-sume"), and a name saved in NFC and in NFD made the same
 * broken id either way.
 */
export function documentId(file: string, catalogId?: string): string {
  const raw = catalogId ?? basename(file, extname(file));
  return raw.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'document';
}

export function resolveMetadata(input: MetadataInputs, entry: CatalogEntry | undefined): ResolvedMetadata {
  const layers: [MetadataSource, Partial<CslItem>][] = [];
  if (entry) layers.push([entry.source, entry.item]);
  // A second catalog may know fields the first does not.
  for (const e of input.entries) if (e !== entry && entry && e.item.id === entry.item.id && e.source !== entry.source) layers.push([e.source, e.item]);
  const embeddedSource = input.embeddedSource ?? 'first-page';
  layers.push([embeddedSource, embeddedFields(input.embedded)]);
  layers.push(['first-page', firstPageGuess(input.front, input.bodies, input.places, input.matters, input.gazetteer)]);
  if (input.running?.length) layers.push(['first-page', runningGuess(input.running)]);
  if (input.opening?.length) layers.push(['first-page', openingGuess(input.opening)]);
  // "Authors: Leila Osman and Daniel Brandt" on a line of its own under the title: what the title
  // block's lines say (title-block.ts, read once), where nothing before gave it (userreview18, 9)
  if (input.byline) layers.push(['first-page', input.byline]);
  // An embedded date comes after the printed one: a PDF's CreationDate is when it was exported.
  // read and checked as a catalog.json's date is (date-text.ts): no month 13, no year 42
  const embedded = input.embedded.date ? dateText(input.embedded.date).parts : [];
  // A date printed on a line of its own under the title block comes before a PDF's CreationDate
  // (the day the file was made: eight briefing notes and reports printing "March 2024" or
  // "As of 15 July 2024" were all cited 2026, userreview18), but after a date the author wrote
  // into front matter.
  const printed = openingDate(input.dated ?? []);
  const printedLayer: [MetadataSource, Partial<CslItem>] | null = printed ? ['first-page', { issued: { 'date-parts': [printed] } }] : null;
  if (printedLayer && embeddedSource === 'pdf-info') layers.push(printedLayer);
  if (embedded.length) layers.push([embeddedSource, { issued: { 'date-parts': [embedded] } }]);
  if (printedLayer && embeddedSource !== 'pdf-info') layers.push(printedLayer);
  layers.push(['file-name', fileNameFields(input.file)]);

  const csl: CslItem = { id: documentId(input.file, entry?.item.id), type: '' };
  const provenance: Record<string, MetadataSource> = {};
  for (const [source, fields] of layers) {
    for (const [key, value] of Object.entries(fields)) {
      if (key === 'id' || value === undefined || value === null || value === '') continue;
      if (Array.isArray(value) && value.length === 0) continue;
      if (csl[key] !== undefined && csl[key] !== '') continue;
      csl[key] = value;
      provenance[key] = source;
    }
  }
  withUnReportHeadings(csl, provenance, input.headings ?? []);
  if (!csl.type) {
    // a document symbol is a report's number (a UN report, cited "(S/2023/345)")
    csl.type = csl['container-title'] ? 'article-journal' : csl['collection-title'] || csl.publisher || csl.number ? 'report' : 'document';
    provenance.type = provenance['container-title'] ?? provenance['collection-title'] ?? provenance.number ?? 'file-name';
  }
  return { csl, provenance };
}
