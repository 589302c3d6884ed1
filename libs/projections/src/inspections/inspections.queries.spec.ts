import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareProjections } from '../runtime/projector-runtime.js';
import { tablePrefix } from '../runtime/projection.js';
import { eventLog } from '../testing/events.js';
import { openTestReadModelDb, readModelDialects, type TestReadModelDb } from '../testing/test-read-model-db.js';
import { inspectionsProjection } from './inspections.projection.js';
import { findHomeInspectionsDue, findInspectionsDue, findPastLifetime } from './inspections.queries.js';

const article = (articleNo: string, inspectionIntervalMonths: number | null, expectedLifetimeYears: number) => ({
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

describe.each(readModelDialects())('inspections queries on %s', (dialect) => {
  let directory: string;
  let readModels: TestReadModelDb;
  const today = '2026-01-10';

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'aidledger-inspections-'));
    readModels = await openTestReadModelDb(dialect, directory);
    await prepareProjections(readModels.db, [inspectionsProjection]);
    const e = eventLog();
    const received = (assetId: string, articleNo: string, receivedOn: string) =>
      e('AssetRegistered', { assetId, articleNo, serialNumber: `SN-${assetId}`, location: 'VAS', receivedOn });
    const route = { plannedDeliveryDate: '2025-02-03', municipality: 'Sala', routeId: 'r1' };
    const loan = (assetId: string, personId: string) =>
      e('AidDelivered', {
        ...route,
        assetId,
        orderId: `o-${assetId}`,
        personId,
        articleNo: 'LIFT',
        deliveredOn: '2025-02-03',
      });
    const person = (personId: string, municipality: string) =>
      e('PersonRegistered', { personId, personnummer: 'x', sex: 'male', birthYear: 1950, municipality });
    const events = [
      e('ArticleRegistered', article('LIFT', 12, 10)),
      e('ArticleRegistered', article('WALK', null, 5)),
      person('p1', 'Sala'),
      person('p2', 'Köping'),
      // In stock, overdue since 2025-12-01.
      received('a-stock', 'LIFT', '2024-12-01'),
      // On loan in Sala, due 2026-01-20: within 30 days; failed its last inspection.
      received('a-sala', 'LIFT', '2024-06-01'),
      e('AidInspected', { assetId: 'a-sala', inspectedOn: '2025-01-20', passed: true }),
      loan('a-sala', 'p1'),
      e('AidInspected', { assetId: 'a-sala', inspectedOn: '2025-06-01', passed: false }),
      // On loan in Köping, due 2026-03-01: outside 30 days.
      received('a-kop', 'LIFT', '2025-03-01'),
      loan('a-kop', 'p2'),
      // Scrapped: never listed.
      received('a-scrap', 'LIFT', '2015-01-01'),
      e('AidScrapped', { assetId: 'a-scrap', scrappedOn: '2025-01-01', reason: 'worn' }),
      // No inspections, past its five-year lifetime.
      received('a-walk', 'WALK', '2020-01-01'),
    ];
    await readModels.db
      .transaction()
      .execute((trx) => inspectionsProjection.applyBatch(trx, tablePrefix('inspections', 1), events));
  });
  afterAll(async () => {
    await readModels.cleanup();
    rmSync(directory, { recursive: true, force: true });
  });

  it('lists the aids in stock and on loan due before the day, soonest first, with the holder municipality', async () => {
    const { items } = await findInspectionsDue(readModels.db, { before: '2026-02-09', today });
    expect(items).toEqual([
      {
        assetId: 'a-stock',
        unitNumber: null,
        articleNo: 'LIFT',
        location: 'VAS',
        holderMunicipality: null,
        dueOn: '2025-12-01',
        overdue: true,
        outOfService: false,
      },
      {
        assetId: 'a-sala',
        unitNumber: null,
        articleNo: 'LIFT',
        location: null,
        holderMunicipality: 'Sala',
        dueOn: '2026-01-20',
        overdue: false,
        outOfService: true,
      },
    ]);
  });

  it('a later day lists more; a municipality lists only the aids its residents hold', async () => {
    const later = await findInspectionsDue(readModels.db, { before: '2026-03-02', today });
    expect(later.items.map((item) => item.assetId)).toEqual(['a-stock', 'a-sala', 'a-kop']);
    const inKoping = await findInspectionsDue(readModels.db, { before: '2026-03-02', today, municipality: 'Köping' });
    expect(inKoping.items.map((item) => item.assetId)).toEqual(['a-kop']);
  });

  it('a route day lists the aids on loan due on or before it, with their holders', async () => {
    expect(await findHomeInspectionsDue(readModels.db, '2026-01-19')).toEqual([]);
    const due = await findHomeInspectionsDue(readModels.db, '2026-01-20');
    expect(due).toEqual([
      {
        assetId: 'a-sala',
        unitNumber: null,
        articleNo: 'LIFT',
        personId: 'p1',
        municipality: 'Sala',
        dueOn: '2026-01-20',
        outOfService: true,
      },
    ]);
    expect((await findHomeInspectionsDue(readModels.db, '2026-03-01')).map((item) => item.assetId)).toEqual([
      'a-sala',
      'a-kop',
    ]);
  });

  it('lists the aids past their expected lifetime, not scrapped ones', async () => {
    const { items } = await findPastLifetime(readModels.db, today);
    expect(items.map((item) => [item.assetId, item.lifetimeEndedOn])).toEqual([['a-walk', '2025-01-01']]);
  });
});
