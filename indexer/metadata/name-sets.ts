// The taxonomy's names of bodies and places as sets, made once per list rather than once per
// document: the title block and the first-page guess each lower-cased and set up the ~1,100
// actor and ~1,700 place names for every file read, ~0.5 ms a document (readspeed24). A list is
// known by its identity (actorNames and placeNames give the same array for the same taxonomy),
// and is never changed once made.

const lowered = new WeakMap<readonly string[], ReadonlySet<string>>();
const lowerOnly = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The names, lower-cased, as a set. */
export function lowerCaseSet(names: readonly string[]): ReadonlySet<string> {
  return onceFor(lowered, names, () => new Set(names.map((n) => n.toLowerCase())));
}

/** The names written in lower case ("donors", "member states"): common nouns, as they are. */
export function lowerCaseOnly(names: readonly string[]): ReadonlySet<string> {
  return onceFor(lowerOnly, names, () => new Set(names.filter((n) => n === n.toLowerCase())));
}

/** `make`'s value for `key`, made once per key (a taxonomy's own list of actors or places, a list of names). */
export function onceFor<K extends object, V>(cache: WeakMap<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}
