import { CommandBus } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@aidledger/event-store';
import { billingMonths, invoiceBasisOfAll, type BillingLine, type ReadModelDb } from '@aidledger/projections';
import { recomputeBilling } from '../../../../libs/projections/src/testing/billing-recomputation.js';
import { startHarness, type Harness } from '../../../../test/support/app-harness.js';
import { HistoryGenerator } from '../demo/history-generator.js';
import { PersonalData } from '../personal-data/personal-data.js';
import { READ_MODEL_DB } from '../read-models/read-model.provider.js';

/**
 * The independent recomputation on the demo's history, made by the real app (its commands, deciders and
 * projector): aids imported out on rent, a month closed, then three weeks of deliveries, returns, pickups, moves
 * and corrections of closed months. The sum of every payer's lines over every month equals the plain loop of
 * `recomputeBilling`, and every line's `because` names a stored event.
 */
const END_DAY = '2025-06-27';

describe('billing on the demo history, recomputed independently', () => {
  let harness: Harness;
  let events: RecordedEvent[];
  let lines: BillingLine[];
  let closedThrough: string | null;

  beforeAll(async () => {
    harness = await startHarness();
    const store = harness.app.get<EventStore>(EVENT_STORE);
    const generator = new HistoryGenerator(harness.app.get(CommandBus), store, harness.app.get(PersonalData));
    await generator.generate({
      days: 21,
      seed: 11,
      scale: 0.1,
      endDay: END_DAY,
      initialOnLoan: 200,
      progressBar: false,
    });
    await harness.settle();
    events = await store.readAll();
    const db = harness.app.get<ReadModelDb>(READ_MODEL_DB);
    ({ closedThrough } = await billingMonths(db));
    // Every month from the oldest delivery on.
    const oldest = events
      .filter((event) => event.type === 'AidDelivered')
      .map((event) => String(event.data.deliveredOn))
      .sort()[0]!;
    lines = [];
    for (let month = oldest.slice(0, 7); month <= END_DAY.slice(0, 7);) {
      for (const basis of await invoiceBasisOfAll(db, { month, today: END_DAY })) lines.push(...basis.lines);
      const [year, number] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
      month = number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
    }
  }, 180_000);

  afterAll(async () => {
    await harness.close();
  });

  it('has closed books and corrections to test', () => {
    expect(closedThrough).not.toBeNull();
    expect(events.some((event) => event.type === 'PersonMoved')).toBe(true);
    expect(lines.some((line) => line.kind === 'correction')).toBe(true);
  });

  it('the sum of every payer’s lines equals the plain loop over the aids’ histories', () => {
    const byPayer = new Map<string, number>();
    for (const line of lines) byPayer.set(line.payerId, (byPayer.get(line.payerId) ?? 0) + line.amountSek);
    const expected = recomputeBilling(events, END_DAY, 3);
    expect(Object.fromEntries([...byPayer].sort())).toEqual(Object.fromEntries([...expected].sort()));
  });

  it('every line’s because points at events that exist', () => {
    const stored = new Set(events.map((event) => `${event.streamId}@${event.revision}`));
    const missing = lines.flatMap((line) =>
      line.because.filter((ref) => !stored.has(`${ref.streamId}@${ref.revision}`)).map((ref) => [line.lineId, ref]),
    );
    expect(missing).toEqual([]);
  });
});
