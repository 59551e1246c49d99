import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../core/paths.js';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

// citation-js formats citations from CSL-JSON; the CSL styles and locales it uses are the
// files shipped in styles/ (see styles/README.md for their licence), registered once here.

const stylesDir = join(projectRoot, 'styles');

export const STYLES = {
  apa: { file: 'apa.csl', label: 'APA 7th edition', short: 'APA 7', lang: 'en-US' },
  chicago: { file: 'chicago-author-date.csl', label: 'Chicago author-date (17th edition)', short: 'Chicago author-date', lang: 'en-US' },
  harvard: { file: 'harvard-cite-them-right.csl', label: 'Harvard (Cite Them Right)', short: 'Harvard', lang: 'en-GB' },
} as const;
export type StyleId = keyof typeof STYLES;

const config = plugins.config.get('@csl');
for (const [id, s] of Object.entries(STYLES)) config.styles.add(`pp-${id}`, readFileSync(join(stylesDir, s.file), 'utf8'));
config.locales.add('en-US', readFileSync(join(stylesDir, 'locales-en-US.xml'), 'utf8'));
config.locales.add('en-GB', readFileSync(join(stylesDir, 'locales-en-GB.xml'), 'utf8'));

export { Cite };

/**
 * APA writes titles in sentence case but capitalises the first word after a colon; the CSL
 * style keeps titles as catalogued, so the subtitle's first letter is raised here.
 */
export function apaTitle<T extends { title?: string }>(csl: T): T {
  return csl.title ? { ...csl, title: csl.title.replace(/:\s+(\p{Ll})/u, (_m, c: string) => `: ${c.toUpperCase()}`) } : csl;
}

export function bibliography(items: { title?: string }[], style: StyleId, format: 'text' | 'html' = 'text'): string {
  const prepared = style === 'apa' ? items.map(apaTitle) : items;
  return new Cite(prepared).format('bibliography', { template: `pp-${style}`, format, lang: STYLES[style].lang }).trim();
}

/** The in-text citation, with a page locator when one is known: (Metcalfe-Hough, 2021, p. 9). */
export function inText(item: { id: string }, style: StyleId, page: string | null, format: 'text' | 'html' = 'text'): string {
  const entry = page ? [{ id: item.id, locator: page, label: 'page' }] : [{ id: item.id }];
  return new Cite([item]).format('citation', { template: `pp-${style}`, format, lang: STYLES[style].lang, entry }).trim();
}
