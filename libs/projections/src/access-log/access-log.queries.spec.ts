import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareProjections } from '../runtime/projector-runtime.js';
import { tablePrefix } from '../runtime/projection.js';
import { eventLog } from '../testing/events.js';
import { openTestReadModelDb, readModelDialects, type TestReadModelDb } from '../testing/test-read-model-db.js';
import { accessLogProjection } from './access-log.projection.js';
import { findAccessLog, lastProjectedRevision, type AccessLogPage } from './access-log.queries.js';

describe.each(readModelDialects())('access log queries on %s', (dialect) => {
  let directory: string;
  let readModels: TestReadModelDb;

  const at = (minute: number) =>
    `2025-06-0${1 + Math.floor(minute / 60)}T09:${String(minute % 60).padStart(2, '0')}:00.000Z`;
  const correlations = (page: AccessLogPage) => page.items.map((item) => item.correlationId);

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'aidledger-access-log-'));
    readModels = await openTestReadModelDb(dialect, directory);
    await prepareProjections(readModels.db, [accessLogProjection]);
    const e = eventLog();
    // Reads at minutes 0…9 of 1 June and 0…4 of 2 June; two reads share minute 5 to show the order's tie-break.
    const minutes = [0, 1, 2, 3, 4, 5, 5, 6, 7, 8, 9, 60, 61, 62, 63, 64];
    const events = minutes.map((minute, n) =>
      e('PersonDataAccessed', {
        at: at(minute),
        actor: n % 2 === 0 ? 'rut.revisor' : 'lena.lager',
        role: n % 2 === 0 ? 'auditor' : 'warehouse',
        personId: n % 3 === 0 ? 'p1' : 'p2',
        action: 'person.aids.read',
        correlationId: `c${n}`,
      }),
    );
    await readModels.db
      .transaction()
      .execute((trx) => accessLogProjection.applyBatch(trx, tablePrefix('access-log', 1), events));
  });
  afterAll(async () => {
    await readModels.cleanup();
    rmSync(directory, { recursive: true, force: true });
  });

  it('lists the newest first, the later of two reads at one instant first', async () => {
    const page = await findAccessLog(readModels.db);
    expect(correlations(page)).toEqual([
      'c15',
      'c14',
      'c13',
      'c12',
      'c11',
      'c10',
      'c9',
      'c8',
      'c7',
      'c6',
      'c5',
      'c4',
      'c3',
      'c2',
      'c1',
      'c0',
    ]);
    expect(page.items[0]).toEqual({
      at: '2025-06-02T09:04:00.000Z',
      actor: 'lena.lager',
      role: 'warehouse',
      personId: 'p1',
      action: 'person.aids.read',
      correlationId: 'c15',
      stream: 'accesslog-2025-06-02',
      revision: 4,
    });
    expect(page.nextCursor).toBeUndefined();
  });

  it('filters by person, by actor, and by both', async () => {
    expect(correlations(await findAccessLog(readModels.db, { personId: 'p1' }))).toEqual([
      'c15',
      'c12',
      'c9',
      'c6',
      'c3',
      'c0',
    ]);
    expect(correlations(await findAccessLog(readModels.db, { actor: 'lena.lager' }))).toEqual([
      'c15',
      'c13',
      'c11',
      'c9',
      'c7',
      'c5',
      'c3',
      'c1',
    ]);
    expect(correlations(await findAccessLog(readModels.db, { personId: 'p1', actor: 'rut.revisor' }))).toEqual([
      'c12',
      'c6',
      'c0',
    ]);
    expect((await findAccessLog(readModels.db, { personId: 'nobody' })).items).toEqual([]);
  });

  it('filters by period: from inclusive, to exclusive', async () => {
    const page = await findAccessLog(readModels.db, { from: at(5), to: at(61) });
    expect(correlations(page)).toEqual(['c11', 'c10', 'c9', 'c8', 'c7', 'c6', 'c5']);
  });

  it('pages with a cursor until there is no next page, each entry once', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await findAccessLog(readModels.db, { limit: 3, cursor });
      seen.push(...correlations(page));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(6);
    expect(seen).toEqual(correlations(await findAccessLog(readModels.db)));
  });

  it('pages within a filter, across two reads at the same instant', async () => {
    const first = await findAccessLog(readModels.db, { from: at(5), to: at(6), limit: 1 });
    expect(correlations(first)).toEqual(['c6']);
    const second = await findAccessLog(readModels.db, { from: at(5), to: at(6), limit: 1, cursor: first.nextCursor });
    expect(correlations(second)).toEqual(['c5']);
    expect(second.nextCursor).toBeUndefined();
  });

  it('refuses a cursor it did not hand out', async () => {
    await expect(findAccessLog(readModels.db, { cursor: 'bm90LWEtY3Vyc29y' })).rejects.toMatchObject({
      code: 'ACCESS_LOG.INVALID_CURSOR',
      kind: 'invalid',
    });
  });

  it("knows the last revision it has seen of a day's stream", async () => {
    expect(await lastProjectedRevision(readModels.db, 'accesslog-2025-06-01')).toBe(10);
    expect(await lastProjectedRevision(readModels.db, 'accesslog-2025-06-02')).toBe(4);
    expect(await lastProjectedRevision(readModels.db, 'accesslog-2025-06-03')).toBeNull();
  });
});
