import { ChainEnded, KeyedScheduler } from './keyed-scheduler.js';

type Gate = { opened: Promise<void>; open(): void };

const gate = (): Gate => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
};

/** Lets every chain that can move on do so. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('keyed scheduler', () => {
  it("runs one key's chains one after the other in the order submitted", async () => {
    const scheduler = new KeyedScheduler(8);
    const log: string[] = [];
    const first = gate();
    scheduler.submit('asset:1', async () => {
      log.push('first started');
      await first.opened;
      log.push('first done');
    });
    scheduler.submit('asset:1', async () => log.push('second'));
    scheduler.submit('asset:1', async () => log.push('third'));
    await settle();
    expect(log).toEqual(['first started']);
    first.open();
    await scheduler.drain();
    expect(log).toEqual(['first started', 'first done', 'second', 'third']);
  });

  it("runs different keys' chains at once", async () => {
    const scheduler = new KeyedScheduler(8);
    const running = new Set<string>();
    let most = 0;
    const release = gate();
    for (const key of ['asset:1', 'asset:2', 'order:1'])
      scheduler.submit(key, async () => {
        running.add(key);
        most = Math.max(most, running.size);
        await release.opened;
        running.delete(key);
      });
    await settle();
    expect(most).toBe(3);
    release.open();
    await scheduler.drain();
    expect(running.size).toBe(0);
  });

  it('keeps no more than the limit of slot work in flight across all chains', async () => {
    const scheduler = new KeyedScheduler(3);
    let inFlight = 0;
    let most = 0;
    const gates = Array.from({ length: 10 }, gate);
    gates.forEach((step, n) =>
      scheduler.submit(`asset:${n}`, () =>
        scheduler.inSlot(async () => {
          inFlight++;
          most = Math.max(most, inFlight);
          await step.opened;
          inFlight--;
        }),
      ),
    );
    await settle();
    expect(inFlight).toBe(3);
    for (const step of gates) {
      step.open();
      await settle();
      expect(inFlight).toBeLessThanOrEqual(3);
    }
    await scheduler.drain();
    expect(most).toBe(3);
    expect(inFlight).toBe(0);
  });

  it('ends only its own chain when a step throws ChainEnded', async () => {
    const scheduler = new KeyedScheduler(8);
    const log: string[] = [];
    scheduler.submit('asset:1', async () => {
      log.push('refused');
      throw new ChainEnded();
    });
    scheduler.submit('asset:1', async () => log.push('same key, later chain'));
    scheduler.submit('asset:2', async () => log.push('other key'));
    await expect(scheduler.drain()).resolves.toBeUndefined();
    expect(log.sort()).toEqual(['other key', 'refused', 'same key, later chain']);
  });

  it('fails the drain and the later chains on the key on any other error', async () => {
    const scheduler = new KeyedScheduler(8);
    const log: string[] = [];
    scheduler.submit('asset:1', async () => {
      throw new TypeError('a bug');
    });
    scheduler.submit('asset:1', async () => log.push('same key, later chain'));
    scheduler.submit('asset:2', async () => log.push('other key'));
    await expect(scheduler.drain()).rejects.toThrow('a bug');
    await settle();
    expect(log).toEqual(['other key']);
  });

  it('leaves the chains it is told to skip running on', async () => {
    const scheduler = new KeyedScheduler(8);
    const stock = gate();
    let stockDone = false;
    scheduler.submit('stock:1', async () => {
      await stock.opened;
      stockDone = true;
    });
    scheduler.submit('asset:1', async () => undefined);
    await scheduler.drain((key) => key.startsWith('stock:'));
    expect(stockDone).toBe(false);
    stock.open();
    await scheduler.drain();
    expect(stockDone).toBe(true);
  });
});
