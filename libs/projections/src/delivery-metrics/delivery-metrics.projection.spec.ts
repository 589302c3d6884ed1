import { eventLog } from '../testing/events.js';
import { projectionSpec } from '../testing/projection-spec.js';
import { findDeliveryMetrics } from './delivery-metrics.queries.js';
import { deliveryMetricsProjection } from './delivery-metrics.projection.js';

const spec = projectionSpec(deliveryMetricsProjection);
const place = { municipality: 'Västerås', routeId: 'r1', orderId: 'o1', personId: 'p1', articleNo: 'A-1' };

describe('delivery metrics projection', () => {
  it('counts a delivery on its planned day as on the planned day, earlier as early, later as late', async () => {
    const e = eventLog();
    await spec
      .given(
        e('AidDelivered', { ...place, assetId: 'a1', deliveredOn: '2025-03-10', plannedDeliveryDate: '2025-03-10' }),
        e('AidDelivered', { ...place, assetId: 'a2', deliveredOn: '2025-03-07', plannedDeliveryDate: '2025-03-10' }),
        e('AidDelivered', { ...place, assetId: 'a3', deliveredOn: '2025-03-11', plannedDeliveryDate: '2025-03-10' }),
      )
      .then('deliveries', [
        { asset_id: 'a1', outcome: 'onPlannedDay', delivered_month: '2025-03' },
        { asset_id: 'a2', outcome: 'early' },
        { asset_id: 'a3', outcome: 'late' },
      ]);
  });

  it('records a failed attempt, and the delivery after it is late when the order was not rescheduled', async () => {
    const e = eventLog();
    const db = await spec.open();
    await spec.apply(db, [
      e('AidDeliveryFailed', {
        ...place,
        assetId: 'a1',
        reason: 'nobody home',
        failedOn: '2025-03-10',
        rescheduledTo: '2025-03-12',
        plannedDeliveryDate: '2025-03-10',
      }),
      e('AidDelivered', { ...place, assetId: 'a1', deliveredOn: '2025-03-12', plannedDeliveryDate: '2025-03-10' }),
    ]);
    const rows = await spec.rows(db, 'deliveries');
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ outcome: 'failed', delivered_on: '2025-03-10' }),
        expect.objectContaining({ outcome: 'late', delivered_on: '2025-03-12' }),
      ]),
    );
    await db.destroy();
  });

  it('a corrected delivery day moves the delivery between outcomes, days and months', async () => {
    const e = eventLog();
    const delivered = e('AidDelivered', {
      ...place,
      assetId: 'a1',
      deliveredOn: '2025-04-01',
      plannedDeliveryDate: '2025-03-31',
    });
    const correction = (from: string, to: string) =>
      e('BusinessDateCorrected', {
        assetId: 'a1',
        revision: Number(delivered.revision),
        eventType: 'AidDelivered',
        field: 'deliveredOn',
        from,
        to,
        reason: 'typo',
      });
    await spec.given(delivered, correction('2025-04-01', '2025-03-31')).then('deliveries', [
      {
        delivery_id: `a1:${delivered.revision}`,
        delivered_on: '2025-03-31',
        delivered_month: '2025-03',
        outcome: 'onPlannedDay',
      },
    ]);
    await spec
      .given(delivered, correction('2025-04-01', '2025-03-31'), correction('2025-03-31', '2025-03-28'))
      .then('deliveries', [{ delivered_on: '2025-03-28', outcome: 'early' }]);
  });

  it('a correction of another date of the aid leaves its deliveries alone', async () => {
    const e = eventLog();
    const delivered = e('AidDelivered', {
      ...place,
      assetId: 'a1',
      deliveredOn: '2025-03-10',
      plannedDeliveryDate: '2025-03-10',
    });
    const returned = e('AidReturned', {
      assetId: 'a1',
      personId: 'p1',
      orderId: 'o1',
      returnedOn: '2025-03-20',
      reason: 'x',
    });
    await spec
      .given(
        delivered,
        returned,
        e('BusinessDateCorrected', {
          assetId: 'a1',
          revision: Number(returned.revision),
          eventType: 'AidReturned',
          field: 'returnedOn',
          from: '2025-03-20',
          to: '2025-03-21',
          reason: 'typo',
        }),
      )
      .then('deliveries', [{ delivered_on: '2025-03-10', outcome: 'onPlannedDay' }]);
  });

  it('a reversed delivery is no delivery, and later corrections do not bring it back', async () => {
    const e = eventLog();
    const delivered = e('AidDelivered', {
      ...place,
      assetId: 'a1',
      deliveredOn: '2025-03-10',
      plannedDeliveryDate: '2025-03-10',
    });
    const revision = Number(delivered.revision);
    await spec
      .given(
        delivered,
        e('AidDeliveryReversed', {
          assetId: 'a1',
          orderId: 'o1',
          personId: 'p1',
          articleNo: 'A-1',
          revision,
          deliveredOn: '2025-03-10',
          location: 'VÄS',
          reason: 'wrong aid',
        }),
        e('BusinessDateCorrected', {
          assetId: 'a1',
          revision,
          eventType: 'AidDelivered',
          field: 'deliveredOn',
          from: '2025-03-10',
          to: '2025-03-11',
          reason: 'x',
        }),
      )
      .then('deliveries', [{ outcome: 'reversed', delivered_on: '2025-03-10' }]);
  });

  it('a delivery on the day an order was rescheduled to is on the planned day', async () => {
    const e = eventLog();
    await spec
      .given(
        e('AidDelivered', { ...place, assetId: 'a1', deliveredOn: '2025-03-14', plannedDeliveryDate: '2025-03-14' }),
      )
      .then('deliveries', [{ outcome: 'onPlannedDay' }]);
  });

  it('reports shares per group with the 95 % target, failed attempts and reversed deliveries not counted, from/to inclusive', async () => {
    const e = eventLog();
    const wrongAid = e('AidDelivered', {
      ...place,
      assetId: 'a7',
      deliveredOn: '2025-03-05',
      plannedDeliveryDate: '2025-03-05',
    });
    const db = await spec.open();
    await db.schema
      .createTable('projection_state')
      .addColumn('name', 'text')
      .addColumn('version', 'integer')
      .addColumn('status', 'text')
      .execute();
    await db
      .insertInto('projection_state')
      .values({ name: 'delivery-metrics', version: 1, status: 'active' })
      .execute();
    await spec.apply(db, [
      e('AidDelivered', { ...place, assetId: 'a1', deliveredOn: '2025-02-28', plannedDeliveryDate: '2025-02-28' }),
      e('AidDelivered', { ...place, assetId: 'a2', deliveredOn: '2025-03-01', plannedDeliveryDate: '2025-03-01' }),
      e('AidDelivered', {
        ...place,
        assetId: 'a3',
        routeId: 'r2',
        deliveredOn: '2025-03-31',
        plannedDeliveryDate: '2025-03-30',
      }),
      e('AidDelivered', {
        ...place,
        assetId: 'a4',
        routeId: 'r2',
        deliveredOn: '2025-03-15',
        plannedDeliveryDate: '2025-03-15',
      }),
      e('AidDeliveryFailed', {
        ...place,
        assetId: 'a5',
        reason: 'x',
        failedOn: '2025-03-20',
        rescheduledTo: '2025-03-21',
        plannedDeliveryDate: '2025-03-20',
      }),
      e('AidDelivered', { ...place, assetId: 'a6', deliveredOn: '2025-04-01', plannedDeliveryDate: '2025-04-01' }),
      wrongAid,
      e('AidDeliveryReversed', {
        assetId: 'a7',
        orderId: 'o1',
        personId: 'p1',
        articleNo: 'A-1',
        revision: Number(wrongAid.revision),
        deliveredOn: '2025-03-05',
        location: 'VÄS',
        reason: 'wrong aid',
      }),
    ]);
    expect(await findDeliveryMetrics(db, { from: '2025-03-01', to: '2025-03-31', groupBy: 'month' })).toEqual({
      target: 0.95,
      groups: [{ key: '2025-03', deliveries: 3, onPlannedDay: 2, early: 0, late: 1, share: 0.667 }],
    });
    expect(
      (await findDeliveryMetrics(db, { groupBy: 'route' })).groups.map((group) => [group.key, group.deliveries]),
    ).toEqual([
      ['r1', 3],
      ['r2', 2],
    ]);
    expect((await findDeliveryMetrics(db, { from: '2025-02-28', to: '2025-02-28', groupBy: 'day' })).groups).toEqual([
      { key: '2025-02-28', deliveries: 1, onPlannedDay: 1, early: 0, late: 0, share: 1 },
    ]);
    await db.destroy();
  });
});
