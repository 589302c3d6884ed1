import type { RecordedEvent } from '@aidledger/event-store';
import type { ReadModelDb } from '../read-model-db.js';
import { tablePrefix } from '../runtime/projection.js';
import { createStateTable } from '../runtime/projection-state.js';
import { eventLog } from '../testing/events.js';
import { projectionSpec } from '../testing/projection-spec.js';
import { billingProjection, defaultBillingProjection } from './billing.projection.js';
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

/** The projection's tables made active, so the queries read them as the app does. */
const project = async (events: readonly RecordedEvent[], batchSize = events.length): Promise<ReadModelDb> => {
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

describe('billing projection', () => {
  it('charges a loan delivered and returned on the same day one period', async () => {
    const { setup, order, delivered, returned } = region();
    const loan = delivered('a1', 'o1', '2025-03-04');
    const db = await project([...setup, order('o1'), loan, returned('a1', 'o1', '2025-03-04')]);
    const basis = await invoiceBasis(db, { payerId: 'SALA', month: '2025-03', today: '2025-06-30' });
    expect(periods(basis.lines)).toEqual([[`rent:a1:${loan.revision}:0`, '2025-03-04', '2025-03-04', 300]]);
    expect(basis).toMatchObject({ closed: false, totalSek: 300 });
    await db.destroy();
  });
});
