import { EVENT_STORE, type EventStore } from '@aidledger/event-store';
import { EmbeddedProjector } from '../../apps/api/src/read-models/read-model.provider.js';
import { startHarness, type Harness } from '../support/app-harness.js';
import { aidAt, createArticle, today } from '../support/fixtures.js';

type Ready = { status: string; reasons: string[]; projections: Array<{ name: string; lagEvents: number }> };
type StockItem = { articleNo: string; location: string; quantityOnHand: number; onLoan: number };

// The other HTTP suites run the projections on the API's event loop (see app-harness.ts); this one in the thread.
describe('the projections in a worker thread of the API (PROJECTOR_THREAD=on)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { PROJECTOR_THREAD: 'on' } });
  });
  afterAll(async () => h.close());

  const get = (url: string) => h.request({ method: 'GET', url, role: 'auditor' });
  const ready = async (): Promise<Ready> =>
    (await h.request({ method: 'GET', url: '/health/ready', role: null })).body as Ready;
  const thread = () => h.app.get(EmbeddedProjector).projectorThreadForTests();
  const stock = async (articleNo: string): Promise<StockItem[]> =>
    ((await get(`/api/stock?articleNo=${articleNo}`)).body as { items: StockItem[] }).items;
  const receive = (articleNo: string, quantity: number) =>
    h.request({
      method: 'POST',
      url: `/api/consumables/${articleNo}/receive`,
      body: { location: 'VAS-HUVUDLAGER', quantity, receivedOn: today() },
    });

  /** The stock on hand recomputed from the article's events, not from any read model. */
  const onHandFromEvents = async (articleNo: string): Promise<number> => {
    const events = await h.app
      .get<EventStore>(EVENT_STORE)
      .readAll({ filter: { streamPrefixes: [`stock-${articleNo}.`] } });
    return events.reduce((sum, event) => {
      const data = event.data as { quantity?: number; quantityChange?: number };
      if (event.type === 'ConsumablesReceived') return sum + (data.quantity ?? 0);
      if (event.type === 'ConsumablesDelivered') return sum - (data.quantity ?? 0);
      if (event.type === 'ConsumablesAdjusted') return sum + (data.quantityChange ?? 0);
      return sum;
    }, 0);
  };

  it('shows a command’s read models once settled, and is ready with every projection and the workflow', async () => {
    expect(thread()?.workerForTests).not.toBeNull();
    const { articleNo, personId, assetId, orderId } = await aidAt(h, 'onLoan');
    await h.settle();
    expect(await stock(articleNo)).toEqual([expect.objectContaining({ articleNo, onLoan: 1 })]);
    expect((await get(`/api/persons/${personId}/aids`)).body).toMatchObject({
      current: [{ assetId, articleNo, orderId }],
    });
    // The thread follows the log for the workflow, whose FulfilOrder went through the API's CommandBus.
    const orders = await h.request({ method: 'GET', url: `/api/persons/${personId}/orders`, role: 'planner' });
    expect((orders.body as { items: unknown[] }).items).toEqual([
      expect.objectContaining({ orderId, stage: 'delivered', status: 'fulfilled' }),
    ]);
    const report = await ready();
    expect(report).toMatchObject({ status: 'ready', reasons: [] });
    const names = report.projections.map((projection) => projection.name);
    expect(names).toEqual(expect.arrayContaining(['stock-levels', 'person-aids', 'order-fulfilment']));
  });

  it('restarts a killed thread from the checkpoints: the read models equal what they were, no event applied twice', async () => {
    const { articleNo: loaned, personId } = await aidAt(h, 'onLoan');
    const consumable = await createArticle(h, 'consumable');
    for (let quantity = 1; quantity <= 10; quantity++) expect((await receive(consumable, quantity)).status).toBe(200);
    await h.settle();
    const before = { loaned: await stock(loaned), aids: (await get(`/api/persons/${personId}/aids`)).body };
    expect(before.loaned).toEqual([expect.objectContaining({ onLoan: 1 })]);

    // Commands the thread is applying when it dies, and more while it is down.
    for (let quantity = 11; quantity <= 30; quantity++) expect((await receive(consumable, quantity)).status).toBe(200);
    await thread()?.workerForTests?.terminate();
    const down = await ready();
    expect(down.status).toBe('not_ready');
    expect(down.reasons.join(' ')).toMatch(/projector thread ended/);
    for (let quantity = 31; quantity <= 40; quantity++) expect((await receive(consumable, quantity)).status).toBe(200);

    for (let attempt = 0; attempt < 300 && (await ready()).status !== 'ready'; attempt++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    await h.settle();
    expect((await ready()).status).toBe('ready');
    expect(await stock(loaned)).toEqual(before.loaned);
    expect((await get(`/api/persons/${personId}/aids`)).body).toEqual(before.aids);
    const expected = await onHandFromEvents(consumable);
    expect(expected).toBe((40 * 41) / 2);
    expect(await stock(consumable)).toEqual([expect.objectContaining({ quantityOnHand: expected })]);
  });
});
