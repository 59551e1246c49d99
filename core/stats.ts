/** The key carrying the most weight (e.g. the type size carrying most characters); ties go to the first seen. */
export function weightedMode<T, K>(items: T[], key: (item: T) => K, weight: (item: T) => number = () => 1): K {
  const totals = new Map<K, number>();
  for (const item of items) totals.set(key(item), (totals.get(key(item)) ?? 0) + weight(item));
  let best = key(items[0]);
  let bestWeight = -Infinity;
  for (const [k, w] of totals) if (w > bestWeight) [best, bestWeight] = [k, w];
  return best;
}
