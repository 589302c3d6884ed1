import { startHarness, type Harness } from '../support/app-harness.js';
import { aidAt, createArticle, createPerson, placeOrder, today } from '../support/fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const get = async (url: string, role: 'auditor' | 'transport' | 'warehouse' = 'auditor') => {
  await h.settle();
  return h.request({ method: 'GET', url, role });
};

describe('the lists the screens work from', () => {
  it('open orders are those still waiting for an aid', async () => {
    const articleNo = await createArticle(h);
    const personId = await createPerson(h);
    const waiting = await placeOrder(h, personId, articleNo);
    const { orderId: served } = await aidAt(h, 'allocated');
    const response = await get('/api/orders?status=open', 'warehouse');
    expect(response.status).toBe(200);
    const ids = (response.body as { items: Array<{ orderId: string }> }).items.map((item) => item.orderId);
    expect(ids).toContain(waiting);
    expect(ids).not.toContain(served);
    expect(
      (response.body as { items: object[] }).items.find((item) => (item as { orderId: string }).orderId === waiting),
    ).toEqual({
      orderId: waiting,
      personId,
      articleNo,
      plannedDeliveryDate: today(),
      municipality: 'Västerås',
      priority: 2,
      status: 'placed',
      assetId: null,
    });
  });

  it("the day's route lists allocated and loaded aids due that day, not delivered ones", async () => {
    const allocated = await aidAt(h, 'allocated');
    const loaded = await aidAt(h, 'inTransit');
    const delivered = await aidAt(h, 'onLoan');
    const response = await get(`/api/transport/route?day=${today()}`, 'transport');
    expect(response.status).toBe(200);
    const items = (
      response.body as {
        day: string;
        items: Array<{ assetId: string; status: string; routeId: string | null; serialNumber: string }>;
      }
    ).items;
    expect(items.find((item) => item.assetId === allocated.assetId)).toMatchObject({
      status: 'allocated',
      routeId: null,
      serialNumber: expect.stringMatching(/^SN/),
    });
    expect(items.find((item) => item.assetId === loaded.assetId)).toMatchObject({ status: 'inTransit', routeId: 'R1' });
    expect(items.find((item) => item.assetId === delivered.assetId)).toBeUndefined();
    const yesterday = await get('/api/transport/route?day=2000-01-01', 'transport');
    expect((yesterday.body as { items: object[] }).items).toEqual([]);
  });

  it('the assortment lists registered articles', async () => {
    const articleNo = await createArticle(h, 'consumable');
    const response = await get('/api/articles');
    expect((response.body as { items: object[] }).items).toContainEqual({
      articleNo,
      name: 'Manuell rullstol',
      isoCode: '12 22 03',
      kind: 'consumable',
      rentable: true,
    });
  });

  it('refuses a bad day or status with 400', async () => {
    expect((await get('/api/transport/route?day=2025-02-30')).status).toBe(400);
    expect((await get('/api/orders?status=lost')).status).toBe(400);
  });
});
