import { EVENT_STORE, ThreadedSqliteEventStore } from '@aidledger/event-store';
import { startHarness, type Harness } from '../support/app-harness.js';
import { aidAt, today } from '../support/fixtures.js';

// The other HTTP suites run the store on the test's own thread (STORE_THREAD=off, see app-harness.ts): a worker
// started from source loads TypeScript first. This one runs the product's default.
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { STORE_THREAD: 'on' } });
});
afterAll(async () => {
  await h.close();
});

const post = (url: string, body: unknown, headers?: Record<string, string>) =>
  h.request({ method: 'POST', url, body, headers });

describe('the API on the store thread', () => {
  it('runs its event store on a worker thread', () => {
    expect(h.app.get(EVENT_STORE)).toBeInstanceOf(ThreadedSqliteEventStore);
  });

  it('walks an aid through its commands, refuses a stale revision, and reads it back, also after a restart', async () => {
    const { assetId, orderId } = await aidAt(h, 'ready');
    const steps: Array<[string, unknown]> = [
      [`/api/orders/${orderId}/allocate`, { assetId }],
      [`/api/assets/${assetId}/dispatch`, { orderId, routeId: 'R-VAS-1' }],
    ];
    for (const [url, body] of steps) expect((await post(url, body)).status).toBe(200);

    const before = await h.head();
    const stale = await post(
      `/api/assets/${assetId}/deliver`,
      { orderId, deliveredOn: today() },
      { 'if-match': '"1"' },
    );
    expect(stale).toMatchObject({ status: 412, body: { code: 'REQUEST.STALE_REVISION' } });
    expect(await h.head()).toBe(before);

    const delivered = await post(`/api/assets/${assetId}/deliver`, { orderId, deliveredOn: today() });
    expect(delivered).toMatchObject({ status: 200, body: { id: assetId, streamRevision: 3 } });
    await h.settle();
    expect((await h.request({ method: 'GET', url: `/api/assets/${assetId}` })).body).toMatchObject({
      status: 'onLoan',
    });

    const committed = await h.head();
    await h.restart();
    expect(await h.head()).toBe(committed);
    expect((await h.request({ method: 'GET', url: `/api/assets/${assetId}` })).body).toMatchObject({
      status: 'onLoan',
    });
  });

  it('fails its liveness check once the store thread has died', async () => {
    expect((await h.request({ method: 'GET', url: '/health', role: null })).status).toBe(200);
    await h.app.get<symbol, ThreadedSqliteEventStore>(EVENT_STORE).terminateWorker();
    const health = await h.request({ method: 'GET', url: '/health', role: null });
    expect(health.status).toBe(500);
    expect(health.text).not.toContain('thread');
  });
});
