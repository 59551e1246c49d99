import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Cite as CiteClass, plugins as Plugins } from '@citation-js/core';
import { projectRoot } from '../../core/paths.js';
import { apaTitle, locatorOf, type PassageLocation } from '../../core/csl.js';
import { titleCaseReady } from './title-case.js';

// citation-js formats citations from CSL-JSON; the CSL styles and locales it uses are the
// files shipped in styles/ (see styles/README.md for their licence), registered once here.

const stylesDir = join(projectRoot, 'styles');

export const STYLES = {
  apa: { file: 'apa.csl', label: 'APA 7th edition', short: 'APA 7', lang: 'en-US' },
  chicago: { file: 'chicago-author-date.csl', label: 'Chicago author-date (17th edition)', short: 'Chicago author-date', lang: 'en-US' },
  harvard: { file: 'harvard-cite-them-right.csl', label: 'Harvard (Cite Them Right)', short: 'Harvard', lang: 'en-GB' },
} as const;
export type StyleId = keyof typeof STYLES;

/** Each style's CSL and each locale's XML, as read from styles/ (citeproc-engine.ts builds engines on them too). */
export const styleXml = Object.fromEntries(Object.entries(STYLES).map(([id, s]) => [id, readFileSync(join(stylesDir, s.file), 'utf8')])) as Record<StyleId, string>;
export const localeXml: Record<string, string> = {
  'en-US': readFileSync(join(stylesDir, 'locales-en-US.xml'), 'utf8'),
  'en-GB': readFileSync(join(stylesDir, 'locales-en-GB.xml'), 'utf8'),
};

const require = createRequire(import.meta.url);
let cite: typeof CiteClass | undefined;

/**
 * citation-js with its plugins (citeproc among them) and the styles registered. Loading them
 * is more CPU than the rest of the server's modules together (0.3–0.6 s) and their compiled
 * styles stay in the heap: they are loaded on the first citation or export, not at start-up,
 * where neither a health check nor a search needs them.
 */
export function citeJs(): typeof CiteClass {
  if (cite) return cite;
  const core = require('@citation-js/core') as { Cite: typeof CiteClass; plugins: typeof Plugins };
  require('@citation-js/plugin-csl');
  require('@citation-js/plugin-bibtex');
  require('@citation-js/plugin-ris');
  const config = core.plugins.config.get('@csl');
  for (const id of Object.keys(STYLES) as StyleId[]) config.styles.add(`pp-${id}`, styleXml[id]);
  for (const [lang, xml] of Object.entries(localeXml)) config.locales.add(lang, xml);
  return (cite = core.Cite);
}


/**
 * citation-js's BibTeX (or biblatex: its own field names, `date`, `location`, `journaltitle`) of items whose text is already LaTeX (server/export/latex.ts): its own
 * ASCII escaping is off for the call, as it drops every character it has no name for (Ŧ, all
 * of Cyrillic and Arabic) and writes commands LaTeX lacks (\\Hwithstroke{}).
 */
export function bibtexOfLatex(items: object[], dialect: 'bibtex' | 'biblatex' = 'bibtex'): string {
  const Cite = citeJs();
  const core = require('@citation-js/core') as { plugins: typeof Plugins };
  // the typings know the CSL plugin's configuration only
  const format = (core.plugins.config.get('@bibtex') as unknown as { format: { asciiOnly: boolean; checkLabel: boolean } }).format;
  const before = { asciiOnly: format.asciiOnly, checkLabel: format.checkLabel };
  format.asciiOnly = false;
  // The label is the item's citation key as every other format writes it. citation-js replaces
  // a key holding a hyphen, colon, dot or slash (`fr-mali-protection-civils`, a Zotero key kept
  // from catalog.bib) with one of its own (`Dor2022Prot`), though BibTeX, biber and pandoc take
  // them: the .bib then lacked the key the CSL-JSON and RIS gave (userreview19a finding 1). Keys
  // are made BibTeX-safe where they are assigned (core/csl.ts bibtexSafeKey).
  format.checkLabel = false;
  try {
    return new Cite(items).format(dialect, { format: 'text' }).trim();
  } finally {
    Object.assign(format, before);
  }
}

/** The output formats citeproc writes: plain text, HTML (italics as <i>) and RTF (as {\\i …}). */
export type RichFormat = 'text' | 'html' | 'rtf';

/** citeproc wraps each HTML entry in a div of its own; a reference pasted or exported wants the entry only. */
export const unwrap = (entry: string, format: RichFormat) => (format === 'html' ? entry.replace(/^\s*<div[^>]*class="csl-entry"[^>]*>([\s\S]*)<\/div>\s*$/, '$1') : format === 'rtf' ? rtfSigned(entry) : entry).trim();

/**
 * citeproc's RTF as the specification reads it: \uN is a signed 16-bit number, and citeproc
 * writes code units above 32767 unsigned (\u55357 for half an emoji, \u44032 for 가), which
 * readers take for no character (pandoc printed "�" for every emoji and for Hangul). Only a \u
 * that is a control word: after an even run of backslashes (\\u12 is a backslash and "u12").
 */
export const rtfSigned = (rtf: string): string => rtf.replace(/(?<!\\)((?:\\\\)*)\\u(\d+)/g, (m, before: string, n: string) => (Number(n) > 32767 ? `${before}\\u${Number(n) - 65536}` : m));

/**
 * The items as a style is given them: APA's subtitles capitalised after the colon, Chicago's
 * (title-cased by citeproc) with adjectives that citeproc takes for prepositions capitalised.
 */
export function preparedFor<T extends { title?: string; language?: unknown }>(items: T[], style: StyleId): T[] {
  if (style === 'apa') return items.map((item) => apaTitle(withoutAuthorAsPublisher(item)));
  if (style === 'chicago') return items.map(titleCaseReady);
  return items;
}

/** A name compared as written, whatever its case and spacing. */
const sameName = (a: string, b: string) => a.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase() === b.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * APA 7 §9.24: "When the author and publisher are the same, omit the publisher name". A group
 * author's report (Norwegian Refugee Council, published by itself) was printed "Norwegian Refugee
 * Council. (2020). Toolkit …. Norwegian Refugee Council." (user32 finding 4); the CSL style cannot
 * compare two fields, so the publisher is left out of the item APA is given. Only APA says so:
 * Chicago and Harvard name the publisher again, and the data exports keep it.
 */
export function withoutAuthorAsPublisher<T>(item: T): T {
  const { author, publisher } = item as { author?: unknown; publisher?: unknown };
  // one author: with several, the publisher may be one of them and is still worth naming
  if (typeof publisher !== 'string' || !Array.isArray(author) || author.length !== 1) return item;
  const names = (author as { literal?: unknown; family?: unknown; given?: unknown }[]).map((a) => (typeof a.literal === 'string' ? a.literal : typeof a.family === 'string' && a.given === undefined ? a.family : ''));
  if (!names[0] || !sameName(names[0], publisher)) return item;
  const { publisher: _dropped, ...rest } = item as Record<string, unknown>;
  return rest as T;
}

/**
 * The items as a style's in-text citation is given them. APA and Chicago title-case a title cited
 * in place of an author (a work with none), so both get titleCaseReady's capitals; Harvard cites
 * the title as catalogued. inText had given citeproc the items unprepared: a passage page cited
 * "An Agenda for the next Decade" where the Chicago bibliography and export said "Next Decade".
 */
export function preparedForCitation<T extends { title?: string; language?: unknown }>(items: T[], style: StyleId): T[] {
  return style === 'harvard' ? items : items.map(titleCaseReady);
}

/** Each item's reference, in the style's bibliography order (citeproc sorts and adds 2021a/2021b), with its id. */
export function bibliographyEntries<T extends { id: string; title?: string }>(items: T[], style: StyleId, format: RichFormat = 'text'): [id: string, entry: string][] {
  if (!items.length) return [];
  const prepared = preparedFor(items, style);
  const Cite = citeJs();
  const entries = new Cite(prepared).format('bibliography', { template: `pp-${style}`, format, lang: STYLES[style].lang, asEntryArray: true }) as unknown as [string, string][];
  return entries.map(([id, entry]) => [id, unwrap(entry, format)]);
}

export function bibliography(items: { id: string; title?: string }[], style: StyleId, format: RichFormat = 'text'): string {
  return bibliographyEntries(items, style, format)
    .map(([, e]) => e)
    .join('\n');
}

/** What an in-text citation reads of an item (a CSL item). */
type Citable = { id: string; title?: string; language?: unknown };

/**
 * The in-text citation, with a locator when one is known: (Metcalfe-Hough, 2021, p. 9),
 * (…, pp. 20–21), (…, para. 12). `others` are the rest of the items cited alongside (an export's
 * documents): citeproc sees them first, so two works of one author and year become 2021a and 2021b
 * here as in the bibliography.
 */
export function inText(item: Citable, style: StyleId, where: PassageLocation | null, format: RichFormat = 'text', others: Citable[] = []): string {
  // through the locator's template, as the exports ask: a page of the file's own count says
  // "PDF p. 4" and an annex's range "pp. A-1–A-2" (the comparison and the reading list had
  // said "pp. 4–5" and "p. A-1–A-2"); a locator already a stand-in is asked as it is
  if (!where) return citation(item, style, null, format, others);
  const t = locatorTemplate(where);
  return t.fill(citation(item, style, t.asked, format, others));
}

function citation(item: Citable, style: StyleId, where: PassageLocation | null, format: RichFormat, others: Citable[]): string {
  const loc = where ? locatorOf(where) : null;
  const entry = loc ? [{ id: item.id, locator: loc.locator, label: loc.label }] : [{ id: item.id }];
  const rest = others.filter((o) => o.id !== item.id);
  const Cite = citeJs();
  return unwrap(new Cite(preparedForCitation([item, ...rest], style)).format('citation', { template: `pp-${style}`, format, lang: STYLES[style].lang, entry, citationsPre: rest.map((o) => o.id) }), format === 'rtf' ? 'rtf' : 'text');
}

/** A locator no real one equals, replaced in a work's citation template by the quote's own. */
const STAND_IN = '987654321';
/** The stand-in with the page label a style may set before it ("p. ", "p.\u00A0", "pp. "). */
const PAGE_STAND_IN = new RegExp(`(?:\\bpp?\\.(?:\\s|&#160;|&nbsp;)*)?${STAND_IN}`);

/**
 * A citation costs citeproc milliseconds, and every quote of an unpaginated text has its own
 * paragraph. A plain-number locator is printed as it is, so one citation per work and label,
 * made with a stand-in number (`asked`), serves them all (`fill` puts the number in); ranges
 * and other locators, which a style may reformat, are asked for as they are. `key` tells
 * which citations are the same.
 */
export function locatorTemplate(where: PassageLocation): { key: string; asked: PassageLocation; fill: (citation: string) => string } {
  const loc = locatorOf(where);
  if (!loc) return { key: '', asked: where, fill: (c) => c };
  // A page counted in the file, no printed number being known, has no CSL label: a style would
  // print it as the printed page ("(…, 2022, p. 4)" for the fourth sheet of the PDF, printed 1).
  // The stand-in is asked for and the style's page label with it becomes "PDF p. 4" ("PDF pp.
  // 4–5"), however the style sets pages ("p. 4", "4", "at 4").
  if (loc.label === 'page' && where.pageIsPhysical) {
    const said = `PDF ${loc.locator.includes('–') ? 'pp.' : 'p.'} ${loc.locator}`;
    return { key: `${loc.label}\u0000#`, asked: { page: STAND_IN }, fill: (c) => c.replace(PAGE_STAND_IN, said) };
  }
  // A range whose ends are not plain numbers (an annex's "A-1–A-2"): citeproc took it for one
  // page ("p. A-1–A-2", pages35). Asked as one stand-in page, the style's label is made plural.
  if (loc.label === 'page' && where.pageEnd && where.pageEnd !== where.page && !/^\d+$/.test(`${where.page}${where.pageEnd}`)) {
    const plural = (m: string) => {
      const label = /^pp?\.((?:\s|&#160;|&nbsp;)*)/.exec(m);
      return label ? `pp.${label[1]}${loc.locator}` : loc.locator;
    };
    return { key: `${loc.label}\u0000#`, asked: { page: STAND_IN }, fill: (c) => c.replace(PAGE_STAND_IN, plural) };
  }
  // One such page with a hyphen: citeproc reads "C-1" or "I-2" (C, I roman numerals) as a range
  // of pages and prints "p. C–1" (APA, Harvard, Chicago; annex-c-foot 3/6, review36). Asked as
  // the stand-in, the page is put back as printed.
  if (loc.label === 'page' && loc.locator === where.page && /[-\u2010-\u2013]/.test(loc.locator) && !/^\d+$/.test(loc.locator)) {
    return { key: `${loc.label}\u0000#`, asked: { page: STAND_IN }, fill: (c) => c.replace(STAND_IN, loc.locator) };
  }
  if (!/^[1-9]\d{0,5}$/.test(loc.locator)) return { key: `${loc.label}\u0000${loc.locator}`, asked: where, fill: (c) => c };
  const asked = loc.label === 'page' ? { page: STAND_IN } : { page: null, para: Number(STAND_IN) };
  return { key: `${loc.label}\u0000#`, asked, fill: (c) => c.replace(STAND_IN, loc.locator) };
}
