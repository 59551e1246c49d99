// Patterns shared by the PDF and the plain-text structure builders.
import { MARK_CLOSE, MARK_OPEN, MONTHS } from '../../core/text.js';

const BULLETS = '•·▪◦‣∙●○■□➢►';
const DASHES = '–—-';

export interface ListMarker {
  marker: string;
  ordered: boolean;
  rest: string;
}

/** A list marker at the start of a line: `1.`, `a)`, `(iv)`, a bullet, or a dash followed by a space. */
export function listMarker(text: string): ListMarker | null {
  const t = text.replace(/^\t+/, '').trimStart();
  let m = /^(\d{1,2})[.)]\s+(\S.*)$/.exec(t);
  if (m) return { marker: m[1], ordered: true, rest: m[2] };
  m = /^\(?([a-z]|[ivx]{1,4})\)\s+(\S.*)$/.exec(t);
  if (m) return { marker: m[1], ordered: true, rest: m[2] };
  m = new RegExp(`^([${BULLETS}])\\s*(\\S.*)$`).exec(t);
  if (m) return { marker: m[1], ordered: false, rest: m[2] };
  m = new RegExp(`^([${DASHES}])\\s+(\\S.*)$`).exec(t);
  if (m) return { marker: m[1] === '-' ? '–' : m[1], ordered: false, rest: m[2] };
  return null;
}

const DAY_MONTH_YEAR = new RegExp(`^\\d{1,2}\\s+(?:${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')}|sept)\\.?,?\\s+\\d{4}\\b`, 'i');

/** A footnote at the start of a line: `1 See …`, `* Associate …`, `¹ See …`, or a mark token. */
export function noteStart(text: string): { n: string; rest: string } | null {
  const t = text.trimStart();
  const token = new RegExp(`^${MARK_OPEN}([^${MARK_CLOSE}]{1,3})${MARK_CLOSE}\\s*(\\S.*)$`).exec(t);
  if (token) return { n: token[1], rest: token[2] };
  const sup = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*(\S.*)$/.exec(t);
  if (sup) return { n: fromSuperscript(sup[1]), rest: sup[2] };
  const plain = /^(\d{1,3}|[*†‡§])(?![.)\d])\s+(\S.*)$/.exec(t);
  // "8 April 2024." opening a line is the date a note's last line carries over, not note 8
  if (plain && !DAY_MONTH_YEAR.test(t)) return { n: plain[1], rest: plain[2] };
  return null;
}

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
export function fromSuperscript(s: string): string {
  return [...s].map((c) => String(SUP.indexOf(c))).join('');
}

/** Page furniture: a bare page number, in arabic or roman numerals. */
export function isPageNumber(text: string): boolean {
  return /^\s*(?:page\s+)?(\d{1,4}|[ivxlcdm]{1,7})\s*$/i.test(text);
}

/** Labels of boxed material that sits outside the running text. */
export const BOX_LABEL = /^(box|figure|fig\.|table|case study|panel|key messages|key findings|key facts|key points|summary|in brief|at a glance)\b/i;

/** Sections whose content is prescriptive by position. */
// French and Spanish headings too: "Recommandations", "Recomendaciones".
export const RECOMMENDATION_SECTION = /recommend|recommand|recomend|way forward|ways forward|next steps|conclusion|what (needs to|should) be done|call to action/i;
/** A heading over a document's abstract (LaTeX's one-column article sets the abstract set in and smaller, as a box is set). */
export const ABSTRACT_HEADING = /^abstract$/i;
export const KEY_MESSAGE_SECTION = /key messages|key findings|summary|abstract|in brief|at a glance/i;
/**
 * A section's number or letter before its name, as numbered headings print it ("7 References",
 * "G. References", "IV. Notes"): the section is the same one.
 */
const SECTION_NUMBER = String.raw`(?:(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.|[IVXL]{1,5}\.)\s+)?`;
export const REFERENCE_SECTION = new RegExp(`^${SECTION_NUMBER}(references|bibliography|works cited|sources|literature)$`, 'i');
export const CONTENTS_HEADING = /^(contents|table of contents)$/i;
export const NOTES_SECTION = new RegExp(`^${SECTION_NUMBER}(notes|endnotes|end notes|footnotes)$`, 'i');
/** A reference-list entry opens with an author (person or body) and a year in brackets. */
export const REFERENCE_START = /^[\p{Lu}\p{N}](?:[^()]|\([^()]*\)){0,160}?\((\d{4}[a-z]?|forthcoming|n\.d\.|undated)\)/u;
/**
 * An entry in the Harvard style without brackets: names (no full stop among them) and a bare
 * year closed by a full stop ("Atkinson, P & Leader, N 2000.", "Centre for Humanitarian
 * Dialogue 2004."). Looser than REFERENCE_START: trusted only where a new block starts.
 */
export const BARE_YEAR_REFERENCE_START = /^\p{Lu}[^.()\d]{1,120}\s(?:1[89]|20)\d{2}[a-z]?\.(?:\s|$)/u;
