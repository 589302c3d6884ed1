import { randomUUID } from 'node:crypto';
import type { AssetEvent } from '@aidledger/domain';
import { openTempSqliteStore, type TempSqliteStore } from '@aidledger/event-store/testing';
import { findStockLevels } from '../stock-levels/stock-levels.queries.js';
import { findDeliveryMetrics } from '../delivery-metrics/delivery-metrics.queries.js';
import { findAssets } from '../asset-index/asset-index.queries.js';
import { allProjections } from '../projections.js';
import type { ReadModelDb } from '../read-model-db.js';
import { testMetadata, type EventOf } from '../testing/events.js';
import { openTestReadModelDb, readModelDialects, type TestReadModelDb } from '../testing/test-read-model-db.js';
import { orderFulfilment } from '../order-fulfilment/order-fulfilment.process.js';
import { readVersions } from './projection-state.js';
import { ProjectorRuntime } from './projector-runtime.js';
import { rebuildProjection } from './rebuild.js';
import type { WorkflowCommand } from './projection.js';

const append = <T extends AssetEvent['type']>(
  temp: TempSqliteStore,
  assetId: string,
  type: T,
  data: Omit<EventOf<T>['data'], 'assetId'>,
) =>
  temp.store.appendToStream(`asset-${assetId}`, [
    { id: randomUUID(), type, data: { assetId, ...data }, metadata: testMetadata('test', new Date().toISOString()) },
  ]);

/** A small history: each aid registered, allocated, dispatched, delivered; every third returned. */
const history = async (temp: TempSqliteStore, count: number, offset = 0) => {
  for (let n = offset; n < offset + count; n++) {
    const assetId = `a${String(n).padStart(5, '0')}`;
    await append(temp, assetId, 'AssetRegistered', {
      articleNo: `A-${n % 3}`,
      serialNumber: `S${n}`,
      location: 'VÄS',
      receivedOn: '2025-01-02',
    });
    await append(temp, assetId, 'AssetAllocated', { orderId: `o${n}`, personId: `p${n}`, allocatedOn: '2025-01-03' });
    await append(temp, assetId, 'AidDispatched', {
      orderId: `o${n}`,
      routeId: `r${n % 2}`,
      dispatchedOn: '2025-01-04',
    });
    await append(temp, assetId, 'AidDelivered', {
      orderId: `o${n}`,
      personId: `p${n}`,
      articleNo: `A-${n % 3}`,
      deliveredOn: n % 4 === 0 ? '2025-01-05' : '2025-01-04',
      plannedDeliveryDate: '2025-01-04',
      municipality: 'Västerås',
      routeId: `r${n % 2}`,
    });
    if (n % 3 === 0)
      await append(temp, assetId, 'AidReturned', {
        personId: `p${n}`,
        orderId: `o${n}`,
        returnedOn: '2025-02-01',
        reason: 'done',
      });
  }
};

const snapshot = async (db: ReadModelDb) => ({
  stock: await findStockLevels(db),
  delivery: await findDeliveryMetrics(db, { groupBy: 'route' }),
  assets: await findAssets(db, { limit: 500 }),
});

describe.each(readModelDialects())('projector runtime on %s', (dialect) => {
  let temp: TempSqliteStore;
  let readModels: TestReadModelDb;
  let db: ReadModelDb;
  beforeEach(async () => {
    temp = await openTempSqliteStore();
    readModels = await openTestReadModelDb(dialect, temp.directory);
    db = readModels.db;
  });
  afterEach(async () => {
    await readModels.cleanup();
    await temp.cleanup();
  });

  it('catches up on the history, then follows new events live, with each checkpoint at the last applied event', async () => {
    await history(temp, 30);
    const sent: WorkflowCommand[] = [];
    const runtime = new ProjectorRuntime({
      store: temp.store,
      db,
      projections: allProjections,
      workflows: [{ processManager: orderFulfilment, dispatch: async (command) => void sent.push(command) }],
      catchUpBatchSize: 7,
    });
    await runtime.start();
    await runtime.waitUntilCaughtUp();
    expect((await findAssets(db, { limit: 500 })).items).toHaveLength(30);
    await history(temp, 5, 30);
    await runtime.waitUntilCaughtUp();
    const live = await snapshot(db);
    expect(live.assets.items).toHaveLength(35);
    expect(live.delivery.groups.map((group) => group.deliveries)).toEqual([18, 17]);
    expect(sent).toHaveLength(35);
    const head = Number(await temp.store.headPosition());
    for (const version of await readVersions(db)) expect(Number(version.position)).toBeLessThanOrEqual(head);
    await runtime.stop();

    const again = new ProjectorRuntime({
      store: temp.store,
      db,
      projections: allProjections,
      workflows: [{ processManager: orderFulfilment, dispatch: async (command) => void sent.push(command) }],
    });
    await again.start();
    await again.waitUntilCaughtUp();
    await again.stop();
    expect(sent).toHaveLength(35);
    expect(await snapshot(db)).toEqual(live);
  });

  it('a rebuild into fresh tables gives exactly the rows the live projections built, then takes over', async () => {
    await history(temp, 40);
    const runtime = new ProjectorRuntime({ store: temp.store, db, projections: allProjections, liveBatchSize: 3 });
    await runtime.start();
    await runtime.waitUntilCaughtUp();
    await history(temp, 10, 40);
    await runtime.waitUntilCaughtUp();
    await runtime.stop();
    const live = await snapshot(db);

    for (const projection of allProjections) {
      const result = await rebuildProjection({ store: temp.store, db, projection, batchSize: 13 });
      expect(result).toMatchObject({ version: 2, switched: true });
    }
    const versions = await readVersions(db);
    expect(versions.filter((version) => version.status === 'active').map((version) => version.version)).toEqual(
      allProjections.map(() => 2),
    );
    expect(await snapshot(db)).toEqual(live);
  });

  it('a rebuild interrupted part way resumes from its checkpoint while the old version keeps serving', async () => {
    await history(temp, 20);
    const runtime = new ProjectorRuntime({ store: temp.store, db, projections: allProjections });
    await runtime.start();
    await runtime.waitUntilCaughtUp();
    await runtime.stop();
    const before = await snapshot(db);
    const stockLevels = allProjections.find((projection) => projection.name === 'stock-levels')!;
    const abort = new AbortController();
    let batches = 0;
    const first = await rebuildProjection({
      store: temp.store,
      db,
      projection: stockLevels,
      batchSize: 5,
      signal: abort.signal,
      onProgress: () => {
        if (++batches === 1) abort.abort();
      },
    });
    expect(first.switched).toBe(false);
    expect(await snapshot(db)).toEqual(before);
    const resumed = await rebuildProjection({ store: temp.store, db, projection: stockLevels, batchSize: 5 });
    expect(resumed).toMatchObject({ version: first.version, switched: true });
    expect(await snapshot(db)).toEqual(before);
  });

  it('a running projector follows the version the rebuild command switched in', async () => {
    await history(temp, 20);
    const runtime = new ProjectorRuntime({
      store: temp.store,
      db,
      projections: allProjections,
      discoveryIntervalMs: 20,
      retiredGraceMs: 0,
    });
    await runtime.start();
    await runtime.waitUntilCaughtUp();
    const assetIndex = allProjections.find((projection) => projection.name === 'asset-index')!;
    await expect(rebuildProjection({ store: temp.store, db, projection: assetIndex })).resolves.toMatchObject({
      version: 2,
      switched: true,
    });
    for (let tries = 0; tries < 200; tries++) {
      const lags = await runtime.lag();
      if (lags.some((lag) => lag.name === 'asset-index' && lag.version === 2)) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await history(temp, 3, 20);
    await runtime.waitUntilCaughtUp();
    expect((await findAssets(db, { limit: 500 })).items).toHaveLength(23);
    expect((await runtime.lag()).filter((lag) => lag.name === 'asset-index').map((lag) => lag.version)).toEqual([2]);
    await runtime.stop();
  });

  it('moves the workflow checkpoint only past commands that were sent, and sends again after a failure', async () => {
    await history(temp, 6);
    const sent: string[] = [];
    let failures = 0;
    const runtime = new ProjectorRuntime({
      store: temp.store,
      db,
      projections: [],
      retryDelayMs: 1,
      workflows: [
        {
          processManager: orderFulfilment,
          dispatch: async (command) => {
            if (command.data.orderId === 'o3' && failures++ < 2) throw new Error('command bus unavailable');
            sent.push(String(command.data.orderId));
          },
        },
      ],
    });
    await runtime.start();
    await runtime.waitUntilCaughtUp();
    await runtime.stop();
    expect(failures).toBe(3);
    expect(sent).toEqual(['o0', 'o1', 'o2', 'o3', 'o4', 'o5']);
  });

  it('a new definition version is built beside the one serving and takes over when caught up', async () => {
    await history(temp, 15);
    const assetIndex = allProjections.find((projection) => projection.name === 'asset-index')!;
    const first = new ProjectorRuntime({ store: temp.store, db, projections: [assetIndex] });
    await first.start();
    await first.waitUntilCaughtUp();
    await first.stop();
    const served = await findAssets(db, { limit: 500 });

    const next = assetIndex.version + 1;
    const second = new ProjectorRuntime({ store: temp.store, db, projections: [{ ...assetIndex, version: next }] });
    await second.start();
    await second.waitUntilCaughtUp();
    await second.stop();
    const versions = (await readVersions(db, 'asset-index')).map((version) => [
      version.version,
      version.definitionVersion,
      version.status,
    ]);
    expect(versions).toEqual([
      [1, assetIndex.version, 'retired'],
      [2, next, 'active'],
    ]);
    expect(await findAssets(db, { limit: 500 })).toEqual(served);
  });
});
