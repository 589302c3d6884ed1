import { recallDecider, serialInRange, type RecallCommand, type RecallEvent } from '@aidledger/domain';
import type { OnRecall } from '../command-bus/aggregate-commands.js';
import type { CommandScheduler } from './command-scheduler.js';
import { issueDemoRecall } from './demo-recall.js';
import type { ImportedAid } from './on-loan-import.js';

const aid = (n: number, articleNo: string): ImportedAid => ({
  assetId: `asset-${n}`,
  articleNo,
  serialNumber: `SN-${articleNo}-${String(n).padStart(7, '0')}`,
  personId: `person-${n}`,
  deliveredOn: '2025-01-02',
});

describe('the demo recall', () => {
  it('is in progress at the end: issued before the last day on a serial range of the lift, some units done', async () => {
    const imported = Array.from({ length: 200 }, (_, n) => aid(n, n % 3 === 0 ? '100501' : '100201'));
    const sent: OnRecall[] = [];
    let chain: Promise<unknown> = Promise.resolve();
    const scheduler = {
      submit: (_key: string, steps: () => Promise<unknown>) => {
        chain = steps();
      },
      send: async (message: OnRecall) => {
        sent.push(message);
      },
    } as unknown as CommandScheduler;
    issueDemoRecall(scheduler, imported, { seed: 7, actor: 'demo', lastDay: '2026-11-27' });
    await chain;
    let state = recallDecider.initialState();
    for (const { id, command } of sent) {
      const data = { ...command.data, recallId: id, today: '2026-11-28' };
      for (const event of recallDecider.decide({ type: command.type, data } as RecallCommand, state))
        state = recallDecider.evolve(state, event as RecallEvent);
    }
    if (state.status !== 'issued') throw new Error('the demo recall was not issued');
    const { recall, done } = state;
    expect(recall.issuedOn < '2026-11-27').toBe(true);
    // The scope is what the API would select: the article's aids with a serial in the range.
    const expected = imported
      .filter((one) => one.articleNo === recall.articleNo)
      .filter((one) => serialInRange(one.serialNumber, recall.serialFrom, recall.serialTo))
      .map((one) => one.assetId);
    expect([...recall.affected].sort()).toEqual(expected.sort());
    expect(recall.affected).toHaveLength(12);
    const doneCount = Object.keys(done).length;
    expect(doneCount).toBeGreaterThan(0);
    expect(doneCount).toBeLessThan(recall.affected.length);
    for (const unit of Object.values(done)) expect(unit.doneOn <= '2026-11-27').toBe(true);
  });
});
