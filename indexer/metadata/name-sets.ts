// The taxonomy's names of bodies and places as sets, made once per list rather than once per
// document: the title block and the first-page guess each lower-cased and set up the ~1,100
// actor and ~1,700 place names for every file read, ~0.5 ms a document (readspeed24). A list is
// known by its identity (actorNames and placeNames give the same array for the same taxonomy),
// and is never changed once made.

const lowered = new WeakMap<readonly string[], ReadonlySet<string>>();
const lowerOnly = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The names, lower-cased, as a set. */
export function lowerCaseSet(names: readonly string[]): ReadonlySet<string> {
  let set = lowered.get(names);
  if (!set) lowered.set(names, (set = new Set(names.map((n) => n.toLowerCase()))));
  return set;
}

/** The names written in lower case ("donors", "member states"): common nouns, as they are. */
export function lowerCaseOnly(names: readonly string[]): ReadonlySet<string> {
  let set = lowerOnly.get(names);
  if (!set) lowerOnly.set(names, (set = new Set(names.filter((n) => n === n.toLowerCase()))));
  return set;
}

/** `make`'s list for `key`, made once per key (a taxonomy's own list of actors or places). */
export function onceFor<K extends object>(cache: WeakMap<K, string[]>, key: K, make: () => string[]): string[] {
  let list = cache.get(key);
  if (!list) cache.set(key, (list = make()));
  return list;
}
