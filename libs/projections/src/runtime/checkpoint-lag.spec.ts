import { randomUUID } from 'node:crypto';
import { openTempSqliteStore, type TempSqliteStore } from '@aidledger/event-store/testing';
import { allProjections } from '../projections.js';
import { testMetadata } from '../testing/events.js';
import { openTestReadModelDb, type TestReadModelDb } from '../testing/test-read-model-db.js';
import { checkpointLags } from './checkpoint-lag.js';
import { readVersions } from './projection-state.js';
import { ProjectorRuntime } from './projector-runtime.js';

const stockLevels = allProjections.filter((projection) => projection.name === 'stock-levels');

const registerAid = (temp: TempSqliteStore, n: number, recordedAt: Date) =>
  temp.store.appendToStream(`asset-lag${n}`, [
    {
      id: randomUUID(),
      type: 'AssetRegistered',
      data: { assetId: `lag${n}`, articleNo: 'A-1', serialNumber: `S${n}`, location: 'VÄS', receivedOn: '2025-01-02' },
      metadata: testMetadata('test', recordedAt.toISOString()),
    },
  ]);

describe('checkpointLags: a projector seen from its checkpoints in the read-model database', () => {
  let temp: TempSqliteStore;
  let readModels: TestReadModelDb;

  beforeEach(async () => {
    temp = await openTempSqliteStore();
    readModels = await openTestReadModelDb('sqlite', temp.directory);
  });

  afterEach(async () => {
    await readModels.cleanup();
    await temp.cleanup();
  });

  it('is zero when the projector has applied every event it handles, even when the log moved on past it', async () => {
    for (let n = 0; n < 3; n++) await registerAid(temp, n, new Date());
    const runtime = new ProjectorRuntime({ store: temp.store, db: readModels.db, projections: stockLevels });
    await runtime.start();
    await runtime.waitUntilCaughtUp();
    await runtime.stop();
    // An event no projection here handles: the head moves, the checkpoint has nothing to wait for.
    await temp.store.appendToStream('other-1', [
      {
        id: randomUUID(),
        type: 'NothingHandlesThis',
        data: {},
        metadata: testMetadata('test', new Date().toISOString()),
      },
    ]);

    const [lag] = await checkpointLags({ store: temp.store, db: readModels.db, projections: stockLevels });
    expect(lag).toMatchObject({ name: 'stock-levels', headPosition: 3n, behindPositions: 0, behindMs: 0 });
  });

  it('counts the positions after the checkpoint and the age of the oldest handled event waiting', async () => {
    await registerAid(temp, 0, new Date());
    const runtime = new ProjectorRuntime({ store: temp.store, db: readModels.db, projections: stockLevels });
    await runtime.start();
    await runtime.waitUntilCaughtUp();
    await runtime.stop();
    // The projector is down; two aids arrive, the first committed a minute before "now".
    await registerAid(temp, 1, new Date());
    await registerAid(temp, 2, new Date());
    const [waiting] = await temp.store.readAll({ after: 0n, maxCount: 1 });
    const now = Date.parse(waiting.recordedAt) + 60_000;

    const [version] = await readVersions(readModels.db);
    const [lag] = await checkpointLags({ store: temp.store, db: readModels.db, projections: stockLevels, now });
    expect(version.position).toBe(0n);
    expect(lag).toMatchObject({ headPosition: 2n, behindPositions: 2, behindMs: 60_000 });
  });
});
