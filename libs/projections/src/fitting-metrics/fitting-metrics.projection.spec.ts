import type { ReadModelDb } from '../read-model-db.js';
import { eventLog } from '../testing/events.js';
import { evolveSpec, projectionSpec } from '../testing/projection-spec.js';
import { evolveFittingRow, fittingMetricsProjection } from './fitting-metrics.projection.js';
import { findFittingMetrics } from './fitting-metrics.queries.js';

const spec = projectionSpec(fittingMetricsProjection);

const requestedOn = (e: ReturnType<typeof eventLog>, fittingId: string, day: string) =>
  e('FittingRequested', { fittingId, personId: 'p1', isoCode: '12 22 03', prescriberId: 'FS-1', requestedOn: day });
const offeredOn = (e: ReturnType<typeof eventLog>, fittingId: string, day: string) =>
  e('FittingOffered', { fittingId, offeredOn: day, appointmentOn: day });
const cancelledOn = (e: ReturnType<typeof eventLog>, fittingId: string, day: string) =>
  e('FittingCancelled', { fittingId, cancelledOn: day, reason: null });

const inTime = async (requested: string, offered: string) => {
  const e = eventLog();
  const [row] = await spec
    .given(requestedOn(e, 'f1', requested), offeredOn(e, 'f1', offered))
    .then('fittings', [{ fitting_id: 'f1' }]);
  return row.offered_in_time;
};

const activeDb = async (): Promise<ReadModelDb> => {
  const db = await spec.open();
  await db.schema
    .createTable('projection_state')
    .addColumn('name', 'text')
    .addColumn('version', 'integer')
    .addColumn('status', 'text')
    .execute();
  await db.insertInto('projection_state').values({ name: 'fitting-metrics', version: 1, status: 'active' }).execute();
  return db;
};

describe('fitting metrics projection', () => {
  it('Easter: Good Friday, Easter Monday and 1 May are not working days', async () => {
    // Requested Thu 17 April 2025 → Tue 22 (1) … Wed 30 (7), Fri 2 May (8) … Tue 13 May (15).
    expect(await inTime('2025-04-17', '2025-05-13')).toBe(1);
    expect(await inTime('2025-04-17', '2025-05-14')).toBe(0);
  });

  it('midsommar: midsommarafton is not a working day', async () => {
    // Requested Wed 11 June 2025 → Thu 12 (1) … Thu 19 (6), Mon 23 (7) … Thu 3 July (15).
    expect(await inTime('2025-06-11', '2025-07-03')).toBe(1);
    expect(await inTime('2025-06-11', '2025-07-04')).toBe(0);
  });

  it('Christmas: julafton to annandag jul, nyårsafton, nyårsdagen and trettondedag jul are not working days', async () => {
    // Requested Mon 15 Dec 2025 → Tue 16 (1) … Tue 23 (6), Mon 29 (7), Tue 30 (8), Fri 2 Jan (9), Mon 5 (10),
    // Wed 7 (11) … Tue 13 Jan 2026 (15).
    expect(await inTime('2025-12-15', '2026-01-13')).toBe(1);
    expect(await inTime('2025-12-15', '2026-01-14')).toBe(0);
  });

  it('the request day is not counted: requested on the 15th working day before the offer is on time', async () => {
    expect(await inTime('2025-03-03', '2025-03-24')).toBe(1);
    expect(await inTime('2025-03-03', '2025-03-25')).toBe(0);
  });

  it('keeps a request unoffered until it is offered, and a cancellation', async () => {
    const e = eventLog();
    await spec
      .given(requestedOn(e, 'f1', '2025-03-03'), cancelledOn(e, 'f1', '2025-03-05'), requestedOn(e, 'f2', '2025-03-04'))
      .then('fittings', [
        { fitting_id: 'f1', offer_due_on: '2025-03-24', offered_on: null, cancelled_on: '2025-03-05' },
        { fitting_id: 'f2', requested_month: '2025-03', offered_in_time: null, cancelled_on: null },
      ]);
  });
});

describe('fitting metrics evolve', () => {
  const fitting = evolveSpec(evolveFittingRow);

  it('an offer later than the 15th working day is not in time; completing it changes nothing', () => {
    const e = eventLog();
    fitting
      .given(
        requestedOn(e, 'f1', '2025-03-03'),
        offeredOn(e, 'f1', '2025-03-25'),
        e('FittingCompleted', { fittingId: 'f1', completedOn: '2025-03-28' }),
      )
      .then({
        fitting_id: 'f1',
        iso_code: '12 22 03',
        requested_on: '2025-03-03',
        requested_month: '2025-03',
        offer_due_on: '2025-03-24',
        offered_on: '2025-03-25',
        offered_in_time: 0,
        cancelled_on: null,
      });
  });

  it('requesting the same fitting again changes nothing', () => {
    const e = eventLog();
    const requested = requestedOn(e, 'f1', '2025-03-03');
    const { row } = fitting.given(requested);
    expect(evolveFittingRow(row, requested)).toBe(row);
  });
});

describe('fitting metrics query', () => {
  type Fitting = { id: string; requested: string; offered?: string; cancelled?: string };
  // March 2025: the 15th working day after 3 March is 24 March, after 20 March it is 10 April.
  const fittings: Fitting[] = [
    { id: 'on-time', requested: '2025-03-03', offered: '2025-03-24' },
    { id: 'late', requested: '2025-03-03', offered: '2025-03-25' },
    { id: 'unoffered-past-day-15', requested: '2025-03-04' },
    { id: 'still-within', requested: '2025-03-20' },
    { id: 'cancelled-within', requested: '2025-03-05', cancelled: '2025-03-10' },
    { id: 'cancelled-after-day-15', requested: '2025-03-03', cancelled: '2025-03-28' },
    { id: 'offered-then-cancelled', requested: '2025-03-06', offered: '2025-03-07', cancelled: '2025-03-08' },
    { id: 'april', requested: '2025-04-01', offered: '2025-04-02' },
    { id: 'february', requested: '2025-02-27', offered: '2025-03-03' },
  ];

  const metricsOn = async (today: string, filter: { from?: string; to?: string } = {}) => {
    const e = eventLog();
    const db = await activeDb();
    await spec.apply(
      db,
      fittings.flatMap(({ id, requested, offered, cancelled }) => [
        requestedOn(e, id, requested),
        ...(offered ? [offeredOn(e, id, offered)] : []),
        ...(cancelled ? [cancelledOn(e, id, cancelled)] : []),
      ]),
    );
    const metrics = await findFittingMetrics(db, { ...filter, today });
    await db.destroy();
    return metrics;
  };

  it('counts a request once offered or once its 15th working day has passed; cancelled within its days never', async () => {
    // On 11 April: on-time, late, unoffered-past-day-15, cancelled-after-day-15 and offered-then-cancelled count in
    // March (2 of 5 in time); still-within is due on 10 April, so it counts now, not offered: 2 of 6.
    expect(await metricsOn('2025-04-11', { from: '2025-03-01', to: '2025-03-31' })).toEqual({
      target: 0.8,
      groups: [{ key: '2025-03', requests: 6, offeredWithin15WorkingDays: 2, share: 0.333 }],
    });
  });

  it('a request still within its 15 working days does not count yet, also on its 15th day', async () => {
    expect(await metricsOn('2025-04-10')).toEqual({
      target: 0.8,
      groups: [
        { key: '2025-02', requests: 1, offeredWithin15WorkingDays: 1, share: 1 },
        { key: '2025-03', requests: 5, offeredWithin15WorkingDays: 2, share: 0.4 },
        { key: '2025-04', requests: 1, offeredWithin15WorkingDays: 1, share: 1 },
      ],
    });
  });

  it('a request unoffered whose 15th working day has not passed is not counted: 25 March counts only offers', async () => {
    // unoffered-past-day-15 (requested 4 March) is due on 25 March: not yet counted on that day, counted the day after.
    const onDue = await metricsOn('2025-03-25', { from: '2025-03-01', to: '2025-03-31' });
    const dayAfter = await metricsOn('2025-03-26', { from: '2025-03-01', to: '2025-03-31' });
    expect(onDue.groups[0].requests + 1).toBe(dayAfter.groups[0].requests);
    expect(dayAfter.groups[0].offeredWithin15WorkingDays).toBe(onDue.groups[0].offeredWithin15WorkingDays);
  });

  it('is empty before the projection ever ran', async () => {
    const db = await activeDb();
    await db.deleteFrom('projection_state').execute();
    expect(await findFittingMetrics(db, { today: '2025-04-01' })).toEqual({ target: 0.8, groups: [] });
    await db.destroy();
  });
});
