import { startHarness, type Harness } from '../support/app-harness.js';
import { aidAt, createArticle, today, validPersonnummer } from '../support/fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const head = (): Promise<number> => h.head();

describe('Idempotency-Key', () => {
  it('a repeated key returns the first answer and appends nothing, also across a restart', async () => {
    const articleNo = await createArticle(h);
    const body = { articleNo, serialNumber: 'SN-IDEM-1', location: 'VAS-HUVUDLAGER' };
    const headers = { 'idempotency-key': 'receive-sn-idem-1' };
    const first = await h.request({ method: 'POST', url: '/api/assets', body, headers });
    expect(first.status).toBe(201);
    const afterFirst = await head();

    const second = await h.request({ method: 'POST', url: '/api/assets', body, headers });
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(await head()).toBe(afterFirst);

    await h.restart();
    const third = await h.request({ method: 'POST', url: '/api/assets', body, headers });
    expect(third.body).toEqual(first.body);
    expect(await head()).toBe(afterFirst);
  });

  it('concurrent repeats of one key run the command once', async () => {
    const { assetId } = await aidAt(h, 'onLoan');
    const before = await head();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        h.request({
          method: 'POST',
          url: `/api/assets/${assetId}/return`,
          body: { returnedOn: today(), reason: 'Done' },
          headers: { 'idempotency-key': `return-${assetId}` },
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    expect(await head()).toBe(before + 1);
  });

  it('the same key with another body is refused', async () => {
    const { assetId } = await aidAt(h, 'ready');
    const headers = { 'idempotency-key': `inspect-${assetId}` };
    expect(
      (
        await h.request({
          method: 'POST',
          url: `/api/assets/${assetId}/inspect`,
          body: { inspectedOn: today(), passed: true },
          headers,
        })
      ).status,
    ).toBe(200);
    const other = await h.request({
      method: 'POST',
      url: `/api/assets/${assetId}/inspect`,
      body: { inspectedOn: today(), passed: false },
      headers,
    });
    expect(other.status).toBe(422);
  });

  it('the key of one command sent with another command on the same aid is 422 and changes nothing', async () => {
    const { assetId, orderId } = await aidAt(h, 'allocated');
    const headers = { 'idempotency-key': `route-${assetId}` };
    const dispatched = await h.request({
      method: 'POST',
      url: `/api/assets/${assetId}/dispatch`,
      body: { orderId, routeId: 'R1' },
      headers,
    });
    expect(dispatched.status).toBe(200);
    const before = await head();
    const delivered = await h.request({
      method: 'POST',
      url: `/api/assets/${assetId}/deliver`,
      body: { orderId, deliveredOn: today() },
      headers,
    });
    expect(delivered).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY.KEY_REUSED' } });
    expect(await head()).toBe(before);
    expect((await h.request({ method: 'GET', url: `/api/assets/${assetId}` })).body).toMatchObject({
      status: 'inTransit',
    });
  });

  it('marks a replayed answer and derives a created id from the key, so a re-sent registration finds its person', async () => {
    const body = { personnummer: '19121212-1212', sex: 'female', municipality: 'Sala' };
    const headers = { 'idempotency-key': 'register-tolvan' };
    const first = await h.request({ method: 'POST', url: '/api/persons', role: 'planner', body, headers });
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await h.request({ method: 'POST', url: '/api/persons', role: 'planner', body, headers });
    expect(again).toMatchObject({ status: 201, body: first.body, headers: { 'idempotent-replayed': 'true' } });
    const otherKey = await h.request({
      method: 'POST',
      url: '/api/persons',
      role: 'planner',
      body,
      headers: { 'idempotency-key': 'register-tolvan-again' },
    });
    expect(otherKey).toMatchObject({ status: 409, body: { existingId: (first.body as { id: string }).id } });
  });

  it('a registration key re-sent with another personnummer is 422 and claims nothing for the first person', async () => {
    const headers = { 'idempotency-key': 'register-two-numbers' };
    const first = validPersonnummer(611, 61);
    const other = validPersonnummer(612, 62);
    const registered = await h.request({
      method: 'POST',
      url: '/api/persons',
      body: { personnummer: first, sex: 'female', municipality: 'Sala' },
      headers,
    });
    expect(registered.status).toBe(201);
    const before = await head();
    const reused = await h.request({
      method: 'POST',
      url: '/api/persons',
      body: { personnummer: other, sex: 'male', municipality: 'Sala' },
      headers,
    });
    expect(reused).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY.KEY_REUSED' } });
    expect(await head()).toBe(before);
    const lookup = await h.request({ method: 'POST', url: '/api/persons/lookup', body: { personnummer: other } });
    expect(lookup.status).toBe(404);
    const own = await h.request({
      method: 'POST',
      url: '/api/persons',
      body: { personnummer: other, sex: 'male', municipality: 'Sala' },
    });
    expect(own.status).toBe(201);
    expect(own.body).not.toEqual(registered.body);
  });

  it('a key is scoped to its caller', async () => {
    const articleNo = await createArticle(h);
    const headers = { 'idempotency-key': 'shared-key' };
    const asWarehouse = await h.request({
      method: 'POST',
      url: '/api/assets',
      role: 'warehouse',
      body: { articleNo, serialNumber: 'S-A', location: 'L' },
      headers,
    });
    const asAdmin = await h.request({
      method: 'POST',
      url: '/api/assets',
      role: 'admin',
      body: { articleNo, serialNumber: 'S-A', location: 'L' },
      headers,
    });
    expect(asWarehouse.status).toBe(201);
    expect(asAdmin.status).toBe(201);
    expect(asAdmin.body).not.toEqual(asWarehouse.body);
  });
});

describe('If-Match', () => {
  it('a command on the current revision succeeds; on a stale one it is 412 and appends nothing', async () => {
    const { assetId, orderId } = await aidAt(h, 'allocated');
    const dispatched = await h.request({
      method: 'POST',
      url: `/api/assets/${assetId}/dispatch`,
      body: { orderId, routeId: 'R1' },
      headers: { 'if-match': '"1"' },
    });
    expect(dispatched.status).toBe(200);
    expect(dispatched.headers.etag).toBe('"2"');

    const before = await head();
    const stale = await h.request({
      method: 'POST',
      url: `/api/assets/${assetId}/deliver`,
      body: { orderId, deliveredOn: today() },
      headers: { 'if-match': '"1"' },
    });
    expect(stale).toMatchObject({ status: 412, body: { code: 'REQUEST.STALE_REVISION' } });
    expect(await head()).toBe(before);
  });

  it('an If-Match that is not a revision is 400', async () => {
    const { assetId } = await aidAt(h, 'ready');
    const response = await h.request({
      method: 'POST',
      url: `/api/assets/${assetId}/inspect`,
      body: { inspectedOn: today(), passed: true },
      headers: { 'if-match': 'abc' },
    });
    expect(response.status).toBe(400);
  });
});
