import type { Reader } from './types.js';
import { decodeTextBytes } from './decode-text.js';
import { mailHeader } from './mail-header.js';
import { fieldHeader } from './field-header.js';

/** The text, and a note for the report when some bytes were not UTF-8 in a file that otherwise is. */
export function readText(data: Buffer): { text: string; note?: string } {
  const decoded = decodeTextBytes(data);
  // Normalise line endings so every later stage sees '\n' only.
  const text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { mapped: m, nul } = decoded;
  const notes = [
    ...(m ? [`UTF-8 but for ${m.bytes} byte${m.bytes === 1 ? '' : 's'} read as Windows-1252 (first on line ${m.line}); save it again as UTF-8`] : []),
    ...(nul ? [`${nul.bytes} NUL byte${nul.bytes === 1 ? '' : 's'} left out (first on line ${nul.line}): the file may be damaged`] : []),
  ];
  return notes.length ? { text, note: notes.join('; ') } : { text };
}

export const decodeText = (data: Buffer): string => readText(data).text;

export const txtReader: Reader = {
  format: 'txt',
  textual: true,
  extensions: ['.txt'],
  async read(data) {
    const { text, note } = readText(data);
    // an e-mail saved as text: its header gives sender, date and subject, and is no passage
    const mail = mailHeader(text);
    if (mail) return { format: 'txt', text: mail.body, embedded: mail.embedded, embeddedSource: 'front-matter', ...(note ? { note } : {}) };
    // a note opening with Title:, Author:, Date: lines: its metadata, not its first paragraph
    const header = fieldHeader(text);
    if (header) return { format: 'txt', text: header.body, embedded: header.embedded, embeddedSource: 'front-matter', ...(note ? { note } : {}) };
    return { format: 'txt', text, embedded: {}, ...(note ? { note } : {}) };
  },
};
