import Database from 'better-sqlite3';
import { assetDecider, assetStream, DomainError, unitNumberOf, type AssetCommand } from '@aidledger/domain';
import { CommandLoop, SqliteEventStore } from '@aidledger/event-store';
import { openTempSqliteStore, type TempSqliteStore } from '@aidledger/event-store/testing';
import { readAssetHistory, readAssetState, verifyAssetHistory } from './asset.reads.js';

const notFound = expect.objectContaining({ code: 'ASSET.NOT_FOUND', kind: 'not_found' }) as DomainError;

const assetId = '5f8a3c1e-0000-4000-8000-000000000001';
const today = '2025-03-10';

const run = (loop: CommandLoop, command: AssetCommand) =>
  loop.run(assetStream(assetId), assetDecider, command, { actor: 'warehouse-1', correlationId: 'corr-1' });

describe("the auditor's view of an aid", () => {
  let temp: TempSqliteStore;
  let store: SqliteEventStore;
  let instantAfterRegistration: string;

  beforeEach(async () => {
    temp = await openTempSqliteStore();
    store = temp.store;
    const loop = new CommandLoop(store);
    await run(loop, {
      type: 'RegisterAsset',
      data: {
        assetId,
        articleNo: 'A-1',
        serialNumber: 'SN-1',
        location: 'VÄS',
        receivedOn: '2025-03-01',
        unitNumber: unitNumberOf(1),
        article: { articleNo: 'A-1', kind: 'individual' },
        today,
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    instantAfterRegistration = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await run(loop, {
      type: 'AllocateAsset',
      data: {
        assetId,
        orderId: 'order-1',
        order: {
          orderId: 'order-1',
          status: 'placed',
          personId: 'person-1',
          articleNo: 'A-1',
          plannedDeliveryDate: '2025-03-04',
          municipality: 'Västerås',
        },
        allocatedOn: '2025-03-02',
        today,
      },
    });
  });
  afterEach(async () => {
    await store.close();
    await temp.cleanup();
  });

  it('shows the current state with the stream revision', async () => {
    await expect(readAssetState(store, assetId)).resolves.toEqual({
      assetId,
      articleNo: 'A-1',
      serialNumber: 'SN-1',
      unitNumber: unitNumberOf(1),
      status: 'allocated',
      personId: 'person-1',
      orderId: 'order-1',
      location: 'VÄS',
      openRepairs: [],
      revision: 1,
    });
  });

  it('shows the state as the system knew it at an earlier instant', async () => {
    await expect(readAssetState(store, assetId, instantAfterRegistration)).resolves.toMatchObject({
      status: 'ready',
      revision: 0,
    });
    await expect(readAssetState(store, assetId, '2000-01-01T00:00:00Z')).rejects.toEqual(notFound);
  });

  it('lists the history with metadata, revisions and positions as numbers', async () => {
    const history = await readAssetHistory(store, assetId);
    expect(history.events.map((event) => [event.revision, event.type])).toEqual([
      [0, 'AssetRegistered'],
      [1, 'AssetAllocated'],
    ]);
    expect(history.events.map(({ businessDate, statusAfter }) => [businessDate, statusAfter])).toEqual([
      ['2025-03-01', 'ready'],
      ['2025-03-02', 'allocated'],
    ]);
    expect(typeof history.events[1].position).toBe('number');
    expect(history.events[0].metadata).toEqual({
      actor: 'warehouse-1',
      occurredAt: expect.any(String),
      correlationId: 'corr-1',
      causationId: expect.any(String),
    });
  });

  it('answers 404 for an unknown aid', async () => {
    await expect(readAssetHistory(store, 'unknown')).rejects.toEqual(notFound);
    await expect(readAssetState(store, 'unknown')).rejects.toEqual(notFound);
    await expect(verifyAssetHistory(store, 'unknown')).rejects.toEqual(notFound);
  });

  it('verifies the hash chain, and finds the revision of an event edited in the file', async () => {
    await expect(verifyAssetHistory(store, assetId)).resolves.toEqual({
      valid: true,
      events: 2,
    });
    await store.close();
    const file = new Database(temp.path);
    file
      .prepare(
        "UPDATE events SET data = json_set(data, '$.personId', 'someone-else') WHERE stream_id = ? AND revision = 1",
      )
      .run(assetStream(assetId));
    file.close();
    store = new SqliteEventStore({ path: temp.path });
    await expect(verifyAssetHistory(store, assetId)).resolves.toEqual({
      valid: false,
      brokenAtRevision: 1,
      events: 2,
    });
  });
});
