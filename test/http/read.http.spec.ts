import { startHarness, type Harness } from '../support/app-harness.js';
import { aidAt, today } from '../support/fixtures.js';

describe('the query side over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.close());

  const get = (url: string, role: Parameters<Harness['request']>[0]['role'] = 'auditor') =>
    h.request({ method: 'GET', url, role });

  it('answers every read with the figures of a delivered aid', async () => {
    const { articleNo, personId, orderId, assetId } = await aidAt(h, 'onLoan');
    await h.settle();

    expect((await get(`/api/persons/${personId}/aids`)).body).toEqual({
      personId,
      current: [{ assetId, articleNo, since: today(), orderId }],
      past: [],
    });
    expect((await get(`/api/stock?articleNo=${articleNo}`)).body).toEqual({
      items: [
        {
          articleNo,
          location: 'VAS-HUVUDLAGER',
          ready: 0,
          allocated: 0,
          inTransit: 0,
          onLoan: 1,
          awaitingReconditioning: 0,
          scrapped: 0,
          quantityOnHand: 0,
        },
      ],
    });
    expect((await get(`/api/assets?articleNo=${articleNo}`)).body).toEqual({
      items: [
        {
          assetId,
          articleNo,
          serialNumber: expect.any(String),
          unitNumber: expect.stringMatching(/^[0-9ACEFHJKMNPRWX]{7}$/),
          // Received without a lot or UDI-DI: the index says they are not known.
          lot: null,
          udiDi: null,
          status: 'onLoan',
          personId,
          location: 'VAS-HUVUDLAGER',
          lastEventAt: expect.any(String),
        },
      ],
    });
    const delivery = await get(`/api/metrics/delivery?from=${today()}&to=${today()}&groupBy=day`);
    expect(delivery.body).toEqual({
      target: 0.95,
      groups: [{ key: today(), deliveries: 1, onPlannedDay: 1, early: 0, late: 0, share: 1 }],
    });
    expect((await get('/api/metrics/repairs?groupBy=month')).body).toEqual({ target: 0.88, groups: [] });

    const state = await get(`/api/assets/${assetId}`, 'auditor');
    expect(state.body).toMatchObject({ assetId, status: 'onLoan', personId, orderId, revision: 3 });
    expect(state.headers.etag).toBe('"3"');
    const history = await get(`/api/assets/${assetId}/history`, 'auditor');
    expect(
      (history.body as { events: { type: string; revision: number }[] }).events.map((event) => event.type),
    ).toEqual(['AssetRegistered', 'AssetAllocated', 'AidDispatched', 'AidDelivered']);
    expect((await get(`/api/assets/${assetId}/history/verify`, 'auditor')).body).toEqual({ valid: true, events: 4 });
  });

  it('refuses a bad date, groupBy, status or asOf with 400', async () => {
    for (const url of [
      '/api/metrics/delivery?groupBy=week',
      '/api/metrics/delivery?from=2025-02-30',
      '/api/metrics/repairs?to=yesterday',
      '/api/metrics/repairs?groupBy=day',
      '/api/assets?status=lost',
      '/api/assets?limit=0',
      '/api/assets/00000000-0000-4000-8000-000000000000?asOf=last-week',
      '/api/stock?colour=red',
    ]) {
      expect([url, (await get(url)).status]).toEqual([url, 400]);
    }
  });

  it('answers 404 for unknown ids', async () => {
    for (const url of [
      '/api/persons/00000000-0000-4000-8000-000000000000/aids',
      '/api/assets/00000000-0000-4000-8000-000000000000',
      '/api/assets/00000000-0000-4000-8000-000000000000/history',
      '/api/assets/00000000-0000-4000-8000-000000000000/history/verify',
    ]) {
      expect([url, (await get(url)).status]).toEqual([url, 404]);
    }
  });

  it('needs a token for every read', async () => {
    expect((await get('/api/stock', null)).status).toBe(401);
  });
});
