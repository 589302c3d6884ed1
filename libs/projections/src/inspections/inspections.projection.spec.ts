import { eventLog } from '../testing/events.js';
import { projectionSpec } from '../testing/projection-spec.js';
import { inspectionsProjection } from './inspections.projection.js';

const article = (articleNo: string, inspectionIntervalMonths: number | null, expectedLifetimeYears: number | null) => ({
  articleNo,
  name: articleNo,
  isoCode: '12 36 03',
  kind: 'individual' as const,
  rentable: true,
  monthlyRentSek: 300,
  purchasePriceSek: 30000,
  bulky: true,
  inspectionIntervalMonths,
  expectedLifetimeYears,
});

describe('inspections projection', () => {
  const e = eventLog();
  const lift = e('ArticleRegistered', article('LIFT', 12, 7.5));
  const walker = e('ArticleRegistered', article('WALK', null, null));
  const received = (assetId: string, articleNo: string, receivedOn: string) =>
    e('AssetRegistered', { assetId, articleNo, serialNumber: `SN-${assetId}`, location: 'VAS', receivedOn });
  const person = e('PersonRegistered', {
    personId: 'p1',
    personnummer: 'x',
    sex: 'female',
    birthYear: 1940,
    municipality: 'Sala',
  });
  const route = { orderId: 'o1', plannedDeliveryDate: '2025-02-03', municipality: 'Sala', routeId: 'r1' };

  it('an aid is due its interval after the receipt; an article without one is never due', async () => {
    await projectionSpec(inspectionsProjection)
      .given(lift, walker, received('a1', 'LIFT', '2025-01-31'), received('a2', 'WALK', '2025-01-31'))
      .then('assets', [
        { asset_id: 'a1', due_on: '2026-01-31', out_of_service: 0, lifetime_ends_on: '2032-07-31', status: 'ready' },
        { asset_id: 'a2', due_on: null, out_of_service: 0, lifetime_ends_on: null },
      ]);
  });

  it('a passed inspection moves the due day, across a year-end; a failed one takes the aid out of service', async () => {
    await projectionSpec(inspectionsProjection)
      .given(
        lift,
        received('a1', 'LIFT', '2025-01-10'),
        e('AidInspected', { assetId: 'a1', inspectedOn: '2025-12-15', passed: true }),
        e('AidInspected', { assetId: 'a1', inspectedOn: '2026-01-20', passed: false }),
      )
      .then('assets', [{ asset_id: 'a1', due_on: '2026-12-15', out_of_service: 1 }]);
  });

  it('a completed repair or a passed inspection puts a failed aid back in service', async () => {
    const log = eventLog();
    await projectionSpec(inspectionsProjection)
      .given(
        log('ArticleRegistered', article('LIFT', 12, null)),
        log('AssetRegistered', {
          assetId: 'a1',
          articleNo: 'LIFT',
          serialNumber: 'S',
          location: 'V',
          receivedOn: '2025-01-10',
        }),
        log('AidInspected', { assetId: 'a1', inspectedOn: '2025-03-01', passed: false }),
        log('AidRepaired', { assetId: 'a1', repairId: 'r', reportedOn: '2025-03-01', completedOn: '2025-03-02' }),
        log('AssetRegistered', {
          assetId: 'a2',
          articleNo: 'LIFT',
          serialNumber: 'T',
          location: 'V',
          receivedOn: '2025-01-10',
        }),
        log('AidInspected', { assetId: 'a2', inspectedOn: '2025-03-01', passed: false }),
        log('AidInspected', { assetId: 'a2', inspectedOn: '2025-03-03', passed: true }),
      )
      .then('assets', [
        { asset_id: 'a1', due_on: '2026-01-10', out_of_service: 0 },
        { asset_id: 'a2', due_on: '2026-03-03', out_of_service: 0 },
      ]);
  });

  it('a corrected inspection day moves the due day', async () => {
    const log = eventLog();
    await projectionSpec(inspectionsProjection)
      .given(
        log('ArticleRegistered', article('LIFT', 12, null)),
        log('AssetRegistered', {
          assetId: 'a1',
          articleNo: 'LIFT',
          serialNumber: 'S',
          location: 'V',
          receivedOn: '2025-01-10',
        }),
        log('AidInspected', { assetId: 'a1', inspectedOn: '2025-03-01', passed: true }),
        log('BusinessDateCorrected', {
          assetId: 'a1',
          revision: 1,
          eventType: 'AidInspected',
          field: 'inspectedOn',
          from: '2025-03-01',
          to: '2025-02-27',
          reason: 'typo',
        }),
      )
      .then('assets', [{ asset_id: 'a1', due_on: '2026-02-27' }]);
  });

  it('an aid on loan has its holder; a returned one has none; the holder follows a move, not one registered late', async () => {
    const a1 = received('a1', 'LIFT', '2025-01-10');
    const delivered = e('AidDelivered', {
      ...route,
      assetId: 'a1',
      personId: 'p1',
      articleNo: 'LIFT',
      deliveredOn: '2025-02-03',
    });
    const moved = e('PersonMoved', {
      personId: 'p1',
      fromMunicipality: 'Sala',
      toMunicipality: 'Köping',
      movedOn: '2025-05-01',
    });
    const late = e('PersonMoved', {
      personId: 'p1',
      fromMunicipality: 'Sala',
      toMunicipality: 'Heby',
      movedOn: '2025-04-01',
    });
    const spec = projectionSpec(inspectionsProjection).given(lift, person, a1, delivered, moved, late);
    await spec.then('assets', [{ asset_id: 'a1', status: 'onLoan', holder_id: 'p1' }]);
    await projectionSpec(inspectionsProjection)
      .given(lift, person, a1, delivered, moved, late)
      .then('holders', [{ person_id: 'p1', municipality: 'Köping', moved_on: '2025-05-01' }]);
    const returned = e('AidReturned', {
      assetId: 'a1',
      personId: 'p1',
      orderId: 'o1',
      returnedOn: '2025-06-01',
      reason: 'done',
    });
    await projectionSpec(inspectionsProjection)
      .given(lift, a1, delivered, returned)
      .then('assets', [{ asset_id: 'a1', status: 'awaitingReconditioning', holder_id: null }]);
  });
});
