import type { EmbeddedMetadata } from './types.js';

// An e-mail saved as text opens with its header: "From:", "To:", "Date:", "Subject:" lines
// down to the first blank line. Read as text, the header had become a heading over every
// passage ("From: Tom Reyes <…> To: … Date: …"), the subject line the title with its "RE:",
// and the mail had no author or date (userreview18, 11). The sender's name is its author, the
// Date header its date, the subject without reply/forward prefixes its title, and the text
// after the header its body.

const FIELD = /^([A-Za-z][A-Za-z-]{1,30}):[ \t]*(.*)$/;
const KNOWN = new Set(['from', 'to', 'cc', 'bcc', 'date', 'sent', 'subject', 'reply-to', 'message-id', 'importance']);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export interface MailHeader {
  embedded: EmbeddedMetadata;
  body: string;
}

/** The header of an e-mail the text opens with (From and a Subject or Date among its fields), or null. */
export function mailHeader(text: string): MailHeader | null {
  const lines = text.replace(/^\s*\n/, '').split('\n');
  const fields = new Map<string, string>();
  let last = '';
  let end = 0;
  for (; end < lines.length; end++) {
    const line = lines[end];
    if (!line.trim()) break;
    const f = FIELD.exec(line);
    if (f && KNOWN.has(f[1].toLowerCase())) {
      last = f[1].toLowerCase();
      if (!fields.has(last)) fields.set(last, f[2].trim());
    } else if (last && /^[ \t]/.test(line)) fields.set(last, `${fields.get(last)} ${line.trim()}`);
    else return null;
  }
  if (!fields.has('from') || !(fields.has('subject') || fields.has('date') || fields.has('sent')) || fields.size < 2) return null;
  const embedded: EmbeddedMetadata = {};
  const subject = fields.get('subject')?.replace(/^(?:\s*(?:re|fw|fwd|aw|tr|sv)\s*:)+\s*/i, '').trim();
  if (subject) embedded.title = subject;
  const sender = senderName(fields.get('from')!);
  if (sender) embedded.authors = [sender];
  const date = mailDate(fields.get('date') ?? fields.get('sent') ?? '');
  if (date) embedded.date = date;
  return { embedded, body: lines.slice(end).join('\n').replace(/^\s*\n/, '') };
}

/** "Tom Reyes <tom@…>" or "\"Reyes, Tom\" <…>": the name; a bare address names no one. */
function senderName(from: string): string | undefined {
  const name = from.replace(/<[^>]*>/g, '').replace(/\S+@\S+/g, '').replace(/^["'\s]+|["'\s]+$/g, '').trim();
  return name && /\p{L}/u.test(name) ? name : undefined;
}

/** "Tue, 10 Sep 2024 14:22:05 +0200" or "10 September 2024" → "2024-09-10". */
function mailDate(value: string): string | undefined {
  const m = /(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?,?\s+(\d{4})/.exec(value);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
  if (!month) return undefined;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}
