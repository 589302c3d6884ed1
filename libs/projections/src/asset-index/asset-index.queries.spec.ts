import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareProjections } from '../runtime/projector-runtime.js';
import { tablePrefix } from '../runtime/projection.js';
import { eventLog } from '../testing/events.js';
import { openTestReadModelDb, readModelDialects, type TestReadModelDb } from '../testing/test-read-model-db.js';
import { assetIndexProjection } from './asset-index.projection.js';
import { findAssets, selectAssets } from './asset-index.queries.js';

describe.each(readModelDialects())('asset index queries on %s', (dialect) => {
  let directory: string;
  let readModels: TestReadModelDb;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'aidledger-index-'));
    readModels = await openTestReadModelDb(dialect, directory);
    await prepareProjections(readModels.db, [assetIndexProjection]);
    const e = eventLog();
    const events = [
      ...['a_1', 'a%2', 'b-3', 'b-4', 'c-5'].map((assetId, n) =>
        e('AssetRegistered', {
          assetId,
          articleNo: n < 3 ? 'A-1' : 'A-2',
          serialNumber: `SN-${n}`,
          location: 'VÄS',
          receivedOn: '2025-01-02',
          ...(n < 3 ? { lot: n === 0 ? 'L-9' : 'L-7', udiDi: '07350012345678' } : {}),
        }),
      ),
      e('AssetAllocated', { assetId: 'b-3', orderId: 'o1', personId: 'p1', allocatedOn: '2025-01-03' }),
      e('AidScrapped', { assetId: 'c-5', scrappedOn: '2025-01-04', reason: 'worn' }),
    ];
    await readModels.db
      .transaction()
      .execute((trx) => assetIndexProjection.applyBatch(trx, tablePrefix('asset-index', 1), events));
  });
  afterAll(async () => {
    await readModels.cleanup();
    rmSync(directory, { recursive: true, force: true });
  });

  it('filters by status and article', async () => {
    const allocated = await findAssets(readModels.db, { status: 'allocated' });
    expect(allocated.items).toEqual([
      {
        assetId: 'b-3',
        articleNo: 'A-1',
        serialNumber: 'SN-2',
        status: 'allocated',
        personId: 'p1',
        location: 'VÄS',
        lastEventAt: expect.any(String),
        lot: 'L-7',
        udiDi: '07350012345678',
      },
    ]);
    expect((await findAssets(readModels.db, { articleNo: 'A-2' })).items.map((item) => item.assetId)).toEqual([
      'b-4',
      'c-5',
    ]);
  });

  it('matches q as a prefix of the asset id or the serial number, wildcards taken literally', async () => {
    expect((await findAssets(readModels.db, { q: 'b-' })).items.map((item) => item.assetId)).toEqual(['b-3', 'b-4']);
    expect((await findAssets(readModels.db, { q: 'SN-4' })).items.map((item) => item.assetId)).toEqual(['c-5']);
    expect((await findAssets(readModels.db, { q: 'a%' })).items.map((item) => item.assetId)).toEqual(['a%2']);
    expect((await findAssets(readModels.db, { q: 'a_' })).items.map((item) => item.assetId)).toEqual(['a_1']);
  });

  it('filters by lot; an aid whose lot is unknown has a null lot', async () => {
    expect((await findAssets(readModels.db, { lot: 'L-7' })).items.map((item) => item.assetId)).toEqual(['a%2', 'b-3']);
    expect((await findAssets(readModels.db, { articleNo: 'A-2' })).items.map((item) => item.lot)).toEqual([null, null]);
  });

  it('selects the aids of an article by lots and an inclusive serial range, scrapped ones too', async () => {
    const ids = async (selection: Parameters<typeof selectAssets>[1]) =>
      (await selectAssets(readModels.db, selection)).map((aid) => aid.assetId);
    expect(await ids({ articleNo: 'A-1' })).toEqual(['a%2', 'a_1', 'b-3']);
    expect(await ids({ articleNo: 'A-1', lots: ['L-9'] })).toEqual(['a_1']);
    expect(await ids({ articleNo: 'A-1', serialFrom: 'SN-1', serialTo: 'SN-2' })).toEqual(['a%2', 'b-3']);
    expect(await ids({ articleNo: 'A-2', serialFrom: 'SN-4' })).toEqual(['c-5']);
    expect(await ids({ articleNo: 'A-1', lots: ['L-7'], serialTo: 'SN-1' })).toEqual(['a%2']);
  });

  it('pages with a cursor until there is no next page', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await findAssets(readModels.db, { limit: 2, cursor });
      seen.push(...page.items.map((item) => item.assetId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['a%2', 'a_1', 'b-3', 'b-4', 'c-5']);
  });
});
