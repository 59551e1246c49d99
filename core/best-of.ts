// The k best of n items without sorting them all: a heap of k whose root is the worst kept, so
// most items are turned down by one comparison. Shared by the build's champion lists and the
// engine's scoring of plain terms, which order the same matches the same way.

/**
 * The indices (0 … n-1) of the `limit` best items, best first. `worse(i, j)`: item i ranks after
 * item j (a strict order: ties must be broken). `accept`, when given, is asked only of an item
 * that would enter the heap.
 */
export function bestOf(n: number, limit: number, worse: (i: number, j: number) => boolean, accept?: (i: number) => boolean): number[] {
  if (limit <= 0) return [];
  const heap: number[] = [];
  const down = (at: number) => {
    for (;;) {
      const l = 2 * at + 1;
      const r = l + 1;
      let top = at;
      if (l < heap.length && worse(heap[l], heap[top])) top = l;
      if (r < heap.length && worse(heap[r], heap[top])) top = r;
      if (top === at) return;
      const item = heap[at];
      heap[at] = heap[top];
      heap[top] = item;
      at = top;
    }
  };
  for (let i = 0; i < n; i++) {
    if (heap.length === limit && !worse(heap[0], i)) continue;
    if (accept && !accept(i)) continue;
    if (heap.length < limit) {
      heap.push(i);
      for (let at = heap.length - 1; at > 0; ) {
        const up = (at - 1) >> 1;
        if (!worse(heap[at], heap[up])) break;
        const item = heap[at];
        heap[at] = heap[up];
        heap[up] = item;
        at = up;
      }
    } else {
      heap[0] = i;
      down(0);
    }
  }
  return heap.sort((i, j) => (worse(i, j) ? 1 : worse(j, i) ? -1 : 0));
}
