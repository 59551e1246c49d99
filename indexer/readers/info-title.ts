/**
 * Titles that export tools write when the author gave none: Word's and PowerPoint's prefixes,
 * a blank browser page, the file's own name, and what a print pipeline stamps for text it was
 * handed (GNU enscript's "Enscript Output", Ghostscript's and groff's standard input).
 */
export function plausibleTitle(title: unknown): string | undefined {
  if (typeof title !== 'string') return undefined;
  const t = title.replace(/^Microsoft (Word|PowerPoint) - /, '').trim();
  if (!t || /^(about:blank|untitled.*|document\d*|title|slide \d+|enscript output|\(?%?stdin\)?|standard input)$/i.test(t) || /\.(docx?|pdf|indd|rtf|odt|txt|ps|tex|dvi)$/i.test(t) || /^[\w-]+$/.test(t) && !/\s/.test(t) && t.length > 20) return undefined;
  return t;
}
