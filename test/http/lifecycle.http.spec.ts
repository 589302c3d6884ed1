import { startHarness, type Harness } from '../support/app-harness.js';
import { aidAt, createArticle, createPerson, placeOrder, receiveAsset, today } from '../support/fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const post = (url: string, body: unknown, headers?: Record<string, string>) =>
  h.request({ method: 'POST', url, body, headers });

describe('the aid lifecycle over HTTP', () => {
  it('walks an aid from receipt to reconditioning, each step answering its stream revision as ETag', async () => {
    const { assetId, orderId } = await aidAt(h, 'ready');

    const steps: Array<[string, unknown]> = [
      [`/api/orders/${orderId}/allocate`, { assetId }],
      [`/api/assets/${assetId}/dispatch`, { orderId, routeId: 'R-VAS-1' }],
      [`/api/assets/${assetId}/deliver`, { orderId, deliveredOn: today() }],
      [`/api/assets/${assetId}/return`, { returnedOn: today(), reason: 'No longer needed' }],
      [`/api/assets/${assetId}/recondition`, { reconditionedOn: today(), location: 'VAS-HUVUDLAGER' }],
    ];
    let revision = 0;
    for (const [url, body] of steps) {
      const response = await post(url, body);
      revision += 1;
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ id: assetId, streamRevision: revision, position: expect.any(Number) });
      expect(response.headers.etag).toBe(`"${revision}"`);
    }
  });

  it('reports a repair on an aid on loan and completes it later', async () => {
    const { assetId } = await aidAt(h, 'onLoan');
    const reported = await post(`/api/assets/${assetId}/repairs`, {
      reportedOn: today(),
      description: 'Brake does not hold',
    });
    expect(reported.status).toBe(201);
    const repairId = (reported.body as { id: string }).id;
    expect(repairId).toMatch(/^[0-9a-f-]{36}$/);

    const completed = await post(`/api/assets/${assetId}/repairs/${repairId}/complete`, { completedOn: today() });
    expect(completed.status).toBe(200);
    expect(completed.body).toMatchObject({ id: repairId });

    const again = await post(`/api/assets/${assetId}/repairs/${crypto.randomUUID()}/complete`, {
      completedOn: today(),
    });
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({ code: 'REPAIR.NOT_FOUND' });
  });

  it('records a failed delivery and delivers after a new dispatch', async () => {
    const { assetId, orderId } = await aidAt(h, 'inTransit');
    const failed = await post(`/api/assets/${assetId}/delivery-failed`, {
      orderId,
      reason: 'Nobody home',
      rescheduledTo: today(),
    });
    expect(failed.status).toBe(200);
    expect((await post(`/api/assets/${assetId}/dispatch`, { orderId, routeId: 'R2' })).status).toBe(200);
    expect((await post(`/api/assets/${assetId}/deliver`, { orderId, deliveredOn: today() })).status).toBe(200);
  });

  it('inspects and scraps an aid in the warehouse', async () => {
    const { assetId } = await aidAt(h, 'ready');
    expect((await post(`/api/assets/${assetId}/inspect`, { inspectedOn: today(), passed: true })).status).toBe(200);
    expect((await post(`/api/assets/${assetId}/scrap`, { scrappedOn: today(), reason: 'Frame cracked' })).status).toBe(
      200,
    );
  });

  it('releases an allocation so the aid is ready for another order', async () => {
    const { assetId, articleNo, personId } = await aidAt(h, 'allocated');
    const backdated = await post(`/api/assets/${assetId}/release`, {
      reason: 'Order changed',
      releasedOn: '2000-01-03',
    });
    expect(backdated).toMatchObject({ status: 409, body: { code: 'ASSET.DATE_BEFORE_PREVIOUS' } });
    expect(
      (await post(`/api/assets/${assetId}/release`, { reason: 'Order changed', releasedOn: today() })).status,
    ).toBe(200);
    const otherOrder = await placeOrder(h, personId, articleNo);
    expect((await post(`/api/orders/${otherOrder}/allocate`, { assetId })).status).toBe(200);
  });

  it('reschedules and cancels orders', async () => {
    const articleNo = await createArticle(h);
    const personId = await createPerson(h);
    const orderId = await placeOrder(h, personId, articleNo);
    const rescheduled = await post(`/api/orders/${orderId}/reschedule`, {
      plannedDeliveryDate: '2099-01-02',
      reason: 'Agreed by phone',
    });
    expect(rescheduled.status).toBe(200);
    expect((await post(`/api/orders/${orderId}/cancel`, { reason: 'Prescription withdrawn' })).status).toBe(200);
    const refused = await post(`/api/orders/${orderId}/allocate`, { assetId: await receiveAsset(h, articleNo) });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'ORDER.NOT_OPEN', detail: expect.stringContaining('cancelled') });
  });

  it('moves a person to another municipality', async () => {
    const personId = await createPerson(h);
    const moved = await post(`/api/persons/${personId}/move`, { municipality: 'Sala', movedOn: today() });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id: personId, streamRevision: 1 });
  });

  it('receives, delivers and adjusts consumables, never below zero', async () => {
    const articleNo = await createArticle(h, 'consumable');
    const personId = await createPerson(h);
    const orderId = await placeOrder(h, personId, articleNo);
    const base = `/api/consumables/${articleNo}`;
    expect(
      (await post(`${base}/receive`, { location: 'VAS-HUVUDLAGER', quantity: 10, receivedOn: today() })).status,
    ).toBe(200);
    expect(
      (await post(`${base}/deliver`, { location: 'VAS-HUVUDLAGER', quantity: 4, orderId, deliveredOn: today() }))
        .status,
    ).toBe(200);
    expect(
      (
        await post(`${base}/adjust`, {
          location: 'VAS-HUVUDLAGER',
          quantityChange: -2,
          reason: 'Stocktaking',
          adjustedOn: today(),
        })
      ).status,
    ).toBe(200);
    const tooMany = await post(`${base}/deliver`, {
      location: 'VAS-HUVUDLAGER',
      quantity: 5,
      orderId,
      deliveredOn: today(),
    });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body).toMatchObject({ code: 'STOCK.INSUFFICIENT' });
  });
});

describe('refused transitions are 409 naming the current state', () => {
  it.each([
    [
      'a scrapped aid cannot be allocated',
      'scrapped',
      (w: { orderId: string; assetId: string }) => [`/api/orders/${w.orderId}/allocate`, { assetId: w.assetId }],
    ],
    [
      'an aid on loan cannot be delivered again to another order',
      'onLoan',
      (w: { orderId: string; assetId: string }) => [
        `/api/assets/${w.assetId}/dispatch`,
        { orderId: w.orderId, routeId: 'R1' },
      ],
    ],
    [
      'an aid on loan cannot be reconditioned',
      'onLoan',
      (w: { assetId: string }) => [
        `/api/assets/${w.assetId}/recondition`,
        { reconditionedOn: today(), location: 'L1' },
      ],
    ],
    [
      'only a returned aid can be reconditioned',
      'ready',
      (w: { assetId: string }) => [
        `/api/assets/${w.assetId}/recondition`,
        { reconditionedOn: today(), location: 'L1' },
      ],
    ],
    [
      'a ready aid cannot be returned',
      'ready',
      (w: { assetId: string }) => [`/api/assets/${w.assetId}/return`, { returnedOn: today(), reason: 'x' }],
    ],
  ] as const)('%s', async (_rule, step, request) => {
    const world = await aidAt(h, step);
    const [url, body] = request(world) as unknown as [string, unknown];
    const response = await post(url, body);
    expect(response.status).toBe(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({
      status: 409,
      code: expect.stringMatching(/^ASSET\./),
      detail: expect.any(String),
    });
    expect((response.body as { status?: string; detail: string }).detail.toLowerCase()).toMatch(
      /scrapped|on loan|ready|allocated|in transit/,
    );
  });

  it('two orders racing for one aid: exactly one wins', async () => {
    const { assetId, articleNo, personId } = await aidAt(h, 'ready');
    const orders = await Promise.all([
      placeOrder(h, personId, articleNo),
      placeOrder(h, personId, articleNo),
      placeOrder(h, personId, articleNo),
    ]);
    const answers = await Promise.all(orders.map((orderId) => post(`/api/orders/${orderId}/allocate`, { assetId })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409]);
  });
});
