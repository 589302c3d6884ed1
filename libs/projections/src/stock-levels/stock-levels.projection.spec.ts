import { eventLog } from '../testing/events.js';
import { projectionSpec } from '../testing/projection-spec.js';
import { stockLevelsProjection } from './stock-levels.projection.js';

const spec = projectionSpec(stockLevelsProjection);
const level = (location: string, counts: Record<string, number>) => ({
  article_no: 'A-100',
  location,
  ready: 0,
  allocated: 0,
  in_transit: 0,
  on_loan: 0,
  awaiting_reconditioning: 0,
  scrapped: 0,
  quantity_on_hand: 0,
  ...counts,
});

describe('stock levels projection', () => {
  it('counts a registered aid as ready at its location', async () => {
    const e = eventLog();
    await spec
      .given(
        e('AssetRegistered', {
          assetId: 'a1',
          articleNo: 'A-100',
          serialNumber: 'S1',
          location: 'VÄS',
          receivedOn: '2025-01-02',
        }),
        e('AssetRegistered', {
          assetId: 'a2',
          articleNo: 'A-100',
          serialNumber: 'S2',
          location: 'VÄS',
          receivedOn: '2025-01-02',
        }),
      )
      .then('levels', [level('VÄS', { ready: 2 })]);
  });

  it('counts an aid on loan or in transit under the location it left from', async () => {
    const e = eventLog();
    await spec
      .given(
        e('AssetRegistered', {
          assetId: 'a1',
          articleNo: 'A-100',
          serialNumber: 'S1',
          location: 'VÄS',
          receivedOn: '2025-01-02',
        }),
        e('AssetRegistered', {
          assetId: 'a2',
          articleNo: 'A-100',
          serialNumber: 'S2',
          location: 'VÄS',
          receivedOn: '2025-01-02',
        }),
        e('AssetRegistered', {
          assetId: 'a3',
          articleNo: 'A-100',
          serialNumber: 'S3',
          location: 'VÄS',
          receivedOn: '2025-01-02',
        }),
        e('AssetAllocated', { assetId: 'a1', orderId: 'o1', personId: 'p1', allocatedOn: '2025-01-03' }),
        e('AidDispatched', { assetId: 'a1', orderId: 'o1', routeId: 'r1', dispatchedOn: '2025-01-04' }),
        e('AssetAllocated', { assetId: 'a2', orderId: 'o2', personId: 'p2', allocatedOn: '2025-01-03' }),
        e('AssetAllocated', { assetId: 'a3', orderId: 'o3', personId: 'p3', allocatedOn: '2025-01-03' }),
        e('AidDispatched', { assetId: 'a3', orderId: 'o3', routeId: 'r1', dispatchedOn: '2025-01-04' }),
        e('AidDelivered', {
          assetId: 'a3',
          orderId: 'o3',
          personId: 'p3',
          articleNo: 'A-100',
          deliveredOn: '2025-01-04',
          plannedDeliveryDate: '2025-01-04',
          municipality: 'Västerås',
          routeId: 'r1',
        }),
      )
      .then('levels', [level('VÄS', { allocated: 1, in_transit: 1, on_loan: 1 })]);
  });

  it('moves a returned aid to awaiting reconditioning and a reconditioned one to ready at its new location', async () => {
    const e = eventLog();
    await spec
      .given(
        e('AssetRegistered', {
          assetId: 'a1',
          articleNo: 'A-100',
          serialNumber: 'S1',
          location: 'VÄS',
          receivedOn: '2025-01-02',
        }),
        e('AssetRegistered', {
          assetId: 'a2',
          articleNo: 'A-100',
          serialNumber: 'S2',
          location: 'VÄS',
          receivedOn: '2025-01-02',
        }),
        e('AssetAllocated', { assetId: 'a1', orderId: 'o1', personId: 'p1', allocatedOn: '2025-01-03' }),
        e('AidDispatched', { assetId: 'a1', orderId: 'o1', routeId: 'r1', dispatchedOn: '2025-01-04' }),
        e('AidDelivered', {
          assetId: 'a1',
          orderId: 'o1',
          personId: 'p1',
          articleNo: 'A-100',
          deliveredOn: '2025-01-04',
          plannedDeliveryDate: '2025-01-04',
          municipality: 'Västerås',
          routeId: 'r1',
        }),
        e('AidReturned', { assetId: 'a1', personId: 'p1', orderId: 'o1', returnedOn: '2025-02-01', reason: 'done' }),
        e('AidReturned', { assetId: 'a1', personId: 'p1', orderId: 'o1', returnedOn: '2025-02-01', reason: 'done' }),
        e('AidScrapped', { assetId: 'a2', scrappedOn: '2025-02-02', reason: 'worn out' }),
      )
      .then('levels', [level('VÄS', { awaiting_reconditioning: 1, scrapped: 1 })]);
    const e2 = eventLog();
    await spec
      .given(
        e2('AssetRegistered', {
          assetId: 'a1',
          articleNo: 'A-100',
          serialNumber: 'S1',
          location: 'VÄS',
          receivedOn: '2025-01-02',
        }),
        e2('AssetAllocated', { assetId: 'a1', orderId: 'o1', personId: 'p1', allocatedOn: '2025-01-03' }),
        e2('AssetAllocationReleased', { assetId: 'a1', orderId: 'o1', reason: 'cancelled', releasedOn: '2025-01-03' }),
        e2('AidReconditioned', { assetId: 'a1', reconditionedOn: '2025-01-05', location: 'SALA' }),
      )
      .then('levels', [level('VÄS', {}), level('SALA', { ready: 1 })]);
  });

  it("keeps consumables' quantity on hand", async () => {
    const e = eventLog();
    await spec
      .given(
        e('ConsumablesReceived', { articleNo: 'A-100', location: 'VÄS', quantity: 500, receivedOn: '2025-01-02' }),
        e('ConsumablesDelivered', {
          articleNo: 'A-100',
          location: 'VÄS',
          quantity: 120,
          orderId: 'o1',
          plannedDeliveryDate: '2025-01-03',
          deliveredOn: '2025-01-03',
        }),
        e('ConsumablesAdjusted', {
          articleNo: 'A-100',
          location: 'VÄS',
          quantityChange: -5,
          reason: 'count',
          adjustedOn: '2025-01-04',
        }),
      )
      .then('levels', [level('VÄS', { quantity_on_hand: 375 })]);
  });
});
