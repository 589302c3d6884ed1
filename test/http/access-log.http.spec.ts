import path from 'node:path';
import Database from 'better-sqlite3';
import { accessLogStream } from '@aidledger/domain';
import { EVENT_STORE, type EventStore } from '@aidledger/event-store';
import { AccessLog, type AccessEntry } from '../../apps/api/src/access-log/access-log.js';
import { ROLES } from '../../apps/api/src/auth/roles.js';
import type { AccessLogPage } from '@aidledger/projections';
import { startHarness, type Harness } from '../support/app-harness.js';

type Page = AccessLogPage;

const P1 = '1a1a1a1a-0000-4000-8000-000000000001';
const P2 = '1a1a1a1a-0000-4000-8000-000000000002';
const P3 = '1a1a1a1a-0000-4000-8000-000000000003';
const NOBODY = '1a1a1a1a-0000-4000-8000-0000000000ff';

const read = (personId: string, actor: string, correlationId: string): AccessEntry => ({
  actor,
  role: actor === 'lena.lager' ? 'warehouse' : 'transport',
  personId,
  action: 'person.aids.read',
  correlationId,
});

/** Reads recorded through the app's own store, at instants of two past days in Stockholm (winter: UTC+1). */
const seed = async (h: Harness): Promise<void> => {
  const store = h.app.get<EventStore>(EVENT_STORE);
  const at = (instant: string) => new AccessLog(store, { now: () => new Date(instant) });
  await at('2025-03-03T08:00:00.000Z').record([read(P1, 'lena.lager', 'm1'), read(P2, 'lena.lager', 'm1')]);
  await at('2025-03-04T08:00:00.000Z').record([read(P1, 'tomas.transport', 't1')]);
  await at('2025-03-04T09:00:00.000Z').record([read(P3, 'lena.lager', 't2')]);
  // 23:30 UTC on 4 March is already 5 March in Stockholm.
  await at('2025-03-04T23:30:00.000Z').record([read(P1, 'lena.lager', 'w1')]);
  await h.settle();
};

describe('the access log over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await seed(h);
  });
  afterAll(async () => h.close());

  const page = async (query: string, headers: Record<string, string> = {}): Promise<Page> => {
    const response = await h.request({ method: 'GET', url: `/api/access-log${query}`, role: 'auditor', headers });
    expect({ status: response.status, text: response.text }).toEqual({ status: 200, text: expect.any(String) });
    return response.body as Page;
  };
  const correlations = (answer: Page) => answer.items.map((item) => item.correlationId);

  it.each(ROLES.map((role) => [role, role === 'auditor' || role === 'admin'] as const))(
    'as %s → allowed: %s',
    async (role, allowed) => {
      for (const url of ['/api/access-log', '/api/access-log/verify?day=2025-03-04']) {
        const response = await h.request({ method: 'GET', url, role });
        if (allowed) expect([url, response.status]).toEqual([url, 200]);
        else expect(response).toMatchObject({ status: 403, body: { code: 'AUTH.FORBIDDEN' } });
      }
    },
  );

  it('needs a token', async () => {
    expect((await h.request({ method: 'GET', url: '/api/access-log', role: null })).status).toBe(401);
  });

  it('who has looked at this person: newest first, with the stream and revision of each entry', async () => {
    const answer = await page(`?personId=${P1}&to=2025-03-05`);
    expect(answer.items).toEqual([
      {
        at: '2025-03-04T23:30:00.000Z',
        actor: 'lena.lager',
        role: 'warehouse',
        personId: P1,
        action: 'person.aids.read',
        correlationId: 'w1',
        stream: accessLogStream('2025-03-05'),
        revision: 0,
      },
      expect.objectContaining({ correlationId: 't1', actor: 'tomas.transport', stream: accessLogStream('2025-03-04') }),
      expect.objectContaining({ correlationId: 'm1', stream: accessLogStream('2025-03-03'), revision: 0 }),
    ]);
  });

  it('what has this user looked at', async () => {
    const answer = await page('?actor=lena.lager');
    expect(answer.items.map((item) => [item.personId, item.correlationId])).toEqual([
      [P1, 'w1'],
      [P3, 't2'],
      // One request read two persons: the later of its entries in the log first.
      [P2, 'm1'],
      [P1, 'm1'],
    ]);
  });

  it('filters by days in Stockholm, both inclusive', async () => {
    expect(correlations(await page('?from=2025-03-04&to=2025-03-04'))).toEqual(['t2', 't1']);
    expect(correlations(await page('?from=2025-03-05&to=2025-03-05'))).toEqual(['w1']);
    expect(correlations(await page('?actor=lena.lager&from=2025-03-01&to=2025-03-03'))).toEqual(['m1', 'm1']);
  });

  it('pages with nextCursor, each entry once', async () => {
    const whole = await page('?to=2025-03-05');
    expect(whole.items).toHaveLength(5);
    const seen: AccessLogPage['items'] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const next = await page(`?to=2025-03-05&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...next.items);
      cursor = next.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(whole.items);
  });

  it('reading the log is logged: one entry per person the page names, in the reader’s name and request', async () => {
    await page('?actor=lena.lager&to=2025-03-05', { 'x-correlation-id': 'audit-read-1' });
    await page(`?personId=${NOBODY}`, { 'x-correlation-id': 'audit-read-empty' });
    await h.settle();
    const own = await page('?actor=auditor.tester&limit=500');
    const logged = own.items.filter((item) => item.correlationId === 'audit-read-1');
    expect(logged.map((item) => item.personId).sort()).toEqual([P1, P2, P3].sort());
    for (const item of logged) expect(item).toMatchObject({ role: 'auditor', action: 'access-log.read' });
    expect(own.items.filter((item) => item.correlationId === 'audit-read-empty')).toEqual([]);
  });

  it('refuses a bad person id, day, limit or cursor with 400', async () => {
    for (const url of [
      '/api/access-log?personId=19121212-1212',
      '/api/access-log?from=2025-02-30',
      '/api/access-log?to=yesterday',
      '/api/access-log?limit=0',
      '/api/access-log?limit=501',
      '/api/access-log?cursor=not%20a%20cursor',
      '/api/access-log?colour=red',
      '/api/access-log/verify',
      '/api/access-log/verify?day=2025-13-01',
    ]) {
      const response = await h.request({ method: 'GET', url, role: 'auditor' });
      expect([url, response.status]).toEqual([url, 400]);
      expect(response.text).not.toContain('19121212');
    }
    const forged = await h.request({
      method: 'GET',
      url: `/api/access-log?cursor=${Buffer.from('yesterday|1').toString('base64url')}`,
      role: 'auditor',
    });
    expect(forged).toMatchObject({
      status: 400,
      body: { code: 'ACCESS_LOG.INVALID_CURSOR', errors: [{ field: 'cursor' }] },
    });
  });

  it('verifies a day, and a day without reads is an empty valid chain', async () => {
    const verify = async (day: string) =>
      (await h.request({ method: 'GET', url: `/api/access-log/verify?day=${day}`, role: 'auditor' })).body;
    expect(await verify('2025-03-04')).toEqual({ valid: true, entries: 2 });
    expect(await verify('2025-03-03')).toEqual({ valid: true, entries: 2 });
    expect(await verify('2025-01-01')).toEqual({ valid: true, entries: 0 });
  });
});

describe('the access log tamper check', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await seed(h);
  });
  afterAll(async () => h.close());

  const verify = async (day: string) =>
    (await h.request({ method: 'GET', url: `/api/access-log/verify?day=${day}`, role: 'auditor' })).body;

  /** Edits the store's file behind the API's back, as someone with access to the disk could. */
  const editFile = async (statements: [string, ...unknown[]][]) => {
    await h.app.close();
    const file = new Database(path.join(h.config.dataDir, 'events.sqlite'));
    for (const [sql, ...parameters] of statements) file.prepare(sql).run(...parameters);
    file.close();
    await h.restart();
  };

  it('finds the revision of an entry edited in the file', async () => {
    await editFile([
      [
        "UPDATE events SET data = json_set(data, '$.actor', 'someone.else') WHERE stream_id = ? AND revision = 1",
        accessLogStream('2025-03-04'),
      ],
    ]);
    expect(await verify('2025-03-04')).toEqual({ valid: false, brokenAtRevision: 1, entries: 2 });
    expect(await verify('2025-03-03')).toEqual({ valid: true, entries: 2 });
  });

  it('finds an entry deleted from the middle, and a tail cut off the day', async () => {
    await editFile([
      ['DELETE FROM events WHERE stream_id = ? AND revision = 0', accessLogStream('2025-03-04')],
      ['DELETE FROM events WHERE stream_id = ? AND revision = 1', accessLogStream('2025-03-03')],
      ['UPDATE streams SET revision = 0 WHERE stream_id = ?', accessLogStream('2025-03-03')],
    ]);
    expect(await verify('2025-03-04')).toEqual({ valid: false, brokenAtRevision: 0, entries: 1 });
    expect(await verify('2025-03-03')).toEqual({ valid: false, brokenAtRevision: 1, entries: 1 });
  });
});
