import { addSwedishWorkingDays, isSwedishWorkingDay } from '@aidledger/domain';
import type { OnFitting } from '../command-bus/aggregate-commands.js';
import type { CommandScheduler } from './command-scheduler.js';
import { FittingHistory } from './fitting-history.js';

/** Runs the history's fittings over `days` working days against a scheduler that records what it is sent. */
const run = async (seed: number) => {
  const sent: OnFitting[] = [];
  const chains: Promise<unknown>[] = [];
  const scheduler = {
    submit: (_key: string, steps: () => Promise<unknown>) => void chains.push(steps()),
    send: async (message: OnFitting) => void sent.push(message),
  } as unknown as CommandScheduler;
  const history = new FittingHistory(scheduler, seed, 'demo');
  const persons = [{ personId: 'p1' }, { personId: 'p2' }];
  const firstDay = '2025-11-03';
  const lastDay = addSwedishWorkingDays(firstDay, 14);
  for (let day = firstDay; day <= lastDay; day = addSwedishWorkingDays(day, 1))
    history.workingDay(day, 1, persons, lastDay);
  await Promise.all(chains);
  return { sent, firstDay, lastDay };
};

describe('the demo history of fittings', () => {
  it('requests, offers mostly within 15 working days and some later, completes and cancels a few', async () => {
    const { sent, lastDay } = await run(7);
    const requested = new Map<string, string>();
    const offered = new Map<string, string>();
    const counts: Record<string, number> = {};
    for (const { id, command } of sent) {
      counts[command.type] = (counts[command.type] ?? 0) + 1;
      const data = command.data as Record<string, string>;
      if (command.type === 'RequestFitting') requested.set(id, data.requestedOn);
      else expect(requested.has(id)).toBe(true);
      if (command.type === 'OfferFitting') offered.set(id, data.offeredOn);
      for (const field of ['requestedOn', 'offeredOn', 'completedOn', 'cancelledOn'])
        if (data[field]) expect(data[field] <= lastDay).toBe(true);
    }
    const late = [...offered].filter(([id, on]) => on > addSwedishWorkingDays(requested.get(id)!, 15)).length;
    // A month before the history and three weeks of it: about 45 working days of 6 requests.
    expect(requested.size).toBeGreaterThan(200);
    expect(late).toBeGreaterThan(0);
    expect(late / offered.size).toBeLessThan(0.3);
    expect(counts.CompleteFitting).toBeGreaterThan(0);
    expect(counts.CancelFitting).toBeGreaterThan(0);
    // The newest requests still wait for their offer.
    expect(offered.size).toBeLessThan(requested.size);
  });

  it('sends every step on a working day, not before its request', async () => {
    const { sent } = await run(3);
    const requestedOn = new Map<string, string>();
    for (const { id, command } of sent) {
      const data = command.data as Record<string, string>;
      if (command.type === 'RequestFitting') requestedOn.set(id, data.requestedOn);
      const day = data.requestedOn ?? data.offeredOn ?? data.completedOn ?? data.cancelledOn;
      expect(isSwedishWorkingDay(day)).toBe(true);
      expect(day >= requestedOn.get(id)!).toBe(true);
    }
  });

  it('repeats the same commands for the same seed', async () => {
    const ids = async (seed: number) =>
      (await run(seed)).sent.map(({ id, command, context }) => [id, command.type, context.correlationId]);
    expect(await ids(5)).toEqual(await ids(5));
    expect(await ids(5)).not.toEqual(await ids(6));
  });
});
