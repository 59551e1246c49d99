// A deadline for one request's work. The engine call itself cannot be interrupted (it is
// bounded by the query limits instead); the steps around it check the budget and skip what is
// optional once it is spent, so the answer comes in time with a warning that it is partial.

export class Budget {
  private readonly deadline: number;

  constructor(
    readonly ms: number,
    private readonly now: () => number = performance.now.bind(performance),
  ) {
    this.deadline = now() + ms;
  }

  /** whether some step was skipped because the budget was spent: the answer is partial */
  cut = false;

  get spent(): boolean {
    return this.now() >= this.deadline;
  }

  /** Asks for time for an optional step; a no is remembered in `cut`. */
  allows(): boolean {
    if (this.spent) this.cut = true;
    return !this.cut;
  }

  /**
   * A budget that ends when this one does but remembers its own cuts: for optional extras run
   * after the answer is complete (a zero-hit search's suggestion tries), whose skipping must not
   * mark that answer partial.
   */
  sharing(): Budget {
    return new Budget(this.deadline - this.now(), this.now);
  }

  static unlimited(): Budget {
    return new Budget(Number.POSITIVE_INFINITY);
  }
}
