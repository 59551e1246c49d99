// JSON.stringify(value) as UTF-8 bytes, without ever holding the whole text as one string.
//
// A page of search hits is 50–70 thousand characters, and a snippet's "…" or a curly quote
// makes the whole text two bytes a character: past 128 kB V8 puts a string in a space of its
// own, mapped from the system for it, its pages zeroed, and unmapped again at the next
// collection, and node then joins the headers to it (another such string) before encoding it
// for the socket. Serialised in pieces (each member of the outer objects and lists), each
// piece is an ordinary small string, encoded into a few buffers. On a bare HTTP server sending
// one such page: 2.3–2.7 ms of CPU a response as one string, 0.8–1.3 ms in pieces.

/** characters gathered before they are encoded (two-byte: 64 kB, an ordinary string) */
const BATCH = 32 * 1024;

/** how deep objects and lists are taken apart; below, members are stringified whole */
const DEPTH = 3;

/** A list or object JSON.stringify reads member by member (not a Date, a boxed value, anything with a toJSON, …). */
function isPlain(value: object): boolean {
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The bytes of JSON.stringify(value); undefined where it gives undefined (a function, a symbol, undefined). */
export function jsonBytes(value: unknown): Buffer | undefined {
  const parts: Buffer[] = [];
  let pending: string[] = [];
  let pendingLength = 0;
  const emit = (text: string) => {
    pending.push(text);
    pendingLength += text.length;
    if (pendingLength >= BATCH) flush();
  };
  const flush = () => {
    if (!pending.length) return;
    parts.push(Buffer.from(pending.join(''), 'utf8'));
    pending = [];
    pendingLength = 0;
  };
  /**
   * A member's JSON as JSON.stringify writes it under its key (undefined: left out). A toJSON
   * is told the key it is under, so such a member is stringified under that key.
   */
  const member = (key: string, v: unknown): string | undefined => {
    const own = (v !== null && typeof v === 'object') || typeof v === 'bigint' ? (v as { toJSON?: unknown }).toJSON : undefined;
    if (typeof own !== 'function') return JSON.stringify(v) as string | undefined;
    const text = JSON.stringify({ [key]: v });
    return text === '{}' ? undefined : text.slice(JSON.stringify(key).length + 2, -1);
  };
  /** whether the value is taken apart here (a list, or a plain object, above DEPTH) rather than stringified whole */
  const apart = (v: unknown, depth: number): v is object => depth > 0 && v !== null && typeof v === 'object' && isPlain(v);
  /** writes the value's JSON; false (nothing written) where JSON.stringify would leave it out */
  const write = (v: unknown, depth: number, key = ''): boolean => {
    if (!apart(v, depth)) {
      const text = member(key, v);
      if (text === undefined) return false;
      emit(text);
      return true;
    }
    if (Array.isArray(v)) {
      emit('[');
      for (let i = 0; i < v.length; i++) {
        if (i) emit(',');
        // a member JSON leaves out is null in a list
        if (!write(v[i], depth - 1, String(i))) emit('null');
      }
      emit(']');
      return true;
    }
    emit('{');
    let first = true;
    for (const key of Object.keys(v)) {
      const value = (v as Record<string, unknown>)[key];
      const name = `${first ? '' : ','}${JSON.stringify(key)}:`;
      if (apart(value, depth - 1)) {
        emit(name);
        write(value, depth - 1);
      } else {
        // undefined, functions, symbols (and what a toJSON turns into them) leave the key out too
        const text = member(key, value);
        if (text === undefined) continue;
        emit(name + text);
      }
      first = false;
    }
    emit('}');
    return true;
  };
  if (!write(value, DEPTH)) return undefined;
  flush();
  return parts.length === 1 ? parts[0] : Buffer.concat(parts);
}
