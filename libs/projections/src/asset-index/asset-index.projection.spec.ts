import { eventLog } from '../testing/events.js';
import { evolveSpec, projectionSpec } from '../testing/projection-spec.js';
import { assetIndexProjection, evolveAssetIndexRow, type AssetIndexRow } from './asset-index.projection.js';

const spec = evolveSpec(evolveAssetIndexRow);
const e = eventLog();
const registered = e(
  'AssetRegistered',
  { assetId: 'a1', articleNo: 'A-1', serialNumber: 'SN-1', location: 'VÄS', receivedOn: '2025-01-02' },
  '2025-01-02T09:00:00.000Z',
);
const ready: AssetIndexRow = {
  asset_id: 'a1',
  article_no: 'A-1',
  serial_number: 'SN-1',
  status: 'ready',
  person_id: null,
  order_id: null,
  location: 'VÄS',
  last_event_at: '2025-01-02T09:00:00.000Z',
  unit_number: null,
  lot: null,
  udi_di: null,
};
const allocated = e('AssetAllocated', { assetId: 'a1', orderId: 'o1', personId: 'p1', allocatedOn: '2025-01-03' });
const dispatched = e('AidDispatched', { assetId: 'a1', orderId: 'o1', routeId: 'r1', dispatchedOn: '2025-01-04' });
const route = { assetId: 'a1', orderId: 'o1', plannedDeliveryDate: '2025-01-04', municipality: 'Sala', routeId: 'r1' };
const delivered = e('AidDelivered', { ...route, personId: 'p1', articleNo: 'A-1', deliveredOn: '2025-01-04' });
const returned = e(
  'AidReturned',
  { assetId: 'a1', personId: 'p1', orderId: 'o1', returnedOn: '2025-02-01', reason: 'done' },
  '2025-02-01T10:00:00.000Z',
);

describe('asset index evolve', () => {
  describe('unit numbers', () => {
    it('an aid received with a unit number is found by it', () => {
      const numbered = e('AssetRegistered', { ...registered.data, unitNumber: '00080A5' }, '2025-01-02T09:00:00.000Z');
      spec.given(numbered).then({ ...ready, unit_number: '00080A5' });
    });

    it('an aid received before unit numbers existed has none until one is assigned', () => {
      const assigned = e('UnitNumberAssigned', { assetId: 'a1', unitNumber: '00080A5', assignedOn: '2025-03-01' });
      spec.given(registered).then(ready);
      spec.given(registered, allocated, assigned).then({
        ...ready,
        status: 'allocated',
        person_id: 'p1',
        order_id: 'o1',
        unit_number: '00080A5',
        last_event_at: assigned.recordedAt,
      });
    });
  });

  it('an aid received with its lot and UDI-DI is found by them; unknown ones are null', () => {
    const traced = e(
      'AssetRegistered',
      { ...registered.data, lot: '24A117', udiDi: '07350012345678' },
      registered.recordedAt,
    );
    spec.given(traced).then({ ...ready, lot: '24A117', udi_di: '07350012345678' });
    const unknown = e('AssetRegistered', { ...registered.data, lot: null, udiDi: null }, registered.recordedAt);
    spec.given(unknown).then(ready);
  });

  it('a registered aid is ready at the location it was received at', () => {
    spec.given(registered).then(ready);
  });

  it('an aid on loan is held by the person it was delivered to, on its order', () => {
    spec.given(registered, allocated, dispatched, delivered).then({
      ...ready,
      status: 'onLoan',
      person_id: 'p1',
      order_id: 'o1',
      last_event_at: delivered.recordedAt,
    });
  });

  it('a failed delivery puts the aid back to allocated for the same order and person', () => {
    const failed = e('AidDeliveryFailed', {
      ...route,
      reason: 'nobody home',
      failedOn: '2025-01-04',
      rescheduledTo: '2025-01-06',
    });
    spec
      .given(registered, allocated, dispatched, failed)
      .then({ ...ready, status: 'allocated', person_id: 'p1', order_id: 'o1', last_event_at: failed.recordedAt });
  });

  it('a returned aid awaits reconditioning with no holder, and is ready where it was reconditioned', () => {
    spec
      .given(registered, allocated, dispatched, delivered, returned)
      .then({ ...ready, status: 'awaitingReconditioning', last_event_at: returned.recordedAt });
    const reconditioned = e('AidReconditioned', { assetId: 'a1', reconditionedOn: '2025-02-03', location: 'SALA' });
    spec
      .given(registered, allocated, dispatched, delivered, returned, reconditioned)
      .then({ ...ready, location: 'SALA', last_event_at: reconditioned.recordedAt });
  });

  it('a released allocation makes the aid ready again; a scrapped aid has no holder', () => {
    const released = e('AssetAllocationReleased', {
      assetId: 'a1',
      orderId: 'o1',
      reason: 'cancelled',
      releasedOn: '2025-01-03',
    });
    spec.given(registered, allocated, released).then({ ...ready, last_event_at: released.recordedAt });
    const scrapped = e('AidScrapped', { assetId: 'a1', scrappedOn: '2025-01-05', reason: 'worn out' });
    spec
      .given(registered, allocated, scrapped)
      .then({ ...ready, status: 'scrapped', last_event_at: scrapped.recordedAt });
  });

  it('a repair or an inspection changes only when the aid was last seen', () => {
    const inspected = e(
      'AidInspected',
      { assetId: 'a1', inspectedOn: '2025-03-01', passed: true },
      '2025-03-01T12:00:00.000Z',
    );
    spec.given(registered, inspected).then({ ...ready, last_event_at: '2025-03-01T12:00:00.000Z' });
  });

  it('a reversed delivery makes the aid ready again where it left from, with no holder', () => {
    const reversed = e(
      'AidDeliveryReversed',
      {
        ...route,
        personId: 'p1',
        articleNo: 'A-1',
        revision: 3,
        deliveredOn: '2025-01-04',
        location: 'VÄS',
        reason: 'wrong aid',
      },
      '2025-01-05T10:00:00.000Z',
    );
    spec
      .given(registered, allocated, dispatched, delivered, reversed)
      .then({ ...ready, last_event_at: reversed.recordedAt });
  });

  it('a corrected date changes only when the aid was last seen', () => {
    const correction = e(
      'BusinessDateCorrected',
      {
        assetId: 'a1',
        revision: 3,
        eventType: 'AidDelivered',
        field: 'deliveredOn',
        from: '2025-01-04',
        to: '2025-01-03',
        reason: 'typo',
      },
      '2025-01-06T10:00:00.000Z',
    );
    spec.given(registered, allocated, dispatched, delivered, correction).then({
      ...ready,
      status: 'onLoan',
      person_id: 'p1',
      order_id: 'o1',
      last_event_at: correction.recordedAt,
    });
  });

  it('an aid that was never registered has no row', () => {
    spec.given(allocated, delivered).then(null);
  });

  it('registering an aid again changes nothing', () => {
    const { row } = spec.given(registered, allocated);
    expect(evolveAssetIndexRow(row, registered, registered)).toBe(row);
  });
});

describe('asset index projection', () => {
  it('keeps one row per aid with the position of its last event', async () => {
    const log = eventLog();
    await projectionSpec(assetIndexProjection)
      .given(
        log('AssetRegistered', {
          assetId: 'a1',
          articleNo: 'A-1',
          serialNumber: 'SN-1',
          location: 'VÄS',
          receivedOn: '2025-01-02',
        }),
        log('AssetAllocated', { assetId: 'a1', orderId: 'o1', personId: 'p1', allocatedOn: '2025-01-03' }),
        log('AidRepairReported', { assetId: 'a1', repairId: 'r1', reportedOn: '2025-01-03', description: 'brake' }),
        log('AssetAllocated', { assetId: 'a9', orderId: 'o9', personId: 'p9', allocatedOn: '2025-01-03' }),
      )
      .then('assets', [{ asset_id: 'a1', status: 'allocated', person_id: 'p1', order_id: 'o1', position: 2 }]);
  });
});
