import { STYLES, bibliography, inText, type StyleId } from '../citation-js.js';
import type { Exporter } from '../types.js';

// Formatted references (APA, Chicago, Harvard): each document's reference, then the chosen
// passages quoted with their in-text citation and page.

/**
 * APA writes titles in sentence case but capitalises the first word after a colon; the CSL
 * style keeps titles as catalogued, so the subtitle's first letter is raised here.
 */
export function apaTitle<T extends { title?: string }>(csl: T): T {
  return csl.title ? { ...csl, title: csl.title.replace(/:\s+(\p{Ll})/u, (_m, c: string) => `: ${c.toUpperCase()}`) } : csl;
}

function styled(style: StyleId): Exporter {
  const prepare = style === 'apa' ? apaTitle : <T>(x: T) => x;
  return {
    id: style,
    label: STYLES[style].label,
    contentType: 'text/plain; charset=utf-8',
    extension: 'txt',
    render: (items) =>
      items
        .map((item) => {
          const csl = prepare(item.csl);
          const lines = [bibliography([csl], style)];
          for (const p of item.passages) lines.push(`    “${p.text}” ${inText(csl, style, p.page)}`);
          return lines.join('\n');
        })
        .join('\n\n') + (items.length ? '\n' : ''),
  };
}

export const apa = styled('apa');
export const chicago = styled('chicago');
export const harvard = styled('harvard');
