import type { ReadModelDb, ReadModelTransaction } from '../read-model-db.js';

type Work = {
  run: (trx: ReadModelTransaction) => Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
};

/**
 * Runs the batches that projections hand in during the same turn of the event loop in one transaction:
 * after a commit every live projection wakes at once, and one transaction costs less than five.
 * Each batch still moves its own checkpoint in that transaction. When the shared transaction fails,
 * each batch is retried alone, so one failing projection cannot hold the others back.
 */
export class SharedTransactions {
  private pending: Work[] = [];
  private scheduled = false;

  constructor(private readonly db: ReadModelDb) {}

  run(work: (trx: ReadModelTransaction) => Promise<void>): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ run: work, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const works = this.pending;
    this.pending = [];
    this.scheduled = false;
    if (works.length === 1) return this.alone(works[0]);
    try {
      await this.db.transaction().execute(async (trx) => {
        for (const work of works) await work.run(trx);
      });
      for (const work of works) work.resolve();
    } catch {
      for (const work of works) await this.alone(work);
    }
  }

  private async alone(work: Work): Promise<void> {
    try {
      await this.db.transaction().execute(work.run);
      work.resolve();
    } catch (error) {
      work.reject(error);
    }
  }
}
