import { CommandBus } from '@nestjs/cqrs';
import { assetDecider, type AssetEvent } from '@aidledger/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@aidledger/event-store';
import { startHarness, type Harness } from '../../../../test/support/app-harness.js';
import { PersonalData } from '../personal-data/personal-data.js';
import { HistoryGenerator, type HistoryOptions, type HistorySummary } from './history-generator.js';
import { DEMO_PAYERS, INDIVIDUAL_AIDS, REGION_PAYER, VASTMANLAND } from './region.js';

/** A small region (a fifth of Västmanland's volumes) over the midsommar fortnight of 2025. */
const SMALL: HistoryOptions = { days: 14, seed: 7, scale: 0.2, endDay: '2025-06-27', initialOnLoan: 300 };

type Run = { summary: HistorySummary; events: RecordedEvent[] };

const generate = async (harness: Harness, options: HistoryOptions): Promise<Run> => {
  const store = harness.app.get<EventStore>(EVENT_STORE);
  const generator = new HistoryGenerator(harness.app.get(CommandBus), store, harness.app.get(PersonalData));
  const summary = await generator.generate({ ...options, progressBar: false });
  await harness.settle();
  // The order-fulfilment workflow appends too; what the generator itself sent is what must repeat.
  const events = (await store.readAll()).filter((event) => event.metadata.actor !== 'process:order-fulfilment');
  return { summary, events };
};

/** Claim streams are named by an HMAC with each store's own secret, so only their number and events compare. */
const byStream = (events: RecordedEvent[]): string[] =>
  events
    .map(
      (event) =>
        `${event.streamId.replace(/^personnummer-.+$/, 'personnummer-<hmac>')}#${event.revision}:${event.type}`,
    )
    .sort();

describe('history generator', () => {
  let first: Harness;
  let run: Run;

  beforeAll(async () => {
    first = await startHarness();
    run = await generate(first, SMALL);
  }, 120_000);

  afterAll(async () => {
    await first.close();
  });

  it('has every command it sends accepted by the real handlers', () => {
    expect(run.summary.refusedTotal).toBe(0);
    expect(run.summary.commandsTotal).toBeGreaterThan(1000);
  });

  it('produces the configured daily volumes on working days', () => {
    const { volumes, workingDays } = run.summary;
    // 2025-06-16 … 06-27 has nine working days: midsommarafton (20 June) is not one.
    expect(workingDays).toBe(9);
    const perDay = (count: number): number => count / workingDays / SMALL.scale!;
    expect(perDay(volumes.ordersPlaced)).toBeGreaterThan(195 * 0.8);
    expect(perDay(volumes.ordersPlaced)).toBeLessThan(195 * 1.2);
    expect(perDay(volumes.returns)).toBeGreaterThan(140 * 0.8);
    expect(perDay(volumes.returns)).toBeLessThan(140 * 1.2);
    expect(perDay(volumes.repairsReported)).toBeGreaterThan(53 * 0.7);
    expect(perDay(volumes.repairsReported)).toBeLessThan(53 * 1.3);
    expect(volumes.consumablePackagesDelivered).toBeGreaterThan(0);
    expect(volumes.deliveryFailures).toBeGreaterThan(0);
    expect(volumes.scrapped).toBeGreaterThan(0);
  });

  it('lands the on-planned-day share near 92 %', () => {
    const { aidsDelivered, deliveredOnPlannedDay } = run.summary.volumes;
    const share = deliveredOnPlannedDay / aidsDelivered;
    expect(share).toBeGreaterThan(0.85);
    expect(share).toBeLessThan(0.97);
    const delivered = run.events.filter(
      (event) => event.type === 'AidDelivered' && event.metadata.actor !== 'import:aids-on-loan',
    );
    const onTime = delivered.filter((event) => event.data.deliveredOn === event.data.plannedDeliveryDate);
    expect(onTime.length).toBe(deliveredOnPlannedDay);
  });

  it('delivers no aid on a day that is not a working day', () => {
    const days = run.events
      .filter((event) => event.type === 'AidDelivered')
      .map((event) => String(event.data.deliveredOn));
    expect(days).not.toContain('2025-06-20');
    expect(days).not.toContain('2025-06-21');
  });

  it('ends with the aids of the coming route days allocated, about a day of deliveries for the next one', () => {
    // The route's view, recomputed from the events: allocated and not delivered, by the day it is due.
    const dueOn = new Map<string, string>();
    const aidOrders = new Set<string>();
    const allocated = new Set<string>();
    const closed = new Set<string>();
    const failedOnce = new Set<string>();
    const individual = new Set(INDIVIDUAL_AIDS.map((article) => article.articleNo));
    for (const { type, data } of run.events) {
      const orderId = String(data.orderId);
      if (type === 'OrderPlaced' && individual.has(String(data.articleNo))) aidOrders.add(orderId);
      if (type === 'OrderPlaced' || type === 'OrderRescheduled') dueOn.set(orderId, String(data.plannedDeliveryDate));
      else if (type === 'AidDeliveryFailed') {
        dueOn.set(orderId, String(data.rescheduledTo));
        failedOnce.add(orderId);
      } else if (type === 'AssetAllocated') allocated.add(orderId);
      else if (type === 'AssetAllocationReleased') allocated.delete(orderId);
      else if (type === 'AidDelivered' || type === 'OrderCancelled') closed.add(orderId);
    }
    const open = [...allocated].filter((orderId) => !closed.has(orderId));
    // The history ends on Friday 27 June; the next route days are Monday 30 June, 1 and 2 July.
    const [monday, tuesday, wednesday] = ['2025-06-30', '2025-07-01', '2025-07-02'];
    const aDay = 195 * SMALL.scale!;
    // Monday's route holds what is due that day and whatever is still outstanding from earlier days.
    const mondaysRoute = open.filter((orderId) => (dueOn.get(orderId) ?? '') <= monday).length;
    expect(mondaysRoute).toBeGreaterThan(aDay * 0.75);
    expect(mondaysRoute).toBeLessThan(aDay * 1.25);
    const allocatedAheadFor = (day: string): number =>
      open.filter((orderId) => !failedOnce.has(orderId) && dueOn.get(orderId) === day).length;
    expect(allocatedAheadFor(tuesday)).toBeGreaterThan(aDay * 0.5);
    expect(allocatedAheadFor(wednesday)).toBeGreaterThan(aDay * 0.4);
    for (const day of [monday, tuesday, wednesday]) expect(run.summary.comingDays[day]).toBe(allocatedAheadFor(day));
    const waiting = [...aidOrders].filter(
      (orderId) => !closed.has(orderId) && !allocated.has(orderId) && (dueOn.get(orderId) ?? '') <= wednesday,
    );
    expect(waiting).toEqual([]);
  });

  it('ends with pickup orders on the coming route days, each on an aid still on loan', () => {
    // Recomputed from the events: the aids on loan at the end, and the open pickup requests by planned day.
    const onLoan = new Set<string>();
    const pickups = new Map<string, string>();
    for (const { type, data } of run.events) {
      const assetId = String(data.assetId);
      if (type === 'AidDelivered') onLoan.add(assetId);
      else if (type === 'AidReturned') {
        onLoan.delete(assetId);
        pickups.delete(assetId);
      } else if (type === 'PickupRequested') pickups.set(assetId, String(data.plannedPickupDate));
    }
    const perDay = new Map<string, number>();
    for (const [assetId, day] of pickups) {
      expect(onLoan.has(assetId)).toBe(true);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    const aDay = 140 * 0.5 * SMALL.scale!;
    for (const day of ['2025-06-30', '2025-07-01', '2025-07-02']) {
      expect(perDay.get(day)).toBe(run.summary.comingPickups[day]);
      expect(perDay.get(day)).toBe(Math.round(aDay));
    }
  });

  it('ends with lifts whose inspection is overdue and lifts out of service after a failed one', () => {
    // Recomputed from the events: due 12 months after the last passed inspection or the receipt.
    const interval = new Map(INDIVIDUAL_AIDS.map((article) => [article.articleNo, article.inspectionIntervalMonths]));
    const lifts = new Map<string, { lastPassedOrReceived: string; latest: 'passed' | 'failed' | 'repaired' | null }>();
    for (const event of run.events) {
      const assetId = String(event.data.assetId);
      if (event.type === 'AssetRegistered' && interval.get(String(event.data.articleNo)))
        lifts.set(assetId, { lastPassedOrReceived: String(event.data.receivedOn), latest: null });
      const lift = lifts.get(assetId);
      if (!lift) continue;
      if (event.type === 'AidInspected') {
        lift.latest = event.data.passed ? 'passed' : 'failed';
        if (event.data.passed) lift.lastPassedOrReceived = String(event.data.inspectedOn);
      }
      if (event.type === 'AidRepaired') lift.latest = 'repaired';
    }
    const yearBefore = `${Number(SMALL.endDay!.slice(0, 4)) - 1}${SMALL.endDay!.slice(4)}`;
    const overdue = [...lifts.values()].filter((lift) => lift.lastPassedOrReceived < yearBefore);
    const outOfService = [...lifts.values()].filter((lift) => lift.latest === 'failed');
    expect(overdue.length).toBeGreaterThan(0);
    expect(outOfService.length).toBeGreaterThan(0);
    expect(run.summary.volumes.inspections).toBe(run.events.filter((event) => event.type === 'AidInspected').length);
  });

  it('repeats the same streams, events and ids for the same seed', async () => {
    const second = await startHarness();
    try {
      const again = await generate(second, SMALL);
      expect(again.summary.commands).toEqual(run.summary.commands);
      expect(again.summary.volumes).toEqual(run.summary.volumes);
      expect(byStream(again.events)).toEqual(byStream(run.events));
    } finally {
      await second.close();
    }
  }, 120_000);

  it('gives other ids for another seed', async () => {
    const third = await startHarness();
    try {
      const other = await generate(third, { ...SMALL, days: 3, seed: 8, initialOnLoan: 20 });
      const streams = new Set(run.events.map((event) => event.streamId));
      // The assortment, the payers, the books' months and the depots' stock streams are the same in every
      // history; nothing else is.
      const shared = other.events.filter(
        (event) => streams.has(event.streamId) && !/^(article-|payer-|stock-|billing-months$)/.test(event.streamId),
      );
      expect(other.summary.refusedTotal).toBe(0);
      expect(shared).toEqual([]);
    } finally {
      await third.close();
    }
  }, 120_000);

  it('registers the payers before any order, and every order names the payer of its municipality or the region', () => {
    const registered = run.events.filter((event) => event.type === 'PayerRegistered');
    expect(registered.map((event) => event.data.payerId).sort()).toEqual(DEMO_PAYERS.map((p) => p.payerId).sort());
    expect(run.summary.payersRegistered).toBe(DEMO_PAYERS.length);
    const firstOrder = run.events.findIndex((event) => event.type === 'OrderPlaced');
    expect(Math.max(...registered.map((event) => run.events.indexOf(event)))).toBeLessThan(firstOrder);
    // Recomputed from the events: each municipality's payer, the region's articles, the holders' homes as they move.
    const payerOf = new Map(registered.map((event) => [event.data.municipality, event.data.payerId]));
    const regional = new Set(
      run.events
        .filter((event) => event.type === 'ArticleRegistered' && event.data.costResponsibility === 'region')
        .map((event) => event.data.articleNo),
    );
    expect(regional.size).toBeGreaterThan(0);
    const home = new Map<string, unknown>();
    let regionalOrders = 0;
    for (const { type, data } of run.events) {
      if (type === 'PersonRegistered') home.set(String(data.personId), data.municipality);
      else if (type === 'PersonMoved') home.set(String(data.personId), data.toMunicipality);
      else if (type === 'OrderPlaced') {
        expect(data.municipality).toBe(home.get(String(data.personId)));
        const isRegional = regional.has(String(data.articleNo));
        if (isRegional) regionalOrders++;
        expect(data.payerId).toBe(isRegional ? REGION_PAYER.payerId : payerOf.get(data.municipality));
      }
    }
    expect(regionalOrders).toBeGreaterThan(0);
  });

  it('moves holders between the municipalities of the region, a few back-dated', () => {
    const moves = run.events.filter((event) => event.type === 'PersonMoved');
    expect(moves).toHaveLength(run.summary.moves);
    expect(run.summary.moves).toBe(run.summary.volumes.moves);
    // About four moves a working day at region scale.
    expect(moves.length / run.summary.workingDays / SMALL.scale!).toBeGreaterThan(4 * 0.4);
    expect(moves.length / run.summary.workingDays / SMALL.scale!).toBeLessThan(4 * 1.6);
    expect(run.summary.lateMoves).toBeGreaterThan(0);
    const names = VASTMANLAND.map((municipality) => municipality.name);
    for (const { data } of moves) {
      expect(names).toContain(data.toMunicipality);
      expect(data.toMunicipality).not.toBe(data.fromMunicipality);
    }
    // The late ones reach back before the history's first day or into its first weeks.
    const backDated = moves.filter((event) => String(event.data.movedOn) < run.summary.firstDay);
    expect(backDated.length).toBeGreaterThan(0);
  });

  it('registers both sexes and a few persons without a recorded sex, so the statistics show real numbers', async () => {
    const sexOf = new Map(
      run.events
        .filter((event) => event.type === 'PersonRegistered')
        .map(({ data }) => {
          const { personId, sex } = data as { personId: string; sex: string | null };
          return [personId, sex ?? 'unknown'] as const;
        }),
    );
    const unknownPersons = [...sexOf.values()].filter((sex) => sex === 'unknown').length;
    expect(unknownPersons / sexOf.size).toBeGreaterThan(0.01);
    expect(unknownPersons / sexOf.size).toBeLessThan(0.1);
    const placed = run.events
      .filter((event) => event.type === 'OrderPlaced')
      .map(({ data }) => data as { personId: string; placedOn: string });
    const expected = { female: 0, male: 0, other: 0, unknown: 0 } as Record<string, number>;
    for (const order of placed) expected[sexOf.get(order.personId) ?? 'unknown']!++;
    const response = await first.request({ method: 'GET', url: '/api/statistics/prescriptions', role: 'viewer' });
    const { groups, unknownShare } = response.body as {
      groups: { key: string; total: number | null }[];
      unknownShare: number;
    };
    expect(Object.fromEntries(groups.map((group) => [group.key, group.total]))).toEqual(
      Object.fromEntries(Object.entries(expected).filter(([, count]) => count > 0)),
    );
    for (const sex of ['female', 'male', 'unknown']) expect(expected[sex]).toBeGreaterThanOrEqual(5);
    expect(unknownShare).toBe(Math.round((expected.unknown! / placed.length) * 1000) / 1000);
  });

  it('closes the month the import left, then corrects dates of the closed month after the close', () => {
    // 2025-06-14 lies after the fifth working day of June (the 9th: the 6th is national day): May is closed.
    expect(run.summary.monthsClosed).toEqual(['2025-05']);
    let closedThrough: string | null = null;
    let corrections = 0;
    for (const { type, data } of run.events) {
      if (type === 'BillingMonthClosed') closedThrough = String(data.month);
      else if (type === 'BusinessDateCorrected') {
        corrections++;
        // Recorded after the close, on a date of a closed month.
        expect(closedThrough).not.toBeNull();
        expect(String(data.from).slice(0, 7) <= closedThrough!).toBe(true);
        expect(['deliveredOn', 'returnedOn']).toContain(data.field);
      }
    }
    expect(closedThrough).toBe('2025-05');
    expect(corrections).toBe(run.summary.correctionsSent);
    expect(corrections).toBeGreaterThan(0);
  });

  it('closes each month of the history on its fifth working day', async () => {
    const fourth = await startHarness();
    try {
      // 2025-06-02 … 06-11: April was closed before (8 May); May closes on Monday 9 June.
      const { summary, events } = await generate(fourth, {
        days: 10,
        seed: 9,
        scale: 0.1,
        endDay: '2025-06-11',
        initialOnLoan: 100,
      });
      expect(summary.refusedTotal).toBe(0);
      expect(summary.monthsClosed).toEqual(['2025-04', '2025-05']);
      const closes = events.filter((event) => event.type === 'BillingMonthClosed').map((event) => event.data.month);
      expect(closes).toEqual(['2025-04', '2025-05']);
      // Nothing of May is recorded after its close but corrections: the deliveries of 9 June come after it.
      const closedAt = events.findIndex(
        (event) => event.type === 'BillingMonthClosed' && event.data.month === '2025-05',
      );
      const mayAfterClose = events
        .slice(closedAt)
        .filter((event) => event.type === 'AidDelivered' && String(event.data.deliveredOn) < '2025-06-01');
      expect(mayAfterClose).toEqual([]);
      const june9 = events.findIndex(
        (event) => event.type === 'AidDelivered' && event.data.deliveredOn === '2025-06-09',
      );
      expect(june9).toBeGreaterThan(closedAt);
    } finally {
      await fourth.close();
    }
  }, 120_000);

  it('imports aids out on rent as the asset decider would have written them', () => {
    const imported = run.events.filter(
      (event) => event.metadata.actor === 'import:aids-on-loan' && event.streamId.startsWith('asset-'),
    );
    const streams = new Map<string, RecordedEvent[]>();
    for (const event of imported) streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
    expect(streams.size).toBe(SMALL.initialOnLoan);
    for (const events of streams.values()) {
      expect(events.map((event) => event.type)).toEqual([
        'AssetRegistered',
        'AssetAllocated',
        'AidDispatched',
        'AidDelivered',
      ]);
      const state = events.reduce(
        (folded, event) => assetDecider.evolve(folded, { type: event.type, data: event.data } as unknown as AssetEvent),
        assetDecider.initialState(),
      );
      expect(state.status).toBe('onLoan');
    }
  });
});
