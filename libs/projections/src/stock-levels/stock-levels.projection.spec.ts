import { eventLog } from '../testing/events.js';
import { evolveSpec, projectionSpec } from '../testing/projection-spec.js';
import { evolveStockAssetRow, stockLevelsProjection } from './stock-levels.projection.js';

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

/** Events are made when called, so positions follow the order of a test's `given`. */
const e = eventLog();
const registered = (assetId: string) =>
  e('AssetRegistered', {
    assetId,
    articleNo: 'A-100',
    serialNumber: `S-${assetId}`,
    location: 'VÄS',
    receivedOn: '2025-01-02',
  });
const allocated = (assetId: string, n: number) =>
  e('AssetAllocated', { assetId, orderId: `o${n}`, personId: `p${n}`, allocatedOn: '2025-01-03' });
const dispatched = (assetId: string, n: number) =>
  e('AidDispatched', { assetId, orderId: `o${n}`, routeId: 'r1', dispatchedOn: '2025-01-04' });
const delivered = (assetId: string, n: number) =>
  e('AidDelivered', {
    assetId,
    orderId: `o${n}`,
    personId: `p${n}`,
    articleNo: 'A-100',
    deliveredOn: '2025-01-04',
    plannedDeliveryDate: '2025-01-04',
    municipality: 'Västerås',
    routeId: 'r1',
  });
const returned = (assetId: string, n: number) =>
  e('AidReturned', { assetId, personId: `p${n}`, orderId: `o${n}`, returnedOn: '2025-02-01', reason: 'done' });

describe('stock levels projection', () => {
  it('counts a registered aid as ready at its location', async () => {
    await spec.given(registered('a1'), registered('a2')).then('levels', [level('VÄS', { ready: 2 })]);
  });

  it('counts an aid on loan or in transit under the location it left from', async () => {
    await spec
      .given(
        registered('a1'),
        registered('a2'),
        registered('a3'),
        allocated('a1', 1),
        dispatched('a1', 1),
        allocated('a2', 2),
        allocated('a3', 3),
        dispatched('a3', 3),
        delivered('a3', 3),
      )
      .then('levels', [level('VÄS', { allocated: 1, in_transit: 1, on_loan: 1 })]);
  });

  it('moves a returned aid to awaiting reconditioning and a reconditioned one to ready at its new location', async () => {
    await spec
      .given(
        registered('a1'),
        registered('a2'),
        allocated('a1', 1),
        dispatched('a1', 1),
        delivered('a1', 1),
        returned('a1', 1),
        returned('a1', 1),
        e('AidScrapped', { assetId: 'a2', scrappedOn: '2025-02-02', reason: 'worn out' }),
      )
      .then('levels', [level('VÄS', { awaiting_reconditioning: 1, scrapped: 1 })]);
    await spec
      .given(
        registered('a1'),
        allocated('a1', 1),
        e('AssetAllocationReleased', { assetId: 'a1', orderId: 'o1', reason: 'cancelled', releasedOn: '2025-01-03' }),
        e('AidReconditioned', { assetId: 'a1', reconditionedOn: '2025-01-05', location: 'SALA' }),
      )
      .then('levels', [level('VÄS', {}), level('SALA', { ready: 1 })]);
  });

  it('counts an aid whose delivery was reversed as ready again where it left from', async () => {
    await spec
      .given(
        registered('a1'),
        allocated('a1', 1),
        dispatched('a1', 1),
        delivered('a1', 1),
        e('AidDeliveryReversed', {
          assetId: 'a1',
          orderId: 'o1',
          personId: 'p1',
          articleNo: 'A-100',
          revision: 3,
          deliveredOn: '2025-01-04',
          location: 'VÄS',
          reason: 'wrong aid',
        }),
      )
      .then('levels', [level('VÄS', { ready: 1 })]);
  });

  it("keeps consumables' quantity on hand", async () => {
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

describe("stock levels' aid evolve", () => {
  const aid = evolveSpec(evolveStockAssetRow);

  it('an aid counts where it left from while in transit or on loan', () => {
    aid.given(registered('a1'), allocated('a1', 1), dispatched('a1', 1), delivered('a1', 1)).then({
      asset_id: 'a1',
      article_no: 'A-100',
      status: 'onLoan',
      person_id: 'p1',
      order_id: 'o1',
      location: 'VÄS',
    });
  });

  it('a repair leaves the row as it was, so no counter moves', () => {
    const { row } = aid.given(registered('a1'));
    const reported = e('AidRepairReported', {
      assetId: 'a1',
      repairId: 'r1',
      reportedOn: '2025-01-03',
      description: 'x',
    });
    expect(evolveStockAssetRow(row, reported)).toBe(row);
  });
});
