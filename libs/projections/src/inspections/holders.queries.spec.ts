import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareProjections } from '../runtime/projector-runtime.js';
import { tablePrefix } from '../runtime/projection.js';
import { eventLog } from '../testing/events.js';
import { openTestReadModelDb, readModelDialects, type TestReadModelDb } from '../testing/test-read-model-db.js';
import { assetIndexProjection } from '../asset-index/asset-index.projection.js';
import { personAidsProjection } from '../person-aids/person-aids.projection.js';
import { findAidHolders } from './holders.queries.js';

describe.each(readModelDialects())('aid holders on %s', (dialect) => {
  let directory: string;
  let readModels: TestReadModelDb;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'aidledger-holders-'));
    readModels = await openTestReadModelDb(dialect, directory);
    await prepareProjections(readModels.db, [assetIndexProjection, personAidsProjection]);
    const e = eventLog();
    const received = (assetId: string, serialNumber: string, lot: string | null) =>
      e('AssetRegistered', {
        assetId,
        articleNo: 'LIFT',
        serialNumber,
        location: 'VAS',
        receivedOn: '2024-01-02',
        lot,
      });
    const route = { plannedDeliveryDate: '2024-01-03', municipality: 'Sala', routeId: 'r1' };
    const loan = (assetId: string, personId: string, deliveredOn: string, returnedOn?: string) => [
      e('AidDelivered', { ...route, assetId, orderId: `o-${personId}`, personId, articleNo: 'LIFT', deliveredOn }),
      ...(returnedOn
        ? [e('AidReturned', { assetId, personId, orderId: `o-${personId}`, returnedOn, reason: 'done' })]
        : []),
    ];
    const events = [
      received('a1', 'SN-001', 'L-7'),
      received('a2', 'SN-002', 'L-7'),
      received('a3', 'SN-003', 'L-8'),
      // a1 of lot L-7 held by three persons in turn.
      ...loan('a1', 'p1', '2024-02-01', '2024-05-01'),
      ...loan('a1', 'p2', '2024-06-01', '2024-09-01'),
      ...loan('a1', 'p3', '2024-10-01'),
      ...loan('a2', 'p4', '2024-03-01', '2024-06-01'),
      ...loan('a3', 'p5', '2024-03-01'),
    ];
    await readModels.db.transaction().execute(async (trx) => {
      await assetIndexProjection.applyBatch(trx, tablePrefix('asset-index', 1), events);
      await personAidsProjection.applyBatch(trx, tablePrefix('person-aids', 1), events);
    });
  });
  afterAll(async () => {
    await readModels.cleanup();
    rmSync(directory, { recursive: true, force: true });
  });

  const holders = async (selection: Parameters<typeof findAidHolders>[1], onDay?: string) =>
    (await findAidHolders(readModels.db, selection, onDay)).items.map((item) => `${item.assetId}:${item.personId}`);

  it('a lot held by three persons in turn: every holder ever, in order', async () => {
    expect(await holders({ articleNo: 'LIFT', lots: ['L-7'] })).toEqual(['a1:p1', 'a1:p2', 'a1:p3', 'a2:p4']);
    const [first] = (await findAidHolders(readModels.db, { articleNo: 'LIFT', lots: ['L-7'] })).items;
    expect(first).toEqual({
      assetId: 'a1',
      unitNumber: null,
      articleNo: 'LIFT',
      serialNumber: 'SN-001',
      lot: 'L-7',
      personId: 'p1',
      since: '2024-02-01',
      until: '2024-05-01',
    });
  });

  it('at a day: who held them then; on a return day the one returning still counts', async () => {
    expect(await holders({ articleNo: 'LIFT', lots: ['L-7'] }, '2024-07-01')).toEqual(['a1:p2']);
    expect(await holders({ articleNo: 'LIFT', lots: ['L-7'] }, '2024-06-01')).toEqual(['a1:p2', 'a2:p4']);
    expect(await holders({ articleNo: 'LIFT', lots: ['L-7'] }, '2024-05-01')).toEqual(['a1:p1', 'a2:p4']);
    expect(await holders({ articleNo: 'LIFT', lots: ['L-7'] }, '2025-01-01')).toEqual(['a1:p3']);
    expect(await holders({ articleNo: 'LIFT', lots: ['L-7'] }, '2024-01-15')).toEqual([]);
  });

  it('a serial range selects across lots', async () => {
    expect(await holders({ articleNo: 'LIFT', serialFrom: 'SN-002', serialTo: 'SN-003' })).toEqual(['a2:p4', 'a3:p5']);
    expect(await holders({ articleNo: 'OTHER' })).toEqual([]);
  });
});
