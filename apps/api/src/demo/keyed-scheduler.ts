/** Thrown by a step to end its chain once the failure is accounted for; later chains on the key still run. */
export class ChainEnded extends Error {}

/**
 * Chains of async steps by key: one key's chains run one after the other in the order submitted, different
 * keys' chains at once. Only the work done in `inSlot` is bounded, so a chain waiting its turn costs a promise.
 */
export class KeyedScheduler {
  private inFlight = 0;
  private readonly slotWaiters: (() => void)[] = [];
  private readonly tails = new Map<string, Promise<void>>();
  private readonly pending = new Map<Promise<void>, string>();

  constructor(private readonly limit: number) {}

  /**
   * Runs `steps` after the earlier steps with the same key. Any error other than `ChainEnded` is a bug: it
   * fails `drain` and every later chain on the key.
   */
  submit(key: string, steps: () => Promise<unknown>): void {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next: Promise<void> = previous.then(async () => {
      try {
        await steps();
      } catch (error) {
        if (!(error instanceof ChainEnded)) throw error;
      }
    });
    this.tails.set(key, next);
    this.pending.set(next, key);
    void next.then(
      () => this.settle(key, next),
      () => this.settle(key, next),
    );
  }

  /** Runs `work` once fewer than `limit` others are in flight. */
  async inSlot<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  /** Waits for the submitted chains, including those submitted meanwhile, except the keys `except` names. */
  async drain(except: (key: string) => boolean = () => false): Promise<void> {
    const waitFor = (): Promise<void>[] =>
      [...this.pending.entries()].filter(([, key]) => !except(key)).map(([promise]) => promise);
    for (let batch = waitFor(); batch.length > 0; batch = waitFor()) await Promise.all(batch);
  }

  private settle(key: string, promise: Promise<void>): void {
    this.pending.delete(promise);
    if (this.tails.get(key) === promise) this.tails.delete(key);
  }

  private async acquire(): Promise<void> {
    if (this.inFlight < this.limit) {
      this.inFlight++;
      return;
    }
    await new Promise<void>((resolve) => this.slotWaiters.push(resolve));
  }

  private release(): void {
    const next = this.slotWaiters.shift();
    if (next) next();
    else this.inFlight--;
  }
}
