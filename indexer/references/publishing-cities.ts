// Cities reference lists name as a place of publication that a country gazetteer does not hold
// (the taxonomy lists capitals, and Geneva is none): a place alone is still no publisher, and a
// chapter's book title ends before one ("Book, Paris, Éditions Karthala"), and a body's acronym
// before one is no person's initials ("IOM Geneva", particles.ts). Its own module: container.ts
// reads particles.ts, which reads this.
export const PUBLISHING_CITIES: ReadonlySet<string> = new Set(['geneva', 'new york', 'new york, ny', 'washington', 'washington, dc', 'washington, d.c.', 'washington dc', 'oxford', 'cambridge', 'cambridge, ma', 'abingdon', 'basingstoke', 'cheltenham', 'boston', 'chicago', 'princeton', 'berkeley', 'stanford', 'the hague', 'rome', 'brussels', 'paris', 'vienna', 'new haven', 'london', 'oslo', 'stockholm', 'copenhagen', 'ottawa', 'bangkok', 'nairobi', 'dakar', 'amman', 'beirut', 'new delhi', 'sydney', 'melbourne', 'toronto', 'montreal', 'lausanne', 'zurich', 'bern', 'berlin']);
