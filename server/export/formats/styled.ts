import { STYLES, bibliography, inText, type StyleId } from '../citation-js.js';
import type { Exporter } from '../types.js';

// Formatted references (APA, Chicago, Harvard): each document's reference, then the chosen
// passages quoted with their in-text citation and page.

function styled(style: StyleId): Exporter {
  return {
    id: style,
    label: STYLES[style].label,
    contentType: 'text/plain; charset=utf-8',
    extension: 'txt',
    render: (items) =>
      items
        .map((item) => {
          const lines = [bibliography([item.csl], style)];
          for (const p of item.passages) lines.push(`    “${p.text}” ${inText(item.csl, style, p.page)}`);
          return lines.join('\n');
        })
        .join('\n\n') + (items.length ? '\n' : ''),
  };
}

export const apa = styled('apa');
export const chicago = styled('chicago');
export const harvard = styled('harvard');
