import type { RecordedEvent } from '@aidledger/event-store';
import type { ReadModelDb } from '../read-model-db.js';
import { tablePrefix } from '../runtime/projection.js';
import { createStateTable } from '../runtime/projection-state.js';
import { eventLog } from '../testing/events.js';
import { projectionSpec } from '../testing/projection-spec.js';
import { addDays } from '@aidledger/domain';
import {
  billingProjection,
  chargesFrom,
  chargesOf,
  defaultBillingProjection,
  type Loan,
} from './billing.projection.js';
import {
  billingMonths,
  invoiceBasis,
  invoiceBasisOfAll,
  payerFleet,
  rentForecast,
  type BillingLine,
  type InvoiceBasis,
} from './billing.queries.js';

const spec = projectionSpec(defaultBillingProjection);

/** The events as the store would number them: positions in the order of the list (the tests make some early). */
const inLogOrder = (events: readonly RecordedEvent[]): readonly RecordedEvent[] =>
  events.map((event, index) => Object.assign(event, { position: BigInt(index) }));

/** The projection's tables made active, so the queries read them as the app does. */
const project = async (listed: readonly RecordedEvent[], batchSize = listed.length): Promise<ReadModelDb> => {
  const events = inLogOrder(listed);
  const db = await spec.open();
  await spec.apply(db, events, batchSize);
  await createStateTable(db);
  await db
    .insertInto('projection_state')
    .values({
      name: 'billing',
      version: 1,
      definition_version: 1,
      position: 0,
      status: 'active',
      updated_at: '2025-01-01T00:00:00.000Z',
    })
    .execute();
  expect(spec.prefix).toBe(tablePrefix('billing', 1));
  return db;
};

/** A small region: Sala and Västerås pay for their residents, the region unit for regional aids. */
const region = () => {
  const e = eventLog();
  const setup = [
    e('ArticleRegistered', {
      articleNo: 'RULL',
      name: 'Rullstol',
      isoCode: '12 22 03',
      kind: 'individual',
      rentable: true,
      monthlyRentSek: 300,
      purchasePriceSek: 9000,
      bulky: true,
      inspectionIntervalMonths: null,
      expectedLifetimeYears: 8,
    }),
    e('ArticleRegistered', {
      articleNo: 'SANG',
      name: 'Säng',
      isoCode: '18 12 07',
      kind: 'individual',
      rentable: true,
      monthlyRentSek: 500,
      purchasePriceSek: 20000,
      bulky: true,
      inspectionIntervalMonths: null,
      expectedLifetimeYears: 10,
      costResponsibility: 'region',
    }),
    e('ArticleRegistered', {
      articleNo: 'KRYCKA',
      name: 'Krycka',
      isoCode: '12 03 06',
      kind: 'individual',
      rentable: false,
      monthlyRentSek: null,
      purchasePriceSek: 450,
      bulky: false,
      inspectionIntervalMonths: null,
      expectedLifetimeYears: null,
    }),
    e('ArticleRegistered', {
      articleNo: 'BLOJA',
      name: 'Blöja',
      isoCode: '09 30 12',
      kind: 'consumable',
      rentable: false,
      monthlyRentSek: null,
      purchasePriceSek: 12,
      bulky: false,
      inspectionIntervalMonths: null,
      expectedLifetimeYears: null,
    }),
    e('PayerRegistered', { payerId: 'SALA', name: 'Sala kommun', kind: 'municipality', municipality: 'Sala' }),
    e('PayerRegistered', {
      payerId: 'VAS',
      name: 'Västerås stad',
      kind: 'municipality',
      municipality: 'Västerås',
    }),
    e('PayerRegistered', { payerId: 'REG', name: 'Regionen', kind: 'region', municipality: null }),
  ];
  const order = (orderId: string, articleNo = 'RULL', payerId = 'SALA', personId = 'p1') =>
    e('OrderPlaced', {
      orderId,
      personId,
      articleNo,
      prescriberId: 'FS-1',
      priority: 2,
      plannedDeliveryDate: '2025-01-01',
      municipality: 'Sala',
      payerId,
      placedOn: '2025-01-01',
    });
  const delivered = (assetId: string, orderId: string, deliveredOn: string, articleNo = 'RULL', personId = 'p1') =>
    e('AidDelivered', {
      assetId,
      orderId,
      personId,
      articleNo,
      deliveredOn,
      plannedDeliveryDate: deliveredOn,
      municipality: 'Sala',
      routeId: 'r1',
    });
  const returned = (assetId: string, orderId: string, returnedOn: string, personId = 'p1') =>
    e('AidReturned', { assetId, personId, orderId, returnedOn, reason: 'done' });
  const moved = (movedOn: string, toMunicipality: string, personId = 'p1', fromMunicipality = 'Sala') =>
    e('PersonMoved', { personId, fromMunicipality, toMunicipality, movedOn });
  const closed = (month: string) => e('BillingMonthClosed', { month, closedOn: `${month}-28` });
  return { e, setup, order, delivered, returned, moved, closed };
};

const periods = (lines: readonly BillingLine[]) =>
  lines.map((line) => [line.lineId, line.periodStart, line.periodEnd, line.amountSek]);

const ref = (event: RecordedEvent) => ({ streamId: event.streamId, revision: Number(event.revision) });

/** Every table of the projection, rows sorted, so two builds can be compared. */
const tables = async (db: ReadModelDb) => {
  const all: Record<string, unknown[]> = {};
  for (const suffix of defaultBillingProjection.tables) all[suffix] = await spec.rows(db, suffix);
  return all;
};

/** One batch, one event at a time, and everything applied twice over give the same tables. */
const expectSameWhateverTheBatches = async (listed: readonly RecordedEvent[]): Promise<void> => {
  const events = inLogOrder(listed);
  const inOneBatch = await spec.open();
  await spec.apply(inOneBatch, events);
  const oneByOne = await spec.open();
  await spec.apply(oneByOne, events, 1);
  await spec.apply(oneByOne, events, 3);
  expect(await tables(oneByOne)).toEqual(await tables(inOneBatch));
  await inOneBatch.destroy();
  await oneByOne.destroy();
};

const basisOf = (db: ReadModelDb, payerId: string, month: string, today = '2025-12-31'): Promise<InvoiceBasis> =>
  invoiceBasis(db, { payerId, month, today });

describe('billing projection: rent per started 30-day period', () => {
  it('charges a loan delivered and returned on the same day one period', async () => {
    const { setup, order, delivered, returned } = region();
    const loan = delivered('a1', 'o1', '2025-03-04');
    const db = await project([...setup, order('o1'), loan, returned('a1', 'o1', '2025-03-04')]);
    const basis = await basisOf(db, 'SALA', '2025-03');
    expect(periods(basis.lines)).toEqual([[`rent:a1:${loan.revision}:0`, '2025-03-04', '2025-03-04', 300]]);
    expect(basis).toMatchObject({ closed: false, totalSek: 300 });
    expect(basis.lines[0]).toMatchObject({ kind: 'rent', assetId: 'a1', articleNo: 'RULL', personId: 'p1' });
    await db.destroy();
  });

  it('a loan of 30 days is one period, of 31 days two: the second starts on day 30 and ends with the loan', async () => {
    const { setup, order, delivered, returned } = region();
    const thirty = delivered('a1', 'o1', '2025-03-04');
    const thirtyOne = delivered('a2', 'o2', '2025-03-04');
    const db = await project([
      ...setup,
      order('o1'),
      order('o2'),
      thirty,
      thirtyOne,
      returned('a1', 'o1', '2025-04-03'),
      returned('a2', 'o2', '2025-04-04'),
    ]);
    expect(periods((await basisOf(db, 'SALA', '2025-03')).lines)).toEqual([
      [`rent:a1:${thirty.revision}:0`, '2025-03-04', '2025-04-02', 300],
      [`rent:a2:${thirtyOne.revision}:0`, '2025-03-04', '2025-04-02', 300],
    ]);
    expect(periods((await basisOf(db, 'SALA', '2025-04')).lines)).toEqual([
      [`rent:a2:${thirtyOne.revision}:1`, '2025-04-03', '2025-04-04', 300],
    ]);
    await db.destroy();
  });

  it('a period that would start on the day of the return is not charged', async () => {
    const { setup, order, delivered, returned } = region();
    const loan = delivered('a1', 'o1', '2025-01-01');
    const db = await project([...setup, order('o1'), loan, returned('a1', 'o1', '2025-03-02')]);
    const all = await invoiceBasisOfAll(db, { month: '2025-03', today: '2025-12-31' });
    expect(all).toEqual([]);
    expect(periods((await basisOf(db, 'SALA', '2025-01')).lines)).toEqual([
      [`rent:a1:${loan.revision}:0`, '2025-01-01', '2025-01-30', 300],
      [`rent:a1:${loan.revision}:1`, '2025-01-31', '2025-03-01', 300],
    ]);
    await db.destroy();
  });

  it('a loan that runs on is charged the periods started on or before today', async () => {
    const { setup, order, delivered } = region();
    const loan = delivered('a1', 'o1', '2025-01-01');
    const db = await project([...setup, order('o1'), loan]);
    expect(periods((await basisOf(db, 'SALA', '2025-03', '2025-03-01')).lines)).toEqual([]);
    expect(periods((await basisOf(db, 'SALA', '2025-03', '2025-03-02')).lines)).toEqual([
      [`rent:a1:${loan.revision}:2`, '2025-03-02', '2025-03-31', 300],
    ]);
    await db.destroy();
  });
});

describe('billing projection: who pays, day by day', () => {
  it('a delivery recorded before its order (as the import appends them) is charged to the order’s payer', async () => {
    const { setup, order, delivered } = region();
    const loan = delivered('a1', 'o1', '2025-01-01');
    const placed = order('o1', 'RULL', 'VAS');
    const events = [...setup, loan, placed];
    const db = await project(events);
    const january = await basisOf(db, 'VAS', '2025-01');
    expect(periods(january.lines)).toEqual([
      [`rent:a1:${loan.revision}:0`, '2025-01-01', '2025-01-30', 300],
      [`rent:a1:${loan.revision}:1`, '2025-01-31', '2025-03-01', 300],
    ]);
    expect(january.lines[0]!.because).toEqual(expect.arrayContaining([ref(loan), ref(placed)]));
    await expectSameWhateverTheBatches(events);
    await db.destroy();
  });

  it('a move on a period’s first day makes the new municipality pay that period', async () => {
    const { setup, order, delivered, moved } = region();
    const loan = delivered('a1', 'o1', '2025-01-01');
    const move = moved('2025-01-31', 'Västerås');
    const db = await project([...setup, order('o1'), loan, move]);
    expect(periods((await basisOf(db, 'SALA', '2025-01', '2025-02-15')).lines)).toEqual([
      [`rent:a1:${loan.revision}:0`, '2025-01-01', '2025-01-30', 300],
    ]);
    const vas = await basisOf(db, 'VAS', '2025-01', '2025-02-15');
    expect(periods(vas.lines)).toEqual([[`rent:a1:${loan.revision}:1`, '2025-01-31', '2025-03-01', 300]]);
    expect(vas.lines[0]!.because).toEqual(expect.arrayContaining([ref(loan), ref(move), ref(setup[5]!)]));
    await db.destroy();
  });

  it('a move on a period’s last day leaves that period with the old payer', async () => {
    const { setup, order, delivered, moved } = region();
    const loan = delivered('a1', 'o1', '2025-01-01');
    const db = await project([...setup, order('o1'), loan, moved('2025-03-01', 'Västerås')]);
    const sala = await invoiceBasisOfAll(db, { month: '2025-01', today: '2025-03-31' });
    expect(sala.map((basis) => [basis.payerId, periods(basis.lines)])).toEqual([
      [
        'SALA',
        [
          [`rent:a1:${loan.revision}:0`, '2025-01-01', '2025-01-30', 300],
          [`rent:a1:${loan.revision}:1`, '2025-01-31', '2025-03-01', 300],
        ],
      ],
    ]);
    expect(periods((await basisOf(db, 'VAS', '2025-03', '2025-03-31')).lines)).toEqual([
      [`rent:a1:${loan.revision}:2`, '2025-03-02', '2025-03-31', 300],
    ]);
    await db.destroy();
  });

  it('a loan changed after its holder moved keeps the new payer, in whatever batches the events come', async () => {
    const { setup, order, delivered, returned, moved } = region();
    const loan = delivered('a1', 'o1', '2025-01-01');
    const events = [...setup, order('o1'), loan, moved('2025-01-20', 'Västerås'), returned('a1', 'o1', '2025-03-05')];
    const db = await project(events, 1);
    expect(periods((await basisOf(db, 'VAS', '2025-01')).lines)).toEqual([
      [`rent:a1:${loan.revision}:1`, '2025-01-31', '2025-03-01', 300],
    ]);
    expect(periods((await basisOf(db, 'VAS', '2025-03')).lines)).toEqual([
      [`rent:a1:${loan.revision}:2`, '2025-03-02', '2025-03-05', 300],
    ]);
    await expectSameWhateverTheBatches(events);
    await db.destroy();
  });

  it('an aid with regional cost responsibility stays with the order’s payer; a move to a municipality without a payer changes nothing until it gets one', async () => {
    const { e, setup, order, delivered, moved } = region();
    const bed = delivered('b1', 'o1', '2025-01-01', 'SANG');
    const chair = delivered('a1', 'o2', '2025-01-01');
    const db = await project([
      ...setup,
      order('o1', 'SANG', 'REG'),
      order('o2'),
      bed,
      chair,
      moved('2025-01-15', 'Köping'),
    ]);
    const january = await invoiceBasisOfAll(db, { month: '2025-01', today: '2025-02-28' });
    expect(january.map((basis) => [basis.payerId, basis.totalSek])).toEqual([
      ['REG', 1000],
      ['SALA', 600],
    ]);
    await db.destroy();
    const later = await project([
      ...setup,
      order('o1', 'SANG', 'REG'),
      order('o2'),
      bed,
      chair,
      moved('2025-01-15', 'Köping'),
      e('PayerRegistered', { payerId: 'KOP', name: 'Köpings kommun', kind: 'municipality', municipality: 'Köping' }),
    ]);
    const after = await invoiceBasisOfAll(later, { month: '2025-01', today: '2025-02-28' });
    expect(after.map((basis) => [basis.payerId, basis.totalSek])).toEqual([
      ['KOP', 300],
      ['REG', 1000],
      ['SALA', 300],
    ]);
    await later.destroy();
  });
});

describe('billing projection: the rent stop after a pickup request', () => {
  it('a request in midsommar week stops the rent 3 Swedish working days later, midsommarafton not counted', async () => {
    const { e, setup, order, delivered, returned } = region();
    // Delivered 2026-05-23: the second period starts Monday 2026-06-22. Requested Wednesday 2026-06-17: Thursday
    // 18, (midsommarafton, the weekend), Monday 22, Tuesday 23: the stop is 2026-06-23, within the second period.
    const loan = delivered('a1', 'o1', '2026-05-23');
    const requested = e('PickupRequested', {
      assetId: 'a1',
      personId: 'p1',
      orderId: 'o1',
      articleNo: 'RULL',
      requestedOn: '2026-06-17',
      plannedPickupDate: '2026-06-30',
      reason: 'no longer needed',
    });
    const rescheduled = e('PickupRescheduled', {
      assetId: 'a1',
      requestedOn: '2026-06-17',
      plannedPickupDate: '2026-07-30',
      rescheduledOn: '2026-06-29',
    });
    const db = await project([...setup, order('o1'), loan, requested, rescheduled, returned('a1', 'o1', '2026-07-30')]);
    const june = await basisOf(db, 'SALA', '2026-06', '2026-12-31');
    expect(periods(june.lines)).toEqual([[`rent:a1:${loan.revision}:1`, '2026-06-22', '2026-06-23', 300]]);
    expect(june.lines[0]!.because).toEqual(expect.arrayContaining([ref(loan), ref(requested)]));
    expect((await basisOf(db, 'SALA', '2026-07', '2026-12-31')).lines).toEqual([]);
    await db.destroy();
  });

  it('a cancelled request stops nothing', async () => {
    const { e, setup, order, delivered } = region();
    const loan = delivered('a1', 'o1', '2026-05-19');
    const db = await project([
      ...setup,
      order('o1'),
      loan,
      e('PickupRequested', {
        assetId: 'a1',
        personId: 'p1',
        orderId: 'o1',
        articleNo: 'RULL',
        requestedOn: '2026-06-15',
        plannedPickupDate: '2026-06-18',
        reason: 'no longer needed',
      }),
      e('PickupCancelled', {
        assetId: 'a1',
        requestedOn: '2026-06-15',
        reason: 'needed after all',
        cancelledOn: '2026-06-16',
      }),
    ]);
    expect(periods((await basisOf(db, 'SALA', '2026-07', '2026-07-31')).lines)).toEqual([
      [`rent:a1:${loan.revision}:2`, '2026-07-18', '2026-08-16', 300],
    ]);
    await db.destroy();
  });

  it('the rent stop’s working days can be set', async () => {
    const { e, setup, order, delivered } = region();
    const events = [
      ...setup,
      order('o1'),
      delivered('a1', 'o1', '2026-05-19'),
      e('PickupRequested', {
        assetId: 'a1',
        personId: 'p1',
        orderId: 'o1',
        articleNo: 'RULL',
        requestedOn: '2026-06-15',
        plannedPickupDate: '2026-06-30',
        reason: 'no longer needed',
      }),
    ];
    // 3 working days: the stop is 2026-06-18; 4: after midsommarafton and the weekend, Monday 2026-06-22.
    const stopsAfter = async (rentStopWorkingDays: number) => {
      const projection = billingProjection({ rentStopWorkingDays });
      const db = await spec.open();
      await db.transaction().execute((trx) => projection.applyBatch(trx, spec.prefix, events));
      const loans = (await spec.rows(db, 'loans')) as { end_day: string }[];
      await db.destroy();
      return loans.map((loan) => loan.end_day);
    };
    expect(await stopsAfter(3)).toEqual(['2026-06-18']);
    expect(await stopsAfter(4)).toEqual(['2026-06-22']);
  });
});

describe('billing projection: one-off charges', () => {
  it('consumables cost their quantity times the price, a sold aid its price once, both to the order’s payer', async () => {
    const { e, setup, order, delivered } = region();
    const consumables = e('ConsumablesDelivered', {
      articleNo: 'BLOJA',
      location: 'WH1',
      quantity: 10,
      orderId: 'o1',
      plannedDeliveryDate: '2025-02-03',
      deliveredOn: '2025-02-03',
    });
    const crutch = delivered('c1', 'o2', '2025-02-04', 'KRYCKA');
    const db = await project([...setup, order('o1', 'BLOJA'), order('o2', 'KRYCKA'), consumables, crutch]);
    const basis = await basisOf(db, 'SALA', '2025-02');
    expect(basis.lines.map((line) => [line.lineId, line.kind, line.assetId, line.personId, line.amountSek])).toEqual([
      [`sale:stock-BLOJA.WH1:${consumables.revision}`, 'sale', null, 'p1', 120],
      [`sale:c1:${crutch.revision}`, 'sale', 'c1', 'p1', 450],
    ]);
    expect(basis.lines[0]!.because).toEqual(expect.arrayContaining([ref(consumables), ref(setup[3]!)]));
    expect(await invoiceBasisOfAll(db, { month: '2025-03', today: '2025-12-31' })).toEqual([]);
    expect(await payerFleet(db, { payerId: 'SALA', today: '2025-02-10' })).toEqual([]);
    await db.destroy();
  });
});

describe('billing projection: closed months', () => {
  it('a back-dated move into a closed month credits the old payer and charges the new one in the first open month', async () => {
    const { setup, order, delivered, moved, closed } = region();
    const loan = delivered('a1', 'o1', '2025-01-10');
    const before = [...setup, order('o1'), loan, closed('2025-02')];
    const move = moved('2025-02-01', 'Västerås');
    const db = await project([...before, move]);
    expect(await billingMonths(db)).toEqual({ booksFrom: '2025-02', closedThrough: '2025-02' });
    const february = await basisOf(db, 'SALA', '2025-02');
    expect(february).toMatchObject({ closed: true, totalSek: 300 });
    expect(periods(february.lines)).toEqual([[`rent:a1:${loan.revision}:1`, '2025-02-09', '2025-03-10', 300]]);

    const corrected = `rent:a1:${loan.revision}:1`;
    const sala = await basisOf(db, 'SALA', '2025-03');
    expect(sala).toMatchObject({ closed: false, totalSek: -300 });
    expect(sala.lines).toEqual([
      {
        lineId: `credit:${corrected}:${move.position}`,
        kind: 'correction',
        assetId: 'a1',
        articleNo: 'RULL',
        personId: 'p1',
        payerId: 'SALA',
        month: '2025-03',
        periodStart: '2025-02-09',
        periodEnd: '2025-03-10',
        amountSek: -300,
        corrects: corrected,
        because: expect.arrayContaining([ref(move), ref(loan)]),
      },
    ]);
    const vas = await basisOf(db, 'VAS', '2025-03');
    expect(vas.lines.map((line) => [line.lineId, line.kind, line.periodStart, line.amountSek, line.corrects])).toEqual([
      [`recharge:${corrected}:${move.position}`, 'correction', '2025-02-09', 300, corrected],
      [`rent:a1:${loan.revision}:2`, 'rent', '2025-03-11', 300, null],
    ]);
    expect(vas.lines[0]!.because).toEqual(expect.arrayContaining([ref(move), ref(setup[5]!), ref(loan)]));
    await expectSameWhateverTheBatches([...before, move]);
    await db.destroy();
  });

  it('the books begin with the first month closed: a change before it is neither credited nor charged again', async () => {
    const { e, setup, order, delivered, closed } = region();
    const loan = delivered('a1', 'o1', '2025-01-10');
    // The first close is February's: January was invoiced before the books began.
    const before = [...setup, order('o1'), loan, closed('2025-02')];
    const earlier = e('BusinessDateCorrected', {
      assetId: 'a1',
      revision: Number(loan.revision),
      eventType: 'AidDelivered',
      field: 'deliveredOn',
      from: '2025-01-10',
      to: '2025-01-05',
      reason: 'typo',
    });
    const db = await project([...before, earlier]);
    expect(await basisOf(db, 'SALA', '2025-01')).toMatchObject({ closed: true, lines: [], totalSek: 0 });
    // Only February's period moved (02-09 → 02-04): credited and charged again in March, January's is not.
    const march = await basisOf(db, 'SALA', '2025-03');
    expect(
      march.lines.filter((line) => line.kind === 'correction').map((line) => [line.periodStart, line.amountSek]),
    ).toEqual([
      ['2025-02-04', 300],
      ['2025-02-09', -300],
    ]);
    await db.destroy();
  });

  it('a corrected return day and a reversed delivery after the close are credited in the first open month', async () => {
    const { e, setup, order, delivered, returned, closed } = region();
    const first = delivered('a1', 'o1', '2025-01-10');
    const firstReturned = returned('a1', 'o1', '2025-02-20');
    const second = delivered('a2', 'o2', '2025-02-01');
    const events = [...setup, order('o1'), order('o2'), first, firstReturned, second, closed('2025-02')];
    const correct = (to: string) =>
      e('BusinessDateCorrected', {
        assetId: 'a1',
        revision: Number(firstReturned.revision),
        eventType: 'AidReturned',
        field: 'returnedOn',
        from: '2025-02-20',
        to,
        reason: 'typo',
      });
    // A return a few days later within the same period changes no line; one 15 days earlier drops a period.
    const later = correct('2025-02-25');
    const earlier = correct('2025-02-05');
    const reversed = e('AidDeliveryReversed', {
      assetId: 'a2',
      orderId: 'o2',
      personId: 'p1',
      articleNo: 'RULL',
      revision: Number(second.revision),
      deliveredOn: '2025-02-01',
      location: 'WH1',
      reason: 'wrong aid',
    });
    const db = await project([...events, later, earlier, reversed]);
    const march = await basisOf(db, 'SALA', '2025-03');
    expect(march.lines.map((line) => [line.lineId, line.amountSek, line.corrects])).toEqual([
      [`credit:rent:a2:${second.revision}:0:${reversed.position}`, -300, `rent:a2:${second.revision}:0`],
      [`credit:rent:a1:${first.revision}:1:${earlier.position}`, -300, `rent:a1:${first.revision}:1`],
    ]);
    expect(march.lines[1]!.because).toEqual(expect.arrayContaining([ref(earlier), ref(first), ref(firstReturned)]));
    expect((await basisOf(db, 'SALA', '2025-02')).totalSek).toBe(600);
    await expectSameWhateverTheBatches([...events, later, earlier, reversed]);
    await db.destroy();
  });

  it('a delivery registered late into a closed month is charged in the first open month, correcting nothing', async () => {
    const { setup, order, delivered, closed } = region();
    const late = delivered('a1', 'o1', '2025-01-20');
    const db = await project([...setup, order('o1'), closed('2025-01'), late]);
    expect((await basisOf(db, 'SALA', '2025-01')).lines).toEqual([]);
    expect(periods((await basisOf(db, 'SALA', '2025-02')).lines)).toEqual([
      [`recharge:rent:a1:${late.revision}:0:${late.position}`, '2025-01-20', '2025-02-18', 300],
      [`rent:a1:${late.revision}:1`, '2025-02-19', '2025-03-20', 300],
    ]);
    await db.destroy();
  });

  it('a corrected delivery day moves every period; what is billed in closed months is credited and charged again', async () => {
    const { e, setup, order, delivered, closed } = region();
    const loan = delivered('a1', 'o1', '2025-01-10');
    const corrected = e('BusinessDateCorrected', {
      assetId: 'a1',
      revision: Number(loan.revision),
      eventType: 'AidDelivered',
      field: 'deliveredOn',
      from: '2025-01-10',
      to: '2025-01-05',
      reason: 'typo',
    });
    const events = [...setup, order('o1'), loan, closed('2025-01'), corrected];
    const db = await project(events);
    const february = await basisOf(db, 'SALA', '2025-02');
    expect(february.lines.map((line) => [line.lineId, line.periodStart, line.amountSek])).toEqual([
      [`recharge:rent:a1:${loan.revision}:0:${corrected.position}`, '2025-01-05', 300],
      [`credit:rent:a1:${loan.revision}:0:${corrected.position}`, '2025-01-10', -300],
      [`rent:a1:${loan.revision}:1`, '2025-02-04', 300],
    ]);
    await expectSameWhateverTheBatches(events);
    await db.destroy();
  });

  it('nothing in a closed month changes after later events, and closing it again changes nothing', async () => {
    const { e, setup, order, delivered, returned, moved, closed } = region();
    const loan = delivered('a1', 'o1', '2025-01-10');
    const head = [
      ...setup,
      order('o1'),
      order('o2', 'BLOJA'),
      loan,
      delivered('a2', 'o1', '2025-02-02'),
      closed('2025-02'),
    ];
    const tail = [
      moved('2025-01-15', 'Västerås'),
      returned('a1', 'o1', '2025-01-20'),
      e('ConsumablesDelivered', {
        articleNo: 'BLOJA',
        location: 'WH1',
        quantity: 5,
        orderId: 'o2',
        plannedDeliveryDate: '2025-02-03',
        deliveredOn: '2025-02-03',
      }),
      closed('2025-01'),
      closed('2025-03'),
      moved('2025-03-20', 'Sala', 'p1', 'Västerås'),
    ];
    const months = ['2025-01', '2025-02'];
    const read = async (db: ReadModelDb) =>
      Promise.all(months.map((month) => invoiceBasisOfAll(db, { month, today: '2025-04-30' })));
    const early = await project(head);
    const frozen = await read(early);
    const all = await project([...head, ...tail]);
    expect(await read(all)).toEqual(frozen);
    expect(frozen.flat().every((basis) => basis.closed)).toBe(true);
    // What the late events changed went into March, the first open month when they came.
    const march = await invoiceBasisOfAll(all, { month: '2025-03', today: '2025-04-30' });
    expect(march.flatMap((basis) => basis.lines.filter((line) => line.kind === 'correction')).length).toBeGreaterThan(
      0,
    );
    await expectSameWhateverTheBatches([...head, ...tail]);
    await early.destroy();
    await all.destroy();
  });
});

describe('billing projection: forecast and fleet', () => {
  it('forecasts the periods that will start next month for loans running today, a known rent stop counting', async () => {
    const { e, setup, order, delivered, returned, moved } = region();
    const running = delivered('a1', 'o1', '2025-01-10');
    const stopped = delivered('a2', 'o2', '2025-01-12');
    const db = await project([
      ...setup,
      order('o1'),
      order('o2'),
      order('o3'),
      running,
      stopped,
      delivered('a3', 'o3', '2025-01-12'),
      e('PickupRequested', {
        assetId: 'a2',
        personId: 'p1',
        orderId: 'o2',
        articleNo: 'RULL',
        requestedOn: '2025-03-03',
        plannedPickupDate: '2025-03-20',
        reason: 'no longer needed',
      }),
      returned('a3', 'o3', '2025-02-20'),
      moved('2025-02-25', 'Västerås'),
    ]);
    const forecast = await rentForecast(db, { payerId: 'VAS', month: '2025-04', today: '2025-03-05' });
    expect(forecast).toMatchObject({ closed: false, totalSek: 300 });
    expect(periods(forecast.lines)).toEqual([[`rent:a1:${running.revision}:3`, '2025-04-10', '2025-05-09', 300]]);
    expect(await payerFleet(db, { payerId: 'VAS', today: '2025-03-05' })).toEqual([
      {
        assetId: 'a1',
        articleNo: 'RULL',
        personId: 'p1',
        deliveredOn: '2025-01-10',
        payerSince: '2025-02-25',
        monthlyRentSek: 300,
      },
      {
        assetId: 'a2',
        articleNo: 'RULL',
        personId: 'p1',
        deliveredOn: '2025-01-12',
        payerSince: '2025-02-25',
        monthlyRentSek: 300,
      },
    ]);
    expect(await payerFleet(db, { payerId: 'SALA', today: '2025-03-05' })).toEqual([]);
    expect(await payerFleet(db, { payerId: 'SALA', today: '2025-02-01' })).toHaveLength(3);
    await db.destroy();
  });
});

describe('billing projection: charges from a day on', () => {
  it('gives the charges the whole loan gives from that day on, for loans of every length, end and payer', () => {
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const delivery = { streamId: 'asset-a', revision: 0 };
    for (let n = 0; n < 2000; n++) {
      const deliveredOn = addDays('2020-01-01', next(2000));
      const endDay = next(3) === 0 ? null : addDays(deliveredOn, next(400));
      const loan: Loan = {
        loanId: `a:${n}`,
        kind: 'rent',
        assetId: 'a',
        articleNo: 'RULL',
        personId: 'p',
        orderId: 'o',
        orderPayerId: 'SALA',
        deliveredOn,
        returnedOn: endDay,
        returnedRevision: null,
        pickupRequestedOn: null,
        endDay,
        amountSek: 300,
        costResponsibility: 'municipality',
        timeline: [
          { from: deliveredOn, payerId: 'SALA', because: [delivery] },
          { from: addDays(deliveredOn, next(200)), payerId: 'VAS', because: [delivery] },
        ],
        refs: { delivery, order: delivery, article: delivery, returned: null, pickup: null, corrections: [] },
        reversed: false,
      };
      const from = addDays(deliveredOn, next(500) - 50);
      const until = addDays(from, next(90));
      expect(chargesFrom(loan, from, until)).toEqual(
        chargesOf(loan, until).filter((charge) => charge.periodStart >= from),
      );
    }
  });
});
