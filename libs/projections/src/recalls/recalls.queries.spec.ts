import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordedEvent } from '@aidledger/event-store';
import { assetIndexProjection } from '../asset-index/asset-index.projection.js';
import { personAidsProjection } from '../person-aids/person-aids.projection.js';
import { prepareProjections } from '../runtime/projector-runtime.js';
import { tablePrefix, type Projection } from '../runtime/projection.js';
import { eventLog } from '../testing/events.js';
import { openTestReadModelDb, readModelDialects, type TestReadModelDb } from '../testing/test-read-model-db.js';
import { recallsProjection } from './recalls.projection.js';
import { findHoldersOf, findOpenRecallUnits, findRecall, findRecallScope, findRecalls } from './recalls.queries.js';

const projections: Projection[] = [assetIndexProjection, personAidsProjection, recallsProjection];

describe.each(readModelDialects())('recall queries on %s', (dialect) => {
  let directory: string;
  let readModels: TestReadModelDb;
  const e = eventLog();
  const register = (assetId: string, serialNumber: string, lot: string | null, articleNo = '200301') =>
    e('AssetRegistered', { assetId, articleNo, serialNumber, location: 'VÄS', receivedOn: '2020-01-02', lot });
  const loan = (assetId: string, personId: string, orderId: string, from: string, to: string | null) => [
    e('AssetAllocated', { assetId, orderId, personId, allocatedOn: from }),
    e('AidDispatched', { assetId, orderId, routeId: 'R-1', dispatchedOn: from }),
    e('AidDelivered', {
      assetId,
      orderId,
      personId,
      articleNo: '200301',
      deliveredOn: from,
      plannedDeliveryDate: from,
      municipality: 'Västerås',
      routeId: 'R-1',
    }),
    ...(to === null
      ? []
      : [
          e('AidReturned', { assetId, orderId, personId, returnedOn: to, reason: 'done' }),
          e('AidReconditioned', { assetId, reconditionedOn: to, location: 'VÄS' }),
        ]),
  ];

  const apply = (events: RecordedEvent[]) =>
    readModels.db.transaction().execute(async (trx) => {
      for (const projection of projections) {
        const handled = events.filter((event) => projection.handles.includes(event.type));
        await projection.applyBatch(trx, tablePrefix(projection.name, 1), handled);
      }
    });

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'aidledger-recalls-'));
    readModels = await openTestReadModelDb(dialect, directory);
    await prepareProjections(readModels.db, projections);
    await apply([
      register('lift-1', 'SN-L-0101', 'L-7'),
      register('lift-2', 'SN-L-0102', 'L-7'),
      register('lift-3', 'SN-L-0250', 'L-7'),
      register('lift-4', 'SN-L-0103', 'L-8'),
      register('lift-5', 'SN-L-01040', 'L-7'),
      register('bed-1', 'SN-L-0104', 'L-7', '300100'),
      // The lot's first lift was held by three persons in turn; the third holds it now.
      ...loan('lift-1', 'anna', 'o-1', '2021-03-01', '2022-05-10'),
      ...loan('lift-1', 'bertil', 'o-2', '2022-06-01', '2024-01-15'),
      ...loan('lift-1', 'cecilia', 'o-3', '2024-02-01', null),
      e('RecallIssued', {
        recallId: 'r-1',
        title: 'Lyftbygel kan spricka',
        articleNo: '200301',
        lots: ['L-7'],
        serialFrom: 'SN-L-0100',
        serialTo: 'SN-L-0199',
        action: 'inspect',
        issuedOn: '2026-11-20',
        affected: ['lift-1', 'lift-2'],
      }),
      e('RecallUnitDone', { recallId: 'r-1', assetId: 'lift-2', doneOn: '2026-11-24', outcome: 'OK' }),
    ]);
  });
  afterAll(async () => {
    await readModels.cleanup();
    rmSync(directory, { recursive: true, force: true });
  });

  it('selects the article’s aids of the lots within the serial range, serials of the bounds’ length only', async () => {
    const criteria = { articleNo: '200301', lots: ['L-7'], serialFrom: 'SN-L-0100', serialTo: 'SN-L-0199' };
    expect(await findRecallScope(readModels.db, criteria)).toEqual(['lift-1', 'lift-2']);
    expect(await findRecallScope(readModels.db, { articleNo: '200301', lots: ['L-8'] })).toEqual(['lift-4']);
    expect((await findRecallScope(readModels.db, { articleNo: '200301' })).sort()).toEqual([
      'lift-1',
      'lift-2',
      'lift-3',
      'lift-4',
      'lift-5',
    ]);
  });

  it('a recall whose lot was held by three persons in turn names the current holder and both past ones', async () => {
    const holders = await findHoldersOf(readModels.db, ['lift-1', 'lift-2']);
    expect(holders.get('lift-1')).toEqual({
      currentHolder: { personId: 'cecilia', since: '2024-02-01' },
      pastHolders: [
        { personId: 'anna', from: '2021-03-01', to: '2022-05-10' },
        { personId: 'bertil', from: '2022-06-01', to: '2024-01-15' },
      ],
    });
    expect(holders.get('lift-2')).toEqual({ currentHolder: null, pastHolders: [] });
  });

  it('a recall’s progress: affected, done, remaining, and each unit as it stands', async () => {
    const recall = await findRecall(readModels.db, 'r-1');
    expect(recall).toMatchObject({ affected: 2, done: 1, remaining: 1, lots: ['L-7'] });
    expect(recall?.units).toEqual([
      expect.objectContaining({ assetId: 'lift-1', lot: 'L-7', status: 'onLoan', doneOn: null }),
      expect.objectContaining({ assetId: 'lift-2', status: 'ready', doneOn: '2026-11-24', outcome: 'OK' }),
    ]);
    expect((await findRecalls(readModels.db)).items).toEqual([expect.objectContaining({ recallId: 'r-1', done: 1 })]);
    expect(await findRecall(readModels.db, 'r-unknown')).toBeNull();
  });

  it('lists the open units by where the aid is: on loan for transport, none in stock once done', async () => {
    expect((await findOpenRecallUnits(readModels.db, ['onLoan'])).items).toEqual([
      expect.objectContaining({ recallId: 'r-1', assetId: 'lift-1', action: 'inspect', serialNumber: 'SN-L-0101' }),
    ]);
    expect((await findOpenRecallUnits(readModels.db, ['ready', 'awaitingReconditioning'])).items).toEqual([]);
  });
});
